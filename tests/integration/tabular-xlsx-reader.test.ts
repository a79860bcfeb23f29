import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS, type ImportOptions } from '../../src/lib/domain/import/types';
import { listXlsxSheets, parseXlsx, type XlsxSelection } from '../../src/lib/server/tabular/xlsx-reader';
import { collectingSink, inPieces } from '../fixtures/tabular/collecting-sink';

type Sheet = { name: string; rows: ExcelJS.CellValue[][]; at?: number; numberFormats?: Record<string, string> };

/** A workbook as Excel writes one (shared strings, styles), built with exceljs's ordinary writer. */
async function workbook(sheets: Sheet[]): Promise<Uint8Array> {
	const book = new ExcelJS.Workbook();
	for (const sheet of sheets) {
		const worksheet = book.addWorksheet(sheet.name);
		sheet.rows.forEach((cells, index) => {
			const row = worksheet.getRow((sheet.at ?? 1) + index);
			cells.forEach((value, column) => {
				if (value !== null && value !== undefined) row.getCell(column + 1).value = value;
			});
			row.commit();
		});
		for (const [address, format] of Object.entries(sheet.numberFormats ?? {})) worksheet.getCell(address).numFmt = format;
	}
	return new Uint8Array(await book.xlsx.writeBuffer());
}

async function read(bytes: Uint8Array, options: ImportOptions = { originalLanguage: 'de' }, selection: XlsxSelection = {}, limits = DEFAULT_IMPORT_LIMITS) {
	const sink = collectingSink();
	const summary = await parseXlsx(inPieces(bytes, 4096), sink, options, limits, selection);
	return { sink, summary };
}

const HEADER = ['Begriff', 'Begriffsbestimmung', 'Englischer Begriff', 'Definition (EN)', 'Fundstelle', 'Artikel', 'Datum', 'Link'];

