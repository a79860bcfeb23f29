// Reference tables (States, languages, exchange cycles) and accounts (users, sessions, sign-in attempts).
// Frozen: a later change to the schema is a new migration, never an edit of this file.
import { type Kysely } from 'kysely';
import { runStatements } from './support/run-statements';

export async function up(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, [
		`CREATE TABLE state (
			code TEXT PRIMARY KEY CHECK (length(code) = 2 AND code = upper(code)),
			alpha3 TEXT NOT NULL UNIQUE CHECK (length(alpha3) = 3 AND alpha3 = upper(alpha3)),
			name_en TEXT NOT NULL,
			name_fr TEXT NOT NULL,
			name_de TEXT NOT NULL,
			name_it TEXT NOT NULL,
			name_ru TEXT NOT NULL,
			name_es TEXT NOT NULL,
			official_languages TEXT NOT NULL DEFAULT '' -- space-separated BCP 47 tags
		) STRICT`,

		`CREATE TABLE language (
			code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 35),
			name_en TEXT NOT NULL,
			native_name TEXT NOT NULL,
			is_osce_language INTEGER NOT NULL DEFAULT 0 CHECK (is_osce_language IN (0, 1))
		) STRICT`,

		`CREATE TABLE exchange_cycle (
			year INTEGER PRIMARY KEY CHECK (year BETWEEN 2013 AND 2200),
			submission_deadline TEXT CHECK (submission_deadline IS NULL OR date(submission_deadline) = submission_deadline),
			is_open INTEGER NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1)),
			note TEXT,
			created_at TEXT NOT NULL
		) STRICT`,

		// A user is bound to at most one State. State editors and delegates must have one;
		// a user with a State and no role can still read content restricted to participating States.
		`CREATE TABLE user (
			id TEXT PRIMARY KEY,
			email TEXT NOT NULL UNIQUE CHECK (email = lower(email) AND email LIKE '%_@_%'),
			display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
			password_hash TEXT NOT NULL,
			state_code TEXT REFERENCES state (code),
			is_administrator INTEGER NOT NULL DEFAULT 0 CHECK (is_administrator IN (0, 1)),
			is_state_editor INTEGER NOT NULL DEFAULT 0 CHECK (is_state_editor IN (0, 1)),
			is_delegate INTEGER NOT NULL DEFAULT 0 CHECK (is_delegate IN (0, 1)),
			created_at TEXT NOT NULL,
			updated_at TEXT NOT NULL,
			password_changed_at TEXT NOT NULL,
			disabled_at TEXT,
			CHECK ((is_state_editor = 0 AND is_delegate = 0) OR state_code IS NOT NULL)
		) STRICT`,

		// Only the SHA-256 of the session token is stored: a leaked database cannot be replayed as cookies.
		`CREATE TABLE session (
			id TEXT PRIMARY KEY CHECK (length(id) = 64),
			user_id TEXT NOT NULL REFERENCES user (id) ON DELETE CASCADE,
			created_at TEXT NOT NULL,
			expires_at TEXT NOT NULL
		) STRICT`,
		`CREATE INDEX session_user_id ON session (user_id)`,

		`CREATE TABLE sign_in_attempt (
			id INTEGER PRIMARY KEY,
			email TEXT NOT NULL,
			address TEXT NOT NULL,
			attempted_at TEXT NOT NULL,
			succeeded INTEGER NOT NULL CHECK (succeeded IN (0, 1))
		) STRICT`,
		`CREATE INDEX sign_in_attempt_email ON sign_in_attempt (email, attempted_at)`,
		`CREATE INDEX sign_in_attempt_address ON sign_in_attempt (address, attempted_at)`
	]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, [
		'DROP TABLE sign_in_attempt',
		'DROP TABLE session',
		'DROP TABLE user',
		'DROP TABLE exchange_cycle',
		'DROP TABLE language',
		'DROP TABLE state'
	]);
}
