import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCell, type StoredCell } from '../../src/lib/server/tabular/xlsx-cells';
import { escapeXlsxText, unescapeXlsxText } from '../../src/lib/server/tabular/xlsx-text';

const cell = (stored: Partial<StoredCell>): StoredCell => ({
	type: undefined,
	value: null,
	hasFormula: false,
	isDate: false,
	date1904: false,
	...stored
});
const shared = ['Cyberangriff', 'Schadprogramm'];

describe('an Excel cell read as the text it shows', () => {
	it.each([
		['a date, as YYYY-MM-DD', cell({ value: '43623', isDate: true }), '2019-06-07'],
		['a date with a time of day', cell({ value: '43623.6041666667', isDate: true }), '2019-06-07 14:30'],
		['a date in the 1904 system', cell({ value: '42161', isDate: true, date1904: true }), '2019-06-07'],
		['a date stored as an ISO date (type d)', cell({ type: 'd', value: '2019-06-07T00:00:00' }), '2019-06-07'],
		['a whole number', cell({ value: '12' }), '12'],
		['a decimal without binary noise', cell({ value: '0.30000000000000004' }), '0.3'],
		['a large number in full', cell({ value: '1234567890123' }), '1234567890123'],
		[
			'a formula’s date result, by its date style',
			cell({ value: '42186', hasFormula: true, isDate: true }),
			'2015-07-01'
		],
		['a formula’s number result', cell({ value: '2', hasFormula: true }), '2'],
		['a formula’s text result', cell({ type: 'str', value: 'Cyberangriff', hasFormula: true }), 'Cyberangriff'],
		['a shared text', cell({ type: 's', value: '1' }), 'Schadprogramm'],
		[
			'an inline text with an escaped line break',
			cell({ type: 'inlineStr', value: 'erste Zeile_x000D_\nzweite' }),
			'erste Zeile\r\nzweite'
		],
		['a boolean', cell({ type: 'b', value: '1' }), 'TRUE'],
		['a date far outside the calendar, as its number', cell({ value: '1e20', isDate: true }), '100000000000000000000'],
		['an empty cell', cell({}), '']
	])('reads %s', (_what, stored, text) => {
		expect(readCell(stored, (index) => shared[index])).toEqual({ text });
	});

	it('reports error values, formulas without a saved result and missing shared texts', () => {
		expect(readCell(cell({ type: 'e', value: '#N/A' }))).toEqual({
			text: '#N/A',
			problem: {
				severity: 'error',
				detail: 'the cell shows the Excel error #N/A; correct the formula or type the text'
			}
		});
		expect(readCell(cell({ hasFormula: true }))).toEqual({
			text: '',
			problem: {
				severity: 'warning',
				detail:
					'the formula has no saved result, so the cell is read as empty; open the file in Excel, save it again and import it again'
			}
		});
		expect(readCell(cell({ type: 's', value: '7' }), (index) => shared[index])).toEqual({
			text: '',
			problem: {
				severity: 'error',
				detail: 'the cell points to shared text 7, which the workbook does not have; the file is damaged'
			}
		});
	});
});

describe('text inside a workbook’s XML', () => {
	it('escapes what XML cannot carry and what would read as an escape', () => {
		expect(escapeXlsxText('a\rb\u0001c & <d> "e"')).toBe('a_x000D_b_x0001_c &amp; &lt;d&gt; &quot;e&quot;');
		expect(escapeXlsxText('literally _x0041_')).toBe('literally _x005F_x0041_');
		expect(escapeXlsxText('tab\tand\nline')).toBe('tab\tand\nline');
	});

	it('reads back exactly what it wrote, for any text a cell can hold', () => {
		const unescapeMarkup = (xml: string) =>
			xml
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&quot;/g, '"')
				.replace(/&amp;/g, '&');
		fc.assert(
			fc.property(
				fc.string({
					unit: fc.constantFrom('_', 'x', '0', '0', 'D', 'A', '\r', '\n', '\u0001', '&', '<', 'ä', 'я', '😀')
				}),
				(text) => {
					expect(unescapeXlsxText(unescapeMarkup(escapeXlsxText(text)))).toBe(text);
				}
			)
		);
	});
});
