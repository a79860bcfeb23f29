// Human names of BCP 47 tags for labels, e.g. "sr-Latn" → "Serbian (Latin)", in the interface
// language ("serbe (latin)" in French).
const cache = new Map<string, Intl.DisplayNames>();

export function languageName(tag: string, inLanguage = 'en'): string {
	let names = cache.get(inLanguage);
	if (!names) {
		names = new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' });
		cache.set(inLanguage, names);
	}
	try {
		return names.of(tag) ?? tag;
	} catch {
		return tag;
	}
}
