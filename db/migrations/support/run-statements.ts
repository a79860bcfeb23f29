// Migrations are written as plain SQLite DDL: CHECKs, partial indexes and triggers read more
// clearly as SQL than through a builder. better-sqlite3 prepares one statement at a time.
import { sql, type Kysely } from 'kysely';

export async function runStatements(db: Kysely<unknown>, statements: readonly string[]): Promise<void> {
	for (const statement of statements) {
		await sql.raw(statement).execute(db);
	}
}
