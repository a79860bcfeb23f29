// npm run import -- FILE --state XX --cycle YYYY [--distribution public|restricted]
//   [--document-reference REF] [--original-language TAG] [--english-status STATUS]
//   [--other-status STATUS] [--mode replace|add] [--sheet NAME] [--draft]
//
// Imports a national list (TBX, CSV or XLSX) into the database in DATA_DIR, whether the app runs
// or not, with the same checks as the import page. The list is created if needed (restricted unless
// said otherwise) and the imported revision is submitted, unless --draft leaves it as a draft.
// Every option given is applied, or refused before anything is written: a distribution or document
// reference that differs from an existing list's is changed as the list's settings page changes it,
// with its audit event. A refused file prints every problem with its line or row and exits with 1.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../lib/server/config';
import { prepareDatabase } from '../lib/server/database';
import { SYSTEM_ACTOR } from '../lib/server/permissions';
import {
	createSubmission,
	submitDraft,
	updateSubmissionSettings,
	validateSubmissionSettings
} from '../lib/server/national-lists/editing';
import {
	commitImportJob,
	createImportJob,
	fileKindOf,
	getImportPreview,
	parseJobOptions,
	runImportJob,
	validateImportFile
} from '../lib/server/import/jobs';
import type { ImportProblem } from '../lib/domain/import/types';
import { ValidationError } from '../lib/domain/errors';
import { DISTRIBUTIONS, TEXT_STATUSES, type Distribution } from '../lib/domain/vocabulary';
import { runCli } from './run';

const USAGE =
	'Usage: npm run import -- FILE --state XX --cycle YYYY [--distribution public|restricted] [--document-reference REF] ' +
	'[--original-language TAG] [--english-status STATUS] [--other-status STATUS] [--mode replace|add] [--sheet NAME] [--draft]';

function usage(message: string): never {
	throw new Error(`${message}\n${USAGE}`);
}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
	if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
	return usage(`--${option} is one of ${allowed.join(', ')}, not "${value}".`);
}

function where(problem: ImportProblem): string {
	if (problem.row !== undefined) return `row ${problem.row}${problem.field ? `, ${problem.field}` : ''}`;
	if (problem.line !== undefined)
		return `line ${problem.line}${problem.column !== undefined ? `, column ${problem.column}` : ''}`;
	return 'file';
}

function printProblems(problems: readonly ImportProblem[]): void {
	for (const problem of problems)
		console.log(`${problem.severity === 'error' ? 'Error' : 'Warning'} (${where(problem)}): ${problem.message}`);
}

function fieldErrors(error: unknown): never {
	if (error instanceof ValidationError) throw new Error(Object.values(error.fieldErrors).join(' '));
	throw error;
}

