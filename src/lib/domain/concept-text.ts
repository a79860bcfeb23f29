// The text of a concept (or of a proposal revision) in the OSCE languages: terms with their
// administrative status, a definition and a note per language. English is required; a language
// without a definition is shown as pending.
import type { AdministrativeStatus, OsceLanguage, PartOfSpeech, TermType } from './vocabulary';

export interface ConceptTerm {
	term: string;
	administrativeStatus: AdministrativeStatus;
	termType: TermType | null;
	partOfSpeech: PartOfSpeech | null;
}

export interface ConceptLanguageText {
	terms: ConceptTerm[];
	definition: string;
	note: string | null;
}

export type ConceptText = Partial<Record<OsceLanguage, ConceptLanguageText>>;

/** The preferred term of a language (the first preferred one, else the first one), if it has a text. */
export function preferredTerm(text: ConceptText, language: OsceLanguage = 'en'): string | null {
	const terms = text[language]?.terms ?? [];
	return (terms.find((term) => term.administrativeStatus === 'preferred') ?? terms[0])?.term ?? null;
}

/** Terms given as plain strings: the first is preferred, the others admitted. */
export function languageTextFromTerms(
	terms: readonly string[],
	definition: string,
	note: string | null = null
): ConceptLanguageText {
	return {
		terms: terms.map((term, index) => ({
			term,
			administrativeStatus: index === 0 ? 'preferred' : 'admitted',
			termType: null,
			partOfSpeech: null
		})),
		definition,
		note
	};
}
