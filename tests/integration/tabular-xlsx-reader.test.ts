import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS, type ImportOptions } from '../../src/lib/domain/import/types';
import { listXlsxSheets, parseXlsx, type XlsxSelection } from '../../src/lib/server/tabular/xlsx-reader';
import { SharedStrings } from '../../src/lib/server/tabular/xlsx-shared-strings';
import { ZipArchive } from '../../src/lib/server/zip/archive';
import { collectingSink } from '../fixtures/tabular/collecting-sink';
import { buildWorkbook, zip, type BuilderOptions, type BuilderSheet } from '../fixtures/tabular/xlsx-builder';

const workbook = (sheets: BuilderSheet[], options?: BuilderOptions) => buildWorkbook(sheets, options);

async function read(
	bytes: Uint8Array,
	options: ImportOptions = { originalLanguage: 'de' },
	selection: XlsxSelection = {},
	limits = DEFAULT_IMPORT_LIMITS
) {
	const sink = collectingSink();
	const summary = await parseXlsx(bytes, sink, options, limits, selection);
	return { sink, summary };
}

const HEADER = [
	'Begriff',
	'Begriffsbestimmung',
	'Englischer Begriff',
	'Definition (EN)',
	'Fundstelle',
	'Artikel',
	'Datum',
	'Link'
];

