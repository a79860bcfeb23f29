// The consensus glossary (concepts with versioned texts in the six OSCE languages, links to national
// entries) and the workflow that produces it (proposals, revisions, comments, positions, silence
// procedures, releases).
//
//   concept ─< concept_version ─< concept_term / concept_definition
//   concept ─< concept_link >─ national_entry
//   proposal ─< proposal_revision ─< proposal_term / proposal_text / proposal_citation
//                proposal_revision ─< comment, state_position, silence_procedure
//   glossary_release ─< glossary_release_concept >─ concept_version
//
// Adopted texts, positions and releases are history: triggers refuse to change or delete them.
import { type Kysely } from 'kysely';
import { runStatements } from './support/run-statements';

const OSCE_LANGUAGE = `CHECK (language IN ('en', 'fr', 'de', 'it', 'ru', 'es'))`;
const ADMINISTRATIVE_STATUS = `CHECK (administrative_status IN ('preferred', 'admitted', 'deprecated', 'superseded'))`;
const TERM_TYPE = `CHECK (term_type IN ('fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase'))`;
const PART_OF_SPEECH = `CHECK (part_of_speech IN ('noun', 'verb', 'adjective', 'adverb', 'properNoun', 'other'))`;

function appendOnly(table: string, what: string): string[] {
	return [
		`CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
			BEGIN SELECT RAISE(ABORT, '${what} cannot be changed once recorded'); END`,
		`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
			BEGIN SELECT RAISE(ABORT, '${what} cannot be deleted'); END`
	];
}

