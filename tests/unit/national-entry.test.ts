import { describe, expect, it } from 'vitest';
import {
	byStateThenLatestCycle,
	englishVersion,
	isTranslationPending,
	languageVersion,
	originalVersion,
	originalWithEnglish,
	primaryLanguage
} from '../../src/lib/domain/national-entry';

describe('translation pending', () => {
	const original = languageVersion({
		language: 'fr',
		term: 'cyberattaque',
		definition: 'Action délibérée…',
		isOriginal: true
	});

	it('is pending when there is no English version at all', () => {
		expect(isTranslationPending([original])).toBe(true);
	});

	it('is pending when only the English term is given, as often in lists taken from legislation', () => {
		expect(isTranslationPending([original, languageVersion({ language: 'en', term: 'cyberattack' })])).toBe(true);
	});

	it('is complete with an English term and definition, whatever the English tag', () => {
		const english = languageVersion({ language: 'en-GB', term: 'cyber attack', definition: 'A deliberate act…' });
		expect(isTranslationPending([original, english])).toBe(false);
	});

	it('is complete when the original itself is English', () => {
		expect(
			isTranslationPending([
				languageVersion({ language: 'en', term: 'vulnerability', definition: 'A weakness…', isOriginal: true })
			])
		).toBe(false);
	});
});

it('finds the original and the English version and the primary language of a tag', () => {
	const versions = [
		languageVersion({ language: 'de-CH', term: 'Cyberrisiko', isOriginal: true }),
		languageVersion({ language: 'en', term: 'cyber risk' })
	];
	expect(originalVersion(versions)?.term).toBe('Cyberrisiko');
	expect(englishVersion(versions)?.term).toBe('cyber risk');
	expect(primaryLanguage('sr-Latn')).toBe('sr');
});

describe('the texts shown for an entry in lists of several States', () => {
	it('gives the original with the English beside it, and no English beside an English original', () => {
		const french = [
			languageVersion({ language: 'en-GB', term: 'cyber attack', definition: 'A deliberate act…' }),
			languageVersion({ language: 'fr', term: 'cyberattaque', definition: 'Action délibérée…', isOriginal: true })
		];
		expect(originalWithEnglish(french)).toEqual({
			language: 'fr',
			term: 'cyberattaque',
			definition: 'Action délibérée…',
			englishTerm: 'cyber attack',
			englishDefinition: 'A deliberate act…'
		});
		const english = [languageVersion({ language: 'EN', term: 'vulnerability', definition: null, isOriginal: true })];
		expect(originalWithEnglish(english)).toMatchObject({
			term: 'vulnerability',
			definition: null,
			englishTerm: null,
			englishDefinition: null
		});
	});

	it('orders them by State name in the reader’s language, latest cycle first', () => {
		const entries = [
			{ stateName: 'Österreich', cycleYear: 2024 },
			{ stateName: 'Deutschland', cycleYear: 2023 },
			{ stateName: 'Österreich', cycleYear: 2025 },
			{ stateName: 'Zypern', cycleYear: 2025 }
		];
		expect(
			[...entries].sort(byStateThenLatestCycle('de')).map((entry) => `${entry.stateName} ${entry.cycleYear}`)
		).toEqual(['Deutschland 2023', 'Österreich 2025', 'Österreich 2024', 'Zypern 2025']);
	});
});
