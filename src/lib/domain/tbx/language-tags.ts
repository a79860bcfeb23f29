// Language tags as real TBX files write them, turned into canonical BCP 47 ("EN-US" → "en-US").
// Term-bank exports carry country codes or home-made codes where a language code belongs
// ("dk" for Danish, "sf" for Finnish); those are repaired and reported, never guessed silently.

/** Codes that are not ISO 639-1 language codes but are used for one in real files. */
const LEGACY_LANGUAGE_CODES: Readonly<Record<string, string>> = {
	dk: 'da', // Denmark → Danish
	sf: 'fi', // Suomi-Finland → Finnish
	jp: 'ja', // Japan → Japanese
	cz: 'cs', // Czechia → Czech
	gr: 'el', // Greece → Greek
	ua: 'uk', // Ukraine → Ukrainian
	cn: 'zh' // China → Chinese
};

export type LanguageTagResult =
	{ ok: true; tag: string; repairedFrom?: string; unknownLanguage?: boolean } | { ok: false };

let languageNames: Intl.DisplayNames | undefined;

function isKnownLanguage(tag: string): boolean {
	languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
	return languageNames.of(tag.split('-')[0]!) !== undefined;
}

// Files repeat a handful of tags thousands of times; Intl is slow enough to be worth a small cache.
const CACHE_LIMIT = 512;
const cache = new Map<string, LanguageTagResult>();

/**
 * Canonical BCP 47 form of a tag. `repairedFrom` is set when the tag meant something only after a
 * repair (a legacy code, an underscore, a deprecated code); case changes alone are not repairs.
 */
export function normaliseLanguageTag(raw: string): LanguageTagResult {
	let result = cache.get(raw);
	if (!result) {
		if (cache.size >= CACHE_LIMIT) cache.clear();
		result = normaliseUncached(raw);
		cache.set(raw, result);
	}
	return result;
}

function normaliseUncached(raw: string): LanguageTagResult {
	const trimmed = raw.trim();
	const [primary = '', ...rest] = trimmed.replaceAll('_', '-').split('-');
	const replacement = LEGACY_LANGUAGE_CODES[primary.toLowerCase()];
	const candidate = [replacement ?? primary, ...rest].join('-');
	let tag: string;
	try {
		const canonical = Intl.getCanonicalLocales(candidate)[0];
		if (!canonical) return { ok: false };
		tag = canonical;
	} catch {
		return { ok: false };
	}
	const repaired = tag.toLowerCase() !== trimmed.toLowerCase();
	return {
		ok: true,
		tag,
		...(repaired ? { repairedFrom: raw } : {}),
		...(isKnownLanguage(tag) ? {} : { unknownLanguage: true })
	};
}

/** Same tag, ignoring case. */
export function sameLanguageTag(a: string, b: string): boolean {
	return a.toLowerCase() === b.toLowerCase();
}

/** Same primary language ("de" and "de-DE"), for when no exact match exists. */
function samePrimaryLanguage(a: string, b: string): boolean {
	return a.split('-')[0]!.toLowerCase() === b.split('-')[0]!.toLowerCase();
}

/** Index of the tag in `tags` that best matches `wanted`: exact first, then same primary language. */
export function findMatchingLanguage(tags: readonly string[], wanted: string): number {
	const exact = tags.findIndex((tag) => sameLanguageTag(tag, wanted));
	return exact >= 0 ? exact : tags.findIndex((tag) => samePrimaryLanguage(tag, wanted));
}
