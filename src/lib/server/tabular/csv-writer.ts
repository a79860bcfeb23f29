// Our CSV export: UTF-8 with a byte order mark (without it Excel reads UTF-8 as the local code page),
// comma-separated, quoted per RFC 4180 by csv-stringify, one row per entry in the columns of
// export-layout. Written in chunks, so a route can stream it.
import { stringify } from 'csv-stringify/sync';
import type { ExportEntry, SubmissionExportMeta } from '../../domain/export/types';
import { exportColumns, exportLanguages, exportRow } from '../../domain/tabular/export-layout';

export interface TabularExportOptions {
	/**
	 * The languages besides the original that get columns (see `exportLanguages`). When given, the
	 * entries are read once, as they come; without it they are first collected to find the languages.
	 */
	languages?: readonly string[];
}

const ROWS_PER_CHUNK = 200;
const STRINGIFY_OPTIONS = { record_delimiter: 'windows' } as const;

/**
 * The CSV text in chunks, the first starting with the byte order mark. `meta` has no place in a CSV
 * (a line above the header would break re-import); it names the file (see `exportFileName`).
 */
export function* writeCsv(
	entries: Iterable<ExportEntry>,
	_meta: SubmissionExportMeta,
	options: TabularExportOptions = {}
): Generator<string> {
	const rows = options.languages ? entries : [...entries];
	const columns = exportColumns(options.languages ?? exportLanguages(rows));
	yield `\uFEFF${stringify([columns.map((column) => column.header)], STRINGIFY_OPTIONS)}`;
	let batch: string[][] = [];
	for (const entry of rows) {
		batch.push(exportRow(entry, columns));
		if (batch.length === ROWS_PER_CHUNK) {
			yield stringify(batch, STRINGIFY_OPTIONS);
			batch = [];
		}
	}
	if (batch.length > 0) yield stringify(batch, STRINGIFY_OPTIONS);
}
