// Locale handling shared by the comparison modules: every function takes a BCP 47 tag as stored
// with the text ("fr", "sr-Latn", "de-CH") and must never throw on an odd or invalid tag.
import { primaryLanguage } from '../national-entry';

export { primaryLanguage };

const wordSegmenters = new Map<string, Intl.Segmenter>();

/** A cached word segmenter for the locale; an invalid tag falls back to the default locale. */
export function wordSegmenter(locale: string): Intl.Segmenter {
	const cached = wordSegmenters.get(locale);
	if (cached) return cached;
	let segmenter: Intl.Segmenter;
	try {
		segmenter = new Intl.Segmenter(locale || undefined, { granularity: 'word' });
	} catch {
		segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
	}
	wordSegmenters.set(locale, segmenter);
	return segmenter;
}

/** Lower case with the locale's rules (Turkish dotless i, Greek final sigma), tolerating bad tags. */
export function lowerCaseFor(text: string, locale: string): string {
	try {
		return text.toLocaleLowerCase(locale || undefined);
	} catch {
		return text.toLowerCase();
	}
}
