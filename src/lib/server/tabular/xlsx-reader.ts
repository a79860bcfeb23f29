// Reads one sheet of an XLSX workbook (the first, or one chosen by name) into entries: rows numbered
// as Excel shows them, cells read as the text they show (xlsx-cells). The workbook is read through
// its zip directory (zip/archive), so the parts are taken in the order they are needed whatever
// order the producer stored them in: the shared strings first, then the sheet, streamed row by row.
import fs from 'node:fs';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, type ImportOptions } from '../../domain/import/types';
import type { ColumnMapping } from '../../domain/tabular/column-target';
import { tooLargeMessage } from '../../domain/tabular/file-size';
import { TableReader, type TabularImportSummary, type TabularSink } from '../../domain/tabular/table-reader';
import { ZipArchive, ZipRefusal } from '../zip/archive';
import { readWorkbookParts, type WorkbookParts } from './xlsx-package';
import { readSheetRows } from './xlsx-sheet';
import { SharedStrings } from './xlsx-shared-strings';
import { readDateStyles } from './xlsx-styles';

/** The workbook: a file on the server (an upload being imported) or its bytes. */
export type XlsxSource = { path: string } | Uint8Array;

export interface XlsxSelection {
	/** The sheet to read; the workbook's first sheet when not given. */
	sheetName?: string;
	/** The mapping the user checked in the preview; the guessed one when not given. */
	mapping?: ColumnMapping;
	/** Hears how far into the file the reading is, in bytes of the file, for a progress bar. */
	onBytes?: (bytes: number) => void;
}

// As many characters as a CSV record may have; Excel itself stops at 32,767 in a cell.
const MAX_CELL_CHARACTERS = 1_000_000;
const RESAVE_AS_XLSX = 'Open it in Excel, save it as an Excel workbook (.xlsx) and import that file.';

/** Reads one sheet of a workbook into entries and problems, pushed to the sink as they are found. */
export async function parseXlsx(
	source: XlsxSource,
	sink: TabularSink,
	options: ImportOptions,
	limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
	selection: XlsxSelection = {}
): Promise<TabularImportSummary> {
	const table = new TableReader('xlsx', sink, options, selection.mapping);
	const opened = await openWorkbook(source, limits);
	if ('refusal' in opened) {
		await table.fileProblem('error', opened.refusal);
		return table.finish();
	}
	const { archive, parts, fileSize } = opened;
	let sharedStrings: SharedStrings | null = null;
	try {
		const names = parts.sheets.map((sheet) => sheet.name);
		table.facts.sheetNames = names;
		const wanted = selection.sheetName ?? names[0];
		const sheet = parts.sheets.find((candidate) => candidate.name === wanted);
		if (!sheet) {
			await table.fileProblem(
				'error',
				names.length === 0
					? 'The workbook has no sheets to read.'
					: `The workbook has no sheet “${selection.sheetName}”; its sheets are ${names.map((name) => `“${name}”`).join(', ')}.`
			);
			return await table.finish();
		}
		if (!archive.has(sheet.part)) throw new ZipRefusal('damaged', `the part of the sheet “${sheet.name}” is missing`);
		table.facts.sheetName = sheet.name;

		sharedStrings = await SharedStrings.read(archive, parts.sharedStrings, MAX_CELL_CHARACTERS);
		const dateStyles = await readDateStyles(archive, parts.styles);
		const sheetBytes = Math.max(1, archive.inflatedSize(sheet.part));
		let counted = 0;
		const context = { sharedStrings, dateStyles, date1904: parts.date1904, maxCellChars: MAX_CELL_CHARACTERS };
		await readSheetRows(
			archive,
			sheet.part,
			context,
			async (row) => {
				await table.row(row.cells, row.number, row.problems);
				return table.wantsRows;
			},
			(inflated) => {
				// The sheet part is read as it inflates; its share of the part is the share of the file.
				const bytes = Math.min(fileSize, Math.round((inflated / sheetBytes) * fileSize));
				table.countBytes(bytes - counted);
				counted = bytes;
				selection.onBytes?.(bytes);
			}
		);
	} catch (error) {
		if (!(error instanceof ZipRefusal)) throw error;
		await table.fileProblem('error', refusalMessage(error));
	} finally {
		sharedStrings?.close();
		archive.close();
	}
	return table.finish();
}

/** The names of the workbook’s sheets in tab order; none when it is not a readable workbook. */
export async function listXlsxSheets(
	source: XlsxSource,
	limits: ImportLimits = DEFAULT_IMPORT_LIMITS
): Promise<string[]> {
	const opened = await openWorkbook(source, limits);
	if ('refusal' in opened) return [];
	opened.archive.close();
	return opened.parts.sheets.map((sheet) => sheet.name);
}

type OpenedWorkbook = { archive: ZipArchive; parts: WorkbookParts; fileSize: number } | { refusal: string };

async function openWorkbook(source: XlsxSource, limits: ImportLimits): Promise<OpenedWorkbook> {
	const { size, head } = sizeAndHead(source);
	if (size > limits.maxBytes) return { refusal: tooLargeMessage(limits) };
	const notWorkbook = notAWorkbook(head);
	if (notWorkbook) return { refusal: notWorkbook };
	let archive: ZipArchive | null = null;
	try {
		archive = await ZipArchive.open(source instanceof Uint8Array ? source : source.path);
		return { archive, parts: await readWorkbookParts(archive), fileSize: size };
	} catch (error) {
		archive?.close();
		if (error instanceof ZipRefusal) return { refusal: refusalMessage(error) };
		throw error;
	}
}

function refusalMessage(error: ZipRefusal): string {
	if (error.reason === 'too-large-inflated') return `The workbook cannot be read: ${error.message}.`;
	return `The file cannot be read as an Excel workbook: ${error.message}. ${RESAVE_AS_XLSX}`;
}

function sizeAndHead(source: XlsxSource): { size: number; head: Uint8Array } {
	if (source instanceof Uint8Array) return { size: source.byteLength, head: source.subarray(0, 8) };
	const handle = fs.openSync(source.path, 'r');
	try {
		const head = new Uint8Array(8);
		const read = fs.readSync(handle, head, 0, head.length, 0);
		return { size: fs.fstatSync(handle).size, head: head.subarray(0, read) };
	} finally {
		fs.closeSync(handle);
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
