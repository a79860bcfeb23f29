import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../src/lib/domain/import/types';
import { DEFAULT_IMPORT_LIMITS } from '../../src/lib/domain/import/types';
import { languageVersion } from '../../src/lib/domain/national-entry';
import { parseCsv } from '../../src/lib/domain/tabular/csv-reader';
import { guessColumnMapping } from '../../src/lib/domain/tabular/guess-mapping';
import { collectingSink, inPieces } from '../fixtures/tabular/collecting-sink';

const FIXTURES = path.resolve(__dirname, '../fixtures/tabular');
const fixture = (name: string) => fs.createReadStream(path.join(FIXTURES, name), { highWaterMark: 256 });

async function read(
	source: AsyncIterable<Uint8Array> | string,
	options: ImportOptions = {},
	limits = DEFAULT_IMPORT_LIMITS
) {
	const sink = collectingSink();
	const summary = await parseCsv(typeof source === 'string' ? inPieces(source) : source, sink, options, limits);
	return { sink, summary };
}

describe('reading ministries’ CSV files', () => {
	it('reads a German list saved by Excel: BOM, semicolons, a cell over two lines, blank rows, trailing empty columns', async () => {
		const { sink, summary } = await read(fixture('de-semicolon-bom.csv'), { originalLanguage: 'de' });
		expect(sink.messages()).toEqual([]);
		expect(summary).toMatchObject({
			format: 'csv',
			delimiter: ';',
			byteOrderMark: true,
			entries: 3,
			rows: 3,
			errors: 0,
			warnings: 0
		});
		expect(summary.notKept).toEqual(['Column I ‘Bemerkung intern’ is ignored.']);
		expect(summary.languages).toEqual(['de', 'en']);
		expect(sink.entries.map((entry) => entry.row)).toEqual([2, 5, 6]);
		expect(sink.entries[0]!.content).toEqual({
			languageVersions: [
				languageVersion({
					language: 'de',
					isOriginal: true,
					term: 'Cyberangriff',
					definition:
						'Einwirkung auf ein informationstechnisches System; "Angriff" im Sinne dieses Beispielgesetzes.\nZweiter Absatz.'
				}),
				languageVersion({
					language: 'en',
					term: 'cyber attack',
					definition: 'An action against an information technology system.',
					textStatus: 'courtesy_translation'
				})
			],
			sourceAct: 'Beispielgesetz über die Informationssicherheit',
			sourceArticle: '§ 2 Abs. 1',
			sourceDate: '2015-07-01',
			sourceUrl: 'https://example.org/beispielgesetz#p2',
			note: null
		});
		// An English term without definition: translation pending, not a problem.
		expect(sink.entries[1]!.content.languageVersions[1]).toMatchObject({
			language: 'en',
			term: 'malware',
			definition: null
		});
	});

	it('reports the header and the mapping it guessed before the first entry', async () => {
		const { sink } = await read(fixture('de-semicolon-bom.csv'), { originalLanguage: 'de' });
		expect(sink.events.slice(0, 2)).toEqual(['header', 'entry 2']);
		const [header] = sink.headers;
		expect(header).toMatchObject({ row: 1, delimiter: ';', byteOrderMark: true });
		expect(header!.columns.map((column) => `${column.letter} ${column.header} → ${column.description}`)).toEqual([
			'A Begriff → Term (original language)',
			'B Begriffsbestimmung → Definition (original language)',
			'C Englischer Begriff → Term (English)',
			'D Definition (EN) → Definition (English)',
			'E Fundstelle → Source act',
			'F § → Source article',
			'G Datum → Source date',
			'H Link → Source link',
			'I Bemerkung intern → Not imported'
		]);
		expect(header!.mapping).toEqual(header!.guessedMapping);
	});

	it('reads a tab-separated Swiss list with four languages side by side', async () => {
		const { sink, summary } = await read(fixture('ch-tab-multilingual.csv'), { originalLanguage: 'de' });
		expect(sink.messages()).toEqual([]);
		expect(summary).toMatchObject({ delimiter: '\t', byteOrderMark: false, entries: 2 });
		expect(
			sink.entries[0]!.content.languageVersions.map((version) => [
				version.language,
				version.isOriginal,
				version.textStatus,
				version.term
			])
		).toEqual([
			['de', true, 'authentic', 'Cyberrisiko'],
			['en', false, 'official_translation', 'cyber risk'],
			['fr', false, 'courtesy_translation', 'cyberrisque'],
			['it', false, 'courtesy_translation', 'ciber-rischio']
		]);
		// The second row has no Italian text: no Italian version, no problem.
		expect(sink.entries[1]!.content.languageVersions.map((version) => version.language)).toEqual(['de', 'en', 'fr']);
	});

	it('reads a comma-separated Russian list with commas inside quoted cells and both date forms', async () => {
		const { sink, summary } = await read(fixture('ru-comma.csv'), { originalLanguage: 'ru' });
		expect(sink.messages()).toEqual([]);
		expect(summary).toMatchObject({ delimiter: ',', entries: 2 });
		expect(sink.entries[0]!.content).toMatchObject({
			sourceAct: 'Примерный закон об информации',
			sourceArticle: 'статья 2',
			sourceDate: '2006-07-27',
			note: 'Пример, не настоящий текст'
		});
		expect(sink.entries[0]!.content.languageVersions[0]!.definition).toBe(
			'состояние защищённости информации, при котором обеспечены её конфиденциальность, доступность и целостность'
		);
		expect(sink.entries[1]!.content.sourceDate).toBe('2006-07-27');
	});

	it('lists every problem of a Polish list with its row and column', async () => {
		const { sink, summary } = await read(fixture('pl-problems.csv'), { originalLanguage: 'pl' });
		expect(sink.messages()).toEqual([
			'Row 3, column B (Definicja): the definition is empty; every entry needs its definition in the original language.',
			'Row 3, column G (Data): “31.02.2018” is not a possible date: there is no 31 February 2018.',
			'Row 3, column H (Link): “www.example.org/ustawa” is not a web address; a link must start with http:// or https://.',
			'Row 4, column E (Status tekstu (EN)): “półoficjalny” is not a text status; write authentic text, official translation or courtesy translation.',
			'Row 4, column G (Data): “03.04.18” is not a date that can be read safely: the year has only two digits; write the full year, e.g. 07.06.2019.',
			'Row 5 has more cells than the header (9 columns); the text in column J has no header and is not imported.',
			'Row 5, column A (Pojęcie): the term “Cyberbezpieczenstwo” is also in row 2; check whether the two rows are the same entry.'
		]);
		expect(sink.problems.map((problem) => [problem.severity, problem.row, problem.field])).toEqual([
			['error', 3, 'B (Definicja)'],
			['error', 3, 'G (Data)'],
			['error', 3, 'H (Link)'],
			['error', 4, 'E (Status tekstu (EN))'],
			['error', 4, 'G (Data)'],
			['warning', 5, undefined],
			['warning', 5, 'A (Pojęcie)']
		]);
		expect(summary).toMatchObject({ entries: 2, rows: 4, errors: 5, warnings: 2 });
		expect(sink.entries[0]!.content.languageVersions[0]!.additionalTerms.map((term) => term.term)).toEqual([
			'bezpieczeństwo cybernetyczne',
			'cyberochrona'
		]);
		expect(sink.entries[0]!.content.languageVersions[1]!.textStatus).toBe('official_translation');
	});

	it('reads the same rows whatever pieces the bytes arrive in, even one byte at a time', async () => {
		const bytes = fs.readFileSync(path.join(FIXTURES, 'de-semicolon-bom.csv'));
		const whole = await read(inPieces(bytes, bytes.length), { originalLanguage: 'de' });
		for (const size of [1, 2, 3, 5, 64]) {
			const pieces = await read(inPieces(bytes, size), { originalLanguage: 'de' });
			expect(pieces.sink.entries).toEqual(whole.sink.entries);
			expect(pieces.summary).toEqual(whole.summary);
		}
	});
});

