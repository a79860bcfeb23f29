// The outbox worker looks for pending rows every second, oldest first (ORDER BY id). With the
// pending rows indexed by next_attempt_at, SQLite preferred to walk the whole table in id order,
// processed rows included: 8 ms of blocked event loop a second once 80,000 rows had been processed
// (npm run bench:search). Indexed by id, the same look-up reads only the pending rows.
import { type Kysely } from 'kysely';
import { runStatements } from './support/run-statements';

export async function up(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, [
		'DROP INDEX search_outbox_pending',
		'CREATE INDEX search_outbox_pending ON search_outbox (id) WHERE processed_at IS NULL'
	]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, [
		'DROP INDEX search_outbox_pending',
		'CREATE INDEX search_outbox_pending ON search_outbox (next_attempt_at) WHERE processed_at IS NULL'
	]);
}