describe('reading ministries’ XLSX files', () => {
	it('reads the first sheet, numbering rows as Excel shows them and skipping blank rows', async () => {
		const bytes = await workbook([
			{
				name: 'Begriffe',
				rows: [
					HEADER,
					[
						'Cyberangriff',
						'Einwirkung auf ein System;\nzweiter Absatz',
						'cyber attack',
						'An action',
						'Beispielgesetz',
						'§ 2',
						new Date(Date.UTC(2015, 6, 1)),
						'https://example.org/a'
					],
					[],
					[],
					['Schadprogramm', 'Programm, das schadet', 'malware', null, 'Beispielgesetz', 5, '01.07.2015', null]
				]
			},
			{ name: 'Hinweise', rows: [['Nur ein Hinweis']] }
		]);
		const { sink, summary } = await read(bytes);
		expect(sink.messages()).toEqual([]);
		expect(summary).toMatchObject({
			format: 'xlsx',
			sheetName: 'Begriffe',
			sheetNames: ['Begriffe', 'Hinweise'],
			entries: 2,
			rows: 2
		});
		expect(sink.entries.map((entry) => entry.row)).toEqual([2, 5]);
		expect(sink.entries[0]!.content).toMatchObject({
			sourceDate: '2015-07-01',
			sourceArticle: '§ 2',
			sourceUrl: 'https://example.org/a'
		});
		expect(sink.entries[0]!.content.languageVersions[0]!.definition).toBe('Einwirkung auf ein System;\nzweiter Absatz');
		// A number is read as written, a date typed as text is read like in a CSV.
		expect(sink.entries[1]!.content).toMatchObject({ sourceArticle: '5', sourceDate: '2015-07-01' });
		expect(sink.headers[0]).toMatchObject({ row: 1, sheetName: 'Begriffe', sheetNames: ['Begriffe', 'Hinweise'] });
	});

	it('reads the sheet chosen by name, with its header below a title row', async () => {
		const bytes = await workbook([
			{ name: 'Deckblatt', rows: [['Nationale Terminologie']] },
			{
				name: 'Liste 2025',
				at: 3,
				rows: [
					['Nationale Terminologie, Zyklus 2025'],
					[],
					HEADER,
					['Sicherheitslücke', 'Eigenschaft', 'vulnerability', 'A property']
				]
			}
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
						{ richText: ['Cyber', 'angriff'] },
						{ formula: 'CONCAT("Ein", "wirkung")', result: 'Einwirkung' },
						'cyber attack',
						'An action',
						'Beispielgesetz',
						0.1 + 0.2,
						{ formula: 'DATE(2015,7,1)', result: 42186 },
						'https://example.org/a',
						true
					]
				],
				numberFormats: { G2: 'dd.mm.yyyy' }
			}
		]);
		const { sink } = await read(bytes);
		expect(sink.messages()).toEqual([]);
		expect(sink.entries[0]!.content).toMatchObject({
			sourceArticle: '0.3',
			sourceDate: '2015-07-01',
			sourceUrl: 'https://example.org/a',
			note: 'TRUE'
		});
		expect(sink.entries[0]!.content.languageVersions[0]).toMatchObject({
			term: 'Cyberangriff',
			definition: 'Einwirkung'
		});
	});

	it('names the row and column of an Excel error and of a formula without a saved result', async () => {
		const bytes = await workbook([
			{
				name: 'Liste',
				rows: [
					HEADER,
					['Cyberangriff', { error: '#REF!' }, 'cyber attack'],
					['Schadprogramm', 'Programm', { formula: 'A3' }]
				]
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
		expect(await listXlsxSheets(bytes)).toEqual(['Liste', 'Über']);
		const { sink } = await read(bytes, { originalLanguage: 'de' }, { sheetName: 'Terms' });
		expect(sink.messages()).toEqual(['The workbook has no sheet “Terms”; its sheets are “Liste”, “Über”.']);
	});
});

describe('files that are not workbooks', () => {
	it.each([
		[
			'a CSV file',
			new TextEncoder().encode('Begriff;Definition\r\na;b\r\n'),
			'This file is not an Excel workbook (.xlsx). If it is a CSV file, import it as CSV.'
		],
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
		expect(sink.messages()).toEqual([
			expect.stringMatching(
				/^The file cannot be read as an Excel workbook: the file is not a readable zip package \(.+\)\. Open it in Excel, save it as an Excel workbook \(\.xlsx\) and import that file\.$/
			)
		]);
	});

	it('names the damaged part of a workbook whose zip is sound', async () => {
		const good = await workbook([{ name: 'Liste', rows: [HEADER, ['a', 'b']] }]);
		const { sink: listed } = await read(good);
		expect(listed.messages()).toEqual([]);
		const bytes = await zip([
			[
				'_rels/.rels',
				'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
			],
			['xl/workbook.xml', '<workbook><sheets><sheet name="Liste" r:id="rId1"/></sheets></workbook>'],
			[
				'xl/_rels/workbook.xml.rels',
				'<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
			],
			[
				'xl/worksheets/sheet1.xml',
				'<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Begriff</t></is></c></row><row r="2"></sheetData>'
			]
		]);
		const { sink } = await read(bytes);
		expect(sink.messages().at(-1)).toMatch(
			/^The file cannot be read as an Excel workbook: the part “xl\/worksheets\/sheet1\.xml” is not well-formed XML \(.+\)\. Open it in Excel/
		);
	});

	it('refuses a zip bomb before unpacking it', async () => {
		const bomb = await zip([
			['_rels/.rels', '<Relationships/>'],
			['xl/workbook.xml', '<workbook/>'],
			['xl/worksheets/sheet1.xml', new Uint8Array(64 * 1024 * 1024)]
		]);
		expect(bomb.length).toBeLessThan(200_000);
		const started = process.memoryUsage().rss;
		const { sink } = await read(bomb);
		expect(sink.messages()).toEqual([
			expect.stringMatching(
				/^The workbook cannot be read: the part “xl\/worksheets\/sheet1\.xml” would unpack [\d,]+ times larger than it is stored, to 64 MB, which looks like a zip bomb\.$/
			)
		]);
		expect(process.memoryUsage().rss - started).toBeLessThan(32 * 1024 * 1024);
	});

	it('refuses a part with a document type declaration, where entities could hide', async () => {
		const bytes = await zip([
			[
				'_rels/.rels',
				'<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Relationships>&b;</Relationships>'
			],
			['xl/workbook.xml', '<workbook/>']
		]);
		const { sink } = await read(bytes);
		expect(sink.messages()).toEqual([
			'The file cannot be read as an Excel workbook: the part “_rels/.rels” has a document type declaration, which office files never have. Open it in Excel, save it as an Excel workbook (.xlsx) and import that file.'
		]);
	});

	it('stops at the size limit, without hanging', async () => {
		const rows = Array.from({ length: 400 }, (_, index) => [`Begriff ${index}`, `Definition ${index} `.repeat(10)]);
		const bytes = await workbook([{ name: 'Liste', rows: [HEADER, ...rows] }]);
		const { sink } = await read(bytes, { originalLanguage: 'de' }, {}, { ...DEFAULT_IMPORT_LIMITS, maxBytes: 4096 });
		expect(sink.messages().at(-1)).toBe('The file is larger than 4 KB, the most an import accepts.');
	});
});

describe('workbooks from other producers', () => {
	it('reads a workbook LibreOffice Calc wrote, with its shared strings and date styles', async () => {
		// A German semicolon CSV converted by LibreOffice Calc 7.4 (soffice --convert-to xlsx): one date
		// typed as text (01.07.2015), one it recognised and stores as day 43623 with a date style.
		const bytes = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/tabular/libreoffice-de.xlsx'));
		const { sink, summary } = await read(bytes);
		expect(sink.messages()).toEqual([]);
		expect(summary).toMatchObject({ sheetNames: ['lo'], entries: 2 });
		expect(sink.entries.map((entry) => entry.content)).toMatchObject([
			{
				sourceDate: '2015-07-01',
				sourceArticle: '5',
				languageVersions: [
					{ term: 'Cyberangriff', definition: 'Einwirkung auf ein System;\nzweiter Absatz' },
					{ term: 'cyber attack' }
				]
			},
			{
				sourceDate: '2019-06-07',
				sourceArticle: '§ 2',
				languageVersions: [{ term: 'Schadprogramm' }, { term: 'malware' }]
			}
		]);
	});

	const rows: BuilderSheet['rows'] = [
		['Begriff', 'Begriffsbestimmung', 'Datum', 'Englischer Begriff'],
		[{ inline: 'Cyber_x000D_\nangriff' }, 'Einwirkung & Folge <a>', new Date(Date.UTC(2015, 6, 1)), 'cyber attack']
	];

	it.each([
		['with namespace prefixes (OpenXML SDK)', { prefixed: true }],
		['without row and cell references', { withoutReferences: true }],
		['in the 1904 date system (old Mac workbooks)', { date1904: true }]
	])('reads a workbook %s like Excel’s own', async (_what, options: BuilderOptions) => {
		const { sink } = await read(await workbook([{ name: 'Liste', rows }], options));
		expect(sink.messages()).toEqual([]);
		expect(sink.entries[0]!.content).toMatchObject({ sourceDate: '2015-07-01' });
		expect(sink.entries[0]!.content.languageVersions[0]).toMatchObject({
			term: 'Cyber\nangriff',
			definition: 'Einwirkung & Folge <a>'
		});
	});

	it('reads a rich text without its phonetic guide', async () => {
		const { sink } = await read(
			await workbook([
				{
					name: 'Liste',
					rows: [
						['Begriff', 'Begriffsbestimmung', 'Englischer Begriff'],
						[{ richText: ['Sicher', 'heit'], phonetic: 'しんせき' }, 'Zustand', 'security']
					]
				}
			])
		);
		expect(sink.entries[0]!.content.languageVersions[0]!.term).toBe('Sicherheit');
	});

	it('names a cell longer than any entry needs, and a cell beyond the last column', async () => {
		const long = await workbook([
			{
				name: 'Liste',
				rows: [
					['Begriff', 'Begriffsbestimmung', 'Englischer Begriff'],
					['Schadprogramm', 'x'.repeat(1_000_001), 'malware']
				]
			}
		]);
		const { sink } = await read(long);
		expect(sink.messages()).toEqual([
			'Row 2, column B (Begriffsbestimmung): the cell holds more than 1,000,000 characters, more than any entry needs; check what was pasted into it.'
		]);
		const beyond = await zip([
			['xl/workbook.xml', '<workbook><sheets><sheet name="Liste" r:id="rId1"/></sheets></workbook>'],
			[
				'xl/_rels/workbook.xml.rels',
				'<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
			],
			[
				'xl/worksheets/sheet1.xml',
				'<worksheet><sheetData><row r="1"><c r="ZZZZ1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>'
			]
		]);
		const { sink: beyondSink } = await read(beyond);
		expect(beyondSink.messages().at(-1)).toMatch(/the sheet has a cell “ZZZZ1”, which is not a cell of a worksheet/);
	});
});

describe('the shared-string table of a large workbook', () => {
	it('moves to a private temporary file past its memory share and reads every text back', async () => {
		const texts = Array.from({ length: 300 }, (_, index) => `Begriff ${index} – ${'äöü я '.repeat(index % 7)}`);
		const bytes = await workbook([{ name: 'Liste', rows: [texts.slice(0, 150), texts.slice(150), ['x'.repeat(500)]] }]);
		const archive = await ZipArchive.open(bytes);
		const table = await SharedStrings.read(archive, 'xl/sharedStrings.xml', 1_000, 256);
		archive.close();
		const spooled = fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('cbm9-xlsx-'));
		expect(spooled.length).toBeGreaterThan(0);
		expect(Array.from({ length: table.size }, (_, index) => table.get(index))).toEqual([...texts, 'x'.repeat(500)]);
		expect(table.get(table.size)).toBeUndefined();
		table.close();
		expect(fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('cbm9-xlsx-')).length).toBe(spooled.length - 1);
	});
});
