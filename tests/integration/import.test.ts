import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
	commitImportJob,
	createImportJob,
	discardImportJob,
	getImportPreview,
	parseJobOptions,
	runImportJob
} from '../../src/lib/server/import/jobs';
import { createSubmission, submitDraft } from '../../src/lib/server/national-lists/editing';
import { getRevisionEntries, getSubmission } from '../../src/lib/server/national-lists/read';
import { exportRevision } from '../../src/lib/server/national-lists/export';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../src/lib/domain/errors';
import { createTestDatabase } from '../helpers/database';
import { givenAccount } from '../helpers/actors';

const run = promisify(execFile);
const { db, dir } = await createTestDatabase();
await db
	.insertInto('exchangeCycle')
	.values({ year: 2026, submissionDeadline: null, isOpen: 1, note: null, createdAt: new Date().toISOString() })
	.execute();
const editor = await givenAccount(db, { isStateEditor: true, stateCode: 'AT' });
const otherEditor = await givenAccount(db, { isStateEditor: true, stateCode: 'BE' });
const submissionId = await createSubmission(db, editor, {
	stateCode: 'AT',
	cycleYear: 2026,
	distribution: 'public',
	documentReference: null
});

const HEADER = 'Begriff;Definition;Begriff (EN);Definition (EN);Fundstelle;Datum';
const GOOD_ROWS = [
	'Cybersicherheit;Schutz von Netz- und Informationssystemen.;cybersecurity;Protection of network and information systems.;NISG;2018-12-28',
	'Sicherheitsvorfall;Ein Ereignis mit nachteiligen Auswirkungen.;incident;An event with adverse effects.;NISG;2018-12-28',
	'Risiko;Möglichkeit eines Verlusts.;risk;The possibility of loss.;NISG;2018-12-28'
];

async function importCsv(text: string, viewer = editor, mode: 'replace' | 'add' = 'replace') {
	const { jobId } = await createImportJob(db, dir, viewer, {
		submissionId,
		fileName: 'liste.csv',
		source: new TextEncoder().encode(text),
		options: parseJobOptions({ originalLanguage: 'de', mode })
	});
	await runImportJob(db, dir, jobId);
	return jobId;
}

