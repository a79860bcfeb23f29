// The full text of a proposal revision: read back from proposal_text and proposal_term, and, for
// input, tidied the way a form sends it (blank term rows and untouched languages dropped) and
// checked for values the database would refuse. Whether the text is complete enough is the rule
// of the consensus module (checkRevisionText); here we only say which form field it concerns.
import type { Db } from '../db/connection';
import type { ConceptLanguageText, ConceptText } from '../../domain/concept-text';
import type { FieldErrors } from '../../domain/errors';
import {
	ADMINISTRATIVE_STATUSES,
	OSCE_LANGUAGES,
	PARTS_OF_SPEECH,
	TERM_TYPES,
	type OsceLanguage
} from '../../domain/vocabulary';

export async function readRevisionText(db: Db, revisionId: number): Promise<ConceptText> {
	const [texts, terms] = await Promise.all([
		db
			.selectFrom('proposalText')
			.select(['language', 'definition', 'note'])
			.where('revisionId', '=', revisionId)
			.execute(),
		db.selectFrom('proposalTerm').selectAll().where('revisionId', '=', revisionId).orderBy('position').execute()
	]);
	const result: ConceptText = {};
	for (const language of OSCE_LANGUAGES) {
		const text = texts.find((row) => row.language === language);
		if (!text) continue;
		result[language] = {
			definition: text.definition,
			note: text.note,
			terms: terms
				.filter((term) => term.language === language)
				.map((term) => ({
					term: term.term,
					administrativeStatus: term.administrativeStatus,
					termType: term.termType,
					partOfSpeech: term.partOfSpeech
				}))
		};
	}
	return result;
}

const tidy = (value: string): string => value.trim().normalize('NFC');

function tidyLanguage(text: ConceptLanguageText): ConceptLanguageText {
	const note = text.note === null ? '' : tidy(text.note);
	return {
		terms: text.terms.filter((term) => term.term.trim() !== '').map((term) => ({ ...term, term: tidy(term.term) })),
		definition: tidy(text.definition),
		note: note === '' ? null : note
	};
}

/**
 * Trimmed texts in Unicode NFC, without blank term rows. A language left entirely empty is left out,
 * which the rules read as "pending"; English is always kept, so that its absence is reported.
 */
export function normaliseConceptText(text: ConceptText): ConceptText {
	const result: ConceptText = {};
	for (const language of OSCE_LANGUAGES) {
		const given = text[language];
		if (!given) continue;
		const tidied = tidyLanguage(given);
		const untouched = tidied.terms.length === 0 && tidied.definition === '' && tidied.note === null;
		if (untouched && language !== 'en') continue;
		result[language] = tidied;
	}
	return result;
}

/** Values outside the controlled vocabularies, by field (`text.fr.terms`). */
export function vocabularyProblems(text: ConceptText): FieldErrors {
	const errors: FieldErrors = {};
	for (const language of OSCE_LANGUAGES) {
		for (const term of text[language]?.terms ?? []) {
			const problem = !(ADMINISTRATIVE_STATUSES as readonly string[]).includes(term.administrativeStatus)
				? `"${term.administrativeStatus}" is not an administrative status (${ADMINISTRATIVE_STATUSES.join(', ')}), a term type (${TERM_TYPES.join(', ')}) or a part of speech (${PARTS_OF_SPEECH.join(', ')}).`
				: term.termType !== null && !(TERM_TYPES as readonly string[]).includes(term.termType)
					? `"${term.termType}" is not a term type.`
					: term.partOfSpeech !== null && !(PARTS_OF_SPEECH as readonly string[]).includes(term.partOfSpeech)
						? `"${term.partOfSpeech}" is not a part of speech.`
						: null;
			if (problem && !errors[`text.${language}.terms`]) errors[`text.${language}.terms`] = problem;
		}
	}
	return errors;
}

function incompletePart(text: ConceptLanguageText | undefined): 'definition' | 'terms' | null {
	if (!text || text.definition.trim() === '') return 'definition';
	if (text.terms.length === 0 || text.terms.some((term) => term.term.trim() === '')) return 'terms';
	return null;
}

/**
 * The form field a refusal of checkRevisionText concerns: English first (it is required), then the
 * first other language given incompletely, in the order the rules check them.
 */
export function incompleteTextField(text: ConceptText): string {
	const english = incompletePart(text.en);
	if (english) return `text.en.${english}`;
	for (const language of OSCE_LANGUAGES) {
		const part = text[language] ? incompletePart(text[language]) : null;
		if (part) return `text.${language}.${part}`;
	}
	return 'text.en.definition';
}

/** The preferred term of a language (the first preferred one, else the first one). */
export function preferredTerm(text: ConceptText, language: OsceLanguage = 'en'): string | null {
	const terms = text[language]?.terms ?? [];
	return (terms.find((term) => term.administrativeStatus === 'preferred') ?? terms[0])?.term ?? null;
}
