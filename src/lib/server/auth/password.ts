// Password hashing with argon2id, using the OWASP minimum parameters (19 MiB, 2 passes).
import { hash, verify } from '@node-rs/argon2';

const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		// A malformed stored hash must read as "wrong password", never as an error page.
		return false;
	}
}

// Verifying against this when the account does not exist keeps the answer time the same, so the
// response time does not tell which email addresses have accounts.
let decoyHash: Promise<string> | null = null;
export async function verifyAgainstDecoy(password: string): Promise<false> {
	decoyHash ??= hashPassword('decoy password that matches no account');
	await verifyPassword(await decoyHash, password);
	return false;
}
