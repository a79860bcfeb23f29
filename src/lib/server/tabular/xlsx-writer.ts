// Our XLSX export: one sheet named after the State and cycle with a bold, frozen header row, column
// widths by content and wrapped long texts, then an "About" sheet with the submission's facts.
// Texts are inline strings, which a spreadsheet shows as they are and never evaluates, so a
// definition that starts with "=" stays text. The sheet is streamed into the zip (yazl) row by row,
// so memory does not grow with the list.
import { PassThrough, Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import type { ExportEntry, SubmissionExportMeta } from '../../domain/export/types';
import { columnLetter } from '../../domain/tabular/column-names';
import {
	aboutRows,
	exportColumns,
	exportLanguages,
	exportRow,
	type ExportColumn
} from '../../domain/tabular/export-layout';
import type { TabularExportOptions } from './csv-writer';
import { isExcelDate, serialDay } from './xlsx-cells';
import { escapeXlsxText } from './xlsx-text';
import * as part from './xlsx-parts';

const COLUMN_WIDTHS: Record<ExportColumn['width'], number> = { narrow: 14, medium: 28, wide: 60 };
const ABOUT_SHEET = 'About';
// Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ].
const MAX_SHEET_NAME = 31;
// Rows are gathered into pieces of about this size before they go into the zip.
const PIECE_CHARACTERS = 64 * 1024;

/** Writes the workbook to `destination` (a file, an HTTP response) and resolves when it is complete. */
export async function writeXlsx(
	entries: Iterable<ExportEntry>,
	meta: SubmissionExportMeta,
	destination: Writable,
	options: TabularExportOptions = {}
): Promise<void> {
	const rows = options.languages ? entries : [...entries];
	const columns = exportColumns(options.languages ?? exportLanguages(rows));
	const sheetName = dataSheetName(meta);
	let count = 0;

	const zip = new yazl.ZipFile();
	const add = (content: string, name: string) => zip.addBuffer(Buffer.from(content, 'utf8'), name);
	add(part.contentTypes(2), '[Content_Types].xml');
	add(part.packageRelationships(), '_rels/.rels');
	add(part.coreProperties(new Date()), 'docProps/core.xml');
	add(part.workbook([sheetName, ABOUT_SHEET]), 'xl/workbook.xml');
	add(part.workbookRelationships(2), 'xl/_rels/workbook.xml.rels');
	add(part.styles(), 'xl/styles.xml');
	zip.addReadStream(
		Readable.from(pieces(dataSheet(rows, columns, () => count++)), { objectMode: false }),
		'xl/worksheets/sheet1.xml'
	);
	// Asked for only when the data sheet is in the zip, so the count of entries is known.
	zip.addReadStreamLazy('xl/worksheets/sheet2.xml', (ready) =>
		ready(null, Readable.from([Buffer.from(aboutSheet(meta, count))]))
	);
	zip.end();
	await pipeline(zip.outputStream, destination);
}

/** The whole workbook in memory, for tests and small downloads. */
export async function xlsxBuffer(
	entries: Iterable<ExportEntry>,
	meta: SubmissionExportMeta,
	options: TabularExportOptions = {}
): Promise<Buffer> {
	const output = new PassThrough();
	const parts: Buffer[] = [];
	output.on('data', (piece: Buffer) => parts.push(piece));
	await writeXlsx(entries, meta, output, options);
	return Buffer.concat(parts);
}

/** "Germany 2025", or "DE 2025" when the name is too long for a sheet name. */
export function dataSheetName(meta: SubmissionExportMeta): string {
	const byName = `${meta.stateName} ${meta.cycleYear}`
		.replace(/[:\\/?*[\]]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return byName.length <= MAX_SHEET_NAME && byName !== ABOUT_SHEET ? byName : `${meta.stateCode} ${meta.cycleYear}`;
}

/** A cell to write: text, or a number (an entry ID, a date as its serial day); null leaves the cell out. */
type Cell = { text: string; style: number } | { number: number; style: number } | null;

function* dataSheet(
	entries: Iterable<ExportEntry>,
	columns: readonly ExportColumn[],
	counted: () => void
): Generator<string> {
	yield part.worksheetStart({ frozenHeader: true, widths: columns.map((column) => COLUMN_WIDTHS[column.width]) });
	yield row(
		1,
		columns.map((column) => ({ text: column.header, style: part.STYLE.header }))
	);
	const dateColumn = columns.findIndex((column) => column.header === 'Source date');
	const idColumn = columns.findIndex((column) => column.header === 'Entry ID');
	let rowNumber = 1;
	for (const entry of entries) {
		rowNumber++;
		const cells = exportRow(entry, columns).map((text, index): Cell => {
			// Empty cells are left out: the sheet stays a fraction of the size.
			if (!text) return null;
			// Real numbers and dates, so a spreadsheet sorts and filters them; they read back as the same text.
			if (index === idColumn) return { number: entry.entryId, style: part.STYLE.top };
			if (index === dateColumn && isExcelDate(text)) return { number: serialDay(text), style: part.STYLE.date };
			return { text, style: columns[index]!.width === 'wide' ? part.STYLE.wrapped : part.STYLE.top };
		});
		yield row(rowNumber, cells);
		counted();
	}
	yield part.worksheetEnd();
}

function aboutSheet(meta: SubmissionExportMeta, entryCount: number): string {
	const rows = aboutRows(meta, entryCount).map(([label, value], index) =>
		row(index + 1, [
			{ text: label, style: part.STYLE.label },
			{ text: value, style: part.STYLE.wrapped }
		])
	);
	return part.worksheetStart({ frozenHeader: false, widths: [24, 100] }) + rows.join('') + part.worksheetEnd();
}

function row(number: number, cells: readonly Cell[]): string {
	const written = cells.map((cell, index) => {
		if (!cell) return '';
		const reference = `${columnLetter(index)}${number}`;
		if ('number' in cell) return `<c r="${reference}" s="${cell.style}"><v>${cell.number}</v></c>`;
		return `<c r="${reference}" s="${cell.style}" t="inlineStr"><is><t xml:space="preserve">${escapeXlsxText(cell.text)}</t></is></c>`;
	});
	return `<row r="${number}">${written.join('')}</row>`;
}

/** Strings joined into pieces of about PIECE_CHARACTERS, as UTF-8. */
function* pieces(strings: Iterable<string>): Generator<Buffer> {
	let gathered: string[] = [];
	let length = 0;
	for (const text of strings) {
		gathered.push(text);
		length += text.length;
		if (length >= PIECE_CHARACTERS) {
			yield Buffer.from(gathered.join(''), 'utf8');
			gathered = [];
			length = 0;
		}
	}
	if (gathered.length > 0) yield Buffer.from(gathered.join(''), 'utf8');
}
