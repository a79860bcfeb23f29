// A stored cell → the text a terminologist sees in it: dates as YYYY-MM-DD, numbers as written
// (without binary noise such as 0.30000000000000004), formulas by the result Excel saved. Error
// values are reported rather than imported as text.
import { unescapeXlsxText } from './xlsx-text';

/** A cell as the sheet part stores it: its type (the t attribute), <v> and whether it has a formula. */
export interface StoredCell {
	/** "s" shared text, "inlineStr", "str" a formula's text, "b", "e" error, "d" ISO date, "n" or none a number. */
	type: string | undefined;
	/** The text of <v>, or for "inlineStr" the text of <is>; null when the cell has neither. */
	value: string | null;
	hasFormula: boolean;
	/** Whether the cell's style shows a date. */
	isDate: boolean;
	date1904: boolean;
}

export interface CellReading {
	text: string;
	/** Completes "Row 5, column C (Definition): …", when the cell cannot be read as it is. */
	problem?: { severity: 'error' | 'warning'; detail: string };
}

// Excel's serial day 0 is 1899-12-30 (after its 1900 leap-year quirk); the 1904 system starts 1904-01-01.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_1904_EPOCH_MS = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

const NO_SAVED_RESULT =
	'the formula has no saved result, so the cell is read as empty; open the file in Excel, save it again and import it again';

/** The cell's text; `sharedText` looks up an entry of the shared-string table. */
export function readCell(
	cell: StoredCell,
	sharedText: (index: number) => string | undefined = () => undefined
): CellReading {
	const { type, value } = cell;
	if (value === null)
		return cell.hasFormula ? { text: '', problem: { severity: 'warning', detail: NO_SAVED_RESULT } } : { text: '' };
	switch (type) {
		case 's': {
			const text = sharedText(Number(value));
			if (text !== undefined) return { text };
			return {
				text: '',
				problem: {
					severity: 'error',
					detail: `the cell points to shared text ${value}, which the workbook does not have; the file is damaged`
				}
			};
		}
		case 'inlineStr':
		case 'str':
			return { text: unescapeXlsxText(value) };
		case 'b':
			return { text: value === '1' || value === 'true' ? 'TRUE' : 'FALSE' };
		case 'e':
			return {
				text: value,
				problem: {
					severity: 'error',
					detail: `the cell shows the Excel error ${value}; correct the formula or type the text`
				}
			};
		case 'd':
			return { text: readIsoDate(value) };
		default: {
			const number = Number(value);
			if (value.trim() === '' || !Number.isFinite(number)) return { text: value };
			const date = cell.isDate ? serialToDate(number, cell.date1904) : null;
			return { text: date && !Number.isNaN(date.getTime()) ? formatDate(date) : formatNumber(number) };
		}
	}
}

/** "5", "3.14", "1234567.891" — the number, not how a format dresses it. */
export function formatNumber(value: number): string {
	if (Number.isInteger(value)) return String(value);
	return String(Number(value.toPrecision(15)));
}

/** "2019-06-07", or "2019-06-07 14:30" when the cell also holds a time of day. */
export function formatDate(date: Date): string {
	const iso = date.toISOString();
	const day = iso.slice(0, 10);
	const time = iso.slice(11, 16);
	return time === '00:00' ? day : `${day} ${time}`;
}

/**
 * Whether Excel can show the date as a date: it counts days from 1900, and before March 1900 its
 * count is one day off (it takes 1900 for a leap year), so earlier dates are written as text.
 */
export function isExcelDate(isoDate: string): boolean {
	return (
		/^\d{4}-\d{2}-\d{2}$/.test(isoDate) &&
		isoDate >= '1900-03-01' &&
		Number.isFinite(Date.parse(`${isoDate}T00:00:00Z`))
	);
}

/** "2016-01-29" → 42398, the day number Excel stores for it (the inverse of serialToDate). */
export function serialDay(isoDate: string): number {
	return Math.round((Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) - EXCEL_EPOCH_MS) / DAY_MS);
}

function serialToDate(serial: number, date1904: boolean): Date {
	return new Date((date1904 ? EXCEL_1904_EPOCH_MS : EXCEL_EPOCH_MS) + Math.round(serial * DAY_MS));
}

/** Whether a number format shows a date: it has day or year codes outside quoted text and [colour] parts. */
export function isDateFormat(format: string): boolean {
	const codes = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
	return /[dy]/i.test(codes);
}

/** A date cell of type "d" ("2015-07-01T00:00:00"), read like a number cell with a date format. */
function readIsoDate(value: string): string {
	const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(value);
	if (!match) return value;
	return match[2] && match[2] !== '00:00' ? `${match[1]} ${match[2]}` : match[1]!;
}
