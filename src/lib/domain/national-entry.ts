// A national entry as its State gives it: one or more language versions (exactly one original),
// its source and notes. CBM 9 expects an English version; without an English term and definition
// the entry is accepted but counts as "translation pending".
import type { AdministrativeStatus, PartOfSpeech, TermType, TextStatus } from './vocabulary';

export interface AdditionalTerm {
	term: string;
	termType: TermType | null;
	partOfSpeech: PartOfSpeech | null;
	administrativeStatus: AdministrativeStatus | null;
}

export interface LanguageVersion {
	language: string;
	isOriginal: boolean;
	textStatus: TextStatus;
	term: string;
	termType: TermType | null;
	partOfSpeech: PartOfSpeech | null;
	administrativeStatus: AdministrativeStatus | null;
	definition: string | null;
	definitionSource: string | null;
	note: string | null;
	additionalTerms: AdditionalTerm[];
}

export interface EntryContent {
	languageVersions: LanguageVersion[];
	sourceAct: string | null;
	sourceArticle: string | null;
	sourceDate: string | null;
	sourceUrl: string | null;
	note: string | null;
}

export function originalVersion<T extends Pick<LanguageVersion, 'isOriginal'>>(versions: readonly T[]): T | undefined {
	return versions.find((version) => version.isOriginal);
}

/** The English version: the original itself when that is in English. */
export function englishVersion<T extends Pick<LanguageVersion, 'language'>>(versions: readonly T[]): T | undefined {
	return versions.find((version) => primaryLanguage(version.language) === 'en');
}

/** The English text shown beside the original: none when the original is itself English. */
export function englishBesideOriginal<T extends Pick<LanguageVersion, 'language' | 'isOriginal'>>(
	versions: readonly T[]
): T | undefined {
	const original = originalVersion(versions);
	return original && primaryLanguage(original.language) === 'en' ? undefined : englishVersion(versions);
}

export interface OriginalWithEnglish {
	language: string;
	term: string;
	definition: string | null;
	/** Null when the original is English or the State gave no English version. */
	englishTerm: string | null;
	englishDefinition: string | null;
}

/** The original term and definition, and the English ones shown beside them. */
export function originalWithEnglish(
	versions: readonly Pick<LanguageVersion, 'language' | 'isOriginal' | 'term' | 'definition'>[]
): OriginalWithEnglish {
	const original = originalVersion(versions);
	const english = englishBesideOriginal(versions);
	return {
		language: original?.language ?? '',
		term: original?.term ?? '',
		definition: original?.definition ?? null,
		englishTerm: english?.term ?? null,
		englishDefinition: english?.definition ?? null
	};
}

/** Entries of several lists in the order readers look for them: by State name (in `locale`), latest cycle first. */
export function byStateThenLatestCycle(locale = 'en') {
	return (a: { stateName: string; cycleYear: number }, b: { stateName: string; cycleYear: number }): number =>
		a.stateName.localeCompare(b.stateName, locale) || b.cycleYear - a.cycleYear;
}

/** "sr-Latn" → "sr". */
export function primaryLanguage(tag: string): string {
	return tag.split('-')[0]!.toLowerCase();
}

/** True when the entry lacks the English term or definition that CBM 9 asks for. */
export function isTranslationPending(
	versions: readonly Pick<LanguageVersion, 'language' | 'term' | 'definition'>[]
): boolean {
	const english = englishVersion(versions);
	return !english || !english.term.trim() || !english.definition?.trim();
}

export function languageVersion(
	partial: Partial<LanguageVersion> & Pick<LanguageVersion, 'language' | 'term'>
): LanguageVersion {
	return {
		isOriginal: false,
		textStatus: 'authentic',
		termType: null,
		partOfSpeech: null,
		administrativeStatus: null,
		definition: null,
		definitionSource: null,
		note: null,
		additionalTerms: [],
		...partial
	};
}
