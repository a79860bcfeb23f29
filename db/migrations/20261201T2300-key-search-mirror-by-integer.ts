// Reshapes the SQLite mirror of the search documents for speed, measured on bench:search's 80,000
// documents:
// - The FTS5 rows were tied to their documents by an UNINDEXED text column, so every delete of a
//   document scanned the whole FTS table (a reindex did so once per batch). Now a document has an
//   INTEGER PRIMARY KEY, doc_no (VACUUM never renumbers it, unlike an implicit rowid), which is also
//   the rowid of its FTS row: a delete is a look-up, and the fallback joins its matches by integer.
// - search_document held each document's JSON inline, so that join read ~66,000 pages; the JSON now
//   lives in search_document_content, and the columns filters and facets need fit in ~1,000 pages
//   (joining 36,000 matches: 61 → 10 ms).
// - The FTS table keeps no copy of its texts (contentless, deletable): highlighting works from the
//   JSON.
import { type Kysely } from 'kysely';
import { runStatements } from './support/run-statements';

const FILTER_COLUMNS =
	'kind, group_key, visibility, state_code, language, cycle_year, concept_status, translation_pending';
// The columns filters and facets need, as the first mirror migration defined them.
const FILTER_COLUMN_DEFINITIONS = `kind TEXT NOT NULL CHECK (kind IN ('national', 'consensus')),
	group_key TEXT NOT NULL,
	visibility TEXT NOT NULL CHECK (visibility IN ('public', 'restricted')),
	state_code TEXT,
	language TEXT NOT NULL,
	cycle_year INTEGER,
	concept_status TEXT NOT NULL,
	translation_pending INTEGER NOT NULL CHECK (translation_pending IN (0, 1))`;
const FTS_OPTIONS = `tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'`;

export async function up(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, [
		`CREATE TABLE search_document_keyed (
			doc_no INTEGER PRIMARY KEY,
			id TEXT NOT NULL UNIQUE,
			${FILTER_COLUMN_DEFINITIONS}
		) STRICT`,
		`CREATE TABLE search_document_content (
			doc_no INTEGER PRIMARY KEY REFERENCES search_document_keyed (doc_no) ON DELETE CASCADE,
			document_json TEXT NOT NULL CHECK (json_valid(document_json))
		) STRICT`,
		`INSERT INTO search_document_keyed (id, ${FILTER_COLUMNS}) SELECT id, ${FILTER_COLUMNS} FROM search_document ORDER BY rowid`,
		`INSERT INTO search_document_content (doc_no, document_json)
			SELECT k.doc_no, d.document_json FROM search_document d JOIN search_document_keyed k ON k.id = d.id`,
		`CREATE VIRTUAL TABLE search_fts_keyed USING fts5(terms, definitions, stems, content = '', contentless_delete = 1, ${FTS_OPTIONS})`,
		`INSERT INTO search_fts_keyed (rowid, terms, definitions, stems)
			SELECT k.doc_no, f.terms, f.definitions, f.stems FROM search_fts f JOIN search_document_keyed k ON k.id = f.id`,
		'DROP TABLE search_fts',
		'DROP TABLE search_document',
		// Renaming a table also rewrites the references to it (legacy_alter_table is off).
		'ALTER TABLE search_document_keyed RENAME TO search_document',
		'ALTER TABLE search_fts_keyed RENAME TO search_fts',
		'CREATE INDEX search_document_group ON search_document (group_key)'
	]);
}

// The contentless FTS table cannot give its texts back: going down keeps the documents and leaves
// an empty FTS table, which `npm run reindex` fills again (the mirror is derived data).
export async function down(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, [
		`CREATE TABLE search_document_by_id (
			id TEXT PRIMARY KEY,
			${FILTER_COLUMN_DEFINITIONS},
			document_json TEXT NOT NULL CHECK (json_valid(document_json))
		) STRICT`,
		`INSERT INTO search_document_by_id (id, ${FILTER_COLUMNS}, document_json)
			SELECT d.id, ${FILTER_COLUMNS.split(', ')
				.map((column) => `d.${column}`)
				.join(', ')}, c.document_json FROM search_document d JOIN search_document_content c ON c.doc_no = d.doc_no`,
		'DROP TABLE search_fts',
		'DROP TABLE search_document_content',
		'DROP TABLE search_document',
		'ALTER TABLE search_document_by_id RENAME TO search_document',
		'CREATE INDEX search_document_group ON search_document (group_key)',
		`CREATE VIRTUAL TABLE search_fts USING fts5(id UNINDEXED, terms, definitions, stems, ${FTS_OPTIONS})`
	]);
}
