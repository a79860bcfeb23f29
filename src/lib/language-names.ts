// Human names of BCP 47 tags for labels, e.g. "sr-Latn" → "Serbian (Latin)".
const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

export function languageName(tag: string): string {
	try {
		return english.of(tag) ?? tag;
	} catch {
		return tag;
	}
}
