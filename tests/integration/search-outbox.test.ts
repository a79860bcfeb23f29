import { describe, expect, it } from 'vitest';
import { enqueueSearchUpdate, requeueIfDocumentsChanged } from '../../src/lib/server/outbox';
import { dueOutboxRows } from '../../src/lib/server/search/sync';
import { createTestDatabase } from '../helpers/database';
import { CompiledQuery } from 'kysely';

describe('the search outbox', async () => {
	const { db } = await createTestDatabase({ demoData: true });
	const pending = async () =>
		(
			await db
				.selectFrom('searchOutbox')
				.select((eb) => eb.fn.countAll<number>().as('count'))
				.where('processedAt', 'is', null)
				.executeTakeFirstOrThrow()
		).count;

	it('takes the entries of a very long list in one call', async () => {
		const before = await pending();
		// 50,000 rows of four values each are far more than SQLite binds in one statement.
		await db.transaction().execute((trx) =>
			enqueueSearchUpdate(
				trx,
				'national_entry',
				Array.from({ length: 50_000 }, (_, index) => index + 1)
			)
		);
		expect((await pending()) - before).toBe(50_000);
	});

	it('queues every document again, once, when the documents change shape', async () => {
		// A new database has sent nothing to the index yet: its queued rows build current documents.
		expect(await requeueIfDocumentsChanged(db)).toBe(0);

		// An index fed by an earlier version of the documents.
		await db.updateTable('searchOutbox').set({ processedAt: new Date().toISOString() }).execute();
		await db.deleteFrom('appSetting').where('key', '=', 'search_document_version').execute();
		const entries = (
			await db
				.selectFrom('nationalEntry')
				.select((eb) => eb.fn.countAll<number>().as('count'))
				.executeTakeFirstOrThrow()
		).count;
		const concepts = (
			await db
				.selectFrom('concept')
				.select((eb) => eb.fn.countAll<number>().as('count'))
				.executeTakeFirstOrThrow()
		).count;
		expect(entries).toBeGreaterThan(0);
		expect(await requeueIfDocumentsChanged(db)).toBe(entries + concepts);
		expect(await pending()).toBe(entries + concepts);
		expect(await requeueIfDocumentsChanged(db)).toBe(0);
	});

	it('finds the rows due without reading the processed ones', async () => {
		// The worker asks every second; a table walk grows with every row ever processed.
		const query = dueOutboxRows(db, 500, new Date().toISOString()).compile();
		const plan = await db.executeQuery<{ detail: string }>(
			CompiledQuery.raw(`EXPLAIN QUERY PLAN ${query.sql}`, [...query.parameters])
		);
		expect(plan.rows.map((row) => row.detail)).toEqual([expect.stringContaining('USING INDEX search_outbox_pending')]);
	});
});
