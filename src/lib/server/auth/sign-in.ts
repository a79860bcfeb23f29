// Email and password sign-in with throttling per account and per network address.
import type { Db } from '../db/connection';
import { normaliseEmail } from '../../domain/accounts';
import { THROTTLE_WINDOW_MS, throttleDecision, throttleMessage } from '../../domain/sign-in-throttle';
import { verifyAgainstDecoy, verifyPassword } from './password';
import { createSession, generateSessionToken, type Session } from './session';

export type SignInResult =
	| { ok: true; token: string; session: Session; userId: string }
	| { ok: false; reason: 'invalid' | 'disabled' | 'throttled'; message: string };

const INVALID = 'The email address or the password is not correct.';
const DISABLED = 'This account has been disabled. Ask the OSCE Secretariat to enable it again.';

export async function signIn(
	db: Db,
	input: { email: string; password: string; address: string },
	now = new Date()
): Promise<SignInResult> {
	const email = normaliseEmail(input.email);
	const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();

	const lastSuccess = await db
		.selectFrom('signInAttempt')
		.select((eb) => eb.fn.max('attemptedAt').as('at'))
		.where('email', '=', email)
		.where('succeeded', '=', 1)
		.executeTakeFirst();
	const accountSince = lastSuccess?.at && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
	const accountFailures = await failuresSince(db, 'email', email, accountSince);
	const addressFailures = await failuresSince(db, 'address', input.address, windowStart);
	const decision = throttleDecision(accountFailures, addressFailures, now.getTime());
	if (!decision.allowed) return { ok: false, reason: 'throttled', message: throttleMessage(decision) };

	const user = await db
		.selectFrom('user')
		.select(['id', 'passwordHash', 'disabledAt'])
		.where('email', '=', email)
		.executeTakeFirst();
	const passwordMatches = user
		? await verifyPassword(user.passwordHash, input.password)
		: await verifyAgainstDecoy(input.password);
	const disabled = user?.disabledAt != null;

	await db
		.insertInto('signInAttempt')
		.values({
			email,
			address: input.address,
			attemptedAt: now.toISOString(),
			succeeded: passwordMatches && !disabled ? 1 : 0
		})
		.execute();
	if (!user || !passwordMatches) return { ok: false, reason: 'invalid', message: INVALID };
	// Only someone who knows the password learns that the account exists but is disabled.
	if (disabled) return { ok: false, reason: 'disabled', message: DISABLED };

	const token = generateSessionToken();
	const session = await createSession(db, token, user.id, now);
	return { ok: true, token, session, userId: user.id };
}

async function failuresSince(db: Db, column: 'email' | 'address', value: string, since: string): Promise<number[]> {
	const rows = await db
		.selectFrom('signInAttempt')
		.select('attemptedAt')
		.where(column, '=', value)
		.where('succeeded', '=', 0)
		.where('attemptedAt', '>', since)
		.execute();
	return rows.map((row) => Date.parse(row.attemptedAt));
}

/** Old attempts only matter inside the throttle window; keep a day for the record. */
export async function pruneSignInAttempts(db: Db, now = new Date()): Promise<void> {
	const cutoff = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
	await db.deleteFrom('signInAttempt').where('attemptedAt', '<', cutoff).execute();
}
