// Accounts: the Secretariat creates them and sets roles; every user changes their own password.
// Every change is audited (without password hashes) in the transaction that makes it.
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Db } from './db/connection';
import { nowIso } from './clock';
import { recordAudit } from './audit';
import { hashPassword, verifyPassword } from './auth/password';
import { invalidateUserSessions } from './auth/session';
import { canManageAccounts, ensure, ensureSignedIn, type Actor, type Viewer } from './permissions';
import { normaliseEmail, passwordProblem, validateAccount, type AccountInput } from '../domain/accounts';
import { NotFoundError, ValidationError, type FieldErrors } from '../domain/errors';

export interface AccountSummary {
	id: string;
	email: string;
	displayName: string;
	stateCode: string | null;
	stateName: string | null;
	isAdministrator: boolean;
	isStateEditor: boolean;
	isDelegate: boolean;
	disabled: boolean;
	createdAt: string;
}

export function newUserId(): string {
	// 120 bits of randomness, about as much as a UUID v4.
	const bytes = new Uint8Array(15);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

async function knownStateCodes(db: Db): Promise<Set<string>> {
	const rows = await db.selectFrom('state').select('code').execute();
	return new Set(rows.map((row) => row.code));
}

function flag(value: boolean): 0 | 1 {
	return value ? 1 : 0;
}

function auditView(account: AccountInput & { disabled?: boolean }) {
	return {
		email: normaliseEmail(account.email),
		displayName: account.displayName.trim(),
		stateCode: account.stateCode,
		isAdministrator: account.isAdministrator,
		isStateEditor: account.isStateEditor,
		isDelegate: account.isDelegate,
		disabled: account.disabled ?? false
	};
}

export async function listAccounts(db: Db, viewer: Viewer): Promise<AccountSummary[]> {
	ensure(canManageAccounts(viewer), 'Only the Secretariat manages accounts.');
	const rows = await db
		.selectFrom('user')
		.leftJoin('state', 'state.code', 'user.stateCode')
		.select([
			'user.id',
			'user.email',
			'user.displayName',
			'user.stateCode',
			'state.nameEn as stateName',
			'user.isAdministrator',
			'user.isStateEditor',
			'user.isDelegate',
			'user.disabledAt',
			'user.createdAt'
		])
		.orderBy('user.disabledAt', 'asc')
		.orderBy('user.displayName')
		.execute();
	return rows.map((row) => ({
		id: row.id,
		email: row.email,
		displayName: row.displayName,
		stateCode: row.stateCode,
		stateName: row.stateName,
		isAdministrator: row.isAdministrator === 1,
		isStateEditor: row.isStateEditor === 1,
		isDelegate: row.isDelegate === 1,
		disabled: row.disabledAt !== null,
		createdAt: row.createdAt
	}));
}

export async function getAccount(db: Db, viewer: Viewer, userId: string): Promise<AccountSummary> {
	const account = (await listAccounts(db, viewer)).find((candidate) => candidate.id === userId);
	if (!account) throw new NotFoundError('There is no such account.');
	return account;
}

/**
 * Creates an account. `createdBy` is the administrator doing it, or null when the system does
 * (demo data, the command line); routes always pass the signed-in viewer.
 */
async function insertAccount(
	db: Db,
	createdBy: Actor | null,
	input: AccountInput & { password: string }
): Promise<string> {
	const errors: FieldErrors = validateAccount(input, await knownStateCodes(db));
	const problem = passwordProblem(input.password);
	if (problem) errors.password = problem;
	const email = normaliseEmail(input.email);
	if (!errors.email) {
		const taken = await db.selectFrom('user').select('id').where('email', '=', email).executeTakeFirst();
		if (taken) errors.email = `There is already an account for ${email}.`;
	}
	if (Object.keys(errors).length > 0) throw new ValidationError(errors);

	const passwordHash = await hashPassword(input.password);
	const id = newUserId();
	const now = nowIso();
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('user')
			.values({
				id,
				email,
				displayName: input.displayName.trim(),
				passwordHash,
				stateCode: input.stateCode,
				isAdministrator: flag(input.isAdministrator),
				isStateEditor: flag(input.isStateEditor),
				isDelegate: flag(input.isDelegate),
				createdAt: now,
				updatedAt: now,
				passwordChangedAt: now,
				disabledAt: null
			})
			.execute();
		await recordAudit(trx, {
			actorId: createdBy?.id ?? null,
			action: 'account.create',
			entityType: 'user',
			entityId: id,
			stateCode: input.stateCode,
			after: auditView(input)
		});
	});
	return id;
}

