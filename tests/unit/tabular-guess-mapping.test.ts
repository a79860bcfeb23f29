import { describe, expect, it } from 'vitest';
import {
	columnTargetChoices,
	columnTargetFromKey,
	columnTargetKey,
	describeColumnTarget,
	type ColumnTarget
} from '../../src/lib/domain/tabular/column-target';
import { exportColumns } from '../../src/lib/domain/tabular/export-layout';
import { guessColumnMapping } from '../../src/lib/domain/tabular/guess-mapping';

/** "Header → what the preview's select box shows", the way a user checks the guess. */
function described(headers: string[], originalLanguage?: string): Record<string, string> {
	return Object.fromEntries(
		guessColumnMapping(headers, originalLanguage).map(({ header, target }) => [header, describeColumnTarget(target)])
	);
}

describe('guessing what each column holds from its header', () => {
	it('reads an English header row with the usual columns, and ignores what it does not know', () => {
		expect(
			described([
				'Term',
				'Definition',
				'English term',
				'English definition',
				'Source',
				'Article',
				'Date',
				'Link',
				'Notes',
				'Bemerkung intern'
			])
		).toEqual({
			Term: 'Term (original language)',
			Definition: 'Definition (original language)',
			'English term': 'Term (English)',
			'English definition': 'Definition (English)',
			Source: 'Source act',
			Article: 'Source article',
			Date: 'Source date',
			Link: 'Source link',
			Notes: 'Note on the entry',
			'Bemerkung intern': 'Not imported'
		});
	});

	it.each([
		['German', ['Begriff', 'Begriffsbestimmung', 'Fundstelle', '§', 'Datum', 'Bemerkung']],
		['French', ['Terme', 'Définition', 'Source', 'Article', 'Date', 'Remarques']],
		['Russian', ['Термин', 'Определение', 'Источник', 'Статья', 'Дата', 'Примечание']],
		['Spanish', ['Término', 'Definición', 'Fuente', 'Artículo', 'Fecha', 'Observaciones']],
		['Italian', ['Termine', 'Definizione', 'Fonte', 'Articolo', 'Data', 'Note']],
		['Polish', ['Pojęcie', 'Definicja', 'Źródło', 'Artykuł', 'Data', 'Uwagi']],
		['Serbian (Cyrillic)', ['Појам', 'Дефиниција', 'Извор', 'Члан', 'Датум', 'Напомена']],
		['Serbian (Latin)', ['Pojam', 'Definicija', 'Izvor', 'Član', 'Datum', 'Napomena']],
		['Ukrainian', ['Термін', 'Визначення', 'Джерело', 'Стаття', 'Дата прийняття', 'Примітка']],
		['Dutch', ['Begrip', 'Definitie', 'Bron', 'Artikel', 'Datum', 'Opmerkingen']]
	])('recognises the field names of a %s list', (_language, headers) => {
		expect(Object.values(described(headers))).toEqual([
			'Term (original language)',
			'Definition (original language)',
			'Source act',
			'Source article',
			'Source date',
			'Note on the entry'
		]);
	});

	it('ignores case, accents and punctuation', () => {
		expect(
			Object.values(described(['TERM', 'definition:', 'DEFINITION_EN', 'Source-Act', '  Link  ', 'Defínítíon (EN)']))
		).toEqual([
			'Term (original language)',
			'Definition (original language)',
			'Definition (English)',
			'Source act',
			'Source link',
			'Definition (English)'
		]);
	});

	it.each([
		['Term (EN)'],
		['Term [en]'],
		['term_en'],
		['Term EN'],
		['English term'],
		['Terme anglais'],
		['Englischer Begriff'],
		['Термин на английском языке'],
		['Término en inglés'],
		['Termine inglese'],
		['Pojęcie w języku angielskim'],
		['Engleski termin'],
		['Термін англійською'],
		['Engelse term'],
		['Term (in English)'],
		['Термин (англ.)']
	])('reads “%s” as the English term', (header) => {
		expect(guessColumnMapping([header])[0]!.target).toEqual({ kind: 'language', language: 'en', field: 'term' });
	});

	it('reads columns of several languages side by side, as Swiss lists give them', () => {
		expect(
			described([
				'Term (DE)',
				'Term (FR)',
				'Term (IT)',
				'Term (EN)',
				'Definition (DE)',
				'Définition [fr]',
				'definizione_it',
				'Text status (EN)'
			])
		).toEqual({
			'Term (DE)': 'Term (German)',
			'Term (FR)': 'Term (French)',
			'Term (IT)': 'Term (Italian)',
			'Term (EN)': 'Term (English)',
			'Definition (DE)': 'Definition (German)',
			'Définition [fr]': 'Definition (French)',
			definizione_it: 'Definition (Italian)',
			'Text status (EN)': 'Text status (English)'
		});
	});

	it('recognises the State’s own language by code and by name when it is given', () => {
		const mapping = guessColumnMapping(['Terminas (LT)', 'Termin (lietuvių)', 'Term (LV)'], 'lt');
		expect(mapping.map(({ target }) => target)).toEqual([
			{ kind: 'ignore' },
			{ kind: 'language', language: 'lt', field: 'term' },
			{ kind: 'language', language: 'lv', field: 'term' }
		]);
		// A Swiss file: "(DE)" is the State's German.
		expect(guessColumnMapping(['Definition (DE)'], 'de-CH')[0]!.target).toEqual({
			kind: 'language',
			language: 'de-CH',
			field: 'definition'
		});
	});

	it('tells the note on the entry from the note on a language version', () => {
		expect(described(['Note', 'Note (EN)', 'Term note', 'Bemerkung (Englisch)'])).toEqual({
			Note: 'Note on the entry',
			'Note (EN)': 'Note on the term (English)',
			'Term note': 'Note on the term (original language)',
			'Bemerkung (Englisch)': 'Note on the term (English)'
		});
	});

	it('does not take ordinary words for language codes', () => {
		expect(described(['Entry ID', 'Source act', 'Original language', 'Definition (alt)', 'Sub-Art'])).toEqual({
			'Entry ID': 'Entry ID',
			'Source act': 'Source act',
			'Original language': 'Original language',
			'Definition (alt)': 'Not imported',
			'Sub-Art': 'Not imported'
		});
	});

	it('maps every header of our own export back to the field it was written from', () => {
		const columns = exportColumns(['en', 'fr', 'sr-Latn']);
		const mapping = guessColumnMapping(columns.map((column) => column.header));
		const expected = (header: string): ColumnTarget => {
			const marked = /^(.*) \((.+)\)$/.exec(header);
			const base = marked ? marked[1]! : header;
			const language = marked ? marked[2]! : 'original';
			const languageFields: Record<string, string> = {
				Term: 'term',
				Definition: 'definition',
				'Text status': 'textStatus',
				'Term type': 'termType',
				'Part of speech': 'partOfSpeech',
				'Administrative status': 'administrativeStatus',
				'Definition source': 'definitionSource',
				'Term note': 'note',
				'Additional terms': 'additionalTerms'
			};
			const entryFields: Record<string, string> = {
				'Entry ID': 'sourceId',
				'Original language': 'originalLanguage',
				'Source act': 'sourceAct',
				'Source article': 'sourceArticle',
				'Source date': 'sourceDate',
				'Source link': 'sourceUrl',
				Note: 'note'
			};
			return !marked && entryFields[base]
				? ({ kind: 'entry', field: entryFields[base] } as ColumnTarget)
				: ({ kind: 'language', language, field: languageFields[base] } as ColumnTarget);
		};
		expect(mapping).toHaveLength(16 + 3 * 9);
		for (const { header, target } of mapping) expect({ header, target }).toEqual({ header, target: expected(header) });
	});
});

describe('targets in a select box', () => {
	it('describes each target in words and keys it so a form can send it back', () => {
		const choices = columnTargetChoices(['en', 'fr']);
		expect(choices.slice(0, 3)).toEqual([
			{ key: 'ignore', label: 'Not imported' },
			{ key: 'entry:sourceId', label: 'Entry ID' },
			{ key: 'entry:originalLanguage', label: 'Original language' }
		]);
		expect(choices).toContainEqual({ key: 'language:original:term', label: 'Term (original language)' });
		expect(choices).toContainEqual({ key: 'language:fr:definition', label: 'Definition (French)' });
		for (const { key } of choices) expect(columnTargetKey(columnTargetFromKey(key)!)).toBe(key);
		expect(columnTargetFromKey('entry:password')).toBeNull();
		expect(columnTargetFromKey('language:en:colour')).toBeNull();
	});
});
