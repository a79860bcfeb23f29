// Sessions as the Lucia guide describes them (without the deprecated lucia package): the cookie
// holds a random token; the database holds only its SHA-256, so a copy of the database cannot be
// turned into valid cookies. Sessions last 30 days and are extended when used in their second half.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { Db } from '../db/connection';
import { toActor, type Actor } from '../permissions';

export const SESSION_COOKIE = 'cbm9_session';
const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
const RENEW_WHEN_LESS_THAN_MS = 15 * 24 * 60 * 60 * 1000;

export interface Session {
	id: string;
	userId: string;
	expiresAt: Date;
}

export type SessionValidation = { session: Session; actor: Actor } | { session: null; actor: null };

export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(db: Db, token: string, userId: string, now = new Date()): Promise<Session> {
	const session: Session = {
		id: sessionIdFromToken(token),
		userId,
		expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS)
	};
	await db
		.insertInto('session')
		.values({
			id: session.id,
			userId,
			createdAt: now.toISOString(),
			expiresAt: session.expiresAt.toISOString()
		})
		.execute();
	return session;
}

/** Resolves a cookie token to its session and user; expired sessions and disabled users are refused. */
export async function validateSessionToken(db: Db, token: string, now = new Date()): Promise<SessionValidation> {
	const sessionId = sessionIdFromToken(token);
	const row = await db
		.selectFrom('session')
		.innerJoin('user', 'user.id', 'session.userId')
		.select([
			'session.id as sessionId',
			'session.expiresAt',
			'user.id',
			'user.email',
			'user.displayName',
			'user.stateCode',
			'user.isAdministrator',
			'user.isStateEditor',
			'user.isDelegate',
			'user.disabledAt'
		])
		.where('session.id', '=', sessionId)
		.executeTakeFirst();
	if (!row) return { session: null, actor: null };

	const expiresAt = new Date(row.expiresAt);
	if (now.getTime() >= expiresAt.getTime() || row.disabledAt !== null) {
		await db.deleteFrom('session').where('id', '=', sessionId).execute();
		return { session: null, actor: null };
	}
	let session: Session = { id: sessionId, userId: row.id, expiresAt };
	if (expiresAt.getTime() - now.getTime() < RENEW_WHEN_LESS_THAN_MS) {
		session = { ...session, expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS) };
		await db
			.updateTable('session')
			.set({ expiresAt: session.expiresAt.toISOString() })
			.where('id', '=', sessionId)
			.execute();
	}
	return { session, actor: toActor(row) };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.deleteFrom('session').where('id', '=', sessionId).execute();
}

/** Signs the user out everywhere, except (optionally) the session they are using now. */
export async function invalidateUserSessions(db: Db, userId: string, keepSessionId?: string): Promise<void> {
	let query = db.deleteFrom('session').where('userId', '=', userId);
	if (keepSessionId) query = query.where('id', '!=', keepSessionId);
	await query.execute();
}

export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<void> {
	await db.deleteFrom('session').where('expiresAt', '<=', now.toISOString()).execute();
}
