// Imports are staged before anything is written: the file is parsed into these tables, the editor
// reads the preview (entries, problems, what will be created or changed), then commits all or
// nothing into the submission's draft.
import { type Kysely } from 'kysely';
import { runStatements } from './support/run-statements';

export async function up(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, [
		`CREATE TABLE import_job (
			id TEXT PRIMARY KEY, -- random and unguessable: it appears in URLs
			submission_id INTEGER NOT NULL REFERENCES submission (id),
			created_by TEXT REFERENCES user (id),
			created_at TEXT NOT NULL,
			file_name TEXT NOT NULL,
			file_size INTEGER NOT NULL CHECK (file_size >= 0),
			format TEXT CHECK (format IN ('tbx-v3', 'tbx-2008', 'csv', 'xlsx')),
			options_json TEXT NOT NULL CHECK (json_valid(options_json)),
			status TEXT NOT NULL CHECK (status IN ('parsing', 'ready', 'refused', 'committed', 'discarded', 'failed')),
			bytes_read INTEGER NOT NULL DEFAULT 0,
			entries_parsed INTEGER NOT NULL DEFAULT 0,
			error_count INTEGER NOT NULL DEFAULT 0,
			warning_count INTEGER NOT NULL DEFAULT 0,
			summary_json TEXT CHECK (summary_json IS NULL OR json_valid(summary_json)),
			finished_at TEXT,
			committed_at TEXT,
			committed_revision INTEGER
		) STRICT`,
		`CREATE INDEX import_job_submission ON import_job (submission_id, created_at)`,

		`CREATE TABLE import_job_entry (
			job_id TEXT NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
			seq INTEGER NOT NULL,
			line INTEGER,
			row_number INTEGER,
			source_id TEXT,
			content_json TEXT NOT NULL CHECK (json_valid(content_json)),
			PRIMARY KEY (job_id, seq)
		) STRICT`,

		// Only the first problems are kept (the counts on import_job are complete).
		`CREATE TABLE import_job_problem (
			job_id TEXT NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
			seq INTEGER NOT NULL,
			severity TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
			message TEXT NOT NULL,
			line INTEGER,
			column_number INTEGER,
			row_number INTEGER,
			field TEXT,
			PRIMARY KEY (job_id, seq)
		) STRICT`
	]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, ['DROP TABLE import_job_problem', 'DROP TABLE import_job_entry', 'DROP TABLE import_job']);
}
