// One worksheet part streamed row by row: <row r="5"><c r="B5" s="2" t="s"><v>7</v></c>…</row>.
// A row is handed on as soon as the part's piece that ends it has been parsed, so memory holds a
// few rows, never the sheet.
import { ZipRefusal, type ZipArchive } from '../zip/archive';
import { readXmlPart } from '../zip/xml-part';
import type { CellProblem } from '../../domain/tabular/table-reader';
import type { SharedStrings } from './xlsx-shared-strings';
import type { DateStyles } from './xlsx-styles';
import { readCell, type StoredCell } from './xlsx-cells';

export interface SheetRow {
	/** As Excel numbers it, from 1. */
	number: number;
	cells: string[];
	problems: CellProblem[];
}

export interface SheetContext {
	sharedStrings: SharedStrings;
	dateStyles: DateStyles;
	date1904: boolean;
	/** Longest text a cell may hold; Excel's own limit is 32,767 characters. */
	maxCellChars: number;
}

// XFD, the last column of a sheet since Excel 2007.
const MAX_COLUMNS = 16_384;

/** Reads the rows of the sheet part; `onRow` returns false to stop reading. */
export async function readSheetRows(
	archive: ZipArchive,
	part: string,
	context: SheetContext,
	onRow: (row: SheetRow) => Promise<boolean>,
	onBytes: (inflatedBytesRead: number) => void = () => {}
): Promise<void> {
	const finished: SheetRow[] = [];
	let row: SheetRow | null = null;
	let lastRowNumber = 0;
	let nextColumn = 0;
	let cell: (StoredCell & { column: number; reference: string; style: number }) | null = null;
	let text: string[] | null = null;
	let textLength = 0;
	let inInline = false;
	let phonetic = 0;
	let stopped = false;

	const stop = new Error('stop');
	const handOn = async (bytesRead: number) => {
		onBytes(bytesRead);
		while (finished.length > 0 && !stopped) {
			if (!(await onRow(finished.shift()!))) stopped = true;
		}
		if (stopped) throw stop;
	};

	const visitor = {
		open(name: string, attributes: Readonly<Record<string, string>>) {
			switch (name) {
				case 'row': {
					lastRowNumber = attributes.r ? Number(attributes.r) : lastRowNumber + 1;
					row = { number: lastRowNumber, cells: [], problems: [] };
					nextColumn = 0;
					break;
				}
				case 'c': {
					const reference = attributes.r ?? '';
					const column = reference ? columnOf(reference) : nextColumn;
					cell = {
						column,
						reference,
						style: Number(attributes.s ?? 0),
						type: attributes.t,
						value: null,
						hasFormula: false,
						isDate: false,
						date1904: context.date1904
					};
					nextColumn = column + 1;
					break;
				}
				case 'f':
					if (cell) cell.hasFormula = true;
					break;
				case 'v':
					if (cell && !inInline) startText();
					break;
				case 'is':
					inInline = true;
					if (cell) cell.value = '';
					break;
				case 'rPh':
					phonetic++;
					break;
				case 't':
					if (cell && inInline && phonetic === 0) startText();
					break;
			}
		},
		text(piece: string) {
			if (!text || textLength > context.maxCellChars) return;
			text.push(piece);
			textLength += piece.length;
		},
		close(name: string) {
			switch (name) {
				case 'v':
				case 't':
					if (cell && text) cell.value = (name === 't' ? (cell.value ?? '') : '') + text.join('');
					text = null;
					break;
				case 'is':
					inInline = false;
					break;
				case 'rPh':
					phonetic--;
					break;
				case 'c':
					if (cell && row) addCell(row, cell);
					cell = null;
					break;
				case 'row':
					if (row) finished.push(row);
					row = null;
					break;
			}
		}
	};

	function startText() {
		text = [];
		textLength = 0;
	}

	function addCell(target: SheetRow, stored: NonNullable<typeof cell>) {
		stored.isDate = context.dateStyles(stored.style);
		const reading = readCell(stored, (index) => context.sharedStrings.get(index));
		if (reading.text.length > context.maxCellChars) {
			target.problems.push({
				column: stored.column,
				severity: 'error',
				detail: `the cell holds more than ${context.maxCellChars.toLocaleString('en')} characters, more than any entry needs; check what was pasted into it`
			});
			// Kept cut short, so the row reads as it is and only this cell is reported.
			target.cells[stored.column] = reading.text.slice(0, context.maxCellChars);
			return;
		}
		target.cells[stored.column] = reading.text;
		if (reading.problem) target.problems.push({ column: stored.column, ...reading.problem });
	}

	try {
		await readXmlPart(archive, part, visitor, handOn);
	} catch (error) {
		if (error !== stop) throw error;
	}
}

/** "B5" → 1 (columns from 0). */
function columnOf(reference: string): number {
	const letters = /^\$?([A-Za-z]{1,3})\$?\d*$/.exec(reference)?.[1];
	let column = 0;
	for (const letter of letters?.toUpperCase() ?? '') column = column * 26 + (letter.charCodeAt(0) - 64);
	if (!letters || column > MAX_COLUMNS) {
		throw new ZipRefusal(
			'damaged',
			`the sheet has a cell “${reference}”, which is not a cell of a worksheet (the last column is XFD)`
		);
	}
	return column - 1;
}
