// The SQLite side of search: a mirror of the search documents with an FTS5 index, used when
// Meilisearch cannot be reached, and leases on outbox rows so that several app processes can
// drain the outbox without sending the same document twice at the same time.
import { type Kysely } from 'kysely';
import { runStatements } from './support/run-statements';

export async function up(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, [
		`CREATE TABLE search_document (
			id TEXT PRIMARY KEY,
			kind TEXT NOT NULL CHECK (kind IN ('national', 'consensus')),
			group_key TEXT NOT NULL,
			visibility TEXT NOT NULL CHECK (visibility IN ('public', 'restricted')),
			state_code TEXT,
			language TEXT NOT NULL,
			cycle_year INTEGER,
			concept_status TEXT NOT NULL,
			translation_pending INTEGER NOT NULL CHECK (translation_pending IN (0, 1)),
			document_json TEXT NOT NULL CHECK (json_valid(document_json))
		) STRICT`,
		`CREATE INDEX search_document_group ON search_document (group_key)`,
		// The same normalised texts Meilisearch indexes; accents folded, prefixes of 2-4 letters indexed.
		`CREATE VIRTUAL TABLE search_fts USING fts5(
			id UNINDEXED,
			terms,
			definitions,
			stems,
			tokenize = 'unicode61 remove_diacritics 2',
			prefix = '2 3 4'
		)`,
		`ALTER TABLE search_outbox ADD COLUMN leased_until TEXT`
	]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, [
		'ALTER TABLE search_outbox DROP COLUMN leased_until',
		'DROP TABLE search_fts',
		'DROP TABLE search_document'
	]);
}
