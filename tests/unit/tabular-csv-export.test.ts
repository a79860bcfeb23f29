import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportEntry } from '../../src/lib/domain/export/types';
import type { ImportOptions } from '../../src/lib/domain/import/types';
import { languageVersion } from '../../src/lib/domain/national-entry';
import { parseCsv } from '../../src/lib/domain/tabular/csv-reader';
import { exportFileName, exportLanguages } from '../../src/lib/domain/tabular/export-layout';
import { writeCsv } from '../../src/lib/server/tabular/csv-writer';
import { collectingSink, inPieces } from '../fixtures/tabular/collecting-sink';
import { ROUND_TRIP_ENTRIES, ROUND_TRIP_META } from '../fixtures/tabular/round-trip-entries';

async function reimport(text: string, options: ImportOptions = {}) {
	const sink = collectingSink();
	const summary = await parseCsv(inPieces(text, 1000), sink, options);
	return { sink, summary };
}

describe('our CSV export', () => {
	it('starts with a byte order mark and the canonical header, comma-separated', () => {
		const text = [...writeCsv(ROUND_TRIP_ENTRIES, ROUND_TRIP_META)].join('');
		expect(
			text.startsWith(
				'\uFEFFEntry ID,Original language,Term,Definition,Text status,Term type,Part of speech,Administrative status,Definition source,Term note,Additional terms,Source act,Source article,Source date,Source link,Note,Term (en),Definition (en),'
			)
		).toBe(true);
		expect(text.split('\r\n')[0]!.split(',').slice(-9)).toEqual([
			'Term (sr-Latn)',
			'Definition (sr-Latn)',
			'Text status (sr-Latn)',
			'Term type (sr-Latn)',
			'Part of speech (sr-Latn)',
			'Administrative status (sr-Latn)',
			'Definition source (sr-Latn)',
			'Term note (sr-Latn)',
			'Additional terms (sr-Latn)'
		]);
	});

	it('quotes cells with quotes, commas and line breaks as RFC 4180 says, and writes readable values', () => {
		const [entry] = ROUND_TRIP_ENTRIES;
		const text = [...writeCsv([entry!], ROUND_TRIP_META)].join('');
		const row = text.slice(text.indexOf('\r\n') + 2);
		expect(
			row.startsWith(
				'101,sr-Cyrl,сајбер напад,"Намерна радња „напада“ на ИКТ систем; у смислу ""Примерног закона"", члан 2,\nдруги став.",Authentic text,Full form,Noun,Preferred,'
			)
		).toBe(true);
		expect(row).toContain(
			',"сајбер-напад [variant, noun, admitted] | СН [abbreviation, deprecated] | напад на ИКТ систем [phrase, other, superseded]",'
		);
		expect(row.endsWith('\r\n')).toBe(true);
	});

	it('comes back exactly as it went out', async () => {
		const text = [...writeCsv(ROUND_TRIP_ENTRIES, ROUND_TRIP_META)].join('');
		const { sink, summary } = await reimport(text);
		expect(sink.messages()).toEqual([]);
		expect(summary.notKept).toEqual([]);
		expect(sink.entries.map((entry) => ({ entryId: Number(entry.sourceId), content: entry.content }))).toEqual(
			ROUND_TRIP_ENTRIES
		);
		expect(sink.entries.map((entry) => entry.row)).toEqual([2, 3, 4]);
		// The import page passes the State's language; the file's own language column still decides.
		const withStateLanguage = await reimport(text, { originalLanguage: 'sr-Cyrl' });
		expect(withStateLanguage.sink.messages()).toEqual([]);
		expect(withStateLanguage.sink.entries).toEqual(sink.entries);
	});

	it('streams in chunks and reads the entries once when the languages are given', () => {
		let reads = 0;
		function* entries(): Generator<ExportEntry> {
			for (let index = 0; index < 450; index++) {
				reads++;
				yield { entryId: index, content: { ...ROUND_TRIP_ENTRIES[1]!.content } };
			}
		}
		const chunks = [...writeCsv(entries(), ROUND_TRIP_META, { languages: ['en'] })];
		expect(reads).toBe(450);
		expect(chunks).toHaveLength(1 + 3);
		expect(chunks.join('').split('\r\n')).toHaveLength(1 + 450 + 1);
	});

	it('lists English first, then the OSCE languages in their order, then the others', () => {
		expect(exportLanguages(ROUND_TRIP_ENTRIES)).toEqual(['en', 'fr', 'ru', 'el', 'sr-Latn']);
		expect(exportLanguages([])).toEqual(['en']);
	});

	it('names the file after the State, cycle and revision', () => {
		expect(exportFileName(ROUND_TRIP_META, 'csv')).toBe('cbm9-rs-2025-revision-3.csv');
	});

	it('keeps any text a cell may hold', async () => {
		// Trimmed, without carriage returns, and not splitting on "|": what the import promises to keep.
		const text = fc
			.string({
				unit: fc.constantFrom('a', 'Ж', 'é', 'ω', '"', ',', ';', '\n', ' ', '\t', '[', ']', "'", '=', '-', '“'),
				minLength: 1,
				maxLength: 40
			})
			.map((value) => value.trim())
			.filter((value) => value.length > 0);
		await fc.assert(
			fc.asyncProperty(text, text, fc.option(text, { nil: null }), async (term, definition, note) => {
				const entry: ExportEntry = {
					entryId: 1,
					content: {
						languageVersions: [languageVersion({ language: 'de', isOriginal: true, term, definition, note })],
						sourceAct: definition,
						sourceArticle: null,
						sourceDate: null,
						sourceUrl: null,
						note
					}
				};
				const { sink } = await reimport([...writeCsv([entry], ROUND_TRIP_META)].join(''));
				expect(sink.entries.map((parsed) => parsed.content)).toEqual([entry.content]);
			}),
			{ numRuns: 150 }
		);
	});
});
