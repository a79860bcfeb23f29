// Keeping people informed about the consensus workflow: an inbox per user, the proposals each user
// follows, and the tokens of the per-user Atom feeds.
//
//   user ─< notification >─ proposal | glossary_release
//   user ─< proposal_follow >─ proposal
//   user ─< feed_token
//
// A notification is written in the transaction of the event it reports; only read_at changes later.
import { type Kysely } from 'kysely';
import { runStatements } from './support/run-statements';

export async function up(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, [
		`CREATE TABLE notification (
			id INTEGER PRIMARY KEY,
			recipient_id TEXT NOT NULL REFERENCES user (id),
			kind TEXT NOT NULL CHECK (kind IN ('proposal_opened', 'silence_started', 'silence_broken', 'adopted', 'comment', 'release_published')),
			proposal_id INTEGER REFERENCES proposal (id),
			release_id INTEGER REFERENCES glossary_release (id),
			text TEXT NOT NULL CHECK (length(trim(text)) > 0),
			created_at TEXT NOT NULL,
			read_at TEXT,
			-- A release notification points to the release, every other one to its proposal.
			CHECK ((kind = 'release_published') = (release_id IS NOT NULL)),
			CHECK ((kind = 'release_published') = (proposal_id IS NULL))
		) STRICT`,
		`CREATE INDEX notification_inbox ON notification (recipient_id, created_at)`,
		`CREATE INDEX notification_unread ON notification (recipient_id) WHERE read_at IS NULL`,
		`CREATE TRIGGER notification_only_read BEFORE UPDATE ON notification
			WHEN NEW.recipient_id IS NOT OLD.recipient_id OR NEW.kind IS NOT OLD.kind
			  OR NEW.proposal_id IS NOT OLD.proposal_id OR NEW.release_id IS NOT OLD.release_id
			  OR NEW.text IS NOT OLD.text OR NEW.created_at IS NOT OLD.created_at
			BEGIN SELECT RAISE(ABORT, 'a notification can only be marked as read'); END`,

		`CREATE TABLE proposal_follow (
			user_id TEXT NOT NULL REFERENCES user (id),
			proposal_id INTEGER NOT NULL REFERENCES proposal (id),
			created_at TEXT NOT NULL,
			PRIMARY KEY (user_id, proposal_id)
		) STRICT`,
		`CREATE INDEX proposal_follow_proposal ON proposal_follow (proposal_id)`,

		// Only the SHA-256 of a feed token is stored, as for sessions: a copy of the database does not
		// give away anyone's feed address.
		`CREATE TABLE feed_token (
			token_hash TEXT PRIMARY KEY CHECK (length(token_hash) = 64),
			user_id TEXT NOT NULL REFERENCES user (id),
			created_at TEXT NOT NULL
		) STRICT`,
		`CREATE INDEX feed_token_user ON feed_token (user_id)`
	]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, ['DROP TABLE feed_token', 'DROP TABLE proposal_follow', 'DROP TABLE notification']);
}
