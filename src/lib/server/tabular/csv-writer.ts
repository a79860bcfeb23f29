// Our CSV export of a national list: one row per entry in the columns of export-layout, shaped for
// spreadsheets as every CSV of the platform is (csv-writing: BOM, CRLF, no formulas). Written in
// chunks, so a route can stream it.
import type { ExportEntry, SubmissionExportMeta } from '../../domain/export/types';
import { exportColumns, exportLanguages, exportRow } from '../../domain/tabular/export-layout';
import { CSV_BYTE_ORDER_MARK, csvRecords } from '../../domain/tabular/csv-writing';

export interface TabularExportOptions {
	/**
	 * The languages besides the original that get columns (see `exportLanguages`). When given, the
	 * entries are read once, as they come; without it they are first collected to find the languages.
	 */
	languages?: readonly string[];
}

const ROWS_PER_CHUNK = 200;

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
	yield CSV_BYTE_ORDER_MARK + csvRecords([columns.map((column) => column.header)]);
	let batch: string[][] = [];
	for (const entry of rows) {
		batch.push(exportRow(entry, columns));
		if (batch.length === ROWS_PER_CHUNK) {
			yield csvRecords(batch);
			batch = [];
		}
	}
	if (batch.length > 0) yield csvRecords(batch);
}