export async function up(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, [
		// A candidate concept is a working grouping of national entries; it becomes agreed when a
		// proposal for it is adopted, and deprecated when a deprecation is adopted.
		`CREATE TABLE concept (
			id INTEGER PRIMARY KEY,
			label TEXT NOT NULL CHECK (length(trim(label)) > 0),
			status TEXT NOT NULL DEFAULT 'candidate' CHECK (status IN ('candidate', 'agreed', 'deprecated')),
			created_at TEXT NOT NULL,
			created_by TEXT REFERENCES user (id)
		) STRICT`,

		`CREATE TABLE proposal (
			id INTEGER PRIMARY KEY,
			kind TEXT NOT NULL CHECK (kind IN ('new_concept', 'amendment', 'deprecation')),
			concept_id INTEGER REFERENCES concept (id),
			title TEXT NOT NULL CHECK (length(trim(title)) > 0),
			status TEXT NOT NULL DEFAULT 'discussion' CHECK (status IN ('discussion', 'silence', 'adopted', 'withdrawn')),
			opened_by TEXT REFERENCES user (id),
			opened_for_state TEXT REFERENCES state (code), -- NULL when the Secretariat opened it
			opened_at TEXT NOT NULL,
			closed_at TEXT,
			CHECK (kind = 'new_concept' OR concept_id IS NOT NULL),
			CHECK ((status IN ('adopted', 'withdrawn')) = (closed_at IS NOT NULL))
		) STRICT`,

		`CREATE TABLE proposal_revision (
			id INTEGER PRIMARY KEY,
			proposal_id INTEGER NOT NULL REFERENCES proposal (id),
			number INTEGER NOT NULL CHECK (number >= 1),
			rationale TEXT,
			created_by TEXT REFERENCES user (id),
			created_at TEXT NOT NULL,
			UNIQUE (proposal_id, number)
		) STRICT`,
		...appendOnly('proposal_revision', 'a proposal revision'),

		// Definition and note per OSCE language; a missing language is shown as pending.
		`CREATE TABLE proposal_text (
			id INTEGER PRIMARY KEY,
			revision_id INTEGER NOT NULL REFERENCES proposal_revision (id),
			language TEXT NOT NULL ${OSCE_LANGUAGE},
			definition TEXT NOT NULL CHECK (length(trim(definition)) > 0),
			note TEXT,
			UNIQUE (revision_id, language)
		) STRICT`,
		...appendOnly('proposal_text', 'the text of a proposal revision'),

		`CREATE TABLE proposal_term (
			id INTEGER PRIMARY KEY,
			revision_id INTEGER NOT NULL REFERENCES proposal_revision (id),
			language TEXT NOT NULL ${OSCE_LANGUAGE},
			position INTEGER NOT NULL CHECK (position >= 1),
			term TEXT NOT NULL CHECK (length(trim(term)) > 0),
			administrative_status TEXT NOT NULL ${ADMINISTRATIVE_STATUS},
			term_type TEXT ${TERM_TYPE},
			part_of_speech TEXT ${PART_OF_SPEECH},
			UNIQUE (revision_id, language, position)
		) STRICT`,
		...appendOnly('proposal_term', 'the terms of a proposal revision'),

		// National entries a revision draws on.
		`CREATE TABLE proposal_citation (
			revision_id INTEGER NOT NULL REFERENCES proposal_revision (id),
			entry_id INTEGER NOT NULL REFERENCES national_entry (id),
			PRIMARY KEY (revision_id, entry_id)
		) STRICT`,
		...appendOnly('proposal_citation', 'the citations of a proposal revision'),

		`CREATE TABLE concept_version (
			id INTEGER PRIMARY KEY,
			concept_id INTEGER NOT NULL REFERENCES concept (id),
			number INTEGER NOT NULL CHECK (number >= 1),
			status TEXT NOT NULL CHECK (status IN ('agreed', 'deprecated')),
			adopted_at TEXT NOT NULL,
			proposal_revision_id INTEGER REFERENCES proposal_revision (id),
			UNIQUE (concept_id, number)
		) STRICT`,
		...appendOnly('concept_version', 'an adopted concept version'),

		`CREATE TABLE concept_definition (
			id INTEGER PRIMARY KEY,
			concept_version_id INTEGER NOT NULL REFERENCES concept_version (id),
			language TEXT NOT NULL ${OSCE_LANGUAGE},
			definition TEXT NOT NULL CHECK (length(trim(definition)) > 0),
			note TEXT,
			UNIQUE (concept_version_id, language)
		) STRICT`,
		...appendOnly('concept_definition', 'an adopted definition'),

		`CREATE TABLE concept_term (
			id INTEGER PRIMARY KEY,
			concept_version_id INTEGER NOT NULL REFERENCES concept_version (id),
			language TEXT NOT NULL ${OSCE_LANGUAGE},
			position INTEGER NOT NULL CHECK (position >= 1),
			term TEXT NOT NULL CHECK (length(trim(term)) > 0),
			administrative_status TEXT NOT NULL ${ADMINISTRATIVE_STATUS},
			term_type TEXT ${TERM_TYPE},
			part_of_speech TEXT ${PART_OF_SPEECH},
			UNIQUE (concept_version_id, language, position)
		) STRICT`,
		...appendOnly('concept_term', 'an adopted term'),

		// Degree of equivalence says how the national entry relates to the concept: 'broader' means
		// the national entry covers more than the concept.
		`CREATE TABLE concept_link (
			id INTEGER PRIMARY KEY,
			concept_id INTEGER NOT NULL REFERENCES concept (id),
			entry_id INTEGER NOT NULL REFERENCES national_entry (id),
			equivalence TEXT NOT NULL CHECK (equivalence IN ('equivalent', 'broader', 'narrower', 'related')),
			note TEXT,
			created_at TEXT NOT NULL,
			created_by TEXT REFERENCES user (id),
			removed_at TEXT,
			removed_by TEXT REFERENCES user (id),
			CHECK (removed_by IS NULL OR removed_at IS NOT NULL)
		) STRICT`,
		`CREATE UNIQUE INDEX concept_link_current ON concept_link (concept_id, entry_id) WHERE removed_at IS NULL`,
		`CREATE INDEX concept_link_entry_id ON concept_link (entry_id)`,

		`CREATE TABLE comment (
			id INTEGER PRIMARY KEY,
			revision_id INTEGER NOT NULL REFERENCES proposal_revision (id),
			parent_id INTEGER REFERENCES comment (id),
			author_id TEXT NOT NULL REFERENCES user (id),
			author_state_code TEXT REFERENCES state (code), -- the author's State when they wrote it
			body TEXT NOT NULL CHECK (length(trim(body)) > 0),
			created_at TEXT NOT NULL,
			edited_at TEXT,
			removed_at TEXT
		) STRICT`,
		`CREATE INDEX comment_revision_id ON comment (revision_id)`,

		// Earlier texts of an edited comment.
		`CREATE TABLE comment_edit (
			id INTEGER PRIMARY KEY,
			comment_id INTEGER NOT NULL REFERENCES comment (id),
			previous_body TEXT NOT NULL,
			edited_at TEXT NOT NULL
		) STRICT`,
		...appendOnly('comment_edit', 'the history of a comment'),

		// One current position per State per revision; a changed position supersedes the earlier one,
		// which stays as history.
		`CREATE TABLE state_position (
			id INTEGER PRIMARY KEY,
			revision_id INTEGER NOT NULL REFERENCES proposal_revision (id),
			state_code TEXT NOT NULL REFERENCES state (code),
			stance TEXT NOT NULL CHECK (stance IN ('support', 'no_objection', 'reservation', 'objection')),
			statement TEXT,
			stated_by TEXT NOT NULL REFERENCES user (id),
			stated_at TEXT NOT NULL,
			superseded_at TEXT,
			CHECK (stance IN ('support', 'no_objection') OR length(trim(coalesce(statement, ''))) > 0)
		) STRICT`,
		`CREATE UNIQUE INDEX state_position_current ON state_position (revision_id, state_code) WHERE superseded_at IS NULL`,
		`CREATE TRIGGER state_position_history_only
			BEFORE UPDATE ON state_position
			WHEN OLD.superseded_at IS NOT NULL
			  OR NEW.revision_id IS NOT OLD.revision_id OR NEW.state_code IS NOT OLD.state_code
			  OR NEW.stance IS NOT OLD.stance OR NEW.statement IS NOT OLD.statement
			  OR NEW.stated_by IS NOT OLD.stated_by OR NEW.stated_at IS NOT OLD.stated_at
			BEGIN SELECT RAISE(ABORT, 'a recorded position can only be superseded, not rewritten'); END`,
		`CREATE TRIGGER state_position_no_delete BEFORE DELETE ON state_position
			BEGIN SELECT RAISE(ABORT, 'a recorded position cannot be deleted'); END`,

		// Deadlines are stored in UTC; time_zone is the zone the chair announced it in.
		`CREATE TABLE silence_procedure (
			id INTEGER PRIMARY KEY,
			revision_id INTEGER NOT NULL REFERENCES proposal_revision (id),
			started_by TEXT NOT NULL REFERENCES user (id),
			started_at TEXT NOT NULL,
			deadline_at TEXT NOT NULL CHECK (deadline_at > started_at),
			time_zone TEXT NOT NULL DEFAULT 'Europe/Vienna',
			outcome TEXT CHECK (outcome IN ('held', 'broken', 'cancelled')),
			ended_at TEXT,
			broken_by_position_id INTEGER REFERENCES state_position (id),
			CHECK ((outcome IS NULL) = (ended_at IS NULL)),
			CHECK ((outcome = 'broken') = (broken_by_position_id IS NOT NULL))
		) STRICT`,
		`CREATE UNIQUE INDEX silence_procedure_running ON silence_procedure (revision_id) WHERE outcome IS NULL`,

		`CREATE TABLE glossary_release (
			id INTEGER PRIMARY KEY,
			number INTEGER NOT NULL UNIQUE CHECK (number >= 1),
			title TEXT NOT NULL,
			released_at TEXT NOT NULL,
			released_by TEXT REFERENCES user (id),
			notes TEXT
		) STRICT`,
		...appendOnly('glossary_release', 'a published release'),

		`CREATE TABLE glossary_release_concept (
			release_id INTEGER NOT NULL REFERENCES glossary_release (id),
			concept_id INTEGER NOT NULL REFERENCES concept (id),
			concept_version_id INTEGER NOT NULL REFERENCES concept_version (id),
			change TEXT NOT NULL CHECK (change IN ('added', 'amended', 'deprecated', 'unchanged')),
			PRIMARY KEY (release_id, concept_id)
		) STRICT`,
		...appendOnly('glossary_release_concept', 'the content of a published release')
	]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, [
		'DROP TABLE glossary_release_concept',
		'DROP TABLE glossary_release',
		'DROP TABLE silence_procedure',
		'DROP TABLE state_position',
		'DROP TABLE comment_edit',
		'DROP TABLE comment',
		'DROP TABLE concept_link',
		'DROP TABLE concept_term',
		'DROP TABLE concept_definition',
		'DROP TABLE concept_version',
		'DROP TABLE proposal_citation',
		'DROP TABLE proposal_term',
		'DROP TABLE proposal_text',
		'DROP TABLE proposal_revision',
		'DROP TABLE proposal',
		'DROP TABLE concept'
	]);
}
