// How every CSV the platform writes is shaped for spreadsheet programs, and how our importers read
// such a file back:
// - UTF-8 with a byte order mark (without it Excel reads UTF-8 as the local code page), records
//   ending in CRLF, quoted per RFC 4180 by csv-stringify;
// - no cell is taken for a formula (CSV injection, OWASP): a text that starts with = + - @, a tab
//   or a carriage return gets a leading apostrophe, which Excel and LibreOffice show as text.
// The guard must be undone exactly on re-import, so a text that already starts with apostrophes
// before such a character gets one more: guarding and unguarding are inverse for every text.
import { stringify } from 'csv-stringify/sync';

export const CSV_BYTE_ORDER_MARK = '\uFEFF';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED_FORMULA_START = /^'+[=+\-@\t\r]/;

/** The text as a cell that no spreadsheet program evaluates. */
export function guardFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text a guarded cell stood for (any other cell is returned as it is). */
export function unguardFormula(cell: string): string {
	return GUARDED_FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

function csvCell(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	// Numbers are the platform's own (ids, years, scores); a negative one stays a number.
	return typeof value === 'number' ? String(value) : guardFormula(value);
}

/** Records as CSV text, each ending in CRLF, without the byte order mark (see `csvDocument`). */
export function csvRecords(rows: readonly (readonly CsvCell[])[]): string {
	if (rows.length === 0) return '';
	return stringify(
		rows.map((row) => row.map(csvCell)),
		// A line break of either kind inside a cell needs quotes: csv-stringify quotes only the record
		// delimiter (CRLF), and a bare LF would end the row for Excel and for csv-parse.
		{ record_delimiter: 'windows', quoted_match: /[\r\n]/ }
	);
}

/** A whole CSV file: the byte order mark, then the header and the rows. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	return CSV_BYTE_ORDER_MARK + csvRecords([header, ...rows]);
}
