// The text of a revision as the proposal forms carry it, and back. Per OSCE language: the terms in
// one text area, one per line, each optionally followed in brackets by its administrative status,
// term type and part of speech in any order ("CII [admitted, acronym, noun]"; without a status the
// first term is preferred, the others admitted), then the definition and the note. A language left entirely empty is pending. The cited national entries
// come as ticked boxes and as typed entry numbers.
import type { ConceptLanguageText, ConceptText } from '../../domain/concept-text';
import type { FieldErrors } from '../../domain/errors';
import {
	ADMINISTRATIVE_STATUSES,
	OSCE_LANGUAGES,
	PARTS_OF_SPEECH,
	TERM_TYPES,
	type AdministrativeStatus,
	type PartOfSpeech,
	type TermType
} from '../../domain/vocabulary';

/** What a revision form holds, as the strings the fields show (`text.en.terms`, `rationale`, …). */
export type RevisionFormValues = Record<string, string>;

export interface RevisionFormInput {
	text: ConceptText;
	rationale: string | null;
	citedEntryIds: number[];
}

const TERM_WITH_STATUS = /^(.*?)\s*\[([^\]]*)\]\s*$/;

function defaultStatus(index: number): AdministrativeStatus {
	return index === 0 ? 'preferred' : 'admitted';
}

/** "short form", "Short-Form" and "shortForm" all name the term type shortForm. */
function vocabularyKey(word: string): string {
	return word.toLowerCase().replace(/[\s_-]+/g, '');
}

function lookup<T extends string>(values: readonly T[], word: string): T | null {
	return values.find((value) => vocabularyKey(value) === vocabularyKey(word)) ?? null;
}

/**
 * "CII [admitted, acronym, noun]" → the term, its status, term type and part of speech. A word in
 * the brackets that is none of these stays as the status, so that the form reports it by name.
 */
export function parseTermLines(lines: string): ConceptLanguageText['terms'] {
	return lines
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.map((line, index) => {
			const match = TERM_WITH_STATUS.exec(line);
			let status: string | null = null;
			let termType: TermType | null = null;
			let partOfSpeech: PartOfSpeech | null = null;
			let unknown: string | null = null;
			for (const word of (match?.[2] ?? '')
				.split(',')
				.map((part) => part.trim())
				.filter((part) => part !== '')) {
				const asStatus = lookup(ADMINISTRATIVE_STATUSES, word);
				const asType = lookup(TERM_TYPES, word);
				const asPartOfSpeech = lookup(PARTS_OF_SPEECH, word);
				if (asStatus) status = asStatus;
				else if (asType) termType = asType;
				else if (asPartOfSpeech) partOfSpeech = asPartOfSpeech;
				else unknown ??= word;
			}
			return {
				term: match ? match[1]!.trim() : line,
				administrativeStatus: (unknown ?? status ?? defaultStatus(index)) as AdministrativeStatus,
				termType,
				partOfSpeech
			};
		});
}

export function formatTermLines(terms: ConceptLanguageText['terms']): string {
	return terms
		.map((term, index) => {
			const qualifiers = [
				term.administrativeStatus === defaultStatus(index) ? null : term.administrativeStatus,
				term.termType,
				term.partOfSpeech
			].filter((qualifier) => qualifier !== null);
			return qualifiers.length === 0 ? term.term : `${term.term} [${qualifiers.join(', ')}]`;
		})
		.join('\n');
}

/** The form fields showing `text`, its rationale and its citations. */
export function revisionFormValues(
	text: ConceptText,
	rationale: string | null,
	citedEntryIds: readonly number[]
): RevisionFormValues {
	const values: RevisionFormValues = { rationale: rationale ?? '', cited: citedEntryIds.join(','), citedEntryIds: '' };
	for (const language of OSCE_LANGUAGES) {
		const given = text[language];
		values[`text.${language}.terms`] = given ? formatTermLines(given.terms) : '';
		values[`text.${language}.definition`] = given?.definition ?? '';
		values[`text.${language}.note`] = given?.note ?? '';
	}
	return values;
}

function field(data: FormData, name: string): string {
	const value = data.get(name);
	return typeof value === 'string' ? value : '';
}

/**
 * Reads a posted revision form. `values` echo what was typed (to show the form again); `problems`
 * are the fields that cannot be read at all (an entry number that is not a number).
 */
export function revisionFormFromRequest(data: FormData): {
	input: RevisionFormInput;
	values: RevisionFormValues;
	problems: FieldErrors;
} {
	const text: ConceptText = {};
	const values: RevisionFormValues = {};
	for (const language of OSCE_LANGUAGES) {
		const terms = field(data, `text.${language}.terms`);
		const definition = field(data, `text.${language}.definition`);
		const note = field(data, `text.${language}.note`);
		Object.assign(values, {
			[`text.${language}.terms`]: terms,
			[`text.${language}.definition`]: definition,
			[`text.${language}.note`]: note
		});
		// Empty languages are dropped by the server (pending); English is kept so that its absence is reported.
		text[language] = { terms: parseTermLines(terms), definition, note: note.trim() === '' ? null : note };
	}
	const rationale = field(data, 'rationale');
	const ticked = data
		.getAll('cited')
		.filter((value): value is string => typeof value === 'string' && /^\d+$/.test(value));
	const typed = field(data, 'citedEntryIds');
	const problems: FieldErrors = {};
	const typedIds: number[] = [];
	for (const token of typed.split(/[\s,;]+/).filter((part) => part !== '')) {
		const number = token.replace(/^#/, '');
		if (/^\d{1,15}$/.test(number)) typedIds.push(Number(number));
		else if (!problems.citedEntryIds)
			problems.citedEntryIds = `“${token}” is not an entry number. Give the numbers separated by commas, for example 12, 15.`;
	}
	Object.assign(values, { rationale, cited: ticked.join(','), citedEntryIds: typed });
	return {
		input: {
			text,
			rationale: rationale.trim() === '' ? null : rationale,
			citedEntryIds: [...new Set([...ticked.map(Number), ...typedIds])]
		},
		values,
		problems
	};
}