describe('importing a CSV list', () => {
	it('refuses a file with two bad rows, naming each row and column, and writes nothing', async () => {
		const rows = [...GOOD_ROWS];
		rows[1] = 'Sicherheitsvorfall;;incident;An event with adverse effects.;NISG;2018-12-28';
		rows[2] = 'Risiko;Möglichkeit eines Verlusts.;risk;The possibility of loss.;NISG;31.02.2018';
		const jobId = await importCsv([HEADER, ...rows].join('\n'));
		const preview = await getImportPreview(db, editor, jobId);
		expect(preview.status).toBe('refused');
		const errors = preview.problems.filter((problem) => problem.severity === 'error');
		expect(errors.map((problem) => [problem.row, problem.field])).toEqual([
			[3, 'B (Definition)'],
			[4, 'F (Datum)']
		]);
		expect(errors[0]!.message).toMatch(/^Row 3, column B \(Definition\)/);
		await expect(commitImportJob(db, dir, editor, jobId)).rejects.toBeInstanceOf(ConflictError);
		const draft = (await getSubmission(db, editor, 'AT', 2026)).draft!;
		expect(await getRevisionEntries(db, draft.id)).toEqual([]);
		await discardImportJob(db, dir, editor, jobId);
	});

	it('previews what a good file will create, then commits all of it into the draft', async () => {
		const jobId = await importCsv([HEADER, ...GOOD_ROWS].join('\n'));
		const preview = await getImportPreview(db, editor, jobId);
		expect(preview.status).toBe('ready');
		expect(preview.plan).toMatchObject({ create: 3, update: 0, withdraw: 0 });
		expect(preview.details?.header?.columns.map((column) => column.description)).toEqual([
			'Term (original language)',
			'Definition (original language)',
			'Term (English)',
			'Definition (English)',
			'Source act',
			'Source date'
		]);
		const outcome = await commitImportJob(db, dir, editor, jobId);
		expect(outcome).toEqual({ revision: 1, created: 3, updated: 0, unchanged: 0, withdrawn: 0 });
		const draft = (await getSubmission(db, editor, 'AT', 2026)).draft!;
		const entries = await getRevisionEntries(db, draft.id);
		expect(entries.map((entry) => entry.content.languageVersions[0]!.term)).toEqual([
			'Cybersicherheit',
			'Sicherheitsvorfall',
			'Risiko'
		]);
		expect(entries[0]!.content).toMatchObject({ sourceAct: 'NISG', sourceDate: '2018-12-28' });
		await expect(commitImportJob(db, dir, editor, jobId)).rejects.toBeInstanceOf(ConflictError);
	});

	it('matches re-imported entries to existing ones: changed, unchanged, and withdrawn when the file replaces the list', async () => {
		const rows = [GOOD_ROWS[0]!, GOOD_ROWS[1]!.replace('nachteiligen', 'erheblichen nachteiligen')];
		const jobId = await importCsv([HEADER, ...rows].join('\n'));
		const preview = await getImportPreview(db, editor, jobId);
		expect(preview.plan).toMatchObject({
			create: 0,
			update: 1,
			unchanged: 1,
			withdraw: 1,
			changedTerms: ['Sicherheitsvorfall'],
			withdrawnTerms: ['Risiko']
		});
		await commitImportJob(db, dir, editor, jobId);
		const draft = (await getSubmission(db, editor, 'AT', 2026)).draft!;
		const entries = await getRevisionEntries(db, draft.id, { includeWithdrawn: true });
		expect(entries.map((entry) => [entry.content.languageVersions[0]!.term, entry.withdrawn])).toEqual([
			['Cybersicherheit', false],
			['Sicherheitsvorfall', false],
			['Risiko', true]
		]);
		const audit = await db
			.selectFrom('auditEvent')
			.select('action')
			.where('action', 'like', 'entry.%')
			.where('stateCode', '=', 'AT')
			.execute();
		expect(audit.map((event) => event.action).sort()).toEqual([
			'entry.import',
			'entry.import',
			'entry.import',
			'entry.import_update',
			'entry.withdraw'
		]);
	});

	it('keeps the list to its editors: others can neither start nor see an import', async () => {
		await expect(importCsv([HEADER, ...GOOD_ROWS].join('\n'), otherEditor)).rejects.toBeInstanceOf(ForbiddenError);
		const jobId = await importCsv([HEADER, ...GOOD_ROWS].join('\n'));
		await expect(getImportPreview(db, otherEditor, jobId)).rejects.toBeInstanceOf(NotFoundError);
		await expect(getImportPreview(db, null, jobId)).rejects.toBeInstanceOf(NotFoundError);
	});

	it('refuses files it cannot read, with a clear message', async () => {
		const empty = createImportJob(db, dir, editor, {
			submissionId,
			fileName: 'x.csv',
			source: new Uint8Array(),
			options: parseJobOptions({})
		});
		await expect(empty).rejects.toBeInstanceOf(ValidationError);
		const pdf = await createImportJob(db, dir, editor, {
			submissionId,
			fileName: 'list.pdf',
			source: new Uint8Array([0x50, 0x4b, 3, 4]),
			options: parseJobOptions({})
		}).catch((caught) => caught);
		expect(pdf.fieldErrors.file).toBe('"list.pdf" is not a TBX, CSV or XLSX file.');
		const large = await createImportJob(db, dir, editor, {
			submissionId,
			fileName: 'a.csv',
			source: new Uint8Array(2048),
			options: parseJobOptions({}),
			maxBytes: 1024
		}).catch((caught) => caught);
		expect(large.fieldErrors.file).toMatch(/the import limit is/);
	});
});

describe('round trips through our own exports', () => {
	it('gives back the same entries from TBX, CSV and XLSX, all unchanged', async () => {
		await submitDraft(db, editor, submissionId, null);
		const current = (await getSubmission(db, editor, 'AT', 2026)).current!;
		const before = await getRevisionEntries(db, current.id);
		for (const format of ['tbx', 'csv', 'xlsx'] as const) {
			const file = await exportRevision(db, editor, { stateCode: 'AT', cycleYear: 2026, revision: null, format });
			const bytes = typeof file.body === 'string' ? new TextEncoder().encode(file.body) : new Uint8Array(file.body);
			const { jobId } = await createImportJob(db, dir, editor, {
				submissionId,
				fileName: file.fileName,
				source: bytes,
				options: parseJobOptions({ originalLanguage: 'de' })
			});
			await runImportJob(db, dir, jobId);
			const preview = await getImportPreview(db, editor, jobId);
			expect(preview.status, `${format}: ${preview.problems.map((problem) => problem.message).join(' / ')}`).toBe(
				'ready'
			);
			expect(preview.plan, format).toMatchObject({ create: 0, update: 0, unchanged: before.length, withdraw: 0 });
			await discardImportJob(db, dir, editor, jobId);
		}
	});
});

