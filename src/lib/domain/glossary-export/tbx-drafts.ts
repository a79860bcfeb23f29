// What readGlossaryTbx collects for one concept while its conceptEntry is open, and how each piece
// of data is filed at its level (concept, language section, term section) and finally checked.
// Whatever has no place in the glossary is reported, with its line, and left out.
import type { ConceptLanguageText, ConceptTerm, ConceptText } from '../concept-text';
import type { ConceptVersionStatus } from '../consensus/types';
import type { AdministrativeStatus, OsceLanguage, PartOfSpeech, TermType } from '../vocabulary';
import { administrativeStatusFromTbx, partOfSpeechFromTbx, termTypeFromTbx } from '../tbx/picklists';
import { readPartOfSpeechNote, readPlainNote } from '../tbx/provenance-notes';
import { readConceptNote } from './concept-notes';
import type { GlossaryConcept, GlossaryInterpretiveStatement } from './types';

export type Report = (line: number, message: string) => void;

/** One element that carries a value as text (term, termNote, descrip, admin, note, xref…). */
export interface Datum {
	element: string;
	type: string;
	target: string | null;
	text: string;
	line: number;
}

export interface TermDraft {
	line: number;
	term: string | null;
	administrativeStatus: AdministrativeStatus | null;
	termType: TermType | null;
	partOfSpeech: PartOfSpeech | null;
}

export interface LanguageDraft {
	line: number;
	language: OsceLanguage;
	definition: string | null;
	note: string | null;
	terms: ConceptTerm[];
}

export interface ConceptDraft {
	line: number;
	id: string | null;
	version: number | null;
	status: ConceptVersionStatus | null;
	adoptedAt: string | null;
	firstRelease: number | null;
	url: string | null;
	citeAs: string | null;
	text: ConceptText;
	/** Including sections left out for a missing definition or term, so a second one is not taken instead. */
	languagesSeen: Set<OsceLanguage>;
	interpretiveStatements: GlossaryInterpretiveStatement[];
}

export function newConceptDraft(id: string | null, line: number): ConceptDraft {
	return {
		line,
		id,
		version: null,
		status: null,
		adoptedAt: null,
		firstRelease: null,
		url: null,
		citeAs: null,
		text: {},
		languagesSeen: new Set(),
		interpretiveStatements: []
	};
}

export function newLanguageDraft(language: OsceLanguage, line: number): LanguageDraft {
	return { line, language, definition: null, note: null, terms: [] };
}

export function newTermDraft(line: number): TermDraft {
	return { line, term: null, administrativeStatus: null, termType: null, partOfSpeech: null };
}

function notRead(report: Report, datum: Datum, where: string): void {
	const what = datum.type ? `<${datum.element} type="${datum.type}">` : `<${datum.element}>`;
	report(datum.line, `${what} at line ${datum.line} has no place ${where} of the consensus glossary; it was not read.`);
}

/** True when the field is still empty; otherwise the second value is reported and left out. */
function firstOf(current: unknown, datum: Datum, what: string, report: Report): boolean {
	if (current === null) return true;
	report(datum.line, `A second ${what} at line ${datum.line} was not read; only the first is kept.`);
	return false;
}

export function fileConceptDatum(draft: ConceptDraft, datum: Datum, report: Report): void {
	if (datum.element === 'admin' && datum.type === 'source') {
		if (firstOf(draft.citeAs, datum, 'source (citation) of the concept', report)) draft.citeAs = datum.text;
		return;
	}
	if (datum.element === 'xref' && datum.type === 'externalCrossReference' && datum.target !== null) {
		if (firstOf(draft.url, datum, 'address of the concept', report)) draft.url = datum.target;
		return;
	}
	if (datum.element !== 'note') return notRead(report, datum, 'at the concept level');
	const note = readConceptNote(datum.text);
	if (!note) {
		report(
			datum.line,
			`The concept note at line ${datum.line} ("${shorten(datum.text)}") is not one the consensus glossary writes; it was not read.`
		);
		return;
	}
	switch (note.field) {
		case 'interpretiveStatement':
			draft.interpretiveStatements.push(note.value);
			return;
		case 'version':
			if (firstOf(draft.version, datum, 'concept version', report)) draft.version = note.value;
			return;
		case 'status':
			if (firstOf(draft.status, datum, 'concept status', report)) draft.status = note.value;
			return;
		case 'adoptedAt':
			if (firstOf(draft.adoptedAt, datum, 'adoption date', report)) draft.adoptedAt = note.value;
			return;
		case 'firstRelease':
			if (firstOf(draft.firstRelease, datum, 'first release', report)) draft.firstRelease = note.value;
			return;
		case 'url':
			if (firstOf(draft.url, datum, 'address of the concept', report)) draft.url = note.value;
			return;
	}
}

