// Our XLSX export: one sheet named after the State and cycle with a bold, frozen header row, column
// widths by content and wrapped long texts, then an "About" sheet with the submission's facts.
// exceljs's streaming writer sends each row on as it is added, so memory does not grow with the list.
import { PassThrough, type Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { ExportEntry, SubmissionExportMeta } from '../../domain/export/types';
import { aboutRows, exportColumns, exportLanguages, exportRow, type ExportColumn } from '../../domain/tabular/export-layout';
import type { TabularExportOptions } from './csv-writer';
import { loadExcelJS } from './exceljs';

const COLUMN_WIDTHS: Record<ExportColumn['width'], number> = { narrow: 14, medium: 28, wide: 60 };
const ABOUT_SHEET = 'About';
const TOP: Partial<ExcelJS.Alignment> = { vertical: 'top' };
const WRAPPED: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };
// Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ].
const MAX_SHEET_NAME = 31;

/** Writes the workbook to `destination` (a file, an HTTP response) and resolves when it is complete. */
export async function writeXlsx(
	entries: Iterable<ExportEntry>,
	meta: SubmissionExportMeta,
	destination: Writable,
	options: TabularExportOptions = {}
): Promise<void> {
	const rows = options.languages ? entries : [...entries];
	const columns = exportColumns(options.languages ?? exportLanguages(rows));
	const { stream } = await loadExcelJS();
	const workbook = new stream.xlsx.WorkbookWriter({ stream: destination, useStyles: true, useSharedStrings: false });
	workbook.creator = 'CBM 9 glossary platform';

	const sheet = workbook.addWorksheet(dataSheetName(meta), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
	sheet.columns = columns.map((column) => ({ width: COLUMN_WIDTHS[column.width] }));
	const header = sheet.addRow(columns.map((column) => column.header));
	header.font = { bold: true };
	header.commit();

	const dateColumn = columns.findIndex((column) => column.header === 'Source date');
	const idColumn = columns.findIndex((column) => column.header === 'Entry ID');
	let count = 0;
	for (const entry of rows) {
		// Empty cells are left out rather than written as empty strings: the sheet stays a fraction of the size.
		const cells: (string | number | Date | null)[] = exportRow(entry, columns).map((text) => text || null);
		// Real dates and numbers, so Excel sorts and filters them; they read back as the same text.
		if (entry.content.sourceDate && dateColumn >= 0) cells[dateColumn] = new Date(`${entry.content.sourceDate}T00:00:00Z`);
		if (idColumn >= 0) cells[idColumn] = entry.entryId;
		const row = sheet.addRow(cells);
		// Styles go on filled cells only; a column style would give every empty cell an entry in the file.
		cells.forEach((value, index) => {
			if (value === null) return;
			row.getCell(index + 1).alignment = columns[index]!.width === 'wide' ? WRAPPED : TOP;
		});
		if (dateColumn >= 0 && entry.content.sourceDate) row.getCell(dateColumn + 1).numFmt = 'yyyy-mm-dd';
		row.commit();
		count++;
	}
	sheet.commit();

	const about = workbook.addWorksheet(ABOUT_SHEET);
	about.columns = [{ width: 24 }, { width: 100 }];
	for (const [label, value] of aboutRows(meta, count)) {
		const row = about.addRow([label, value]);
		row.getCell(1).font = { bold: true };
		row.getCell(1).alignment = TOP;
		row.getCell(2).alignment = WRAPPED;
		row.commit();
	}
	about.commit();
	await workbook.commit();
}

/** The whole workbook in memory, for tests and small downloads. */
export async function xlsxBuffer(
	entries: Iterable<ExportEntry>,
	meta: SubmissionExportMeta,
	options: TabularExportOptions = {}
): Promise<Buffer> {
	const output = new PassThrough();
	const parts: Buffer[] = [];
	output.on('data', (part: Buffer) => parts.push(part));
	const finished = new Promise<void>((resolve, reject) => {
		output.on('end', resolve);
		output.on('error', reject);
	});
	await writeXlsx(entries, meta, output, options);
	await finished;
	return Buffer.concat(parts);
}

/** "Germany 2025", or "DE 2025" when the name is too long for a sheet name. */
export function dataSheetName(meta: SubmissionExportMeta): string {
	const byName = `${meta.stateName} ${meta.cycleYear}`.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim();
	return byName.length <= MAX_SHEET_NAME && byName !== ABOUT_SHEET ? byName : `${meta.stateCode} ${meta.cycleYear}`;
}
