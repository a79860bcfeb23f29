// TBX picklist values ↔ the platform's vocabularies. TBX-Basic values map one to one; values from
// TBX 2008 and other dialects are mapped where the meaning is clear and reported where it is not.
import {
	ADMINISTRATIVE_STATUSES,
	PARTS_OF_SPEECH,
	TERM_TYPES,
	type AdministrativeStatus,
	type PartOfSpeech,
	type TermType
} from '../vocabulary';

/** A mapped value; `approximate` when the file said something close but not the same. */
export interface PicklistMatch<T> {
	value: T | null;
	approximate: boolean;
}

const ADMINISTRATIVE_STATUS_TO_TBX: Record<AdministrativeStatus, string> = {
	preferred: 'preferredTerm-admn-sts',
	admitted: 'admittedTerm-admn-sts',
	deprecated: 'deprecatedTerm-admn-sts',
	superseded: 'supersededTerm-admn-sts'
};

export function administrativeStatusToTbx(status: AdministrativeStatus): string {
	return ADMINISTRATIVE_STATUS_TO_TBX[status];
}

function exactly<T extends string>(values: readonly T[], raw: string): T | undefined {
	const wanted = raw.trim().toLowerCase();
	return values.find((value) => value.toLowerCase() === wanted);
}

const APPROXIMATE_ADMINISTRATIVE_STATUSES: Readonly<Record<string, AdministrativeStatus>> = {
	'standardizedterm-admn-sts': 'preferred',
	'normativelyrestrictedterm-admn-sts': 'admitted',
	'legalterm-admn-sts': 'preferred',
	'regulatedterm-admn-sts': 'preferred'
};

export function administrativeStatusFromTbx(raw: string): PicklistMatch<AdministrativeStatus> | undefined {
	const key = raw.trim().toLowerCase();
	const exact =
		ADMINISTRATIVE_STATUSES.find((status) => ADMINISTRATIVE_STATUS_TO_TBX[status].toLowerCase() === key) ??
		exactly(ADMINISTRATIVE_STATUSES, key);
	if (exact) return { value: exact, approximate: false };
	const approximate = APPROXIMATE_ADMINISTRATIVE_STATUSES[key];
	return approximate ? { value: approximate, approximate: true } : undefined;
}

/** TBX-Min usageStatus, used when a term has no administrativeStatus. */
const USAGE_STATUSES: Readonly<Record<string, AdministrativeStatus>> = {
	preferred: 'preferred',
	admitted: 'admitted',
	notrecommended: 'deprecated',
	deprecated: 'deprecated',
	obsolete: 'superseded',
	superseded: 'superseded'
};

export function usageStatusFromTbx(raw: string): AdministrativeStatus | undefined {
	return USAGE_STATUSES[raw.trim().toLowerCase()];
}

/**
 * TBX 2008 term types. `null` values say nothing about the form of the term ("synonym" only says
 * that it is another term for the concept, which its place as an additional term already shows).
 */
const OTHER_TERM_TYPES: Readonly<Record<string, PicklistMatch<TermType>>> = {
	synonym: { value: null, approximate: false },
	entryterm: { value: null, approximate: false },
	mainentryterm: { value: null, approximate: false },
	initialism: { value: 'acronym', approximate: true },
	clippedterm: { value: 'shortForm', approximate: true },
	shortcut: { value: 'shortForm', approximate: true },
	phraseologicalunit: { value: 'phrase', approximate: false },
	synonymousphrase: { value: 'phrase', approximate: true },
	transliteratedform: { value: 'variant', approximate: true },
	transcribedform: { value: 'variant', approximate: true },
	romanizedform: { value: 'variant', approximate: true }
};

export function termTypeFromTbx(raw: string): PicklistMatch<TermType> | undefined {
	const exact = exactly(TERM_TYPES, raw);
	if (exact) return { value: exact, approximate: false };
	return OTHER_TERM_TYPES[raw.trim().toLowerCase()];
}

/** Always a value: anything outside the list is 'other' (reported by the caller). */
export function partOfSpeechFromTbx(raw: string): PicklistMatch<PartOfSpeech> {
	const exact = exactly(PARTS_OF_SPEECH, raw);
	return exact ? { value: exact, approximate: false } : { value: 'other', approximate: true };
}

/** TBX-Basic's partOfSpeech picklist has no properNoun: the writer says 'noun' and notes the rest. */
export const TBX_BASIC_PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['noun', 'verb', 'adjective', 'adverb', 'other'];
