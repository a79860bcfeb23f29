// Languages as spreadsheets name them: BCP 47 tags ("de", "sr-Latn") and language names in the
// languages ministries write their headers in ("English", "anglais", "Englisch", "английский").
// Names come from Intl.DisplayNames, so any State's language is covered without a hand-made table.
import { foldWords } from './words';

/** Languages whose names are recognised in headers even when the State's language is another one. */
export const HEADER_LANGUAGES = ['en', 'fr', 'de', 'it', 'ru', 'es', 'pl', 'sr', 'uk', 'nl'] as const;

/** The languages in which a language's name is looked for: the six OSCE languages and common others. */
const NAME_LOCALES = ['en', 'fr', 'de', 'it', 'ru', 'es', 'pl', 'sr', 'sr-Latn', 'uk', 'nl'];

// Tags that are valid BCP 47 but name no language a text can be in.
const NOT_A_LANGUAGE = new Set(['und', 'zxx', 'mul', 'mis']);

const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

// Every row asks about its language again; the answers are few, so keep them (within reason).
const canonicalCache = new Map<string, string | null>();
const MAX_CACHED_TAGS = 1000;

/** The canonical form of a BCP 47 tag ("EN-gb" → "en-GB"), or null when it names no known language. */
export function canonicalLanguageTag(value: string): string | null {
	const cached = canonicalCache.get(value);
	if (cached !== undefined) return cached;
	const canonical = computeCanonicalTag(value);
	if (canonicalCache.size < MAX_CACHED_TAGS) canonicalCache.set(value, canonical);
	return canonical;
}

function computeCanonicalTag(value: string): string | null {
	const trimmed = value.trim().replace(/_/g, '-');
	if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(trimmed)) return null;
	let canonical: string | undefined;
	try {
		[canonical] = Intl.getCanonicalLocales(trimmed);
	} catch {
		return null;
	}
	if (!canonical) return null;
	const primary = canonical.split('-')[0]!;
	if (NOT_A_LANGUAGE.has(primary) || !englishNames.of(primary)) return null;
	return canonical;
}

/** "de" → "German", "sr-Latn" → "Serbian (Latin)"; the tag itself when no name is known. */
export function languageName(tag: string): string {
	try {
		return englishNames.of(tag) ?? tag;
	} catch {
		return tag;
	}
}

const namesCache = new Map<string, string[]>();

/** The folded names of a language in the name locales and in the language itself. */
export function foldedLanguageNames(tag: string): string[] {
	const cached = namesCache.get(tag);
	if (cached) return cached;
	const names = new Set<string>();
	for (const locale of [...NAME_LOCALES, tag]) {
		try {
			const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(tag);
			if (name) names.add(foldWords(name));
		} catch {
			// A tag the platform cannot name in this locale: the other locales still count.
		}
	}
	const result = [...names].filter(Boolean);
	namesCache.set(tag, result);
	return result;
}

/**
 * The beginnings of a language's names that headers inflect: "английск" finds "на английском",
 * "angielsk" finds "w języku angielskim", "ingles" finds both "inglés" and "inglese".
 */
export function languageNameStems(tag: string): string[] {
	return foldedLanguageNames(tag)
		.filter((name) => !name.includes(' '))
		.map((name) => {
			let stem = name;
			while (stem.length > 4 && /[aeiouyаеиоуыэюяіїєйь]$/.test(stem)) stem = stem.slice(0, -1);
			return stem;
		});
}

/**
 * The language a cell or header word names: a tag ("de", "DE", "sr_Latn") or a name in one of the
 * name locales ("German", "Deutsch", "allemand"). `extraLanguages` adds the State's own language.
 */
export function languageFromText(value: string, extraLanguages: readonly string[] = []): string | null {
	const tag = canonicalLanguageTag(value);
	if (tag) return tag;
	const folded = foldWords(value);
	if (!folded) return null;
	for (const candidate of [...extraLanguages, ...HEADER_LANGUAGES]) {
		if (foldedLanguageNames(candidate).includes(folded)) return candidate;
	}
	return null;
}
