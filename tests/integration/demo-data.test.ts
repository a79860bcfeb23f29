import { describe, expect, it } from 'vitest';
import { hasDemoData, loadDemoDataIfEmpty } from '../../src/lib/server/demo-data';
import { platformCounts } from '../../src/lib/server/overview';
import { signIn } from '../../src/lib/server/auth/sign-in';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../db/demo/demo-data';
import { createTestDatabase } from '../helpers/database';
import { givenAccount } from '../helpers/actors';

describe('demonstration data', () => {
	it('is loaded into an empty database once, with demo accounts for every role', async () => {
		const { db } = await createTestDatabase({ demoData: true });
		expect(await hasDemoData(db)).toBe(true);
		expect(await loadDemoDataIfEmpty(db)).toBe(false);
		expect(await db.selectFrom('user').select('id').execute()).toHaveLength(DEMO_ACCOUNTS.length);
		for (const account of DEMO_ACCOUNTS) {
			expect(
				(await signIn(db, { email: account.email, password: DEMO_PASSWORD, address: '127.0.0.1' })).ok,
				account.email
			).toBe(true);
		}
	});

	it('counts only published lists for the public and restricted ones too for participating States', async () => {
		const { db } = await createTestDatabase({ demoData: true });
		const reader = await givenAccount(db, { stateCode: 'AT' });
		expect(await platformCounts(db, null)).toEqual({
			statesWithSubmissions: 4,
			nationalEntries: 17,
			agreedConcepts: 3,
			openProposals: 1,
			publicOnly: true
		});
		expect(await platformCounts(db, reader)).toEqual({
			statesWithSubmissions: 6,
			nationalEntries: 24,
			agreedConcepts: 3,
			openProposals: 1,
			publicOnly: false
		});
	});

	it('writes an audit event and search outbox rows for what it loads', async () => {
		const { db } = await createTestDatabase({ demoData: true });
		const audited = await db
			.selectFrom('auditEvent')
			.select('action')
			.where('action', '=', 'submission.load_demo')
			.execute();
		expect(audited).toHaveLength(7);
		const outbox = await db.selectFrom('searchOutbox').select(['documentType', 'documentId']).distinct().execute();
		expect(outbox.filter((row) => row.documentType === 'national_entry')).toHaveLength(24);
		expect(outbox.filter((row) => row.documentType === 'concept')).toHaveLength(5);
	});

	it('is never loaded into a database that already holds content', async () => {
		const { db } = await createTestDatabase();
		await givenAccount(db, { isAdministrator: true });
		expect(await loadDemoDataIfEmpty(db)).toBe(false);
		expect(await hasDemoData(db)).toBe(false);
	});
});