export async function createAccount(
	db: Db,
	viewer: Viewer,
	input: AccountInput & { password: string }
): Promise<string> {
	ensure(canManageAccounts(viewer), 'Only the Secretariat creates accounts.');
	return insertAccount(db, viewer, input);
}

/** For the command line and the demo data, which run with the authority of whoever runs the server. */
export async function createAccountAsSystem(db: Db, input: AccountInput & { password: string }): Promise<string> {
	return insertAccount(db, null, input);
}

export async function updateAccount(
	db: Db,
	viewer: Viewer,
	userId: string,
	input: AccountInput & { disabled: boolean }
): Promise<void> {
	ensure(canManageAccounts(viewer), 'Only the Secretariat changes accounts.');
	ensureSignedIn(viewer);
	const before = await getAccount(db, viewer, userId);
	const errors = validateAccount(input, await knownStateCodes(db));
	const email = normaliseEmail(input.email);
	if (!errors.email && email !== before.email) {
		const taken = await db.selectFrom('user').select('id').where('email', '=', email).executeTakeFirst();
		if (taken) errors.email = `There is already an account for ${email}.`;
	}
	// The Secretariat must not lock itself out by accident.
	if (userId === viewer.id && !input.isAdministrator) {
		errors.isAdministrator = 'You cannot remove your own administrator role.';
	}
	if (userId === viewer.id && input.disabled) errors.disabled = 'You cannot disable your own account.';
	if (Object.keys(errors).length > 0) throw new ValidationError(errors);

	await db.transaction().execute(async (trx) => {
		await trx
			.updateTable('user')
			.set({
				email,
				displayName: input.displayName.trim(),
				stateCode: input.stateCode,
				isAdministrator: flag(input.isAdministrator),
				isStateEditor: flag(input.isStateEditor),
				isDelegate: flag(input.isDelegate),
				disabledAt: input.disabled ? (before.disabled ? undefined : nowIso()) : null,
				updatedAt: nowIso()
			})
			.where('id', '=', userId)
			.execute();
		if (input.disabled) await trx.deleteFrom('session').where('userId', '=', userId).execute();
		await recordAudit(trx, {
			actorId: viewer.id,
			action: 'account.update',
			entityType: 'user',
			entityId: userId,
			stateCode: input.stateCode,
			before: auditView(before),
			after: auditView(input)
		});
	});
}

/** The Secretariat sets a new password for someone who lost theirs; their sessions end. */
export async function resetPassword(db: Db, viewer: Viewer, userId: string, newPassword: string): Promise<void> {
	ensure(canManageAccounts(viewer), 'Only the Secretariat resets passwords.');
	ensureSignedIn(viewer);
	await getAccount(db, viewer, userId);
	const problem = passwordProblem(newPassword);
	if (problem) throw new ValidationError({ password: problem });
	await storePassword(db, viewer.id, userId, newPassword, 'account.reset_password');
	await invalidateUserSessions(db, userId);
}

/** A signed-in user changes their own password; their other sessions end, this one stays. */
export async function changeOwnPassword(
	db: Db,
	actor: Actor,
	currentSessionId: string,
	input: { currentPassword: string; newPassword: string; confirmation: string }
): Promise<void> {
	const row = await db.selectFrom('user').select('passwordHash').where('id', '=', actor.id).executeTakeFirstOrThrow();
	const errors: FieldErrors = {};
	if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
		errors.currentPassword = 'This is not your current password.';
	}
	const problem = passwordProblem(input.newPassword);
	if (problem) errors.newPassword = problem;
	else if (input.newPassword === input.currentPassword) {
		errors.newPassword = 'The new password must differ from the current one.';
	}
	if (!errors.newPassword && input.confirmation !== input.newPassword) {
		errors.confirmation = 'The two new passwords are not the same.';
	}
	if (Object.keys(errors).length > 0) throw new ValidationError(errors);
	await storePassword(db, actor.id, actor.id, input.newPassword, 'account.change_password');
	await invalidateUserSessions(db, actor.id, currentSessionId);
}

async function storePassword(db: Db, actorId: string, userId: string, password: string, action: string) {
	const passwordHash = await hashPassword(password);
	await db.transaction().execute(async (trx) => {
		const now = nowIso();
		await trx
			.updateTable('user')
			.set({ passwordHash, passwordChangedAt: now, updatedAt: now })
			.where('id', '=', userId)
			.execute();
		await recordAudit(trx, { actorId, action, entityType: 'user', entityId: userId });
	});
}
