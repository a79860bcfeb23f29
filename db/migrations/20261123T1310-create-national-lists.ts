// National terminology lists: one submission per State per exchange cycle, numbered revisions, and
// national entries whose content is kept per revision so that every revision stays readable.
//
//   submission ─< submission_revision ─< entry_version >─ national_entry (stable identity)
//                                         entry_version ─< entry_language_version ─< entry_additional_term
//
// A revision is edited while it is a draft; once submitted, its content is frozen by triggers.
import { type Kysely } from 'kysely';
import { runStatements } from './support/run-statements';

const FROZEN_REVISION = `'a submitted revision cannot be changed; start a new revision instead'`;

export async function up(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, [
		`CREATE TABLE submission (
			id INTEGER PRIMARY KEY,
			state_code TEXT NOT NULL REFERENCES state (code),
			cycle_year INTEGER NOT NULL REFERENCES exchange_cycle (year),
			distribution TEXT NOT NULL DEFAULT 'restricted' CHECK (distribution IN ('public', 'restricted')),
			document_reference TEXT CHECK (document_reference IS NULL OR length(trim(document_reference)) > 0),
			created_at TEXT NOT NULL,
			created_by TEXT REFERENCES user (id),
			UNIQUE (state_code, cycle_year)
		) STRICT`,

		`CREATE TABLE submission_revision (
			id INTEGER PRIMARY KEY,
			submission_id INTEGER NOT NULL REFERENCES submission (id),
			number INTEGER NOT NULL CHECK (number >= 1),
			status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
			summary TEXT,
			created_at TEXT NOT NULL,
			created_by TEXT REFERENCES user (id),
			submitted_at TEXT,
			submitted_by TEXT REFERENCES user (id),
			UNIQUE (submission_id, number),
			CHECK ((status = 'draft') = (submitted_at IS NULL))
		) STRICT`,
		// At most one draft per submission: the one an editor is working on.
		`CREATE UNIQUE INDEX submission_revision_one_draft ON submission_revision (submission_id) WHERE status = 'draft'`,
		`CREATE TRIGGER submission_revision_stays_submitted
			BEFORE UPDATE ON submission_revision
			WHEN OLD.status = 'submitted'
			BEGIN SELECT RAISE(ABORT, ${FROZEN_REVISION}); END`,
		`CREATE TRIGGER submission_revision_no_delete
			BEFORE DELETE ON submission_revision
			WHEN OLD.status = 'submitted'
			BEGIN SELECT RAISE(ABORT, ${FROZEN_REVISION}); END`,

		`CREATE TABLE national_entry (
			id INTEGER PRIMARY KEY,
			submission_id INTEGER NOT NULL REFERENCES submission (id),
			created_at TEXT NOT NULL,
			created_by TEXT REFERENCES user (id)
		) STRICT`,
		`CREATE INDEX national_entry_submission_id ON national_entry (submission_id)`,

		// The entry as it stands in one revision. Withdrawn entries keep their row so the history shows them.
		`CREATE TABLE entry_version (
			id INTEGER PRIMARY KEY,
			entry_id INTEGER NOT NULL REFERENCES national_entry (id),
			revision_id INTEGER NOT NULL REFERENCES submission_revision (id),
			position INTEGER NOT NULL CHECK (position >= 1),
			withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
			source_act TEXT,
			source_article TEXT,
			source_date TEXT CHECK (source_date IS NULL OR date(source_date) = source_date),
			source_url TEXT CHECK (source_url IS NULL OR source_url LIKE 'http://%' OR source_url LIKE 'https://%'),
			note TEXT,
			UNIQUE (revision_id, entry_id)
		) STRICT`,
		`CREATE INDEX entry_version_entry_id ON entry_version (entry_id)`,

		// One language version of an entry: the original text, the English version, or another language.
		`CREATE TABLE entry_language_version (
			id INTEGER PRIMARY KEY,
			entry_version_id INTEGER NOT NULL REFERENCES entry_version (id) ON DELETE CASCADE,
			language TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 35 AND language NOT GLOB '*[^A-Za-z0-9-]*'),
			is_original INTEGER NOT NULL DEFAULT 0 CHECK (is_original IN (0, 1)),
			text_status TEXT NOT NULL CHECK (text_status IN ('authentic', 'official_translation', 'courtesy_translation')),
			term TEXT NOT NULL CHECK (length(trim(term)) > 0),
			term_type TEXT CHECK (term_type IN ('fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase')),
			part_of_speech TEXT CHECK (part_of_speech IN ('noun', 'verb', 'adjective', 'adverb', 'properNoun', 'other')),
			administrative_status TEXT CHECK (administrative_status IN ('preferred', 'admitted', 'deprecated', 'superseded')),
			definition TEXT CHECK (definition IS NULL OR length(trim(definition)) > 0),
			definition_source TEXT,
			note TEXT,
			UNIQUE (entry_version_id, language),
			-- The original text is the text of the State's own act: it is authentic and has a definition.
			CHECK (is_original = 0 OR (text_status = 'authentic' AND definition IS NOT NULL))
		) STRICT`,
		`CREATE UNIQUE INDEX entry_language_version_one_original ON entry_language_version (entry_version_id) WHERE is_original = 1`,

		// Further terms of a language version (synonyms, abbreviations), after its main term.
		`CREATE TABLE entry_additional_term (
			id INTEGER PRIMARY KEY,
			language_version_id INTEGER NOT NULL REFERENCES entry_language_version (id) ON DELETE CASCADE,
			position INTEGER NOT NULL CHECK (position >= 1),
			term TEXT NOT NULL CHECK (length(trim(term)) > 0),
			term_type TEXT CHECK (term_type IN ('fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase')),
			part_of_speech TEXT CHECK (part_of_speech IN ('noun', 'verb', 'adjective', 'adverb', 'properNoun', 'other')),
			administrative_status TEXT CHECK (administrative_status IN ('preferred', 'admitted', 'deprecated', 'superseded')),
			UNIQUE (language_version_id, position)
		) STRICT`,

		// Content of a submitted revision is frozen.
		...['INSERT', 'UPDATE', 'DELETE'].map(
			(event) => `CREATE TRIGGER entry_version_frozen_${event.toLowerCase()}
			BEFORE ${event} ON entry_version
			WHEN (SELECT status FROM submission_revision WHERE id = ${event === 'INSERT' ? 'NEW' : 'OLD'}.revision_id) = 'submitted'
			BEGIN SELECT RAISE(ABORT, ${FROZEN_REVISION}); END`
		),
		...['INSERT', 'UPDATE', 'DELETE'].map(
			(event) => `CREATE TRIGGER entry_language_version_frozen_${event.toLowerCase()}
			BEFORE ${event} ON entry_language_version
			WHEN (SELECT r.status FROM entry_version v JOIN submission_revision r ON r.id = v.revision_id
			      WHERE v.id = ${event === 'INSERT' ? 'NEW' : 'OLD'}.entry_version_id) = 'submitted'
			BEGIN SELECT RAISE(ABORT, ${FROZEN_REVISION}); END`
		),
		...['INSERT', 'UPDATE', 'DELETE'].map(
			(event) => `CREATE TRIGGER entry_additional_term_frozen_${event.toLowerCase()}
			BEFORE ${event} ON entry_additional_term
			WHEN (SELECT r.status FROM entry_language_version l
			      JOIN entry_version v ON v.id = l.entry_version_id
			      JOIN submission_revision r ON r.id = v.revision_id
			      WHERE l.id = ${event === 'INSERT' ? 'NEW' : 'OLD'}.language_version_id) = 'submitted'
			BEGIN SELECT RAISE(ABORT, ${FROZEN_REVISION}); END`
		)
	]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, [
		'DROP TABLE entry_additional_term',
		'DROP TABLE entry_language_version',
		'DROP TABLE entry_version',
		'DROP TABLE national_entry',
		'DROP TABLE submission_revision',
		'DROP TABLE submission'
	]);
}
