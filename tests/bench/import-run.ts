// One import, measured in its own process so that its peak memory is its own: creates a database
// and a list, runs the import job (streaming parse into the staging tables), prints JSON.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareDatabase } from '../../src/lib/server/database';
import { createSubmission } from '../../src/lib/server/national-lists/editing';
import {
	commitImportJob,
	createImportJob,
	getImportPreview,
	parseJobOptions,
	runImportJob
} from '../../src/lib/server/import/jobs';
import { SYSTEM_ACTOR } from '../../src/lib/server/permissions';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: import-run.ts FILE');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbm9-bench-import-run-'));
let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
const sampler = setInterval(() => {
	const usage = process.memoryUsage();
	peakRss = Math.max(peakRss, usage.rss);
	peakHeap = Math.max(peakHeap, usage.heapUsed);
}, 20);
try {
	const { db } = await prepareDatabase(path.join(dataDir, 'glossary.sqlite'), { demoData: false });
	await db
		.insertInto('exchangeCycle')
		.values({ year: 2026, submissionDeadline: null, isOpen: 1, note: null, createdAt: new Date().toISOString() })
		.execute();
	const submissionId = await createSubmission(db, SYSTEM_ACTOR, {
		stateCode: 'DE',
		cycleYear: 2026,
		distribution: 'public',
		documentReference: null
	});
	const baseline = process.memoryUsage().rss;
	const started = performance.now();
	const { jobId } = await createImportJob(db, dataDir, SYSTEM_ACTOR, {
		submissionId,
		fileName: path.basename(file),
		source: { path: file },
		options: parseJobOptions({ originalLanguage: 'de' }),
		maxBytes: 500 * 1024 * 1024
	});
	await runImportJob(db, dataDir, jobId);
	const seconds = (performance.now() - started) / 1000;
	const preview = await getImportPreview(db, SYSTEM_ACTOR, jobId);
	// The kernel's high-water mark: a sampler cannot see peaks inside long synchronous stretches.
	const readPeakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
	const readPeakHeap = peakHeap;
	// The second step a user takes: write every staged entry, with its audit event, into the draft
	// revision, in one transaction.
	const commitStarted = performance.now();
	const outcome = preview.errorCount === 0 ? await commitImportJob(db, dataDir, SYSTEM_ACTOR, jobId) : null;
	const commitSeconds = (performance.now() - commitStarted) / 1000;
	clearInterval(sampler);
	console.log(
		JSON.stringify({
			entries: preview.entriesParsed,
			errors: preview.errorCount,
			seconds,
			peakRssMb: readPeakRss / 1048576,
			baselineRssMb: baseline / 1048576,
			peakHeapMb: readPeakHeap / 1048576,
			created: outcome?.created ?? 0,
			commitSeconds,
			commitPeakRssMb: Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1048576
		})
	);
	await db.destroy();
} finally {
	clearInterval(sampler);
	fs.rmSync(dataDir, { recursive: true, force: true });
}
