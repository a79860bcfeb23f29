import { describe, expect, it } from 'vitest';
import { createAccount, listAccounts, resetPassword, updateAccount } from '../../src/lib/server/accounts';
import { signIn } from '../../src/lib/server/auth/sign-in';
import { validateSessionToken } from '../../src/lib/server/auth/session';
import { ForbiddenError, ValidationError } from '../../src/lib/domain/errors';
import { createTestDatabase } from '../helpers/database';
import { givenAccount, TEST_PASSWORD } from '../helpers/actors';

const { db } = await createTestDatabase();
const admin = await givenAccount(db, { isAdministrator: true });

const newDelegate = {
	email: 'New.Delegate@Example.org',
	displayName: 'New delegate',
	stateCode: 'MN',
	isAdministrator: false,
	isStateEditor: false,
	isDelegate: true,
	password: 'a long enough passphrase'
};

describe('the Secretariat manages accounts', () => {
	it('creates an account that can sign in, and audits it without the password', async () => {
		const id = await createAccount(db, admin, newDelegate);
		const listed = (await listAccounts(db, admin)).find((account) => account.id === id);
		expect(listed).toMatchObject({
			email: 'new.delegate@example.org',
			stateCode: 'MN',
			stateName: 'Mongolia',
			isDelegate: true
		});
		expect(
			(await signIn(db, { email: newDelegate.email, password: newDelegate.password, address: '10.9.0.1' })).ok
		).toBe(true);

		const event = await db
			.selectFrom('auditEvent')
			.selectAll()
			.where('entityId', '=', id)
			.where('action', '=', 'account.create')
			.executeTakeFirstOrThrow();
		expect(event.actorId).toBe(admin.id);
		expect(JSON.parse(event.afterJson!)).toMatchObject({ email: 'new.delegate@example.org', isDelegate: true });
		expect(event.afterJson).not.toContain(newDelegate.password);
		expect(event.afterJson).not.toMatch(/argon2/);
	});

	it('refuses a second account for the same email address, naming it', async () => {
		const error = await createAccount(db, admin, { ...newDelegate, email: 'new.delegate@example.org' }).catch(
			(caught) => caught
		);
		expect(error).toBeInstanceOf(ValidationError);
		expect(error.fieldErrors).toEqual({ email: 'There is already an account for new.delegate@example.org.' });
	});

	it('reports every problem of a form at once, by field', async () => {
		const error = await createAccount(db, admin, {
			...newDelegate,
			email: 'not-an-address',
			displayName: '',
			stateCode: null,
			password: 'short'
		}).catch((caught) => caught);
		expect(Object.keys(error.fieldErrors).sort()).toEqual(['displayName', 'email', 'password', 'stateCode']);
	});

	it('changes roles with before and after in the audit trail', async () => {
		const editor = await givenAccount(db, { isStateEditor: true, stateCode: 'DE' });
		await updateAccount(db, admin, editor.id, { ...editor, isDelegate: true, disabled: false });
		const event = await db
			.selectFrom('auditEvent')
			.selectAll()
			.where('entityId', '=', editor.id)
			.where('action', '=', 'account.update')
			.executeTakeFirstOrThrow();
		expect(JSON.parse(event.beforeJson!)).toMatchObject({ isDelegate: false });
		expect(JSON.parse(event.afterJson!)).toMatchObject({ isDelegate: true });
	});

	it('does not let an administrator remove their own role or disable themselves', async () => {
		const self = await givenAccount(db, { isAdministrator: true });
		const error = await updateAccount(db, self, self.id, { ...self, isAdministrator: false, disabled: true }).catch(
			(caught) => caught
		);
		expect(error.fieldErrors).toEqual({
			isAdministrator: 'You cannot remove your own administrator role.',
			disabled: 'You cannot disable your own account.'
		});
	});

	it('resets a password and signs the user out everywhere', async () => {
		const user = await givenAccount(db, { isDelegate: true, stateCode: 'NO' });
		const session = await signIn(db, { email: user.email, password: TEST_PASSWORD, address: '10.9.0.2' });
		if (!session.ok) throw new Error('sign-in failed');
		await resetPassword(db, admin, user.id, 'replacement passphrase');
		expect((await validateSessionToken(db, session.token)).session).toBeNull();
		expect((await signIn(db, { email: user.email, password: 'replacement passphrase', address: '10.9.0.2' })).ok).toBe(
			true
		);
	});
});

describe('nobody else manages accounts', () => {
	it('refuses State editors, delegates and the public', async () => {
		const editor = await givenAccount(db, { isStateEditor: true, stateCode: 'DE' });
		const delegate = await givenAccount(db, { isDelegate: true, stateCode: 'DE' });
		for (const viewer of [editor, delegate, null]) {
			await expect(listAccounts(db, viewer)).rejects.toBeInstanceOf(ForbiddenError);
			await expect(createAccount(db, viewer, { ...newDelegate, email: 'x@example.org' })).rejects.toBeInstanceOf(
				ForbiddenError
			);
			await expect(resetPassword(db, viewer, admin.id, 'a takeover passphrase')).rejects.toBeInstanceOf(ForbiddenError);
		}
	});
});
