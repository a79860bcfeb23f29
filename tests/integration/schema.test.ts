import fs from 'node:fs';
import path from 'node:path';
import { Migrator, sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../db/migrations/index';
import type { Database } from '../../src/lib/server/db/schema';
import {
	ADMINISTRATIVE_STATUSES,
	DISTRIBUTIONS,
	EQUIVALENCES,
	PARTS_OF_SPEECH,
	STANCES,
	TERM_TYPES,
	TEXT_STATUSES
} from '../../src/lib/domain/vocabulary';
import { createTestDatabase } from '../helpers/database';
import { openDatabase } from '../../src/lib/server/db/connection';
import { deleteMirrored } from '../../src/lib/server/search/mirror';
import { givenAccount } from '../helpers/actors';

const { db } = await createTestDatabase();
const raw = db.withoutPlugins();

/** Lists every column of T; svelte-check fails if one is missing, the test fails if one is extra. */
function columnsOf<T>() {
	return <K extends (keyof T & string)[]>(
		...keys: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : ['missing', Exclude<keyof T, K[number]>])
	) => keys as string[];
}

const EXPECTED_COLUMNS: Record<keyof Database, string[]> = {
	state: columnsOf<Database['state']>()(
		'code',
		'alpha3',
		'nameEn',
		'nameFr',
		'nameDe',
		'nameIt',
		'nameRu',
		'nameEs',
		'officialLanguages'
	),
	language: columnsOf<Database['language']>()('code', 'nameEn', 'nativeName', 'isOsceLanguage'),
	exchangeCycle: columnsOf<Database['exchangeCycle']>()('year', 'submissionDeadline', 'isOpen', 'note', 'createdAt'),
	user: columnsOf<Database['user']>()(
		'id',
		'email',
		'displayName',
		'passwordHash',
		'stateCode',
		'isAdministrator',
		'isStateEditor',
		'isDelegate',
		'createdAt',
		'updatedAt',
		'passwordChangedAt',
		'disabledAt'
	),
	session: columnsOf<Database['session']>()('id', 'userId', 'createdAt', 'expiresAt'),
	signInAttempt: columnsOf<Database['signInAttempt']>()('id', 'email', 'address', 'attemptedAt', 'succeeded'),
	submission: columnsOf<Database['submission']>()(
		'id',
		'stateCode',
		'cycleYear',
		'distribution',
		'documentReference',
		'createdAt',
		'createdBy'
	),
	submissionRevision: columnsOf<Database['submissionRevision']>()(
		'id',
		'submissionId',
		'number',
		'status',
		'summary',
		'createdAt',
		'createdBy',
		'submittedAt',
		'submittedBy'
	),
	nationalEntry: columnsOf<Database['nationalEntry']>()('id', 'submissionId', 'createdAt', 'createdBy'),
	entryVersion: columnsOf<Database['entryVersion']>()(
		'id',
		'entryId',
		'revisionId',
		'position',
		'withdrawn',
		'sourceAct',
		'sourceArticle',
		'sourceDate',
		'sourceUrl',
		'note'
	),
	entryLanguageVersion: columnsOf<Database['entryLanguageVersion']>()(
		'id',
		'entryVersionId',
		'language',
		'isOriginal',
		'textStatus',
		'term',
		'termType',
		'partOfSpeech',
		'administrativeStatus',
		'definition',
		'definitionSource',
		'note'
	),
	entryAdditionalTerm: columnsOf<Database['entryAdditionalTerm']>()(
		'id',
		'languageVersionId',
		'position',
		'term',
		'termType',
		'partOfSpeech',
		'administrativeStatus'
	),
	concept: columnsOf<Database['concept']>()('id', 'label', 'status', 'createdAt', 'createdBy'),
	conceptVersion: columnsOf<Database['conceptVersion']>()(
		'id',
		'conceptId',
		'number',
		'status',
		'adoptedAt',
		'proposalRevisionId'
	),
	conceptDefinition: columnsOf<Database['conceptDefinition']>()(
		'id',
		'conceptVersionId',
		'language',
		'definition',
		'note'
	),
	conceptTerm: columnsOf<Database['conceptTerm']>()(
		'id',
		'conceptVersionId',
		'language',
		'position',
		'term',
		'administrativeStatus',
		'termType',
		'partOfSpeech'
	),
	conceptLink: columnsOf<Database['conceptLink']>()(
		'id',
		'conceptId',
		'entryId',
		'equivalence',
		'note',
		'createdAt',
		'createdBy',
		'removedAt',
		'removedBy'
	),
	proposal: columnsOf<Database['proposal']>()(
		'id',
		'kind',
		'conceptId',
		'title',
		'status',
		'openedBy',
		'openedForState',
		'openedAt',
		'closedAt'
	),
	proposalRevision: columnsOf<Database['proposalRevision']>()(
		'id',
		'proposalId',
		'number',
		'rationale',
		'createdBy',
		'createdAt'
	),
	proposalText: columnsOf<Database['proposalText']>()('id', 'revisionId', 'language', 'definition', 'note'),
	proposalTerm: columnsOf<Database['proposalTerm']>()(
		'id',
		'revisionId',
		'language',
		'position',
		'term',
		'administrativeStatus',
		'termType',
		'partOfSpeech'
	),
	proposalCitation: columnsOf<Database['proposalCitation']>()('revisionId', 'entryId'),
	comment: columnsOf<Database['comment']>()(
		'id',
		'revisionId',
		'parentId',
		'authorId',
		'authorStateCode',
		'body',
		'createdAt',
		'editedAt',
		'removedAt'
	),
	commentEdit: columnsOf<Database['commentEdit']>()('id', 'commentId', 'previousBody', 'editedAt'),
	statePosition: columnsOf<Database['statePosition']>()(
		'id',
		'revisionId',
		'stateCode',
		'stance',
		'statement',
		'statedBy',
		'statedAt',
		'supersededAt'
	),
	silenceProcedure: columnsOf<Database['silenceProcedure']>()(
		'id',
		'revisionId',
		'startedBy',
		'startedAt',
		'deadlineAt',
		'timeZone',
		'outcome',
		'endedAt',
		'brokenByPositionId'
	),
	glossaryRelease: columnsOf<Database['glossaryRelease']>()(
		'id',
		'number',
		'title',
		'releasedAt',
		'releasedBy',
		'notes'
	),
	glossaryReleaseConcept: columnsOf<Database['glossaryReleaseConcept']>()(
		'releaseId',
		'conceptId',
		'conceptVersionId',
		'change'
	),
	auditEvent: columnsOf<Database['auditEvent']>()(
		'id',
		'occurredAt',
		'actorId',
		'action',
		'entityType',
		'entityId',
		'stateCode',
		'beforeJson',
		'afterJson'
	),
	searchOutbox: columnsOf<Database['searchOutbox']>()(
		'id',
		'documentType',
		'documentId',
		'enqueuedAt',
		'attempts',
		'nextAttemptAt',
		'lastError',
		'processedAt',
		'leasedUntil'
	),
	appSetting: columnsOf<Database['appSetting']>()('key', 'value', 'updatedAt'),
	importJob: columnsOf<Database['importJob']>()(
		'id',
		'submissionId',
		'createdBy',
		'createdAt',
		'fileName',
		'fileSize',
		'format',
		'optionsJson',
		'status',
		'bytesRead',
		'entriesParsed',
		'errorCount',
		'warningCount',
		'summaryJson',
		'finishedAt',
		'committedAt',
		'committedRevision'
	),
	importJobEntry: columnsOf<Database['importJobEntry']>()(
		'jobId',
		'seq',
		'line',
		'rowNumber',
		'sourceId',
		'contentJson'
	),
	importJobProblem: columnsOf<Database['importJobProblem']>()(
		'jobId',
		'seq',
		'severity',
		'message',
		'line',
		'columnNumber',
		'rowNumber',
		'field'
	),
	searchDocument: columnsOf<Database['searchDocument']>()(
		'docNo',
		'id',
		'kind',
		'groupKey',
		'visibility',
		'stateCode',
		'language',
		'cycleYear',
		'conceptStatus',
		'translationPending'
	),
	searchDocumentContent: columnsOf<Database['searchDocumentContent']>()('docNo', 'documentJson'),
	searchFts: columnsOf<Database['searchFts']>()('rowid', 'terms', 'definitions', 'stems'),
	notification: columnsOf<Database['notification']>()(
		'id',
		'recipientId',
		'kind',
		'proposalId',
		'releaseId',
		'text',
		'createdAt',
		'readAt'
	),
	proposalFollow: columnsOf<Database['proposalFollow']>()('userId', 'proposalId', 'createdAt'),
	feedToken: columnsOf<Database['feedToken']>()('tokenHash', 'userId', 'createdAt')
};

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

