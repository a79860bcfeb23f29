// Reads an XLSX workbook with exceljs's streaming reader: one sheet (the first, or one chosen by name),
// rows numbered as Excel shows them, cells read as text (see xlsx-cells). Rows go to the sink as the
// sheet is parsed. Two limits of exceljs remain: the shared-string table (every distinct text of the
// workbook) is held in memory, and a sheet stored before that table in the zip — as Excel stores it —
// waits in a temporary file until the table has been read.
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, type ImportOptions } from '../../domain/import/types';
import type { ColumnMapping } from '../../domain/tabular/column-target';
import { tooLargeMessage } from '../../domain/tabular/file-size';
import { TableReader, type CellProblem, type TabularImportSummary, type TabularSink } from '../../domain/tabular/table-reader';
import { readCell } from './xlsx-cells';
import { loadExcelJS } from './exceljs';

export interface XlsxSelection {
	/** The sheet to read; the workbook's first sheet when not given. */
	sheetName?: string;
	/** The mapping the user checked in the preview; the guessed one when not given. */
	mapping?: ColumnMapping;
}

type WorksheetReader = ExcelJS.stream.xlsx.WorksheetReader & { name?: string };
type WorkbookReader = ExcelJS.stream.xlsx.WorkbookReader & { model?: { sheets?: { name?: string }[] } };

const READER_OPTIONS = {
	worksheets: 'emit',
	sharedStrings: 'cache',
	// Styles carry the number formats that tell a date from a number.
	styles: 'cache',
	hyperlinks: 'ignore',
	entries: 'ignore'
} as const;

const RESAVE_AS_XLSX = 'Open it in Excel, save it as an Excel workbook (.xlsx) and import that file.';

/** Reads one sheet of a workbook into entries and problems, pushed to the sink as they are found. */
export async function parseXlsx(
	chunks: AsyncIterable<Uint8Array>,
	sink: TabularSink,
	options: ImportOptions,
	limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
	selection: XlsxSelection = {}
): Promise<TabularImportSummary> {
	const table = new TableReader('xlsx', sink, options, selection.mapping);
	const source = new GuardedSource(chunks, limits, (bytes) => table.countBytes(bytes));
	const { stream } = await loadExcelJS();
	const workbook = new stream.xlsx.WorkbookReader(Readable.from(source.bytes()), READER_OPTIONS) as WorkbookReader;
	let sheetFound = false;
	let sinkFailure: unknown = null;
	try {
		for await (const worksheet of workbook as AsyncIterable<WorksheetReader>) {
			const names = sheetNames(workbook, worksheet);
			table.facts.sheetNames = names;
			const wanted = selection.sheetName ?? names[0];
			if (sheetFound || worksheet.name !== wanted) {
				// Read through the other sheets so exceljs closes and deletes their temporary files.
				for await (const row of worksheet) void row;
				continue;
			}
			sheetFound = true;
			table.facts.sheetName = worksheet.name;
			for await (const row of worksheet) {
				if (!table.wantsRows) continue;
				const { cells, problems } = rowCells(row);
				try {
					await table.row(cells, row.number, problems);
				} catch (error) {
					sinkFailure = error;
					throw error;
				}
			}
		}
	} catch (error) {
		if (sinkFailure !== null) throw error;
		await table.fileProblem('error', source.refusal ?? `The file cannot be read as an Excel workbook: it may be damaged. ${RESAVE_AS_XLSX}`);
		return table.finish();
	}
	if (source.refusal) {
		await table.fileProblem('error', source.refusal);
	} else if (!sheetFound) {
		const names = table.facts.sheetNames ?? [];
		await table.fileProblem(
			'error',
			names.length === 0
				? 'The workbook has no sheets to read.'
				: `The workbook has no sheet “${selection.sheetName}”; its sheets are ${names.map((name) => `“${name}”`).join(', ')}.`
		);
	}
	return table.finish();
}

/** The names of the workbook’s sheets in tab order (read through to the end); none when it is not a readable workbook. */
export async function listXlsxSheets(chunks: AsyncIterable<Uint8Array>, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<string[]> {
	const source = new GuardedSource(chunks, limits, () => {});
	const { stream } = await loadExcelJS();
	const workbook = new stream.xlsx.WorkbookReader(Readable.from(source.bytes()), READER_OPTIONS) as WorkbookReader;
	let names: string[] = [];
	try {
		for await (const worksheet of workbook as AsyncIterable<WorksheetReader>) {
			names = sheetNames(workbook, worksheet);
			for await (const row of worksheet) void row;
		}
	} catch {
		return [];
	}
	return source.refusal ? [] : names;
}

function sheetNames(workbook: WorkbookReader, worksheet: WorksheetReader): string[] {
	const names = (workbook.model?.sheets ?? []).map((sheet) => sheet.name).filter((name): name is string => Boolean(name));
	return names.length > 0 ? names : worksheet.name ? [worksheet.name] : [];
}

function rowCells(row: ExcelJS.Row): { cells: string[]; problems: CellProblem[] } {
	const cells: string[] = [];
	const problems: CellProblem[] = [];
	row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
		const reading = readCell(cell);
		cells[columnNumber - 1] = reading.text;
		if (reading.problem) problems.push({ column: columnNumber - 1, ...reading.problem });
	});
	return { cells: Array.from(cells, (cell) => cell ?? ''), problems };
}

/**
 * The uploaded bytes, checked on the way in. It never fails the stream: exceljs's zip reader would
 * wait forever on a source that errors, so a refused file simply ends early and says why.
 */
class GuardedSource {
	refusal: string | null = null;

	constructor(
		private readonly chunks: AsyncIterable<Uint8Array>,
		private readonly limits: ImportLimits,
		private readonly onBytes: (bytes: number) => void
	) {}

	async *bytes(): AsyncGenerator<Buffer> {
		let total = 0;
		let first = true;
		try {
			for await (const chunk of this.chunks) {
				total += chunk.byteLength;
				this.onBytes(chunk.byteLength);
				if (total > this.limits.maxBytes) {
					this.refusal = tooLargeMessage(this.limits);
					return;
				}
				if (first) {
					first = false;
					this.refusal = notAWorkbook(chunk);
					if (this.refusal) return;
				}
				yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
			}
		} catch {
			this.refusal = 'The file could not be read to the end; upload it again.';
		}
	}
}

function notAWorkbook(bytes: Uint8Array): string | null {
	const startsWith = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
	if (startsWith(0x50, 0x4b, 0x03, 0x04)) return null;
	if (startsWith(0xd0, 0xcf, 0x11, 0xe0)) {
		return `This is an old Excel workbook (.xls) or a workbook protected by a password, which cannot be read. ${RESAVE_AS_XLSX}`;
	}
	return 'This file is not an Excel workbook (.xlsx). If it is a CSV file, import it as CSV.';
}
