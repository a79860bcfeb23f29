// npm run bench:import — generates national lists as TBX, CSV and XLSX (German originals with English
// and French versions) of 10,000 and 50,000 entries and imports each through the real import job
// (streaming parse, staging in SQLite), in a separate process per run. Prints entries per second
// and peak memory. Targets (issue 3): ≥ 5,000 entries/s; peak memory that does not grow with the
// file size (compare the 10k and 50k rows), and an XLSX read as flat as a CSV (issue 15).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tbxToString } from '../../src/lib/domain/tbx';
import { writeCsv, writeXlsx } from '../../src/lib/server/tabular';
import { languageVersion } from '../../src/lib/domain/national-entry';
import type { ExportEntry, SubmissionExportMeta } from '../../src/lib/domain/export/types';
import { exportColumns, exportRow } from '../../src/lib/domain/tabular/export-layout';
import { buildWorkbook } from '../fixtures/tabular/xlsx-builder';
import { table } from './support';

const WORDS_DE = [
	'Sicherheit',
	'Informationen',
	'Systeme',
	'Netze',
	'Schutz',
	'Verfügbarkeit',
	'Integrität',
	'Vertraulichkeit',
	'Daten',
	'Dienste',
	'Betreiber',
	'Maßnahmen'
];
const WORDS_EN = [
	'security',
	'information',
	'systems',
	'networks',
	'protection',
	'availability',
	'integrity',
	'confidentiality',
	'data',
	'services',
	'operators',
	'measures'
];
const WORDS_FR = [
	'sécurité',
	'informations',
	'systèmes',
	'réseaux',
	'protection',
	'disponibilité',
	'intégrité',
	'confidentialité',
	'données',
	'services',
	'opérateurs',
	'mesures'
];

function sentence(words: string[], seed: number, length = 30): string {
	return Array.from({ length }, (_, index) => words[(seed * 7 + index * 3) % words.length]).join(' ') + '.';
}

function* entries(count: number): Generator<ExportEntry> {
	for (let index = 1; index <= count; index++) {
		yield {
			entryId: index,
			content: {
				languageVersions: [
					languageVersion({
						language: 'de',
						term: `Begriff ${index}`,
						definition: sentence(WORDS_DE, index),
						isOriginal: true
					}),
					languageVersion({
						language: 'en',
						term: `term ${index}`,
						definition: sentence(WORDS_EN, index),
						textStatus: 'courtesy_translation'
					}),
					languageVersion({
						language: 'fr',
						term: `terme ${index}`,
						definition: sentence(WORDS_FR, index),
						textStatus: 'courtesy_translation'
					})
				],
				sourceAct: 'Gesetz über die Sicherheit in der Informationstechnik',
				sourceArticle: `§ ${index % 40}`,
				sourceDate: '2021-05-18',
				sourceUrl: 'https://example.org/gesetz',
				note: null
			}
		};
	}
}

async function excelStyleWorkbook(count: number): Promise<Uint8Array> {
	const columns = exportColumns(['de', 'en', 'fr']);
	const rows = [
		columns.map((column) => column.header),
		...Array.from(entries(count), (entry) => exportRow(entry, columns).map((text) => text || null))
	];
	return buildWorkbook([{ name: 'Liste', rows }]);
}

// Each import runs with a JavaScript heap this small: a run that kept the file in memory would
// fail instead of merely showing a larger peak (V8 otherwise collects lazily when memory is free).
const HEAP_LIMIT_MB = 96;

const meta: SubmissionExportMeta = {
	stateCode: 'DE',
	stateName: 'Germany',
	cycleYear: 2026,
	revisionNumber: 1,
	submittedAt: null,
	distribution: 'public',
	documentReference: null
};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbm9-bench-import-'));
try {
	const rows = [
		[
			'file',
			'size',
			'entries',
			'read s',
			'read entries/s',
			'peak RSS',
			'peak heap',
			'commit s',
			'commit entries/s',
			'peak RSS commit'
		]
	];
	for (const count of [10_000, 50_000]) {
		const files: Record<string, (file: string) => Promise<void> | void> = {
			[`list-${count}.tbx`]: (file) => fs.writeFileSync(file, tbxToString(entries(count), meta)),
			[`list-${count}.csv`]: (file) => fs.writeFileSync(file, [...writeCsv(entries(count), meta)].join('')),
			[`list-${count}.xlsx`]: (file) =>
				writeXlsx(entries(count), meta, fs.createWriteStream(file), { languages: ['de', 'en', 'fr'] }),
			// As Excel writes a workbook: every text in the shared-string table, which the reader must keep out of memory.
			[`list-${count}-shared-strings.xlsx`]: async (file) => fs.writeFileSync(file, await excelStyleWorkbook(count))
		};
		for (const [name, write] of Object.entries(files)) {
			const file = path.join(dir, name);
			await write(file);
			const output = execFileSync(
				process.execPath,
				[`--max-old-space-size=${HEAP_LIMIT_MB}`, '--import', 'tsx', 'tests/bench/import-run.ts', file],
				{ encoding: 'utf8', maxBuffer: 10 * 1024 * 1024 }
			);
			const result = JSON.parse(output.trim().split('\n').at(-1)!) as {
				entries: number;
				errors: number;
				seconds: number;
				peakRssMb: number;
				peakHeapMb: number;
				created: number;
				commitSeconds: number;
				commitPeakRssMb: number;
			};
			if (result.errors > 0) throw new Error(`${name}: the import reported ${result.errors} errors`);
			if (result.created !== count)
				throw new Error(`${name}: the commit created ${result.created} entries, not ${count}`);
			rows.push([
				name,
				`${(fs.statSync(file).size / 1048576).toFixed(1)} MB`,
				String(result.entries),
				result.seconds.toFixed(2),
				Math.round(result.entries / result.seconds).toString(),
				`${result.peakRssMb.toFixed(0)} MB`,
				`${result.peakHeapMb.toFixed(0)} MB`,
				result.commitSeconds.toFixed(2),
				Math.round(result.created / result.commitSeconds).toString(),
				`${result.commitPeakRssMb.toFixed(0)} MB`
			]);
			console.log(`${name} done`);
		}
	}
	console.log(
		`\n${table(rows)}\n\nEach run in its own process, with the JavaScript heap limited to ${HEAP_LIMIT_MB} MB. Read: the file is copied into DATA_DIR/imports, read back in 256 kB chunks, checked, and staged in batches of 500 (what the preview shows). Commit: every staged entry is written into the draft revision with its audit event, in one transaction (the search index follows when the list is submitted). (An upload through the web page is held in memory once by the request before it is stored.)`
	);
} finally {
	fs.rmSync(dir, { recursive: true, force: true });
}
