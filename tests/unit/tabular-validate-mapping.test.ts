import { describe, expect, it } from 'vitest';
import type { ColumnMapping, ColumnTarget } from '../../src/lib/domain/tabular/column-target';
import { guessColumnMapping } from '../../src/lib/domain/tabular/guess-mapping';
import { validateColumnMapping } from '../../src/lib/domain/tabular/validate-mapping';

function check(
	headers: string[],
	originalLanguage?: string,
	mapping: ColumnMapping = guessColumnMapping(headers, originalLanguage)
) {
	return validateColumnMapping(mapping, headers, originalLanguage ? { originalLanguage } : {}).map(
		({ severity, message }) => `${severity}: ${message}`
	);
}

function withTarget(headers: string[], index: number, target: ColumnTarget, originalLanguage?: string): ColumnMapping {
	return guessColumnMapping(headers, originalLanguage).map((column, at) =>
		at === index ? { ...column, target } : column
	);
}

describe('checking a column mapping before the rows are read', () => {
	it('accepts the usual German list without a word', () => {
		expect(
			check(['Begriff', 'Begriffsbestimmung', 'Englischer Begriff', 'Definition (EN)', 'Fundstelle'], 'de')
		).toEqual([]);
	});

	it('says when no column holds the original term or definition', () => {
		expect(check(['Begriff', 'Bemerkung intern', 'Term (EN)'], 'de')).toEqual([
			'error: No column holds the definition in German, the original language; choose the column with the German definitions, or choose another original language.'
		]);
		expect(check(['Language', 'Term', 'Bemerkung intern', 'Term (EN)'])).toEqual([
			'error: No column holds the definition in the original language; choose which column holds it (for example “Definition”).'
		]);
		expect(check(['Term (FR)', 'Définition (FR)', 'Term (EN)', 'Definition (EN)'], 'de')).toEqual([
			'error: No column holds the term in German, the original language; choose the column with the German terms, or choose another original language.',
			'error: No column holds the definition in German, the original language; choose the column with the German definitions, or choose another original language.'
		]);
	});

	it('says when two columns go to the same field', () => {
		expect(check(['Begriff', 'Definition', 'Bemerkung', 'Notes', 'Term (EN)'], 'de')).toEqual([
			'error: Columns C (Bemerkung) and D (Notes) are both mapped to “Note on the entry”; set one of them to “Not imported”.'
		]);
		// "Term" is in the State's language, German, and so is "Term (DE)".
		expect(check(['Term', 'Term (DE)', 'Definition', 'Term (EN)'], 'de')).toEqual([
			'error: Columns A (Term) and B (Term (DE)) are both mapped to “Term (German)”; set one of them to “Not imported”.'
		]);
	});

	it('needs the original language when columns are in the State’s own language', () => {
		expect(check(['Term', 'Definition', 'Term (EN)'])).toEqual([
			'error: The columns A (Term) and B (Definition) hold the State’s own texts, but the file does not say in which language; choose the original language, or add a column “Original language”.'
		]);
		expect(check(['Language', 'Term', 'Definition', 'Term (EN)'])).toEqual([]);
		expect(check(['Term', 'Definition', 'Term (EN)'], 'Deutsh')).toEqual([
			'error: “Deutsh” is not a language tag; choose the original language again (a BCP 47 tag such as “de”, “sr-Latn” or “fr-CH”).'
		]);
	});

	it('wants the term of every language that has text', () => {
		expect(check(['Begriff', 'Definition', 'Définition (FR)', 'Term (EN)'], 'de')).toEqual([
			'error: Column C (Définition (FR)) holds French text, but no column holds the French term; choose the column with the French term, or set this column to “Not imported”.'
		]);
	});

	it('warns when nothing says which language is the original, and when there is no English term', () => {
		expect(check(['Term (FR)', 'Définition (FR)', 'Term (EN)'])).toEqual([
			'warning: The file does not say which language is the original, so the first language given in each row is taken as the original (for most rows French, column A (Term (FR))); choose the original language to be sure.'
		]);
		expect(check(['Begriff', 'Definition'], 'de')).toEqual([
			'warning: No column holds the English term; every entry will be marked “translation pending” until its English version is added.'
		]);
		expect(check(['Term', 'Definition'], 'en-GB')).toEqual([]);
	});

	it('refuses a mapping made for another file or changed into something unknown', () => {
		const mapping = guessColumnMapping(['Begriff', 'Definition'], 'de');
		expect(check(['Begriff', 'Definition', 'Term (EN)'], 'de', mapping)).toEqual([
			'error: The column mapping does not fit this file: it describes 2 columns, the file has 3. Check the mapping again.'
		]);
		expect(check(['Begriff', 'Erklärung'], 'de', mapping)).toEqual([
			'error: The column mapping was made for another file: it names column B (Definition), this file has B (Erklärung). Check the mapping again.'
		]);
		const headers = ['Begriff', 'Definition', 'Notiz'];
		expect(
			check(headers, 'de', withTarget(headers, 2, { kind: 'language', language: 'klingon', field: 'term' }, 'de'))
		).toEqual([
			'error: Column C (Notiz): “klingon” is not a language tag; choose the language again (a BCP 47 tag such as “de”, “sr-Latn” or “fr-CH”).'
		]);
		expect(
			check(
				headers,
				'de',
				withTarget(headers, 2, { kind: 'entry', field: 'password' } as unknown as ColumnTarget, 'de')
			)
		).toEqual(['error: Column C (Notiz): the choice for this column is not one the import knows; choose it again.']);
	});
});
