// npm run import -- FILE --state XX --cycle YYYY [--distribution public|restricted]
//   [--original-language TAG] [--mode replace|add] [--sheet NAME] [--draft]
//
// Imports a national list (TBX, CSV or XLSX) into the database in DATA_DIR, whether the app runs
// or not, with the same checks as the import page. The list is created if needed (restricted unless
// said otherwise) and the imported revision is submitted, unless --draft leaves it as a draft.
// A refused file prints every problem with its line or row and exits with status 1.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../lib/server/config';
import { prepareDatabase } from '../lib/server/database';
import { SYSTEM_ACTOR } from '../lib/server/permissions';
import { createSubmission, submitDraft } from '../lib/server/national-lists/editing';
import { commitImportJob, createImportJob, getImportPreview, parseJobOptions, runImportJob, validateImportFile } from '../lib/server/import/jobs';
import type { ImportProblem } from '../lib/domain/import/types';
import { ValidationError } from '../lib/domain/errors';
import { runCli } from './run';

function usage(message: string): never {
	throw new Error(
		`${message}\nUsage: npm run import -- FILE --state XX --cycle YYYY [--distribution public|restricted] [--original-language TAG] [--mode replace|add] [--sheet NAME] [--draft]`
	);
}

function where(problem: ImportProblem): string {
	if (problem.row !== undefined) return `row ${problem.row}${problem.field ? `, ${problem.field}` : ''}`;
	if (problem.line !== undefined) return `line ${problem.line}${problem.column !== undefined ? `, column ${problem.column}` : ''}`;
	return 'file';
}

await runCli(async () => {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			state: { type: 'string' },
			cycle: { type: 'string' },
			distribution: { type: 'string', default: 'restricted' },
			'original-language': { type: 'string' },
			mode: { type: 'string', default: 'replace' },
			sheet: { type: 'string' },
			draft: { type: 'boolean', default: false }
		}
	});
	const file = positionals[0] ?? usage('Name the file to import.');
	const stateCode = (values.state ?? usage('Give the State with --state, e.g. --state DE.')).toUpperCase();
	const cycleYear = Number(values.cycle ?? usage('Give the exchange cycle with --cycle, e.g. --cycle 2025.'));
	if (!/^[A-Z]{2}$/.test(stateCode)) usage(`"${values.state}" is not a State code; use two letters such as DE.`);
	if (!Number.isInteger(cycleYear)) usage(`"${values.cycle}" is not a year.`);
	if (values.distribution !== 'public' && values.distribution !== 'restricted') usage('--distribution is public or restricted.');
	if (values.mode !== 'replace' && values.mode !== 'add') usage('--mode is replace or add.');
	if (!fs.existsSync(file)) usage(`There is no file "${file}".`);

	const config = loadConfig();
	const { db } = await prepareDatabase(config.databaseFile, { demoData: false });
	try {
		const state = await db.selectFrom('state').select(['code', 'officialLanguages']).where('code', '=', stateCode).executeTakeFirst();
		if (!state) usage(`"${stateCode}" is not a participating State.`);
		const options = { ...parseJobOptions({ originalLanguage: values['original-language'] ?? state.officialLanguages.split(' ')[0], mode: values.mode }), sheetName: values.sheet };
		let submission = await db.selectFrom('submission').select('id').where('stateCode', '=', stateCode).where('cycleYear', '=', cycleYear).executeTakeFirst();
		if (!submission) {
			// Nothing is created for a file that will be refused: check it first.
			const check = await validateImportFile(file, options, config.importMaxBytes);
			if (check.errors.length > 0) {
				for (const problem of [...check.errors, ...check.warnings]) console.log(`${problem.severity === 'error' ? 'Error' : 'Warning'} (${where(problem)}): ${problem.message}`);
				process.exitCode = 1;
				console.error(`\nThe file was refused: ${check.errors.length} problem(s) to fix. Nothing was written.`);
				return;
			}
			const cycle = await db.selectFrom('exchangeCycle').select('year').where('year', '=', cycleYear).executeTakeFirst();
			if (!cycle) {
				// A list for a year the Secretariat has not opened yet: the command line may create it.
				await db.insertInto('exchangeCycle').values({ year: cycleYear, submissionDeadline: null, isOpen: 1, note: null, createdAt: new Date().toISOString() }).execute();
				console.log(`Created the ${cycleYear} exchange cycle.`);
			}
			const id = await createSubmission(db, SYSTEM_ACTOR, { stateCode, cycleYear, distribution: values.distribution, documentReference: null });
			submission = { id };
			console.log(`Created the ${cycleYear} list of ${stateCode} (${values.distribution}).`);
		}

		const { jobId } = await createImportJob(db, config.dataDir, SYSTEM_ACTOR, {
			submissionId: submission.id,
			fileName: path.basename(file),
			source: { path: file },
			options,
			maxBytes: config.importMaxBytes
		}).catch((error: unknown) => {
			if (error instanceof ValidationError) throw new Error(Object.values(error.fieldErrors).join(' '));
			throw error;
		});
		await runImportJob(db, config.dataDir, jobId);
		const preview = await getImportPreview(db, SYSTEM_ACTOR, jobId);
		for (const problem of preview.problems) {
			console.log(`${problem.severity === 'error' ? 'Error' : 'Warning'} (${where(problem)}): ${problem.message}`);
		}
		if (preview.errorCount + preview.warningCount > preview.problems.length) {
			console.log(`… and ${preview.errorCount + preview.warningCount - preview.problems.length} more problems.`);
		}
		if (preview.status !== 'ready') {
			process.exitCode = 1;
			console.error(`\nThe file was refused: ${preview.errorCount} problem(s) to fix. Nothing was written.`);
			return;
		}
		const outcome = await commitImportJob(db, config.dataDir, SYSTEM_ACTOR, jobId);
		console.log(`Imported ${preview.entriesParsed} entries: ${outcome.created} new, ${outcome.updated} changed, ${outcome.unchanged} unchanged, ${outcome.withdrawn} withdrawn.`);
		if (values.draft) {
			console.log(`Revision ${outcome.revision} is a draft; submit it from the list's edit page.`);
		} else {
			await submitDraft(db, SYSTEM_ACTOR, submission.id, `Imported from ${path.basename(file)}`);
			console.log(`Submitted revision ${outcome.revision} of the ${cycleYear} list of ${stateCode}.`);
		}
	} finally {
		await db.destroy();
	}
});