describe('reading ministries’ XLSX files', () => {
	it('reads the first sheet, numbering rows as Excel shows them and skipping blank rows', async () => {
		const bytes = await workbook([
			{
				name: 'Begriffe',
				rows: [
					HEADER,
					['Cyberangriff', 'Einwirkung auf ein System;\nzweiter Absatz', 'cyber attack', 'An action', 'Beispielgesetz', '§ 2', new Date(Date.UTC(2015, 6, 1)), 'https://example.org/a'],
					[],
					[],
					['Schadprogramm', 'Programm, das schadet', 'malware', null, 'Beispielgesetz', 5, '01.07.2015', null]
				]
			},
			{ name: 'Hinweise', rows: [['Nur ein Hinweis']] }
		]);
		const { sink, summary } = await read(bytes);
		expect(sink.messages()).toEqual([]);
		expect(summary).toMatchObject({ format: 'xlsx', sheetName: 'Begriffe', sheetNames: ['Begriffe', 'Hinweise'], entries: 2, rows: 2 });
		expect(sink.entries.map((entry) => entry.row)).toEqual([2, 5]);
		expect(sink.entries[0]!.content).toMatchObject({ sourceDate: '2015-07-01', sourceArticle: '§ 2', sourceUrl: 'https://example.org/a' });
		expect(sink.entries[0]!.content.languageVersions[0]!.definition).toBe('Einwirkung auf ein System;\nzweiter Absatz');
		// A number is read as written, a date typed as text is read like in a CSV.
		expect(sink.entries[1]!.content).toMatchObject({ sourceArticle: '5', sourceDate: '2015-07-01' });
		expect(sink.headers[0]).toMatchObject({ row: 1, sheetName: 'Begriffe', sheetNames: ['Begriffe', 'Hinweise'] });
	});

	it('reads the sheet chosen by name, with its header below a title row', async () => {
		const bytes = await workbook([
			{ name: 'Deckblatt', rows: [['Nationale Terminologie']] },
			{ name: 'Liste 2025', at: 3, rows: [['Nationale Terminologie, Zyklus 2025'], [], HEADER, ['Sicherheitslücke', 'Eigenschaft', 'vulnerability', 'A property']] }
		]);
		const { sink, summary } = await read(bytes, { originalLanguage: 'de' }, { sheetName: 'Liste 2025' });
		expect(sink.messages()).toEqual([]);
		expect(summary).toMatchObject({ sheetName: 'Liste 2025', entries: 1 });
		expect(summary.header?.row).toBe(5);
		expect(summary.notKept).toEqual(['Row 3, above the header, is taken as a title and not imported.']);
		expect(sink.entries[0]!.row).toBe(6);
	});

	it('flattens rich text, takes formulas by their saved result and writes numbers without binary noise', async () => {
		const bytes = await workbook([
			{
				name: 'Liste',
				rows: [
					[...HEADER, 'Bemerkung'],
					[
						{ richText: [{ text: 'Cyber', font: { bold: true } }, { text: 'angriff' }] },
						{ formula: 'CONCAT("Ein", "wirkung")', result: 'Einwirkung' },
						'cyber attack',
						'An action',
						'Beispielgesetz',
						0.1 + 0.2,
						{ formula: 'DATE(2015,7,1)', result: 42186 },
						{ text: 'https://example.org/a', hyperlink: 'https://example.org/a' },
						true
					]
				],
				numberFormats: { G2: 'dd.mm.yyyy' }
			}
		]);
		const { sink } = await read(bytes);
		expect(sink.messages()).toEqual([]);
		expect(sink.entries[0]!.content).toMatchObject({ sourceArticle: '0.3', sourceDate: '2015-07-01', sourceUrl: 'https://example.org/a', note: 'TRUE' });
		expect(sink.entries[0]!.content.languageVersions[0]).toMatchObject({ term: 'Cyberangriff', definition: 'Einwirkung' });
	});

	it('names the row and column of an Excel error and of a formula without a saved result', async () => {
		const bytes = await workbook([
			{
				name: 'Liste',
				rows: [HEADER, ['Cyberangriff', { error: '#REF!' }, 'cyber attack'], ['Schadprogramm', 'Programm', { formula: 'A3' }]]
			}
		]);
		const { sink, summary } = await read(bytes);
		expect(sink.messages()).toEqual([
			'Row 2, column B (Begriffsbestimmung): the cell shows the Excel error #REF!; correct the formula or type the text.',
			'Row 3, column C (Englischer Begriff): the formula has no saved result, so the cell is read as empty; open the file in Excel, save it again and import it again.'
		]);
		expect(sink.entries.map((entry) => entry.row)).toEqual([3]);
		expect(summary).toMatchObject({ errors: 1, warnings: 1 });
	});

	it('lists the sheets, and says when the chosen one does not exist', async () => {
		const bytes = await workbook([
			{ name: 'Liste', rows: [HEADER] },
			{ name: 'Über', rows: [['x']] }
		]);
		expect(await listXlsxSheets(inPieces(bytes, 1024))).toEqual(['Liste', 'Über']);
		const { sink } = await read(bytes, { originalLanguage: 'de' }, { sheetName: 'Terms' });
		expect(sink.messages()).toEqual(['The workbook has no sheet “Terms”; its sheets are “Liste”, “Über”.']);
	});
});

describe('files that are not workbooks', () => {
	it.each([
		['a CSV file', new TextEncoder().encode('Begriff;Definition\r\na;b\r\n'), 'This file is not an Excel workbook (.xlsx). If it is a CSV file, import it as CSV.'],
		[
			'an old .xls workbook',
			new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
			'This is an old Excel workbook (.xls) or a workbook protected by a password, which cannot be read. Open it in Excel, save it as an Excel workbook (.xlsx) and import that file.'
		]
	])('says so for %s', async (_what, bytes, message) => {
		const { sink } = await read(bytes);
		expect(sink.messages()).toEqual([message]);
	});

	it('says so for a damaged workbook, without hanging', async () => {
		const bytes = await workbook([{ name: 'Liste', rows: [HEADER, ['a', 'b']] }]);
		const damaged = bytes.slice(0, Math.floor(bytes.length / 2));
		damaged.fill(0x41, 200, 600);
		const { sink } = await read(damaged);
		expect(sink.messages().at(-1)).toBe(
			'The file cannot be read as an Excel workbook: it may be damaged. Open it in Excel, save it as an Excel workbook (.xlsx) and import that file.'
		);
	});

	it('stops at the size limit, without hanging', async () => {
		const rows = Array.from({ length: 400 }, (_, index) => [`Begriff ${index}`, `Definition ${index} `.repeat(10)]);
		const bytes = await workbook([{ name: 'Liste', rows: [HEADER, ...rows] }]);
		const { sink } = await read(bytes, { originalLanguage: 'de' }, {}, { ...DEFAULT_IMPORT_LIMITS, maxBytes: 4096 });
		expect(sink.messages().at(-1)).toBe('The file is larger than 4 KB, the most an import accepts.');
	});
});
