import { describe, expect, it } from 'vitest';
import { englishVersion, isTranslationPending, languageVersion, originalVersion, primaryLanguage } from '../../src/lib/domain/national-entry';

describe('translation pending', () => {
	const original = languageVersion({ language: 'fr', term: 'cyberattaque', definition: 'Action délibérée…', isOriginal: true });

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
		expect(isTranslationPending([languageVersion({ language: 'en', term: 'vulnerability', definition: 'A weakness…', isOriginal: true })])).toBe(false);
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
