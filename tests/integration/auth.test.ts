import { describe, expect, it } from 'vitest';
import { signIn } from '../../src/lib/server/auth/sign-in';
import { invalidateSession, sessionIdFromToken, validateSessionToken } from '../../src/lib/server/auth/session';
import { changeOwnPassword, updateAccount } from '../../src/lib/server/accounts';
import { ValidationError } from '../../src/lib/domain/errors';
import { createTestDatabase } from '../helpers/database';
import { givenAccount, TEST_PASSWORD } from '../helpers/actors';

const { db } = await createTestDatabase();
const DAY = 24 * 60 * 60 * 1000;

describe('signing in', () => {
	it('opens a session for the right password and stores only the SHA-256 of its token', async () => {
		const editor = await givenAccount(db, { isStateEditor: true, stateCode: 'DE' });
		const result = await signIn(db, {
			email: editor.email.toUpperCase(),
			password: TEST_PASSWORD,
			address: '10.0.0.1'
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const stored = await db.selectFrom('session').selectAll().where('userId', '=', editor.id).execute();
		expect(stored).toHaveLength(1);
		expect(stored[0]!.id).toBe(sessionIdFromToken(result.token));
		expect(stored[0]!.id).not.toContain(result.token);
		const validation = await validateSessionToken(db, result.token);
		expect(validation.actor).toMatchObject({ id: editor.id, stateCode: 'DE', isStateEditor: true, isDelegate: false });
	});

	it('refuses a wrong password or an unknown address with the same message', async () => {
		const delegate = await givenAccount(db, { isDelegate: true, stateCode: 'FR' });
		const wrongPassword = await signIn(db, {
			email: delegate.email,
			password: 'not the password',
			address: '10.0.0.2'
		});
		const unknownAccount = await signIn(db, {
			email: 'nobody@example.org',
			password: TEST_PASSWORD,
			address: '10.0.0.2'
		});
		expect(wrongPassword).toEqual({
			ok: false,
			reason: 'invalid',
			message: 'The email address or the password is not correct.'
		});
		expect(unknownAccount).toEqual(wrongPassword);
	});

	it('throttles an account after five failures, even with the right password', async () => {
		const target = await givenAccount(db, { isDelegate: true, stateCode: 'PL' });
		for (let attempt = 0; attempt < 5; attempt++) {
			const result = await signIn(db, {
				email: target.email,
				password: `guess ${attempt}`,
				address: `10.1.0.${attempt}`
			});
			expect(result.ok === false && result.reason).toBe('invalid');
		}
		const blocked = await signIn(db, { email: target.email, password: TEST_PASSWORD, address: '10.1.0.99' });
		expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
		expect(blocked.ok === false && blocked.message).toMatch(
			/^Too many failed sign-in attempts for this account\. Try again in 15 minutes\.$/
		);
		const later = new Date(Date.now() + 16 * 60 * 1000);
		expect((await signIn(db, { email: target.email, password: TEST_PASSWORD, address: '10.1.0.99' }, later)).ok).toBe(
			true
		);
	});

	it('throttles a network address that tries many accounts', async () => {
		for (let attempt = 0; attempt < 20; attempt++) {
			await signIn(db, { email: `spray${attempt}@example.org`, password: 'guess', address: '192.0.2.7' });
		}
		const account = await givenAccount(db, { stateCode: 'AT' });
		const blocked = await signIn(db, { email: account.email, password: TEST_PASSWORD, address: '192.0.2.7' });
		expect(blocked.ok === false && blocked.message).toMatch(/from your network address/);
		expect((await signIn(db, { email: account.email, password: TEST_PASSWORD, address: '192.0.2.8' })).ok).toBe(true);
	});

	it('tells a disabled user who knows the password that the account is disabled', async () => {
		const admin = await givenAccount(db, { isAdministrator: true });
		const user = await givenAccount(db, { isStateEditor: true, stateCode: 'IT' });
		await updateAccount(db, admin, user.id, { ...user, disabled: true });
		const result = await signIn(db, { email: user.email, password: TEST_PASSWORD, address: '10.2.0.1' });
		expect(result).toMatchObject({ ok: false, reason: 'disabled' });
	});
});

describe('sessions', () => {
	it('extend themselves when used in the second half of their 30 days, and expire after', async () => {
		const user = await givenAccount(db, { stateCode: 'CH' });
		const start = new Date('2026-01-01T00:00:00Z');
		const result = await signIn(db, { email: user.email, password: TEST_PASSWORD, address: '10.3.0.1' }, start);
		if (!result.ok) throw new Error('sign-in failed');
		const early = await validateSessionToken(db, result.token, new Date(start.getTime() + 5 * DAY));
		expect(early.session?.expiresAt.toISOString()).toBe(new Date(start.getTime() + 30 * DAY).toISOString());
		const renewedAt = new Date(start.getTime() + 20 * DAY);
		const renewed = await validateSessionToken(db, result.token, renewedAt);
		expect(renewed.session?.expiresAt.toISOString()).toBe(new Date(renewedAt.getTime() + 30 * DAY).toISOString());
		const expired = await validateSessionToken(db, result.token, new Date(renewedAt.getTime() + 31 * DAY));
		expect(expired).toEqual({ session: null, actor: null });
	});

	it('end on sign-out and do not accept an unknown token', async () => {
		const user = await givenAccount(db, { stateCode: 'SE' });
		const result = await signIn(db, { email: user.email, password: TEST_PASSWORD, address: '10.4.0.1' });
		if (!result.ok) throw new Error('sign-in failed');
		await invalidateSession(db, result.session.id);
		expect((await validateSessionToken(db, result.token)).session).toBeNull();
		expect((await validateSessionToken(db, 'made-up-token')).session).toBeNull();
	});
});

describe('changing one’s password', () => {
	it('needs the current password and two equal new ones, and reports each problem by its field', async () => {
		const user = await givenAccount(db, { isDelegate: true, stateCode: 'ES' });
		const attempt = changeOwnPassword(db, user, 'no-session', {
			currentPassword: 'wrong',
			newPassword: 'short',
			confirmation: 'other'
		});
		await expect(attempt).rejects.toBeInstanceOf(ValidationError);
		await attempt.catch((error: ValidationError) => {
			expect(error.fieldErrors).toEqual({
				currentPassword: 'This is not your current password.',
				newPassword: 'The password must have at least 12 characters.'
			});
		});
		const mismatch = await changeOwnPassword(db, user, 'no-session', {
			currentPassword: TEST_PASSWORD,
			newPassword: 'a new long passphrase',
			confirmation: 'a new long passphrasE'
		}).catch((error: ValidationError) => error.fieldErrors);
		expect(mismatch).toEqual({ confirmation: 'The two new passwords are not the same.' });
	});

	it('keeps the current session, signs out the others, and accepts only the new password afterwards', async () => {
		const user = await givenAccount(db, { isDelegate: true, stateCode: 'PT' });
		const here = await signIn(db, { email: user.email, password: TEST_PASSWORD, address: '10.5.0.1' });
		const elsewhere = await signIn(db, { email: user.email, password: TEST_PASSWORD, address: '10.5.0.2' });
		if (!here.ok || !elsewhere.ok) throw new Error('sign-in failed');
		const newPassword = 'a brand new passphrase';
		await changeOwnPassword(db, user, here.session.id, {
			currentPassword: TEST_PASSWORD,
			newPassword,
			confirmation: newPassword
		});
		expect((await validateSessionToken(db, here.token)).session).not.toBeNull();
		expect((await validateSessionToken(db, elsewhere.token)).session).toBeNull();
		expect((await signIn(db, { email: user.email, password: TEST_PASSWORD, address: '10.5.0.3' })).ok).toBe(false);
		expect((await signIn(db, { email: user.email, password: newPassword, address: '10.5.0.3' })).ok).toBe(true);
		const audit = await db
			.selectFrom('auditEvent')
			.selectAll()
			.where('entityId', '=', user.id)
			.where('action', '=', 'account.change_password')
			.execute();
		expect(audit).toHaveLength(1);
	});
});