describe('telling the separator', () => {
	it.each([
		[',', 'Term,Definition,Term (EN)\na,"b; c",d\n'],
		[';', 'Term;Definition;Term (EN)\na;"b, c, d";e\n'],
		['\t', 'Term\tDefinition\tTerm (EN)\na\t"b, c; d"\te\n']
	])('finds “%s” from the header line', async (delimiter, text) => {
		const { summary, sink } = await read(text, { originalLanguage: 'de' });
		expect(summary.delimiter).toBe(delimiter);
		expect(sink.entries).toHaveLength(1);
	});

	it('counts only separators outside quotes', async () => {
		const { summary, sink } = await read('Term;Definition;"Remarks, internal, not, imported"\na;b, c;d\n', {
			originalLanguage: 'de'
		});
		expect(summary.delimiter).toBe(';');
		expect(sink.entries[0]!.content.languageVersions[0]!.definition).toBe('b, c');
	});

	it('skips a title row above the header and numbers rows as the spreadsheet does', async () => {
		const { summary, sink } = await read(
			'Nationale Terminologie 2025;;\r\n\r\nBegriff;Definition;Term (EN)\r\nCyberangriff;Einwirkung;cyber attack\r\n',
			{
				originalLanguage: 'de'
			}
		);
		expect(summary.header?.row).toBe(3);
		expect(summary.notKept).toEqual(['Row 1, above the header, is taken as a title and not imported.']);
		expect(sink.entries.map((entry) => entry.row)).toEqual([4]);
	});
});