export function fileLanguageDatum(draft: LanguageDraft, datum: Datum, report: Report): void {
	if (datum.element === 'descrip' && datum.type === 'definition') {
		if (firstOf(draft.definition, datum, `definition in "${draft.language}"`, report)) draft.definition = datum.text;
	} else if (datum.element === 'note') {
		if (firstOf(draft.note, datum, `note in "${draft.language}"`, report)) draft.note = readPlainNote(datum.text);
	} else {
		notRead(report, datum, 'in a language section');
	}
}

export function fileTermDatum(draft: TermDraft, datum: Datum, report: Report): void {
	if (datum.element === 'term') {
		if (firstOf(draft.term, datum, 'term in one term section', report)) draft.term = datum.text;
		return;
	}
	if (datum.element === 'note') {
		const partOfSpeech = readPartOfSpeechNote(datum.text);
		if (partOfSpeech) draft.partOfSpeech = partOfSpeech;
		else notRead(report, datum, 'in a term section');
		return;
	}
	if (datum.element !== 'termNote') return notRead(report, datum, 'in a term section');
	const outsidePicklist = (what: string) =>
		report(datum.line, `The ${what} "${datum.text}" at line ${datum.line} is not one of TBX-Basic's; it was not read.`);
	if (datum.type === 'administrativeStatus') {
		const match = administrativeStatusFromTbx(datum.text);
		if (match && !match.approximate) draft.administrativeStatus = match.value;
		else outsidePicklist('administrative status');
	} else if (datum.type === 'termType') {
		const match = termTypeFromTbx(datum.text);
		if (match?.value && !match.approximate) draft.termType = match.value;
		else outsidePicklist('term type');
	} else if (datum.type === 'partOfSpeech') {
		const match = partOfSpeechFromTbx(datum.text);
		// The writer follows "noun" with a "CBM9 part of speech: properNoun" note, which then wins;
		// should a file give the note first, the termNote does not undo it.
		if (!match.approximate) draft.partOfSpeech ??= match.value;
		else outsidePicklist('part of speech');
	} else {
		notRead(report, datum, 'in a term section');
	}
}

export function finishTerm(draft: TermDraft, report: Report): ConceptTerm | null {
	if (draft.term === null || draft.term === '') {
		report(draft.line, `The term section at line ${draft.line} has no term; it was not read.`);
		return null;
	}
	if (draft.administrativeStatus === null) {
		report(
			draft.line,
			`The term "${draft.term}" at line ${draft.line} has no administrative status; it was read as admitted.`
		);
	}
	return {
		term: draft.term,
		administrativeStatus: draft.administrativeStatus ?? 'admitted',
		termType: draft.termType,
		partOfSpeech: draft.partOfSpeech
	};
}

export function finishLanguage(draft: LanguageDraft, report: Report): ConceptLanguageText | null {
	if (draft.definition === null || draft.terms.length === 0) {
		const missing = draft.definition === null ? 'definition' : 'term';
		report(
			draft.line,
			`The language section "${draft.language}" at line ${draft.line} has no ${missing}; an agreed text needs a definition and at least one term, so it was not read.`
		);
		return null;
	}
	return { terms: draft.terms, definition: draft.definition, note: draft.note };
}

export function finishConcept(draft: ConceptDraft, report: Report): GlossaryConcept | null {
	const name = conceptName(draft);
	const idMatch = /^c([1-9]\d*)$/.exec(draft.id ?? '');
	const { version, status, adoptedAt, citeAs, url } = draft;
	if (!idMatch || version === null || status === null || adoptedAt === null || citeAs === null || url === null) {
		const missing = [
			...(idMatch ? [] : ['an id of the form "c12"']),
			...(version === null ? ['its version'] : []),
			...(status === null ? ['its status'] : []),
			...(adoptedAt === null ? ['its adoption date'] : []),
			...(citeAs === null ? ['its citation'] : []),
			...(url === null ? ['its address'] : [])
		];
		report(draft.line, `${name} lacks ${missing.join(', ')}; it was not read.`);
		return null;
	}
	if (!draft.text.en) report(draft.line, `${name} has no English text, which every agreed concept has.`);
	return {
		conceptId: Number(idMatch[1]),
		version,
		status,
		adoptedAt,
		firstRelease: draft.firstRelease,
		url,
		citeAs,
		text: draft.text,
		interpretiveStatements: draft.interpretiveStatements
	};
}

/** 'The concept "c12" (line 40)': how messages name a concept so that it can be found in the file. */
export function conceptName(draft: Pick<ConceptDraft, 'id' | 'line'>): string {
	return draft.id ? `The concept "${draft.id}" (line ${draft.line})` : `The concept at line ${draft.line}`;
}

function shorten(text: string): string {
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
