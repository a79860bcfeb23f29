// Excel cell values → the text a terminologist sees in the cell: dates as YYYY-MM-DD, numbers as
// written (without binary noise such as 0.30000000000000004), rich text flattened, formulas by the
// result Excel saved. Error values are reported rather than imported as text.
import type { Cell, CellValue } from 'exceljs';

export interface CellReading {
	text: string;
	/** Completes "Row 5, column C (Definition): …", when the cell cannot be read as it is. */
	problem?: { severity: 'error' | 'warning'; detail: string };
}

// Excel's serial day 0 is 1899-12-30 (after its 1900 leap-year quirk); the 1904 system starts 1904-01-01.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_1904_EPOCH_MS = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

export function readCell(cell: Pick<Cell, 'value' | 'numFmt'>): CellReading {
	return readValue(cell.value, cell.numFmt);
}

function readValue(value: CellValue, numberFormat: string | undefined): CellReading {
	if (value === null || value === undefined) return { text: '' };
	if (typeof value === 'string') return { text: unescapeXlsxText(value) };
	if (typeof value === 'number') {
		// A formula's numeric result keeps its date format but arrives as a serial day number.
		return { text: numberFormat && isDateFormat(numberFormat) ? formatDate(serialToDate(value, false)) : formatNumber(value) };
	}
	if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
	if (value instanceof Date) return { text: formatDate(value) };
	if ('richText' in value) return { text: unescapeXlsxText(value.richText.map((run) => run.text).join('')) };
	if ('error' in value) {
		return {
			text: value.error,
			problem: { severity: 'error', detail: `the cell shows the Excel error ${value.error}; correct the formula or type the text` }
		};
	}
	if ('hyperlink' in value) {
		const shown = readValue(value.text as CellValue, numberFormat).text;
		return { text: shown || value.hyperlink };
	}
	if ('formula' in value || 'sharedFormula' in value) {
		if (value.result === undefined || value.result === null) {
			return {
				text: '',
				problem: {
					severity: 'warning',
					detail: 'the formula has no saved result, so the cell is read as empty; open the file in Excel, save it again and import it again'
				}
			};
		}
		const result = value.result;
		if (typeof result === 'number' && value.date1904 && numberFormat && isDateFormat(numberFormat)) {
			return { text: formatDate(serialToDate(result, true)) };
		}
		return readValue(result as CellValue, numberFormat);
	}
	return { text: '' };
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

function serialToDate(serial: number, date1904: boolean): Date {
	return new Date((date1904 ? EXCEL_1904_EPOCH_MS : EXCEL_EPOCH_MS) + Math.round(serial * DAY_MS));
}

/** Whether a number format shows a date: it has day or year codes outside quoted text and [colour] parts. */
export function isDateFormat(format: string): boolean {
	const codes = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
	return /[dy]/i.test(codes);
}

// Excel writes some control characters as _xHHHH_ (ECMA-376 ST_Xstring); line breaks are the ones met in practice.
function unescapeXlsxText(text: string): string {
	return text.includes('_x') ? text.replace(/_x(000[9ADad])_/g, (_, code: string) => String.fromCharCode(parseInt(code, 16))) : text;
}
