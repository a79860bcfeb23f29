// Word normalisation for matching (similarity, shared phrases): two spellings that a reader takes
// for the same word must normalise to the same string. Display always uses the original text.
import { lowerCaseFor, primaryLanguage } from './language';

const COMBINING_MARK = /\p{M}/u;
const LATIN_OR_GREEK = /[\p{Script=Latin}\p{Script=Greek}]/u;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const APOSTROPHE_LIKE = /[’ʼ‘`´]/g;

// Letters that carry no combining mark in Unicode but that writers and keyboards often replace
// by the bare letter (Polish ł, Croatian đ, German ß) or that are positional variants (Greek ς).
const LETTER_FOLDS: Readonly<Record<string, string>> = {
	ß: 'ss',
	ł: 'l',
	đ: 'd',
	ø: 'o',
	æ: 'ae',
	œ: 'oe',
	ı: 'i',
	ς: 'σ',
	ё: 'е'
};
const FOLDABLE_LETTER = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

// Accents are stripped for Latin and Greek only: in Cyrillic the marks make distinct letters
// (й is not и, ї is not і), whereas é/e or ά/α differ only by an accent that writers often omit.
function stripLatinAndGreekAccents(text: string): string {
	let result = '';
	let previousBaseIsLatinOrGreek = false;
	for (const character of text.normalize('NFD')) {
		if (COMBINING_MARK.test(character)) {
			if (!previousBaseIsLatinOrGreek) result += character;
			continue;
		}
		previousBaseIsLatinOrGreek = LATIN_OR_GREEK.test(character);
		result += character;
	}
	return result.normalize('NFC');
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * NFKC, lower case with the locale, no soft hyphens or zero-width characters, accents stripped
 * for Latin and Greek, ё folded to е, typographic apostrophes made plain.
 */
export function normaliseWord(word: string, locale: string): string {
	const language = primaryLanguage(locale);
	const cacheKey = `${language}\u0000${word}`;
	const cached = cache.get(cacheKey);
	if (cached !== undefined) return cached;

	let text = word.normalize('NFKC').replace(INVISIBLE, '').replace(APOSTROPHE_LIKE, "'");
	text = lowerCaseFor(text, language);
	text = stripLatinAndGreekAccents(text);
	text = text.replace(FOLDABLE_LETTER, (letter) => LETTER_FOLDS[letter] ?? letter);

	if (cache.size >= CACHE_LIMIT) cache.clear();
	cache.set(cacheKey, text);
	return text;
}
