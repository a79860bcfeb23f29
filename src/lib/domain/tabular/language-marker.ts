// Finds the language a header is marked with — "(EN)", "[en]", "_en", " EN", "English", "anglais",
// "на английском языке", "(original)" — and what is left of the header once the marker is taken off.
import { primaryLanguage } from '../national-entry';
import type { TargetLanguage } from './column-target';
import { MARKER_FILLER_WORDS, ORIGINAL_MARKER_STEMS } from './header-words';
import { HEADER_LANGUAGES, canonicalLanguageTag, languageNameStems } from './language-names';
import { foldWords } from './words';

export interface MarkedHeader {
	/** The header without its marker, folded. */
	base: string;
	/** The language the marker names, or null when the header has none. */
	language: TargetLanguage | null;
}

// Abbreviations of language names, read only inside brackets ("Definition (англ.)", "Term (engl.)"),
// where they cannot be taken for an ordinary word.
const BRACKETED_ABBREVIATIONS = new Map<string, string>(
	Object.entries({
		en: ['eng', 'engl', 'ang', 'angl', 'англ', 'енгл'],
		fr: ['fra', 'franz', 'franc', 'фр', 'франц', 'фран'],
		de: ['deu', 'dt', 'nem', 'niem', 'нем', 'њем', 'нім'],
		it: ['ital', 'итал', 'wł'],
		ru: ['rus', 'russ', 'рус', 'ros', 'рос'],
		es: ['span', 'esp', 'исп', 'hisz', 'шп', 'ісп'],
		pl: ['pol', 'poln', 'польск', 'пољ'],
		sr: ['srp', 'срп', 'serb', 'серб'],
		uk: ['ukr', 'укр'],
		nl: ['niederl', 'ned', 'нидерл']
	}).flatMap(([language, abbreviations]) =>
		abbreviations.map((abbreviation): [string, string] => [foldWords(abbreviation), language])
	)
);

// A word may carry an ending after the stem of a language name: "englischen", "английском".
const MAX_INFLECTION = 4;

/** Reads the marker of a header; `stateLanguage` (canonical tag) adds the State's language names. */
export function takeLanguageMarker(header: string, stateLanguage: string | null): MarkedHeader {
	const known = markerLanguages(stateLanguage);
	const bracketed = takeBracketedMarker(header.trim(), known);
	let rest = bracketed.rest;
	let language = bracketed.language;

	// "term_en", "Term-EN", "Term EN": only the languages we expect, so "Sub-Art" stays whole.
	const suffix = /^(.*?[^\s_-])([_-]|\s+)([A-Za-z]{2,3}(?:[_-][A-Za-z]{4})?(?:[_-](?:[A-Za-z]{2}|\d{3}))?)$/.exec(rest);
	if (!language && suffix) {
		const before = suffix[1]!;
		const separator = suffix[2]!;
		const code = suffix[3]!;
		const tag = canonicalLanguageTag(code);
		// A bare code after a space must be written in capitals ("Term DE"), not be a word ("Source act").
		if (tag && known.codes.has(primaryLanguage(tag)) && (/[_-]/.test(separator) || code === code.toUpperCase())) {
			language = tag;
			rest = before;
		}
	}

	let words = foldWords(rest).split(' ').filter(Boolean);
	if (!language) {
		const index = words.findIndex((word) => wordLanguage(word, known) !== null);
		if (index >= 0) {
			language = wordLanguage(words[index]!, known);
			words = withoutMarkerWord(words, index);
		}
	}
	return { base: words.join(' '), language: language ? stateTag(language, stateLanguage) : null };
}

/** "(EN)", "[en]", "(in English)", "(original)": anywhere in the header. */
function takeBracketedMarker(
	header: string,
	known: MarkerLanguages
): { rest: string; language: TargetLanguage | null } {
	let language: TargetLanguage | null = null;
	let rest = header;
	for (const match of header.matchAll(/[([]([^()[\]]*)[)\]]/g)) {
		const found = languageOfMarkerText(match[1]!, known);
		if (!found) continue;
		if (!language || language === 'original') language = found;
		rest = rest.replace(match[0], ' ');
	}
	return { rest: rest.trim(), language };
}

interface MarkerLanguages {
	codes: Set<string>;
	stems: { language: string; stem: string }[];
}

const markerLanguagesCache = new Map<string, MarkerLanguages>();

function markerLanguages(stateLanguage: string | null): MarkerLanguages {
	const key = stateLanguage ?? '';
	const cached = markerLanguagesCache.get(key);
	if (cached) return cached;
	const languages: string[] = [...HEADER_LANGUAGES];
	if (stateLanguage) languages.unshift(stateLanguage, primaryLanguage(stateLanguage));
	const result: MarkerLanguages = {
		codes: new Set(languages.map(primaryLanguage)),
		stems: [...new Set(languages)].flatMap((language) =>
			languageNameStems(language).map((stem) => ({ language, stem }))
		)
	};
	markerLanguagesCache.set(key, result);
	return result;
}

/** The language of a bracketed marker: a code, or words made only of a language name and small words. */
function languageOfMarkerText(text: string, known: MarkerLanguages): TargetLanguage | null {
	const tag = canonicalLanguageTag(text);
	// Two-letter codes of any language; longer ones only when expected, so "(alt)" is not Southern Altai.
	if (tag && (primaryLanguage(tag).length === 2 || known.codes.has(primaryLanguage(tag)))) return tag;
	let language: TargetLanguage | null = null;
	for (const word of foldWords(text).split(' ').filter(Boolean)) {
		const found = wordLanguage(word, known) ?? BRACKETED_ABBREVIATIONS.get(word) ?? null;
		if (found) language = language && language !== 'original' ? language : found;
		else if (!MARKER_FILLER_WORDS.has(word)) return null;
	}
	return language;
}

function wordLanguage(word: string, known: MarkerLanguages): TargetLanguage | null {
	const matches = (stem: string) => word.startsWith(stem) && word.length - stem.length <= MAX_INFLECTION;
	if (ORIGINAL_MARKER_STEMS.some(matches)) return 'original';
	return known.stems.find(({ stem }) => matches(stem))?.language ?? null;
}

/** Drops the language word and the small words right around it ("in der englischen Fassung"). */
function withoutMarkerWord(words: string[], index: number): string[] {
	let start = index;
	let end = index + 1;
	while (start > 0 && MARKER_FILLER_WORDS.has(words[start - 1]!)) start--;
	while (end < words.length && MARKER_FILLER_WORDS.has(words[end]!)) end++;
	return [...words.slice(0, start), ...words.slice(end)];
}

/** "de" in a Swiss file whose State language is "de-CH" means "de-CH". */
function stateTag(language: TargetLanguage, stateLanguage: string | null): TargetLanguage {
	if (language === 'original' || !stateLanguage) return language;
	if (language === primaryLanguage(language) && language === primaryLanguage(stateLanguage)) return stateLanguage;
	return language;
}