describe('files that cannot be read', () => {
	it('refuses a file that is not UTF-8 and names the row', async () => {
		const { sink, summary } = await read(fixture('windows-1252.csv'), { originalLanguage: 'fr' });
		expect(sink.messages()).toEqual([
			'No column holds the English term; every entry will be marked “translation pending” until its English version is added.',
			'The file is not saved as UTF-8 text: row 3 has characters in another encoding (perhaps Windows-1252 or Windows-1251, which Excel’s plain “CSV” format writes). In Excel, choose “Save as” → “CSV UTF-8 (comma delimited)” and import that file.'
		]);
		expect(summary.errors).toBe(1);
	});

	it('names row 1 when the header itself is in another encoding', async () => {
		const bytes = new Uint8Array([
			...new TextEncoder().encode('Terme;D'),
			0xe9,
			...new TextEncoder().encode('finition\r\na;b\r\n')
		]);
		const { sink } = await read(inPieces(bytes, 4), { originalLanguage: 'fr' });
		expect(sink.messages()[0]).toMatch(
			/^The file is not saved as UTF-8 text: row 1 has characters in another encoding/
		);
	});

	it('keeps a character split between two pieces whole', async () => {
		const { sink } = await read(inPieces('Terme;Définition;Term (EN)\r\nsécurité;état de protection;security\r\n', 1), {
			originalLanguage: 'fr'
		});
		expect(sink.messages()).toEqual([]);
		expect(sink.entries[0]!.content.languageVersions[0]).toMatchObject({
			term: 'sécurité',
			definition: 'état de protection'
		});
	});

	it.each([
		[
			'an Excel workbook',
			new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
			'This is an Excel workbook (or another zip file), not a CSV file; import it as an XLSX file.'
		],
		[
			'an old .xls workbook',
			new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]),
			'This is an old Excel workbook (.xls), not a CSV file. In Excel, choose “Save as” → “CSV UTF-8 (comma delimited)” and import that file.'
		],
		[
			'UTF-16 text',
			new Uint8Array([0xff, 0xfe, 0x54, 0x00, 0x65, 0x00]),
			'The file is saved as UTF-16 (Excel calls it “Unicode text”), not as UTF-8. In Excel, choose “Save as” → “CSV UTF-8 (comma delimited)” and import that file.'
		]
	])('says when the file is %s', async (_what, bytes, message) => {
		const { sink } = await read(inPieces(bytes, 64));
		expect(sink.messages()).toEqual([message]);
	});

	it('names the row of a quotation mark that is never closed', async () => {
		const { sink } = await read('Term;Definition;Term (EN)\na;b;c\nd;"e\nf;g;h\n', { originalLanguage: 'de' });
		expect(sink.messages().at(-1)).toBe(
			'Row 3: a cell opens a quotation mark (") that is never closed, so the rest of the file would be one cell; check the quotation marks in row 3.'
		);
	});

	it('refuses a file over the size limit', async () => {
		const { sink } = await read(
			'Term;Definition\na;b\n'.repeat(100),
			{ originalLanguage: 'de' },
			{ ...DEFAULT_IMPORT_LIMITS, maxBytes: 1024 }
		);
		expect(sink.messages().at(-1)).toBe('The file is larger than 1 KB, the most an import accepts.');
	});

	it('says when the file is empty or has no entries', async () => {
		expect((await read('')).sink.messages()).toEqual(['The file is empty: it has no header row and no entries.']);
		expect((await read('\r\n;;\r\n')).sink.messages()).toEqual([
			'The file is empty: it has no header row and no entries.'
		]);
		expect((await read('Begriff;Definition;Term (EN)\r\n;;\r\n', { originalLanguage: 'de' })).sink.messages()).toEqual([
			'The file has a header row (row 1) but no entries below it.'
		]);
	});
});