await runCli(async () => {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			state: { type: 'string' },
			cycle: { type: 'string' },
			distribution: { type: 'string' },
			'document-reference': { type: 'string' },
			'original-language': { type: 'string' },
			'english-status': { type: 'string' },
			'other-status': { type: 'string' },
			mode: { type: 'string', default: 'replace' },
			sheet: { type: 'string' },
			draft: { type: 'boolean', default: false }
		}
	});
	if (positionals.length > 1) usage(`Import one file at a time; got ${positionals.length}: ${positionals.join(', ')}.`);
	const file = positionals[0] ?? usage('Name the file to import.');
	const stateCode = (values.state ?? usage('Give the State with --state, e.g. --state DE.')).toUpperCase();
	const cycleYear = Number(values.cycle ?? usage('Give the exchange cycle with --cycle, e.g. --cycle 2025.'));
	if (!/^[A-Z]{2}$/.test(stateCode)) usage(`"${values.state}" is not a State code; use two letters such as DE.`);
	if (!Number.isInteger(cycleYear)) usage(`"${values.cycle}" is not a year.`);
	const distribution = oneOf<Distribution>('distribution', values.distribution, DISTRIBUTIONS);
	const englishStatus = oneOf('english-status', values['english-status'], TEXT_STATUSES);
	const otherStatus = oneOf('other-status', values['other-status'], TEXT_STATUSES);
	const mode = oneOf('mode', values.mode, ['replace', 'add'] as const);
	const documentReference = values['document-reference']?.trim();
	if (!fs.existsSync(file)) usage(`There is no file "${file}".`);
	if (values.sheet !== undefined && fileKindOf(file) !== 'xlsx')
		usage(`--sheet chooses a sheet of an Excel workbook; "${path.basename(file)}" is not one.`);

	const config = loadConfig();
	const { db } = await prepareDatabase(config.databaseFile, { demoData: false });
	try {
		const state = await db
			.selectFrom('state')
			.select(['code', 'officialLanguages'])
			.where('code', '=', stateCode)
			.executeTakeFirst();
		if (!state) usage(`"${stateCode}" is not a participating State.`);
		const options = {
			...parseJobOptions({
				originalLanguage: values['original-language'] ?? state.officialLanguages.split(' ')[0],
				mode,
				englishStatus,
				otherStatus
			}),
			sheetName: values.sheet
		};
		const existing = await db
			.selectFrom('submission')
			.select(['id', 'distribution', 'documentReference'])
			.where('stateCode', '=', stateCode)
			.where('cycleYear', '=', cycleYear)
			.executeTakeFirst();
		const settings = {
			distribution: distribution ?? existing?.distribution ?? 'restricted',
			documentReference:
				documentReference === undefined ? (existing?.documentReference ?? null) : documentReference || null
		};
		// Settings the list cannot take are refused before the file is even read.
		try {
			validateSubmissionSettings(settings);
		} catch (error) {
			fieldErrors(error);
		}

		let submissionId = existing?.id;
		if (submissionId === undefined) {
			// Nothing is created for a file that will be refused: check it first.
			const check = await validateImportFile(file, options, config.importMaxBytes);
			if (check.errors.length > 0) {
				printProblems([...check.errors, ...check.warnings]);
				process.exitCode = 1;
				console.error(`\nThe file was refused: ${check.errors.length} problem(s) to fix. Nothing was written.`);
				return;
			}
			const cycle = await db
				.selectFrom('exchangeCycle')
				.select('year')
				.where('year', '=', cycleYear)
				.executeTakeFirst();
			if (!cycle) {
				// A list for a year the Secretariat has not opened yet: the command line may create it.
				await db
					.insertInto('exchangeCycle')
					.values({
						year: cycleYear,
						submissionDeadline: null,
						isOpen: 1,
						note: null,
						createdAt: new Date().toISOString()
					})
					.execute();
				console.log(`Created the ${cycleYear} exchange cycle.`);
			}
			submissionId = await createSubmission(db, SYSTEM_ACTOR, { stateCode, cycleYear, ...settings }).catch(fieldErrors);
			console.log(
				`Created the ${cycleYear} list of ${stateCode} (${settings.distribution}${distribution ? '' : ', as no --distribution was given'}).`
			);
		}

		const { jobId } = await createImportJob(db, config.dataDir, SYSTEM_ACTOR, {
			submissionId,
			fileName: path.basename(file),
			source: { path: file },
			options,
			maxBytes: config.importMaxBytes
		}).catch(fieldErrors);
		await runImportJob(db, config.dataDir, jobId);
		const preview = await getImportPreview(db, SYSTEM_ACTOR, jobId);
		printProblems(preview.problems);
		if (preview.errorCount + preview.warningCount > preview.problems.length) {
			console.log(`… and ${preview.errorCount + preview.warningCount - preview.problems.length} more problems.`);
		}
		if (preview.status !== 'ready') {
			process.exitCode = 1;
			console.error(`\nThe file was refused: ${preview.errorCount} problem(s) to fix. Nothing was written.`);
			return;
		}
		const outcome = await commitImportJob(db, config.dataDir, SYSTEM_ACTOR, jobId);
		console.log(
			`Imported ${preview.entriesParsed} entries: ${outcome.created} new, ${outcome.updated} changed, ${outcome.unchanged} unchanged, ${outcome.withdrawn} withdrawn.`
		);

		if (existing) {
			const changed =
				settings.distribution !== existing.distribution || settings.documentReference !== existing.documentReference;
			if (changed) await updateSubmissionSettings(db, SYSTEM_ACTOR, submissionId, settings).catch(fieldErrors);
			if (settings.distribution !== existing.distribution) {
				console.log(
					`Changed the distribution of the ${cycleYear} list of ${stateCode} from ${existing.distribution} to ${settings.distribution}.`
				);
			} else {
				console.log(
					`The ${cycleYear} list of ${stateCode} stays ${settings.distribution}${distribution ? '' : ' (give --distribution to change it)'}.`
				);
			}
			if (settings.documentReference !== existing.documentReference) {
				console.log(
					`Set the document reference to ${settings.documentReference ?? '(none)'}${existing.documentReference ? `, was ${existing.documentReference}` : ''}.`
				);
			}
		}
		if (values.draft) {
			console.log(`Revision ${outcome.revision} is a draft; submit it from the list's edit page.`);
		} else {
			await submitDraft(db, SYSTEM_ACTOR, submissionId, `Imported from ${path.basename(file)}`);
			console.log(`Submitted revision ${outcome.revision} of the ${cycleYear} list of ${stateCode}.`);
		}
	} finally {
		await db.destroy();
	}
});
