// Checks a national entry as an editor enters it, with messages a terminologist understands.
// Field keys follow the entry form: "original.term", "en.definition", "other.0.language", "sourceUrl" …
import type { FieldErrors } from './errors';
import { primaryLanguage, type EntryContent, type LanguageVersion } from './national-entry';

/** The canonical form of a BCP 47 tag ("EN-gb" → "en-GB"), or null when it is not a valid tag. */
export function canonicalLanguageTag(tag: string): string | null {
	const trimmed = tag.trim();
	if (!trimmed) return null;
	try {
		const [canonical] = Intl.getCanonicalLocales(trimmed);
		return canonical ?? null;
	} catch {
		return null;
	}
}

export function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function isHttpUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

/** The form key of a language version: "original", "en", or "other.N" (N counts the others). */
export function languageVersionKeys(versions: readonly LanguageVersion[]): string[] {
	let others = 0;
	return versions.map((version) => {
		if (version.isOriginal) return 'original';
		if (version.language === 'en') return 'en';
		return `other.${others++}`;
	});
}

export function validateEntryContent(content: EntryContent): FieldErrors {
	const errors: FieldErrors = {};
	const originals = content.languageVersions.filter((version) => version.isOriginal);
	if (originals.length === 0) errors['original.term'] = 'Enter the term in the original language.';
	if (originals.length > 1) errors['original.language'] = 'An entry has one original language version.';

	const keys = languageVersionKeys(content.languageVersions);
	const originalIsEnglish = originals.some((version) => primaryLanguage(version.language) === 'en');
	const seen = new Map<string, string>();
	content.languageVersions.forEach((version, index) => {
		const key = keys[index]!;
		const tag = canonicalLanguageTag(version.language);
		if (!tag) {
			errors[`${key}.language`] = version.language.trim()
				? `"${version.language.trim()}" is not a language tag; use a BCP 47 tag such as "de", "sr-Latn" or "fr-CH".`
				: 'Choose the language of this text.';
		} else if (!version.isOriginal && originalIsEnglish && primaryLanguage(tag) === 'en') {
			errors[`${key}.language`] = 'The original text is already in English; leave the English version empty.';
		} else if (seen.has(tag.toLowerCase())) {
			errors[`${key}.language`] = `The entry already has a ${tag} version.`;
		} else {
			seen.set(tag.toLowerCase(), key);
		}
		if (!version.term.trim()) {
			errors[`${key}.term`] = version.isOriginal
				? 'Enter the term in the original language.'
				: 'Enter the term of this language version.';
		}
		if (version.isOriginal && !version.definition?.trim()) {
			errors[`${key}.definition`] = 'Enter the definition in the original language.';
		}
		if (version.isOriginal && version.textStatus !== 'authentic') {
			errors[`${key}.textStatus`] = 'The original text is the authentic text.';
		}
	});

	if (content.sourceDate && !isIsoDate(content.sourceDate)) {
		errors.sourceDate = `"${content.sourceDate}" is not a date; write it as YYYY-MM-DD, e.g. 2019-06-07.`;
	}
	if (content.sourceUrl && !isHttpUrl(content.sourceUrl)) {
		errors.sourceUrl = 'The link must be a web address starting with http:// or https://.';
	}
	return errors;
}

/** Folds a term for duplicate detection: case, accents and spacing do not make two terms different. */
export function termKey(term: string): string {
	return term.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
}

/** Groups of entries (by id) whose original terms are the same once folded. */
export function findDuplicateTerms<T extends { id: number; term: string }>(entries: readonly T[]): T[][] {
	const groups = new Map<string, T[]>();
	for (const entry of entries) {
		const key = termKey(entry.term);
		groups.set(key, [...(groups.get(key) ?? []), entry]);
	}
	return [...groups.values()].filter((group) => group.length > 1);
}

/** Optional source fields left empty, to encourage completing them. */
export function missingSourceFields(content: EntryContent): string[] {
	const missing: string[] = [];
	if (!content.sourceAct) missing.push('act');
	if (!content.sourceArticle) missing.push('article');
	if (!content.sourceDate) missing.push('date');
	if (!content.sourceUrl) missing.push('link');
	return missing;
}
