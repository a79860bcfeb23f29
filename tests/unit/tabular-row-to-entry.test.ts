import { describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../src/lib/domain/import/types';
import { languageVersion } from '../../src/lib/domain/national-entry';
import { guessColumnMapping } from '../../src/lib/domain/tabular/guess-mapping';
import { rowToEntry } from '../../src/lib/domain/tabular/row-to-entry';

const HEADERS = [
	'Begriff',
	'Begriffsbestimmung',
	'Bemerkung intern',
	'Term (EN)',
	'Definition (EN)',
	'Text status (EN)',
	'Datum',
	'Link',
	'Synonyme'
];
const GERMAN: ImportOptions = { originalLanguage: 'de' };
const mapping = guessColumnMapping(HEADERS, 'de');

/** A row in the columns above; cells not given are empty. */
function row(cells: Partial<Record<(typeof HEADERS)[number], string>>): string[] {
	return HEADERS.map((header) => cells[header] ?? '');
}

function messages(cells: string[], rowNumber = 14, options: ImportOptions = GERMAN, columns = mapping) {
	return rowToEntry(cells, columns, rowNumber, options).problems.map((problem) => problem.message);
}

describe('a row becomes an entry', () => {
	it('gives the original and the English version with the statuses the file says', () => {
		const reading = rowToEntry(
			row({
				Begriff: ' Cyberangriff ',
				Begriffsbestimmung: 'Einwirkung auf ein System;\r\nzweiter Absatz',
				'Term (EN)': 'cyber attack',
				'Definition (EN)': 'An action against a system.',
				'Text status (EN)': 'amtlich',
				Datum: '01.07.2015',
				Link: 'https://example.org/act#2',
				Synonyme: 'Cyber-Attacke; Angriff [variant, noun]'
			}),
			mapping,
			3,
			GERMAN
		);
		expect(reading.problems).toEqual([]);
		expect(reading.entry).toEqual({
			row: 3,
			content: {
				languageVersions: [
					languageVersion({
						language: 'de',
						isOriginal: true,
						term: 'Cyberangriff',
						definition: 'Einwirkung auf ein System;\nzweiter Absatz',
						additionalTerms: [
							{ term: 'Cyber-Attacke', termType: null, partOfSpeech: null, administrativeStatus: null },
							{ term: 'Angriff', termType: 'variant', partOfSpeech: 'noun', administrativeStatus: null }
						]
					}),
					languageVersion({
						language: 'en',
						term: 'cyber attack',
						definition: 'An action against a system.',
						textStatus: 'official_translation'
					})
				],
				sourceAct: null,
				sourceArticle: null,
				sourceDate: '2015-07-01',
				sourceUrl: 'https://example.org/act#2',
				note: null
			}
		});
	});

	it('accepts an English term without its definition (translation pending), as a courtesy translation by default', () => {
		const reading = rowToEntry(
			row({ Begriff: 'Schadprogramm', Begriffsbestimmung: 'Programm …', 'Term (EN)': 'malware' }),
			mapping,
			5,
			GERMAN
		);
		expect(reading.problems).toEqual([]);
		expect(reading.entry?.content.languageVersions[1]).toEqual(
			languageVersion({ language: 'en', term: 'malware', textStatus: 'courtesy_translation' })
		);
		const official = rowToEntry(row({ Begriff: 'a', Begriffsbestimmung: 'b', 'Term (EN)': 'c' }), mapping, 5, {
			...GERMAN,
			englishStatus: 'official_translation'
		});
		expect(official.entry?.content.languageVersions[1]?.textStatus).toBe('official_translation');
	});

	it('skips a blank row silently, even one with spaces', () => {
		expect(rowToEntry(['', ' ', '\t', ''], mapping, 7, GERMAN)).toEqual({ problems: [] });
		expect(rowToEntry([], mapping, 7, GERMAN)).toEqual({ problems: [] });
	});

	it('takes the original language from its column, by tag or by name', () => {
		const columns = guessColumnMapping(['Language', 'Term', 'Definition']);
		expect(
			rowToEntry(['SR-latn', 'bezbednost', 'stanje …'], columns, 2, {}).entry?.content.languageVersions[0]?.language
		).toBe('sr-Latn');
		expect(
			rowToEntry(['Deutsch', 'Sicherheit', 'Zustand …'], columns, 3, {}).entry?.content.languageVersions[0]?.language
		).toBe('de');
		expect(messages(['Deutsh', 'Sicherheit', 'Zustand …'], 4, {}, columns)).toEqual([
			'Row 4, column A (Language): “Deutsh” is not a language; write a language tag such as “de”, “sr-Latn” or “fr-CH”, or a language name such as German.'
		]);
		expect(messages(['', 'Sicherheit', 'Zustand …'], 5, {}, columns)).toEqual([
			'Row 5, column A (Language): the original language is empty; write a language tag such as “de”, “sr-Latn” or “fr-CH”.'
		]);
		// An empty language cell falls back to the State's language.
		expect(
			rowToEntry(['', 'Sicherheit', 'Zustand …'], columns, 6, GERMAN).entry?.content.languageVersions[0]?.language
		).toBe('de');
	});
});

describe('problems name the row and the column', () => {
	it('requires the original term and definition', () => {
		expect(messages(row({ Begriff: 'Cyberangriff', 'Term (EN)': 'cyber attack' }))).toEqual([
			'Row 14, column B (Begriffsbestimmung): the definition is empty; every entry needs its definition in the original language.'
		]);
		expect(messages(row({ Begriffsbestimmung: 'Einwirkung …' }))).toEqual([
			'Row 14, column A (Begriff): the term is empty; every entry needs its term in the original language (German).'
		]);
		expect(messages(row({ 'Term (EN)': 'cyber attack', 'Definition (EN)': 'An action …' }))).toEqual([
			'Row 14, column A (Begriff): the term is empty; every entry needs its term in the original language (German).',
			'Row 14, column B (Begriffsbestimmung): the definition is empty; every entry needs its definition in the original language.'
		]);
		const reading = rowToEntry(row({ Begriff: 'Cyberangriff' }), mapping, 14, GERMAN);
		expect(reading.entry).toBeUndefined();
		expect(reading.problems[0]).toMatchObject({ severity: 'error', row: 14, field: 'B (Begriffsbestimmung)' });
	});

	it('wants a term for any other language that has text', () => {
		expect(messages(row({ Begriff: 'a', Begriffsbestimmung: 'b', 'Definition (EN)': 'An action …' }))).toEqual([
			'Row 14, column E (Definition (EN)): there is English text but no English term; add the term in column D (Term (EN)) or leave the English columns empty.'
		]);
	});

	it.each([
		['2015-07-01', '2015-07-01'],
		['1.7.2015', '2015-07-01'],
		['01.07.2015.', '2015-07-01'],
		['01/07/2015', '2015-07-01'],
		['2016-02-29', '2016-02-29'],
		['2015-07-01T00:00:00Z', '2015-07-01']
	])('reads the date “%s” as %s', (written, date) => {
		expect(
			rowToEntry(row({ Begriff: 'a', Begriffsbestimmung: 'b', Datum: written }), mapping, 2, GERMAN).entry?.content
				.sourceDate
		).toBe(date);
	});

	it.each([
		['31.02.2020', '“31.02.2020” is not a possible date: there is no 31 February 2020'],
		['2019-02-29', '“2019-02-29” is not a possible date: there is no 29 February 2019'],
		[
			'12/25/2020',
			'“12/25/2020” is not a date in the order day/month/year: there is no month 25; if it means 25 December 2020, write 2020-12-25'
		],
		[
			'03.04.20',
			'“03.04.20” is not a date that can be read safely: the year has only two digits; write the full year, e.g. 07.06.2019'
		],
		[
			'42186',
			'“42186” is a spreadsheet date number, not a date; format the column as a date or write it as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY, e.g. 2019-06-07'
		],
		['July 2015', '“July 2015” is not a date; write it as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY, e.g. 2019-06-07']
	])('refuses the date “%s”, saying why', (written, reason) => {
		expect(messages(row({ Begriff: 'a', Begriffsbestimmung: 'b', Datum: written }))).toEqual([
			`Row 14, column G (Datum): ${reason}.`
		]);
	});

	it('wants links that start with http:// or https://', () => {
		expect(messages(row({ Begriff: 'a', Begriffsbestimmung: 'b', Link: 'www.example.org/act' }))).toEqual([
			'Row 14, column H (Link): “www.example.org/act” is not a web address; a link must start with http:// or https://.'
		]);
		expect(messages(row({ Begriff: 'a', Begriffsbestimmung: 'b', Link: 'ftp://example.org/act' }))).toHaveLength(1);
		expect(messages(row({ Begriff: 'a', Begriffsbestimmung: 'b', Link: 'http://example.org/act' }))).toEqual([]);
	});

	it.each([
		['official', 'official_translation'],
		['Official translation', 'official_translation'],
		['amtlich', 'official_translation'],
		['officielle', 'official_translation'],
		['официальный перевод', 'official_translation'],
		['courtesy', 'courtesy_translation'],
		['Courtesy translation', 'courtesy_translation'],
		['non officielle', 'courtesy_translation'],
		['nichtamtliche Übersetzung', 'courtesy_translation'],
		['authentic', 'authentic'],
		['Authentic text', 'authentic'],
		['authentique', 'authentic']
	])('reads the text status “%s” as %s', (written, status) => {
		const reading = rowToEntry(
			row({ Begriff: 'a', Begriffsbestimmung: 'b', 'Term (EN)': 'c', 'Text status (EN)': written }),
			mapping,
			2,
			GERMAN
		);
		expect(reading.entry?.content.languageVersions[1]?.textStatus).toBe(status);
	});

	it('refuses a text status it does not know, and any status but authentic for the original', () => {
		expect(
			messages(row({ Begriff: 'a', Begriffsbestimmung: 'b', 'Term (EN)': 'c', 'Text status (EN)': 'semi-official' }))
		).toEqual([
			'Row 14, column F (Text status (EN)): “semi-official” is not a text status; write authentic text, official translation or courtesy translation.'
		]);
		const columns = guessColumnMapping(['Term', 'Definition', 'Text status']);
		expect(messages(['a', 'b', 'courtesy translation'], 9, GERMAN, columns)).toEqual([
			'Row 9, column C (Text status): the original text is the authentic text, but the cell says “courtesy translation”; leave it empty or write authentic text.'
		]);
	});

	it('reads term types, parts of speech and administrative statuses, and names the accepted values otherwise', () => {
		const columns = guessColumnMapping(['Term', 'Definition', 'Term type', 'Part of speech', 'Administrative status']);
		const reading = rowToEntry(['CSIRT', 'b', 'Acronym', 'proper noun', 'preferredTerm-admn-sts'], columns, 2, GERMAN);
		expect(reading.entry?.content.languageVersions[0]).toMatchObject({
			termType: 'acronym',
			partOfSpeech: 'properNoun',
			administrativeStatus: 'preferred'
		});
		expect(messages(['CSIRT', 'b', 'Akronym', '', 'obsolete'], 3, GERMAN, columns)).toEqual([
			'Row 3, column C (Term type): “Akronym” is not a term type; write full form, acronym, abbreviation, short form, variant or phrase, or leave the cell empty.',
			'Row 3, column E (Administrative status): “obsolete” is not an administrative status; write preferred, admitted, deprecated or superseded, or leave the cell empty.'
		]);
	});

	it('splits additional terms on “;” or, when the cell has one, on “|”', () => {
		const terms = (cell: string) =>
			rowToEntry(
				row({ Begriff: 'a', Begriffsbestimmung: 'b', Synonyme: cell }),
				mapping,
				2,
				GERMAN
			).entry?.content.languageVersions[0]?.additionalTerms.map((term) => term.term);
		expect(terms('Cyber-Attacke; Angriff ;')).toEqual(['Cyber-Attacke', 'Angriff']);
		expect(terms('Angriff; Variante | IT-Angriff')).toEqual(['Angriff; Variante', 'IT-Angriff']);
		expect(terms('Daten [Informatik]')).toEqual(['Daten [Informatik]']);
	});

	it('warns about text in cells beyond the header, and skips rows with text only in ignored columns', () => {
		const columns = guessColumnMapping(['Term', 'Definition', 'Bemerkung intern']);
		expect(rowToEntry(['a', 'b', '', '', 'left over', 'here too', ''], columns, 12, GERMAN).problems).toEqual([
			{
				severity: 'warning',
				message:
					'Row 12 has more cells than the header (3 columns); the text in columns E–F has no header and is not imported.',
				row: 12
			}
		]);
		// Trailing empty cells, as spreadsheet programs write them, are no problem.
		expect(rowToEntry(['a', 'b', '', '', ''], columns, 12, GERMAN).problems).toEqual([]);
		expect(rowToEntry(['', '', 'nur für uns'], columns, 13, GERMAN)).toEqual({
			problems: [
				{
					severity: 'warning',
					message:
						'Row 13 has text only in columns that are not imported (column C ‘Bemerkung intern’); the row is skipped.',
					row: 13
				}
			]
		});
	});

	it('takes the first language of the row as the original when nothing says which it is', () => {
		const columns = guessColumnMapping(['Term (FR)', 'Définition (FR)', 'Term (EN)', 'Definition (EN)']);
		const reading = rowToEntry(['cyberattaque', 'Action …', 'cyber attack', 'An action …'], columns, 2, {});
		expect(
			reading.entry?.content.languageVersions.map((version) => [
				version.language,
				version.isOriginal,
				version.textStatus
			])
		).toEqual([
			['fr', true, 'authentic'],
			['en', false, 'courtesy_translation']
		]);
	});

	it('puts the original first and English second, whatever the column order', () => {
		const columns = guessColumnMapping(['Term (IT)', 'Term (EN)', 'Term (DE)', 'Definition (DE)', 'Term (FR)']);
		const reading = rowToEntry(['termine', 'term', 'Begriff', 'Definition', 'terme'], columns, 2, GERMAN);
		expect(reading.entry?.content.languageVersions.map((version) => version.language)).toEqual([
			'de',
			'en',
			'it',
			'fr'
		]);
	});
});
