// Accounts for integration tests, created through the same service the admin page uses.
import type { Db } from '../../src/lib/server/db/connection';
import { createAccountAsSystem } from '../../src/lib/server/accounts';
import type { Actor } from '../../src/lib/server/permissions';

export const TEST_PASSWORD = 'correct horse battery staple';

let counter = 0;

export async function givenAccount(
	db: Db,
	roles: Partial<Pick<Actor, 'isAdministrator' | 'isStateEditor' | 'isDelegate'>> & { stateCode?: string | null } = {}
): Promise<Actor> {
	counter += 1;
	const input = {
		email: `user${counter}-${Date.now()}@example.org`,
		displayName: `Test user ${counter}`,
		stateCode: roles.stateCode ?? null,
		isAdministrator: roles.isAdministrator ?? false,
		isStateEditor: roles.isStateEditor ?? false,
		isDelegate: roles.isDelegate ?? false
	};
	const id = await createAccountAsSystem(db, { ...input, password: TEST_PASSWORD });
	return { id, ...input };
}
