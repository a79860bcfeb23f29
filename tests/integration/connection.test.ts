// The connection keeps prepared statements (src/lib/server/db/connection.ts); reusing them must
// never change what a query returns.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/database';

describe('the database connection', async () => {
	const { db } = await createTestDatabase();
	const stateCodes = async () =>
		(await db.selectFrom('state').select('code').orderBy('code').execute()).map((row) => row.code);

	it('answers a repeated query with the current rows, not those of its first run', async () => {
		const before = await stateCodes();
		await db
			.insertInto('exchangeCycle')
			.values({ year: 2031, submissionDeadline: null, isOpen: 1, note: null, createdAt: '2031-01-01T00:00:00.000Z' })
			.execute();
		const years = () => db.selectFrom('exchangeCycle').select('year').where('year', '>=', 2031).execute();
		expect(await years()).toEqual([{ year: 2031 }]);
		await db
			.insertInto('exchangeCycle')
			.values({ year: 2032, submissionDeadline: null, isOpen: 1, note: null, createdAt: '2032-01-01T00:00:00.000Z' })
			.execute();
		expect(await years()).toEqual([{ year: 2031 }, { year: 2032 }]);
		expect(await stateCodes()).toEqual(before);
	});

	it('streams the rows of a query it has run before, and runs it again afterwards', async () => {
		const all = await stateCodes();
		const streamed: string[] = [];
		for await (const row of db.selectFrom('state').select('code').orderBy('code').stream()) streamed.push(row.code);
		expect(streamed).toEqual(all);
		expect(await stateCodes()).toEqual(all);
	});

	it('keeps working past the number of statements it keeps', async () => {
		for (let value = 0; value < 700; value++) {
			const row = await sql<{ value: number }>`select ${sql.lit(value)} as value`.execute(db);
			expect(row.rows[0]!.value).toBe(value);
		}
		expect(await stateCodes()).toHaveLength(57);
	});
});