async function tableSql(table: string): Promise<string> {
	const result = await sql<{
		sql: string;
	}>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(raw);
	return result.rows[0]?.sql ?? '';
}

describe('migrations', () => {
	it('lists every migration file of db/migrations in the order they run', () => {
		const files = fs
			.readdirSync(path.resolve('db/migrations'))
			.filter((file) => /^\d{8}T\d{4}-.+\.ts$/.test(file))
			.map((file) => file.replace(/\.ts$/, ''))
			.sort();
		expect(Object.keys(MIGRATIONS)).toEqual(files);
	});

	it('creates exactly the tables and columns of the typed Database interface', async () => {
		const tables = await sql<{ name: string }>`
			select name from sqlite_master
			where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' and name not like 'search_fts_%'
			order by name`.execute(raw);
		expect(tables.rows.map((row) => camel(row.name)).sort()).toEqual(Object.keys(EXPECTED_COLUMNS).sort());
		for (const [table, columns] of Object.entries(EXPECTED_COLUMNS)) {
			const info = await sql<{ name: string }>`select name from pragma_table_info(${snake(table)})`.execute(raw);
			// A virtual table's rowid is implicit: pragma_table_info does not list it.
			const listed =
				table === 'searchFts' ? ['rowid', ...info.rows.map((row) => row.name)] : info.rows.map((row) => row.name);
			expect(listed.map(camel).sort(), `columns of ${snake(table)}`).toEqual([...columns].sort());
		}
	});

	it('re-keys the search mirror by integer without losing a document or its words', async () => {
		const older = openDatabase(':memory:');
		const plain = older.withoutPlugins() as unknown as Kysely<unknown>;
		const migrator = new Migrator({ db: plain, provider: { getMigrations: async () => MIGRATIONS } });
		expect((await migrator.migrateTo('20261201T1200-index-pending-outbox-rows-by-id')).error).toBeUndefined();
		const document = (id: string) => JSON.stringify({ id });
		await sql`insert into search_document (id, kind, group_key, visibility, state_code, language, cycle_year, concept_status, translation_pending, document_json)
			values ('n7', 'national', 'c3', 'public', 'FR', 'fr', 2025, 'agreed', 0, ${document('n7')}),
				('c3-en', 'consensus', 'c3', 'public', null, 'en', null, 'agreed', 0, ${document('c3-en')})`.execute(plain);
		await sql`insert into search_fts (id, terms, definitions, stems) values ('n7', 'cyberespace', 'espace de communication', ''),
			('c3-en', 'cyberspace', 'communication space', '')`.execute(plain);

		expect((await migrator.migrateTo('20261201T2300-key-search-mirror-by-integer')).error).toBeUndefined();
		const found = async (words: string) =>
			(
				await sql<{ id: string }>`select d.id from search_fts f cross join search_document d on d.doc_no = f.rowid
					where search_fts match ${words} order by d.id`.execute(plain)
			).rows.map((row) => row.id);
		expect(await found('cyberespace')).toEqual(['n7']);
		const content = await sql<{ id: string; documentJson: string }>`select d.id, c.document_json as documentJson
			from search_document d join search_document_content c on c.doc_no = d.doc_no order by d.id`.execute(plain);
		expect(content.rows).toEqual([
			{ id: 'c3-en', documentJson: document('c3-en') },
			{ id: 'n7', documentJson: document('n7') }
		]);
		expect(await found('communication')).toEqual(['c3-en', 'n7']);
		await older.transaction().execute(async (trx) => deleteMirrored(trx, ['n7']));
		expect(await found('communication')).toEqual(['c3-en']);
		expect(
			(await sql<{ count: number }>`select count(*) as count from search_document_content`.execute(plain)).rows[0]!
				.count
		).toBe(1);
		await older.destroy();
	});

	it('keeps in the search mirror only what results show of a document', async () => {
		const older = openDatabase(':memory:');
		const plain = older.withoutPlugins() as unknown as Kysely<unknown>;
		const migrator = new Migrator({ db: plain, provider: { getMigrations: async () => MIGRATIONS } });
		expect((await migrator.migrateTo('20261201T2300-key-search-mirror-by-integer')).error).toBeUndefined();
		const display = {
			term: 'Cyberespace',
			definition: 'Espace de communication.',
			termEn: 'cyberspace',
			definitionEn: 'Communication space.'
		};
		const shown = {
			id: 'n7',
			kind: 'national',
			groupKey: 'c3',
			entryId: 7,
			conceptStatus: 'agreed',
			stateCode: 'FR',
			stateName: 'France',
			cycleYear: 2025,
			revisionNumber: 1,
			language: 'fr',
			translationPending: false,
			otherTerms: ['espace cyber'],
			display
		};
		const searchOnly = {
			groupConcept: 3,
			visibility: 'public',
			conceptId: 3,
			conceptIds: [3],
			languages: ['fr', 'en'],
			label: 'cyberspace',
			term: 'cyberespace',
			definition: 'espace de communication',
			termEn: 'cyberspace',
			definitionEn: 'communication space',
			otherDefinitions: [],
			equivalents: ['киберпространство'],
			stems: 'киберпространств'
		};
		await sql`insert into search_document (id, kind, group_key, visibility, state_code, language, cycle_year, concept_status, translation_pending)
			values ('n7', 'national', 'c3', 'public', 'FR', 'fr', 2025, 'agreed', 0)`.execute(plain);
		await sql`insert into search_document_content (doc_no, document_json)
			select doc_no, ${JSON.stringify({ ...shown, ...searchOnly })} from search_document where id = 'n7'`.execute(plain);

		expect((await migrator.migrateToLatest()).error).toBeUndefined();
		const [row] = (
			await sql<{ documentJson: string }>`select document_json as documentJson from search_document_content`.execute(
				plain
			)
		).rows;
		expect(JSON.parse(row!.documentJson)).toEqual(shown);
		await older.destroy();
	});

	it('runs with foreign keys enforced and write-ahead logging', async () => {
		const foreignKeys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(raw);
		const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(raw);
		expect(foreignKeys.rows[0]?.foreign_keys).toBe(1);
		expect(journal.rows[0]?.journal_mode).toBe('wal');
	});
});

