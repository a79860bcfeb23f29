// The text of a concept version in the API's shape: every OSCE language present as a key, null where
// the translation is still pending, so a client never has to guess whether a language was left out.
import type { ConceptText } from '../../domain/concept-text';
import {
	OSCE_LANGUAGES,
	type AdministrativeStatus,
	type OsceLanguage,
	type PartOfSpeech,
	type TermType
} from '../../domain/vocabulary';

export interface ApiConceptTerm {
	term: string;
	administrativeStatus: AdministrativeStatus;
	termType: TermType | null;
	partOfSpeech: PartOfSpeech | null;
}

export interface ApiLanguageText {
	terms: ApiConceptTerm[];
	definition: string;
	note: string | null;
}

export type ApiConceptTexts = Record<OsceLanguage, ApiLanguageText | null>;

export function toApiTexts(text: ConceptText): ApiConceptTexts {
	const texts = {} as ApiConceptTexts;
	for (const language of OSCE_LANGUAGES) {
		const languageText = text[language];
		texts[language] = languageText
			? {
					terms: languageText.terms.map((term) => ({
						term: term.term,
						administrativeStatus: term.administrativeStatus,
						termType: term.termType,
						partOfSpeech: term.partOfSpeech
					})),
					definition: languageText.definition,
					note: languageText.note
				}
			: null;
	}
	return texts;
}
