// Further terms of a language version, in one cell: "CSIRT [acronym, preferred] | CERT".
// Terms are separated by "|" or, when the cell has no "|", by ";". A trailing bracket made only of
// term types, parts of speech and administrative statuses qualifies the term; any other bracket
// ("data [computing]") belongs to the term.
import type { AdditionalTerm } from '../national-entry';
import { ADMINISTRATIVE_STATUS_LABELS, TERM_TYPE_LABELS } from '../vocabulary';
import { PART_OF_SPEECH_LABELS, readAdministrativeStatus, readPartOfSpeech, readTermType } from './vocabulary-cells';

export const ADDITIONAL_TERM_SEPARATOR = ' | ';

export function readAdditionalTerms(cell: string): AdditionalTerm[] {
	const separator = cell.includes('|') ? '|' : ';';
	return cell
		.split(separator)
		.map((part) => part.trim())
		.filter(Boolean)
		.map(readAdditionalTerm);
}

function readAdditionalTerm(text: string): AdditionalTerm {
	const term: AdditionalTerm = { term: text, termType: null, partOfSpeech: null, administrativeStatus: null };
	const qualified = /^(.*\S)\s*\[([^[\]]+)\]$/.exec(text);
	if (!qualified) return term;
	const qualifiers = qualified[2]!.split(',').map((word) => word.trim());
	const read: AdditionalTerm = { ...term, term: qualified[1]! };
	for (const word of qualifiers) {
		const termType = readTermType(word);
		const partOfSpeech = readPartOfSpeech(word);
		const administrativeStatus = readAdministrativeStatus(word);
		if (termType && !read.termType) read.termType = termType;
		else if (partOfSpeech && !read.partOfSpeech) read.partOfSpeech = partOfSpeech;
		else if (administrativeStatus && !read.administrativeStatus) read.administrativeStatus = administrativeStatus;
		else return term;
	}
	return read;
}

export function writeAdditionalTerms(terms: readonly AdditionalTerm[]): string {
	return terms.map(writeAdditionalTerm).join(ADDITIONAL_TERM_SEPARATOR);
}

function writeAdditionalTerm(term: AdditionalTerm): string {
	const qualifiers = [
		term.termType && TERM_TYPE_LABELS[term.termType],
		term.partOfSpeech && PART_OF_SPEECH_LABELS[term.partOfSpeech],
		term.administrativeStatus && ADMINISTRATIVE_STATUS_LABELS[term.administrativeStatus]
	].filter((label): label is string => Boolean(label));
	return qualifiers.length > 0
		? `${term.term} [${qualifiers.map((label) => label.toLowerCase()).join(', ')}]`
		: term.term;
}
