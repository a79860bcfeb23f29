// Imports of national lists, in three steps that never half-write a list:
//   1. upload: the file is stored under DATA_DIR/imports and a job is created;
//   2. parse (in the background, streaming): entries and problems are staged in import_job_entry
//      and import_job_problem, with progress on the job row, so the editor sees a preview;
//   3. commit: everything staged goes into the submission's draft in one transaction, or nothing.
import fs from 'node:fs';
import path from 'node:path';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Db } from '../db/connection';
import { nowIso } from '../clock';
import { recordAudit, recordAudits } from '../audit';
import { canEditNationalList, ensure, ensureSignedIn, recordedUserId, type Viewer } from '../permissions';
import { insertEntryVersions } from '../national-lists/entry-store';
import { getRevisionEntries, type EntryView } from '../national-lists/read';
import { normaliseEntryContent, openDraft } from '../national-lists/editing';
import { parseTbx } from '../../domain/tbx';
import { parseCsv, type ColumnMapping, type TabularHeader, type TabularSink } from '../../domain/tabular';
import { parseXlsx } from '../tabular';
import type { ImportMode } from '../../domain/import/plan';
import { originalTerm, planStagedImport, stagedEntryPages } from './planning';
import {
	DEFAULT_IMPORT_LIMITS,
	type ImportFormat,
	type ImportOptions,
	type ImportProblem,
	type ImportSummary,
	type ParsedEntry
} from '../../domain/import/types';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors';
import type { EntryContent } from '../../domain/national-entry';
import type { TextStatus } from '../../domain/vocabulary';

export type FileKind = 'tbx' | 'csv' | 'xlsx';

export interface ImportJobOptions extends ImportOptions {
	mode: ImportMode;
	mapping?: ColumnMapping;
	sheetName?: string;
}

export interface ImportJobSummary {
	summary: ImportSummary | null;
	header: TabularHeader | null;
	sheetNames: string[];
}

const MAX_STORED_PROBLEMS = 1000;
const BATCH = 500;

export function importsDir(dataDir: string): string {
	return path.join(dataDir, 'imports');
}

function jobFile(dataDir: string, jobId: string): string {
	return path.join(importsDir(dataDir), jobId);
}

/** The format from the file's first bytes (a ZIP is a workbook; "<" starts XML), else its name. */
export function detectFileKind(fileName: string, head: Uint8Array): FileKind | null {
	if (head[0] === 0x50 && head[1] === 0x4b) return /\.xlsx$/i.test(fileName) ? 'xlsx' : null;
	// UTF-16 with a byte order mark is XML (TBX) when it starts with "<", else Excel's "Unicode text",
	// which the CSV reader names and refuses.
	const encoding =
		head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
	const text = new TextDecoder(encoding)
		.decode(head.slice(0, 64))
		.replace(/^\uFEFF/, '')
		.trimStart();
	if (text.startsWith('<')) return 'tbx';
	if (/\.(csv|tsv|txt)$/i.test(fileName)) return 'csv';
	if (/\.(tbx|xml)$/i.test(fileName)) return 'tbx';
	return text.length > 0 ? 'csv' : null;
}

/** The format of a file on the server, from its first bytes and its name. */
export function fileKindOf(file: string): FileKind | null {
	return detectFileKind(path.basename(file), readHead(file));
}

function readHead(file: string): Uint8Array {
	const handle = fs.openSync(file, 'r');
	try {
		const head = new Uint8Array(256);
		const read = fs.readSync(handle, head, 0, head.length, 0);
		return head.subarray(0, read);
	} finally {
		fs.closeSync(handle);
	}
}

