import { describe, expect, it } from 'vitest';
import { readCell } from '../../src/lib/server/tabular/xlsx-cells';

describe('an Excel cell read as the text it shows', () => {
	it.each([
		['a date, as YYYY-MM-DD', { value: new Date(Date.UTC(2019, 5, 7)) }, '2019-06-07'],
		['a date with a time of day', { value: new Date(Date.UTC(2019, 5, 7, 14, 30)) }, '2019-06-07 14:30'],
		['a whole number', { value: 12 }, '12'],
		['a decimal without binary noise', { value: 0.1 + 0.2 }, '0.3'],
		['a large number in full', { value: 1234567890123 }, '1234567890123'],
		['a formula’s date result, by its date format', { value: { formula: 'DATE(2015,7,1)', result: 42186 }, numFmt: 'dd/mm/yyyy;@' }, '2015-07-01'],
		['a formula’s number result', { value: { formula: '1+1', result: 2 }, numFmt: '0.00' }, '2'],
		['a formula’s text result', { value: { formula: 'A1', result: 'Cyberangriff' } }, 'Cyberangriff'],
		['a shared formula', { value: { sharedFormula: 'A1', result: 'Schadprogramm' } }, 'Schadprogramm'],
		['rich text, flattened', { value: { richText: [{ text: 'Cyber', font: { bold: true } }, { text: 'angriff' }] } }, 'Cyberangriff'],
		['a hyperlink, by the text shown', { value: { text: 'Beispielgesetz', hyperlink: 'https://example.org' } }, 'Beispielgesetz'],
		['a hyperlink without text, by its address', { value: { text: '', hyperlink: 'https://example.org' } }, 'https://example.org'],
		['a boolean', { value: true }, 'TRUE'],
		['an escaped line break', { value: 'erste Zeile_x000D_\nzweite' }, 'erste Zeile\r\nzweite'],
		['an empty cell', { value: null }, '']
	])('reads %s', (_what, cell, text) => {
		expect(readCell(cell as Parameters<typeof readCell>[0])).toEqual({ text });
	});

	it('does not take a number format with text for a date', () => {
		expect(readCell({ value: 5, numFmt: '0 "days"' })).toEqual({ text: '5' });
		expect(readCell({ value: 5, numFmt: '[Red]0.00' })).toEqual({ text: '5' });
	});

	it('reports error values and formulas without a saved result', () => {
		expect(readCell({ value: { error: '#N/A' }, numFmt: '' })).toEqual({
			text: '#N/A',
			problem: { severity: 'error', detail: 'the cell shows the Excel error #N/A; correct the formula or type the text' }
		});
		expect(readCell({ value: { formula: 'VLOOKUP(A1,B:C,2)' }, numFmt: '' })).toEqual({
			text: '',
			problem: {
				severity: 'warning',
				detail: 'the formula has no saved result, so the cell is read as empty; open the file in Excel, save it again and import it again'
			}
		});
	});
});
