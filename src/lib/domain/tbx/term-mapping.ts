// One term section → a term with its term type, part of speech and administrative status, as the
// platform's vocabularies hold them; values outside them are mapped where the meaning is clear
// and reported where it is not.
import type { AdditionalTerm } from '../national-entry';
import type { AdministrativeStatus, PartOfSpeech, TermType } from '../vocabulary';
import type { EntryReport } from './entry-report';
import { administrativeStatusFromTbx, partOfSpeechFromTbx, termTypeFromTbx, usageStatusFromTbx } from './picklists';
import { readPartOfSpeechNote } from './provenance-notes';
import { cleanTerm, type RawTermSection, type RawText } from './raw-entry';

export function mapTerm(section: RawTermSection, report: EntryReport): AdditionalTerm | null {
	const [first, ...others] = section.terms;
	if (!first) {
		report.error(`${report.name}: the term section at line ${section.line} has no term.`, section.line);
		return null;
	}
	if (others.length > 0) {
		report.warning(
			`${report.name}: the term section at line ${section.line} has more than one term; only the first ("${first.text}") was imported.`,
			section.line
		);
		report.notKept('further terms in one term section');
	}
	const text = cleanTerm(first.text);
	// An empty <term/> is how some tools mark a translation still to be done: nothing to import.
	if (!text) {
		report.warning(
			`${report.name}: the term at line ${first.line} is empty; its term section was not imported.`,
			first.line
		);
		return null;
	}
	const term: AdditionalTerm = { term: text, termType: null, partOfSpeech: null, administrativeStatus: null };
	let usageStatus: AdministrativeStatus | null = null;
	for (const note of section.termNotes) {
		if (note.category === 'administrativeStatus') term.administrativeStatus ??= administrativeStatus(note, report);
		else if (note.category === 'termType') term.termType ??= termType(note, report);
		else if (note.category === 'partOfSpeech') term.partOfSpeech ??= partOfSpeech(note, report);
		else if (note.category === 'usageStatus') usageStatus ??= usageStatusFromTbx(note.text) ?? null;
		else report.notKept(note.category || `<${note.elementName}>`);
	}
	term.administrativeStatus ??= usageStatus;
	for (const note of section.notes) {
		// The writer's way of carrying a part of speech TBX-Basic's picklist lacks.
		const noted = readPartOfSpeechNote(note.text);
		if (noted) term.partOfSpeech = noted;
		else report.notKept('note (term section level)');
	}
	return term;
}

function administrativeStatus(note: RawText, report: EntryReport): AdministrativeStatus | null {
	const match = administrativeStatusFromTbx(note.text);
	if (!match) {
		report.warning(
			`${report.name}: the administrative status "${note.text}" at line ${note.line} is not one of preferred, admitted, deprecated or superseded; it was not imported.`,
			note.line
		);
		return null;
	}
	if (match.approximate)
		report.warning(
			`${report.name}: the administrative status "${note.text}" at line ${note.line} was imported as "${match.value}".`,
			note.line
		);
	return match.value;
}

function termType(note: RawText, report: EntryReport): TermType | null {
	const match = termTypeFromTbx(note.text);
	if (!match) {
		report.warnOnce(
			`termType:${note.text}`,
			`The term type "${note.text}" (first at line ${note.line}) is not one of full form, acronym, abbreviation, short form, variant or phrase; such term types were not imported.`,
			note.line
		);
		return null;
	}
	if (match.approximate)
		report.warnOnce(
			`termType:${note.text}`,
			`The term type "${note.text}" (first at line ${note.line}) was imported as "${match.value}".`,
			note.line
		);
	return match.value;
}

function partOfSpeech(note: RawText, report: EntryReport): PartOfSpeech {
	const match = partOfSpeechFromTbx(note.text);
	if (match.approximate) {
		report.warning(
			`${report.name}: the part of speech "${note.text}" at line ${note.line} is not one of noun, verb, adjective, adverb or proper noun; it was imported as "other".`,
			note.line
		);
	}
	return match.value ?? 'other';
}