function newJobId(): string {
	const bytes = new Uint8Array(16);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

async function editableSubmission(db: Db, viewer: Viewer, submissionId: number) {
	const submission = await db
		.selectFrom('submission')
		.select(['id', 'stateCode', 'cycleYear'])
		.where('id', '=', submissionId)
		.executeTakeFirst();
	if (!submission) throw new NotFoundError('There is no such national list.');
	ensure(
		canEditNationalList(viewer, submission.stateCode),
		'Only the editors of this State and the Secretariat may import into its list.'
	);
	ensureSignedIn(viewer);
	return { submission, actor: viewer };
}

export function parseJobOptions(values: {
	originalLanguage?: string;
	englishStatus?: string;
	otherStatus?: string;
	mode?: string;
}): ImportJobOptions {
	const status = (value: string | undefined, fallback: TextStatus): TextStatus =>
		value === 'official_translation' || value === 'courtesy_translation' || value === 'authentic' ? value : fallback;
	return {
		originalLanguage: values.originalLanguage?.trim() || undefined,
		englishStatus: status(values.englishStatus, 'courtesy_translation'),
		otherStatus: status(values.otherStatus, 'courtesy_translation'),
		mode: values.mode === 'add' ? 'add' : 'replace'
	};
}

/** Stores the file and creates the job; parsing starts at once, in the background (`runImportJob`). */
export async function createImportJob(
	db: Db,
	dataDir: string,
	viewer: Viewer,
	input: {
		submissionId: number;
		fileName: string;
		/** The uploaded bytes, or the path of a file on the server (the command line), copied without reading it whole. */
		source: Uint8Array | { path: string };
		options: ImportJobOptions;
		maxBytes?: number;
	}
): Promise<{ jobId: string; kind: FileKind }> {
	const { actor } = await editableSubmission(db, viewer, input.submissionId);
	const maxBytes = input.maxBytes ?? DEFAULT_IMPORT_LIMITS.maxBytes;
	const size = input.source instanceof Uint8Array ? input.source.length : fs.statSync(input.source.path).size;
	if (size === 0) throw new ValidationError({ file: 'Choose a file to import.' });
	if (size > maxBytes) {
		throw new ValidationError({
			file: `The file is ${(size / 1048576).toFixed(1)} MB; the import limit is ${maxBytes / 1048576} MB. Split it into smaller files.`
		});
	}
	const head = input.source instanceof Uint8Array ? input.source.slice(0, 256) : readHead(input.source.path);
	const kind = detectFileKind(input.fileName, head);
	if (!kind) throw new ValidationError({ file: `"${input.fileName}" is not a TBX, CSV or XLSX file.` });
	const jobId = newJobId();
	fs.mkdirSync(importsDir(dataDir), { recursive: true });
	if (input.source instanceof Uint8Array) fs.writeFileSync(jobFile(dataDir, jobId), input.source, { mode: 0o600 });
	else fs.copyFileSync(input.source.path, jobFile(dataDir, jobId));
	await db
		.insertInto('importJob')
		.values({
			id: jobId,
			submissionId: input.submissionId,
			createdBy: recordedUserId(actor),
			createdAt: nowIso(),
			fileName: input.fileName.slice(0, 255),
			fileSize: size,
			format: kind === 'tbx' ? null : kind,
			// The limit in force at upload travels with the job, so parsing applies the same one.
			optionsJson: JSON.stringify({ ...input.options, kind, maxBytes }),
			status: 'parsing'
		})
		.execute();
	return { jobId, kind };
}

async function* readFile(file: string, onBytes: (bytes: number) => void): AsyncGenerator<Uint8Array> {
	let total = 0;
	for await (const chunk of fs.createReadStream(file, { highWaterMark: 256 * 1024 })) {
		total += (chunk as Buffer).length;
		onBytes(total);
		yield chunk as Buffer;
	}
}

/**
 * Parses a job's file into the staging tables. Safe to run again (after a restart, or with a
 * changed column mapping): it starts from an empty staging area.
 */
export async function runImportJob(db: Db, dataDir: string, jobId: string): Promise<void> {
	const job = await db.selectFrom('importJob').selectAll().where('id', '=', jobId).executeTakeFirst();
	if (!job) return;
	const options = JSON.parse(job.optionsJson) as ImportJobOptions & { kind: FileKind; maxBytes?: number };
	const limits = { ...DEFAULT_IMPORT_LIMITS, maxBytes: options.maxBytes ?? DEFAULT_IMPORT_LIMITS.maxBytes };
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('importJobEntry').where('jobId', '=', jobId).execute();
		await trx.deleteFrom('importJobProblem').where('jobId', '=', jobId).execute();
		await trx
			.updateTable('importJob')
			.set({
				status: 'parsing',
				bytesRead: 0,
				entriesParsed: 0,
				errorCount: 0,
				warningCount: 0,
				summaryJson: null,
				finishedAt: null
			})
			.where('id', '=', jobId)
			.execute();
	});

	let entries: ParsedEntry[] = [];
	let problems: ImportProblem[] = [];
	let seq = 0;
	let problemSeq = 0;
	let errors = 0;
	let warnings = 0;
	let bytesRead = 0;
	let header: TabularHeader | null = null;
	const flush = async () => {
		const pendingEntries = entries;
		const pendingProblems = problems;
		entries = [];
		problems = [];
		await db.transaction().execute(async (trx) => {
			// Many rows per statement: one INSERT per entry would dominate the time of a large import.
			for (let start = 0; start < pendingEntries.length; start += 100) {
				await trx
					.insertInto('importJobEntry')
					.values(
						pendingEntries.slice(start, start + 100).map((entry) => ({
							jobId,
							seq: ++seq,
							line: entry.line ?? null,
							rowNumber: entry.row ?? null,
							sourceId: entry.sourceId ?? null,
							contentJson: JSON.stringify(normaliseEntryContent(entry.content))
						}))
					)
					.execute();
			}
			for (const problem of pendingProblems) {
				await trx
					.insertInto('importJobProblem')
					.values({
						jobId,
						seq: ++problemSeq,
						severity: problem.severity,
						message: problem.message,
						line: problem.line ?? null,
						columnNumber: problem.column ?? null,
						rowNumber: problem.row ?? null,
						field: problem.field ?? null
					})
					.execute();
			}
			await trx
				.updateTable('importJob')
				.set({ bytesRead, entriesParsed: seq, errorCount: errors, warningCount: warnings })
				.where('id', '=', jobId)
				.execute();
		});
	};
	const sink: TabularSink = {
		entry: async (entry) => {
			entries.push(entry);
			if (entries.length >= BATCH) await flush();
		},
		problem: (problem) => {
			if (problem.severity === 'error') errors++;
			else warnings++;
			if (errors + warnings <= MAX_STORED_PROBLEMS) problems.push(problem);
		},
		header: (found) => {
			header = found;
		}
	};

	const file = jobFile(dataDir, jobId);
	const chunks = () => readFile(file, (bytes) => (bytesRead = bytes));
	let summary: (ImportSummary & { sheetNames?: string[] }) | null = null;
	try {
		if (options.kind === 'tbx') summary = await parseTbx(chunks(), sink, options, limits);
		else if (options.kind === 'csv') summary = await parseCsv(chunks(), sink, options, limits, options.mapping);
		else {
			// The summary names the workbook's sheets, for the preview's choice of sheet.
			summary = await parseXlsx({ path: file }, sink, options, limits, {
				sheetName: options.sheetName,
				mapping: options.mapping,
				onBytes: (bytes) => (bytesRead = bytes)
			});
		}
	} catch (error) {
		errors++;
		problems.push({
			severity: 'error',
			message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}`
		});
	}
	await flush();
	if (seq === 0 && errors === 0) {
		errors++;
		await db
			.insertInto('importJobProblem')
			.values({
				jobId,
				seq: ++problemSeq,
				severity: 'error',
				message: 'The file holds no entry that can be imported.',
				line: null,
				columnNumber: null,
				rowNumber: null,
				field: null
			})
			.execute();
	}
	const stored: ImportJobSummary = { summary, header, sheetNames: summary?.sheetNames ?? [] };
	const format: ImportFormat | null = summary?.format ?? (options.kind === 'tbx' ? null : options.kind);
	await db
		.updateTable('importJob')
		.set({
			status: errors > 0 ? 'refused' : 'ready',
			format,
			errorCount: errors,
			warningCount: warnings,
			summaryJson: JSON.stringify(stored),
			finishedAt: nowIso()
		})
		.where('id', '=', jobId)
		.execute();
}

/**
 * Reads a file without staging anything, to learn whether it would be accepted (the command line
 * uses it before it creates a list for the file).
 */
export async function validateImportFile(
	file: string,
	options: ImportJobOptions,
	maxBytes: number
): Promise<{ entries: number; errors: ImportProblem[]; warnings: ImportProblem[] }> {
	const kind = detectFileKind(path.basename(file), readHead(file));
	const problems: ImportProblem[] = [];
	let entries = 0;
	const size = fs.statSync(file).size;
	if (!kind) problems.push({ severity: 'error', message: `"${path.basename(file)}" is not a TBX, CSV or XLSX file.` });
	else if (size > maxBytes)
		problems.push({
			severity: 'error',
			message: `The file is ${(size / 1048576).toFixed(1)} MB; the import limit is ${maxBytes / 1048576} MB.`
		});
	else {
		const sink: TabularSink = { entry: () => void entries++, problem: (problem) => void problems.push(problem) };
		const chunks = () => readFile(file, () => undefined);
		const limits = { ...DEFAULT_IMPORT_LIMITS, maxBytes };
		if (kind === 'tbx') await parseTbx(chunks(), sink, options, limits);
		else if (kind === 'csv') await parseCsv(chunks(), sink, options, limits, options.mapping);
		else
			await parseXlsx({ path: file }, sink, options, limits, {
				sheetName: options.sheetName,
				mapping: options.mapping
			});
	}
	if (entries === 0 && !problems.some((problem) => problem.severity === 'error')) {
		problems.push({ severity: 'error', message: 'The file holds no entry that can be imported.' });
	}
	return {
		entries,
		errors: problems.filter((problem) => problem.severity === 'error'),
		warnings: problems.filter((problem) => problem.severity === 'warning')
	};
}

/** Jobs left "parsing" by a process that stopped are parsed again at start. */
export async function resumeInterruptedImports(db: Db, dataDir: string): Promise<void> {
	const jobs = await db.selectFrom('importJob').select('id').where('status', '=', 'parsing').execute();
	for (const job of jobs) {
		if (fs.existsSync(jobFile(dataDir, job.id))) await runImportJob(db, dataDir, job.id);
		else
			await db
				.updateTable('importJob')
				.set({ status: 'failed', finishedAt: nowIso() })
				.where('id', '=', job.id)
				.execute();
	}
}

export interface ImportPreview {
	jobId: string;
	submissionId: number;
	stateCode: string;
	cycleYear: number;
	fileName: string;
	fileSize: number;
	kind: FileKind;
	format: ImportFormat | null;
	status: 'parsing' | 'ready' | 'refused' | 'committed' | 'discarded' | 'failed';
	bytesRead: number;
	entriesParsed: number;
	errorCount: number;
	warningCount: number;
	options: ImportJobOptions;
	details: ImportJobSummary | null;
	problems: ImportProblem[];
	sample: { seq: number; line: number | null; row: number | null; content: EntryContent }[];
	plan: {
		create: number;
		update: number;
		unchanged: number;
		withdraw: number;
		duplicates: number;
		changedTerms: string[];
		withdrawnTerms: string[];
		newTerms: string[];
	} | null;
	committedRevision: number | null;
}

async function loadJob(db: Db, viewer: Viewer, jobId: string) {
	const job = await db
		.selectFrom('importJob')
		.innerJoin('submission', 'submission.id', 'importJob.submissionId')
		.selectAll('importJob')
		.select(['submission.stateCode', 'submission.cycleYear'])
		.where('importJob.id', '=', jobId)
		.executeTakeFirst();
	if (!job || !canEditNationalList(viewer, job.stateCode)) throw new NotFoundError('There is no such import.');
	return job;
}

/** What the draft holds now (or the current revision, which a new draft would copy). */
async function existingEntries(db: Db, submissionId: number): Promise<EntryView[]> {
	const revision = await db
		.selectFrom('submissionRevision')
		.select(['id', 'status'])
		.where('submissionId', '=', submissionId)
		.orderBy('number', 'desc')
		.executeTakeFirst();
	if (!revision) return [];
	const entries = await getRevisionEntries(db, revision.id, { includeWithdrawn: revision.status === 'draft' });
	return entries;
}

export async function getImportPreview(db: Db, viewer: Viewer, jobId: string): Promise<ImportPreview> {
	const job = await loadJob(db, viewer, jobId);
	const options = JSON.parse(job.optionsJson) as ImportJobOptions & { kind: FileKind };
	const problems = await db
		.selectFrom('importJobProblem')
		.selectAll()
		.where('jobId', '=', jobId)
		.orderBy('seq')
		.limit(300)
		.execute();
	let plan: ImportPreview['plan'] = null;
	let sample: ImportPreview['sample'] = [];
	if (job.status === 'ready' || job.status === 'refused') {
		for await (const page of stagedEntryPages(db, jobId, 20)) {
			sample = page.map(({ seq, line, row, content }) => ({ seq, line, row, content }));
			break;
		}
		const existing = await existingEntries(db, job.submissionId);
		const { plan: computed, termsBySeq } = await planStagedImport(db, jobId, existing, options.mode);
		const byId = new Map(existing.map((entry) => [entry.entryId, entry]));
		plan = {
			create: computed.create.length,
			update: computed.update.length,
			unchanged: computed.unchanged.length,
			withdraw: computed.withdraw.length,
			duplicates: computed.duplicates.length,
			newTerms: computed.create.slice(0, 30).map((seq) => termsBySeq.get(seq)!),
			changedTerms: computed.update.slice(0, 30).map((item) => termsBySeq.get(item.seq)!),
			withdrawnTerms: computed.withdraw.slice(0, 30).map((id) => originalTerm(byId.get(id)!.content))
		};
	}
	return {
		jobId: job.id,
		submissionId: job.submissionId,
		stateCode: job.stateCode,
		cycleYear: job.cycleYear,
		fileName: job.fileName,
		fileSize: job.fileSize,
		kind: options.kind,
		format: job.format,
		status: job.status,
		bytesRead: job.bytesRead,
		entriesParsed: job.entriesParsed,
		errorCount: job.errorCount,
		warningCount: job.warningCount,
		options,
		details: job.summaryJson ? (JSON.parse(job.summaryJson) as ImportJobSummary) : null,
		problems: problems.map((problem) => ({
			severity: problem.severity,
			message: problem.message,
			...(problem.line !== null ? { line: problem.line } : {}),
			...(problem.columnNumber !== null ? { column: problem.columnNumber } : {}),
			...(problem.rowNumber !== null ? { row: problem.rowNumber } : {}),
			...(problem.field !== null ? { field: problem.field } : {})
		})),
		sample,
		plan,
		committedRevision: job.committedRevision
	};
}

/** Changes the options of a job that is not committed (mapping, sheet, languages, mode) and parses again. */
export async function reconfigureImportJob(
	db: Db,
	dataDir: string,
	viewer: Viewer,
	jobId: string,
	changes: Partial<ImportJobOptions>
): Promise<void> {
	const job = await loadJob(db, viewer, jobId);
	if (job.status === 'committed' || job.status === 'discarded')
		throw new ConflictError('This import is finished; start a new one.');
	const options = { ...(JSON.parse(job.optionsJson) as ImportJobOptions), ...changes };
	await db
		.updateTable('importJob')
		.set({ optionsJson: JSON.stringify(options), status: 'parsing' })
		.where('id', '=', jobId)
		.execute();
	await runImportJob(db, dataDir, jobId);
}

export async function discardImportJob(db: Db, dataDir: string, viewer: Viewer, jobId: string): Promise<void> {
	const job = await loadJob(db, viewer, jobId);
	if (job.status === 'committed') throw new ConflictError('This import has been committed already.');
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('importJobEntry').where('jobId', '=', jobId).execute();
		await trx
			.updateTable('importJob')
			.set({ status: 'discarded', finishedAt: nowIso() })
			.where('id', '=', jobId)
			.execute();
	});
	fs.rmSync(jobFile(dataDir, jobId), { force: true });
}

export interface ImportOutcome {
	revision: number;
	created: number;
	updated: number;
	unchanged: number;
	withdrawn: number;
}

/**
 * Writes everything staged into the draft of the submission, in one transaction: new entries,
 * changed entries (matched by our export's identifiers or by original term) and, when the file
 * replaces the list, the withdrawal of entries it no longer holds.
 */
export async function commitImportJob(db: Db, dataDir: string, viewer: Viewer, jobId: string): Promise<ImportOutcome> {
	const job = await loadJob(db, viewer, jobId);
	const { submission, actor } = await editableSubmission(db, viewer, job.submissionId);
	if (job.status === 'committed') throw new ConflictError('This import has been committed already.');
	if (job.status !== 'ready')
		throw new ConflictError('This import cannot be committed: the file has problems that must be fixed first.');
	const options = JSON.parse(job.optionsJson) as ImportJobOptions;
	const draft = await openDraft(db, viewer, job.submissionId);

	const outcome = await db.transaction().execute(async (trx) => {
		const existing = await getRevisionEntries(trx, draft.id, { includeWithdrawn: true });
		const { plan } = await planStagedImport(trx, jobId, existing, options.mode);
		const existingById = new Map(existing.map((entry) => [entry.entryId, entry.content]));
		const versions = new Map(
			(
				await trx
					.selectFrom('entryVersion')
					.select(['id', 'entryId', 'position', 'withdrawn'])
					.where('revisionId', '=', draft.id)
					.execute()
			).map((version) => [version.entryId, version])
		);
		let position = [...versions.values()].reduce((last, version) => Math.max(last, version.position), 0);
		const userId = recordedUserId(actor);
		const audit = (action: string, entryId: number, change: { before?: unknown; after?: unknown }) => ({
			actorId: userId,
			action,
			entityType: 'national_entry',
			entityId: entryId,
			stateCode: submission.stateCode,
			...change
		});
		const toCreate = new Set(plan.create);
		const toUpdate = new Map(plan.update.map(({ seq, entryId }) => [seq, entryId]));
		const createdAt = nowIso();

		// The file is written a page at a time, in its order, so memory stays flat however long it is.
		for await (const page of stagedEntryPages(trx, jobId)) {
			// New entries: national entry rows are alike until their content is written, so any
			// generated id may take any entry of the page.
			const newContents = page.filter((entry) => toCreate.has(entry.seq)).map((entry) => entry.content);
			const newIds =
				newContents.length === 0
					? []
					: (
							await trx
								.insertInto('nationalEntry')
								.values(newContents.map(() => ({ submissionId: submission.id, createdAt, createdBy: userId })))
								.returning('id')
								.execute()
						)
							.map((row) => row.id)
							.sort((a, b) => a - b);
			const created = newContents.map((content, index) => ({ entryId: newIds[index]!, content }));

			// Changed entries: their version in the draft is replaced, in place.
			const updated = page
				.filter((entry) => toUpdate.has(entry.seq))
				.map((entry) => {
					const entryId = toUpdate.get(entry.seq)!;
					return { entryId, version: versions.get(entryId)!, content: entry.content };
				});
			if (updated.length > 0)
				await trx
					.deleteFrom('entryVersion')
					.where(
						'id',
						'in',
						updated.map(({ version }) => version.id)
					)
					.execute();

			await insertEntryVersions(trx, [
				...created.map(({ entryId, content }) => ({
					target: { entryId, revisionId: draft.id, position: ++position },
					content
				})),
				...updated.map(({ entryId, version, content }) => ({
					target: { entryId, revisionId: draft.id, position: version.position },
					content
				}))
			]);
			await recordAudits(trx, [
				...created.map(({ entryId, content }) => audit('entry.import', entryId, { after: content })),
				...updated.map(({ entryId, content }) =>
					audit('entry.import_update', entryId, { before: existingById.get(entryId), after: content })
				)
			]);
		}

		const withdrawn = plan.withdraw
			.map((entryId) => versions.get(entryId)!)
			.filter((version) => version.withdrawn !== 1);
		for (let start = 0; start < withdrawn.length; start += 500) {
			const ids = withdrawn.slice(start, start + 500).map((version) => version.id);
			await trx.updateTable('entryVersion').set({ withdrawn: 1 }).where('id', 'in', ids).execute();
		}

		await recordAudits(
			trx,
			withdrawn.map((version) =>
				audit('entry.withdraw', version.entryId, { before: { withdrawn: false }, after: { withdrawn: true } })
			)
		);
		const result: ImportOutcome = {
			revision: draft.number,
			created: plan.create.length,
			updated: plan.update.length,
			unchanged: plan.unchanged.length,
			withdrawn: plan.withdraw.filter((entryId) => versions.get(entryId)?.withdrawn !== 1).length
		};
		await recordAudit(trx, {
			actorId: userId,
			action: 'submission.import',
			entityType: 'submission',
			entityId: submission.id,
			stateCode: submission.stateCode,
			after: { file: job.fileName, format: job.format, mode: options.mode, ...result }
		});
		const done = await trx
			.updateTable('importJob')
			.set({ status: 'committed', committedAt: nowIso(), committedRevision: draft.number })
			.where('id', '=', jobId)
			.where('status', '=', 'ready')
			.executeTakeFirst();
		if (Number(done.numUpdatedRows) !== 1) throw new ConflictError('This import has been committed already.');
		await trx.deleteFrom('importJobEntry').where('jobId', '=', jobId).execute();
		return result;
	});
	fs.rmSync(jobFile(dataDir, jobId), { force: true });
	return outcome;
}