describe('npm run import', () => {
	const script = path.resolve('src/cli/import.ts');
	const env = { ...process.env, DATA_DIR: path.join(dir, 'cli'), DEMO_DATA: 'off' };

	it('imports a file from the command line and submits it', async () => {
		const file = path.join(dir, 'good.csv');
		fs.writeFileSync(file, [HEADER, ...GOOD_ROWS].join('\n'));
		const { stdout } = await run(
			process.execPath,
			['--import', 'tsx', script, file, '--state', 'CH', '--cycle', '2027', '--original-language', 'de'],
			{ env }
		);
		expect(stdout).toContain('Imported 3 entries: 3 new');
		expect(stdout).toContain('Submitted revision 1 of the 2027 list of CH.');
	});

	const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', script, ...args], { env });
	const refusal = (...args: string[]) =>
		cli(...args).then(
			() => {
				throw new Error('the command should have been refused');
			},
			(caught: { code: number; stdout: string; stderr: string }) => caught
		);
	function listRow(state: string, cycle: number) {
		const database = new Database(path.join(env.DATA_DIR, 'glossary.sqlite'), { readonly: true });
		try {
			const list = database
				.prepare(
					'SELECT id, distribution, document_reference AS documentReference FROM submission WHERE state_code = ? AND cycle_year = ?'
				)
				.get(state, cycle) as { id: number; distribution: string; documentReference: string | null } | undefined;
			const changes = list
				? (database
						.prepare(
							"SELECT after_json AS after FROM audit_event WHERE action = 'submission.update_settings' AND entity_id = ? ORDER BY id"
						)
						.all(String(list.id)) as { after: string }[])
				: [];
			return { list, settingsChanges: changes.map((change) => JSON.parse(change.after) as unknown) };
		} finally {
			database.close();
		}
	}

	it('applies a --distribution that differs from the existing list’s, with the audit event the settings page records', async () => {
		const file = path.join(dir, 'ch-public.csv');
		fs.writeFileSync(file, [HEADER, ...GOOD_ROWS].join('\n'));
		const first = await cli(file, '--state', 'AT', '--cycle', '2027', '--original-language', 'de');
		expect(first.stdout).toContain('Created the 2027 list of AT (restricted, as no --distribution was given).');
		expect(listRow('AT', 2027).list?.distribution).toBe('restricted');

		const again = await cli(file, '--state', 'AT', '--cycle', '2027', '--original-language', 'de');
		expect(again.stdout).toContain('The 2027 list of AT stays restricted (give --distribution to change it).');

		const published = await cli(
			file,
			'--state',
			'AT',
			'--cycle',
			'2027',
			'--original-language',
			'de',
			'--distribution',
			'public',
			'--document-reference',
			'PC.DEL/77/27'
		);
		expect(published.stdout).toContain('Changed the distribution of the 2027 list of AT from restricted to public.');
		expect(published.stdout).toContain('Set the document reference to PC.DEL/77/27.');
		expect(listRow('AT', 2027)).toEqual({
			list: expect.objectContaining({ distribution: 'public', documentReference: 'PC.DEL/77/27' }),
			settingsChanges: [{ distribution: 'public', documentReference: 'PC.DEL/77/27' }]
		});
	});

	it('refuses an option it cannot apply, before anything is written', async () => {
		const file = path.join(dir, 'refused-options.csv');
		fs.writeFileSync(file, [HEADER, ...GOOD_ROWS].join('\n'));
		const cases: [string[], RegExp][] = [
			[['--sheet', 'Liste'], /--sheet chooses a sheet of an Excel workbook; "refused-options\.csv" is not one\./],
			[['--distribution', 'secret'], /--distribution is one of public, restricted, not "secret"\./],
			[
				['--english-status', 'official'],
				/--english-status is one of authentic, official_translation, courtesy_translation, not "official"\./
			],
			[['--mode', 'merge'], /--mode is one of replace, add, not "merge"\./],
			[
				['--document-reference', 'letter of 3 May'],
				/"letter of 3 May" does not look like an OSCE document reference such as PC\.DEL\/123\/25\./
			],
			[['--colour', 'blue'], /Unknown option '--colour'/]
		];
		for (const [options, message] of cases) {
			const failure = await refusal(file, '--state', 'BE', '--cycle', '2027', ...options);
			expect(failure.code, options.join(' ')).toBe(1);
			expect(failure.stderr, options.join(' ')).toMatch(message);
		}
		expect(listRow('BE', 2027).list).toBeUndefined();
	});

	it('exits non-zero and lists the problems when it refuses a file, creating nothing', async () => {
		const file = path.join(dir, 'bad.csv');
		fs.writeFileSync(file, [HEADER, 'Risiko;;risk;;;'].join('\n'));
		const failure = await run(process.execPath, ['--import', 'tsx', script, file, '--state', 'LU', '--cycle', '2027'], {
			env
		}).catch((caught) => caught);
		expect(failure.code).toBe(1);
		expect(failure.stdout).toMatch(/Error \(row 2, B \(Definition\)\)/);
		expect(failure.stderr).toContain('Nothing was written.');
	});
});
