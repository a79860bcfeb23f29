// The audit trail (who changed what, when, before and after) and the search outbox that carries
// every change to Meilisearch; both are written in the same transaction as the change itself.
// Also the installation's own settings.
import { type Kysely } from 'kysely';
import { runStatements } from './support/run-statements';

export async function up(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, [
		`CREATE TABLE audit_event (
			id INTEGER PRIMARY KEY,
			occurred_at TEXT NOT NULL,
			actor_id TEXT REFERENCES user (id), -- NULL for the system (imports from the command line, deadlines)
			action TEXT NOT NULL CHECK (length(action) > 0),
			entity_type TEXT NOT NULL CHECK (length(entity_type) > 0),
			entity_id TEXT NOT NULL,
			state_code TEXT REFERENCES state (code),
			before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
			after_json TEXT CHECK (after_json IS NULL OR json_valid(after_json))
		) STRICT`,
		`CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id)`,
		`CREATE INDEX audit_event_actor ON audit_event (actor_id, occurred_at)`,
		`CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
			BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END`,
		`CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
			BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END`,

		// An outbox row says "this document may have changed"; the sync worker rebuilds the document
		// from SQLite, so replaying a row is harmless and only the latest state is ever indexed.
		`CREATE TABLE search_outbox (
			id INTEGER PRIMARY KEY,
			document_type TEXT NOT NULL CHECK (document_type IN ('national_entry', 'concept')),
			document_id INTEGER NOT NULL,
			enqueued_at TEXT NOT NULL,
			attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
			next_attempt_at TEXT NOT NULL,
			last_error TEXT,
			processed_at TEXT
		) STRICT`,
		`CREATE INDEX search_outbox_pending ON search_outbox (next_attempt_at) WHERE processed_at IS NULL`,

		// Facts about this installation, such as whether it holds demonstration data.
		`CREATE TABLE app_setting (
			key TEXT PRIMARY KEY,
			value TEXT NOT NULL,
			updated_at TEXT NOT NULL
		) STRICT`
	]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, ['DROP TABLE app_setting', 'DROP TABLE search_outbox', 'DROP TABLE audit_event']);
}