describe('the mapping the user checked', () => {
	it('is used instead of the guess', async () => {
		const text = 'Begriff;Definition;Bemerkung intern\r\nCyberangriff;Einwirkung;nur für uns\r\n';
		const mapping = guessColumnMapping(['Begriff', 'Definition', 'Bemerkung intern'], 'de');
		mapping[2] = { header: 'Bemerkung intern', target: { kind: 'entry', field: 'note' } };
		const sink = collectingSink();
		const summary = await parseCsv(inPieces(text), sink, { originalLanguage: 'de' }, DEFAULT_IMPORT_LIMITS, mapping);
		expect(sink.entries[0]!.content.note).toBe('nur für uns');
		expect(summary.notKept).toEqual([]);
		expect(sink.headers[0]!.guessedMapping[2]!.target).toEqual({ kind: 'ignore' });
	});

	it('stops the reading when it cannot give entries their original text, after reporting the header', async () => {
		const { sink, summary } = await read('Foo;Bar\r\na;b\r\nc;d\r\n', { originalLanguage: 'de' });
		expect(sink.events).toEqual(['header', 'problem -', 'problem -', 'problem -']);
		expect(summary).toMatchObject({ entries: 0, rows: 0, errors: 2 });
	});
});

describe('streaming', () => {
	it('hands entries to the sink while the file is still arriving', async () => {
		const rows = 3000;
		let entriesBeforeTheEnd = -1;
		const sink = collectingSink();
		async function* slowly(): AsyncGenerator<Uint8Array> {
			yield new TextEncoder().encode('Begriff;Definition;Term (EN)\r\n');
			for (let index = 1; index <= rows; index++)
				yield new TextEncoder().encode(`Begriff ${index};Definition ${index};term ${index}\r\n`);
			entriesBeforeTheEnd = sink.entries.length;
		}
		const progress: number[] = [];
		sink.progress = ({ rows: read }) => void progress.push(read);
		await parseCsv(slowly(), sink, { originalLanguage: 'de' });
		expect(sink.entries).toHaveLength(rows);
		expect(entriesBeforeTheEnd).toBeGreaterThan(rows / 2);
		expect(progress).toEqual([1000, 2000, 3000]);
	});

	it('waits for a slow sink instead of reading ahead', async () => {
		const sink = collectingSink();
		let piecesRead = 0;
		const readWhenFirstEntryArrived: number[] = [];
		sink.entry = async (entry) => {
			if (sink.entries.length === 0) readWhenFirstEntryArrived.push(piecesRead);
			sink.entries.push(entry);
			await new Promise((resolve) => setTimeout(resolve, 0));
		};
		async function* pieces(): AsyncGenerator<Uint8Array> {
			yield new TextEncoder().encode('Begriff;Definition;Term (EN)\r\n');
			for (let index = 1; index <= 2000; index++) {
				piecesRead++;
				yield new TextEncoder().encode(`Begriff ${index};${'Definition '.repeat(20)}${index};term ${index}\r\n`);
			}
		}
		await parseCsv(pieces(), sink, { originalLanguage: 'de' });
		expect(sink.entries).toHaveLength(2000);
		// Back-pressure: when the first entry is handled, only a small part of the file has been read.
		expect(readWhenFirstEntryArrived[0]).toBeLessThan(500);
	});
});