describe('controlled vocabularies in CHECK constraints', () => {
	const cases: [string, string, readonly string[]][] = [
		['submission', 'distribution', DISTRIBUTIONS],
		['entry_language_version', 'text_status', TEXT_STATUSES],
		['entry_language_version', 'term_type', TERM_TYPES],
		['entry_language_version', 'part_of_speech', PARTS_OF_SPEECH],
		['concept_term', 'administrative_status', ADMINISTRATIVE_STATUSES],
		['concept_link', 'equivalence', EQUIVALENCES],
		['state_position', 'stance', STANCES]
	];
	it.each(cases)('%s.%s accepts exactly the values the domain names', async (table, column, values) => {
		const ddl = await tableSql(table);
		const match = new RegExp(`CHECK \\(${column} IN \\(([^)]*)\\)\\)`).exec(ddl);
		expect(match, `CHECK on ${table}.${column}`).not.toBeNull();
		const allowed = match![1]!.split(',').map((value) => value.trim().replace(/^'|'$/g, ''));
		expect(allowed).toEqual([...values]);
	});
});

describe('constraints the schema enforces by itself', () => {
	it('refuses a State editor without a State', async () => {
		const now = new Date().toISOString();
		await expect(
			db
				.insertInto('user')
				.values({
					id: 'no-state',
					email: 'no-state@example.org',
					displayName: 'X',
					passwordHash: 'x',
					stateCode: null,
					isAdministrator: 0,
					isStateEditor: 1,
					isDelegate: 0,
					createdAt: now,
					updatedAt: now,
					passwordChangedAt: now,
					disabledAt: null
				})
				.execute()
		).rejects.toThrow(/CHECK constraint failed/);
	});

	it('refuses a second submission of the same State for the same cycle', async () => {
		const now = new Date().toISOString();
		await db
			.insertInto('exchangeCycle')
			.values({ year: 2030, submissionDeadline: null, isOpen: 1, note: null, createdAt: now })
			.execute();
		const values = {
			stateCode: 'AT',
			cycleYear: 2030,
			distribution: 'public' as const,
			documentReference: null,
			createdAt: now,
			createdBy: null
		};
		await db.insertInto('submission').values(values).execute();
		await expect(db.insertInto('submission').values(values).execute()).rejects.toThrow(/UNIQUE constraint failed/);
	});

	it('freezes the content of a submitted revision and keeps it from returning to draft', async () => {
		const now = new Date().toISOString();
		await db
			.insertInto('exchangeCycle')
			.values({ year: 2031, submissionDeadline: null, isOpen: 1, note: null, createdAt: now })
			.execute();
		const { id: submissionId } = await db
			.insertInto('submission')
			.values({
				stateCode: 'BE',
				cycleYear: 2031,
				distribution: 'restricted',
				documentReference: null,
				createdAt: now,
				createdBy: null
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const { id: revisionId } = await db
			.insertInto('submissionRevision')
			.values({ submissionId, number: 1, status: 'draft', summary: null, createdAt: now, createdBy: null })
			.returning('id')
			.executeTakeFirstOrThrow();
		const { id: entryId } = await db
			.insertInto('nationalEntry')
			.values({ submissionId, createdAt: now, createdBy: null })
			.returning('id')
			.executeTakeFirstOrThrow();
		const { id: versionId } = await db
			.insertInto('entryVersion')
			.values({
				entryId,
				revisionId,
				position: 1,
				withdrawn: 0,
				sourceAct: null,
				sourceArticle: null,
				sourceDate: null,
				sourceUrl: null,
				note: null
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await db
			.insertInto('entryLanguageVersion')
			.values({
				entryVersionId: versionId,
				language: 'nl',
				isOriginal: 1,
				textStatus: 'authentic',
				term: 'cyberaanval',
				termType: null,
				partOfSpeech: null,
				administrativeStatus: null,
				definition: 'Een aanval.',
				definitionSource: null,
				note: null
			})
			.execute();
		await db
			.updateTable('submissionRevision')
			.set({ status: 'submitted', submittedAt: now })
			.where('id', '=', revisionId)
			.execute();

		await expect(
			db.updateTable('entryLanguageVersion').set({ term: 'changed' }).where('entryVersionId', '=', versionId).execute()
		).rejects.toThrow(/submitted revision cannot be changed/);
		await expect(db.deleteFrom('entryVersion').where('id', '=', versionId).execute()).rejects.toThrow(
			/submitted revision cannot be changed/
		);
		await expect(
			db
				.updateTable('submissionRevision')
				.set({ status: 'draft', submittedAt: null })
				.where('id', '=', revisionId)
				.execute()
		).rejects.toThrow(/submitted revision cannot be changed/);
	});

	it('keeps only one original language version per entry version, and it must be authentic with a definition', async () => {
		const ddl = await tableSql('entry_language_version');
		expect(ddl).toContain("CHECK (is_original = 0 OR (text_status = 'authentic' AND definition IS NOT NULL))");
		const index = await sql<{
			sql: string;
		}>`select sql from sqlite_master where name = 'entry_language_version_one_original'`.execute(raw);
		expect(index.rows[0]?.sql).toContain('WHERE is_original = 1');
	});

	it('keeps the audit trail append-only', async () => {
		const actor = await givenAccount(db, { isAdministrator: true });
		const event = await db
			.selectFrom('auditEvent')
			.select('id')
			.where('entityId', '=', actor.id)
			.executeTakeFirstOrThrow();
		await expect(
			db.updateTable('auditEvent').set({ action: 'forged' }).where('id', '=', event.id).execute()
		).rejects.toThrow(/append-only/);
		await expect(db.deleteFrom('auditEvent').where('id', '=', event.id).execute()).rejects.toThrow(/append-only/);
	});

	it('lets a position be superseded but never rewritten, and allows one current position per State', async () => {
		const delegate = await givenAccount(db, { isDelegate: true, stateCode: 'FR' });
		const now = new Date().toISOString();
		const { id: proposalId } = await db
			.insertInto('proposal')
			.values({
				kind: 'new_concept',
				conceptId: null,
				title: 'T',
				status: 'discussion',
				openedBy: null,
				openedForState: null,
				openedAt: now,
				closedAt: null
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const { id: revisionId } = await db
			.insertInto('proposalRevision')
			.values({ proposalId, number: 1, rationale: null, createdBy: null, createdAt: now })
			.returning('id')
			.executeTakeFirstOrThrow();
		const position = {
			revisionId,
			stateCode: 'FR',
			stance: 'support' as const,
			statement: null,
			statedBy: delegate.id,
			statedAt: now
		};
		const { id: first } = await db
			.insertInto('statePosition')
			.values(position)
			.returning('id')
			.executeTakeFirstOrThrow();
		await expect(db.insertInto('statePosition').values(position).execute()).rejects.toThrow(/UNIQUE constraint failed/);
		await expect(
			db.updateTable('statePosition').set({ stance: 'objection' }).where('id', '=', first).execute()
		).rejects.toThrow(/only be superseded/);
		await db.updateTable('statePosition').set({ supersededAt: now }).where('id', '=', first).execute();
		await expect(
			db
				.insertInto('statePosition')
				.values({ ...position, stance: 'objection', statement: null })
				.execute()
		).rejects.toThrow(/CHECK constraint failed/);
		await db
			.insertInto('statePosition')
			.values({ ...position, stance: 'objection', statement: 'The text is too broad.' })
			.execute();
		await expect(db.deleteFrom('statePosition').where('id', '=', first).execute()).rejects.toThrow(/cannot be deleted/);
	});
});
