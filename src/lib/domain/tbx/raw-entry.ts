// One TBX entry as read from the file, before it is mapped to the platform's model: the data the
// model can hold, sorted by level, plus what it cannot hold (as labels) and the problems met.
import type { ImportProblem } from '../import/types';

export interface RawText {
	text: string;
	line: number;
}

export interface RawDefinition extends RawText {
	/** The definition's own xml:lang, if any. */
	language: string | null;
	/** admin type="source" grouped with the definition in its descripGrp. */
	sources: string[];
}

export interface RawLink extends RawText {
	target: string;
}

export interface RawTermNote extends RawText {
	category: string;
	/** As written in the file, for messages ("termNote", "min:partOfSpeech"). */
	elementName: string;
}

export interface RawTermSection {
	line: number;
	terms: RawText[];
	termNotes: RawTermNote[];
	definitions: RawDefinition[];
	notes: RawText[];
}

export interface RawLanguageSection {
	line: number;
	/** The xml:lang attribute as written, or null when absent. */
	language: string | null;
	definitions: RawDefinition[];
	notes: RawText[];
	termSections: RawTermSection[];
}

export interface RawEntry {
	line: number;
	id: string | null;
	/** xml:lang on the entry element itself (unusual, but inherited by its sections). */
	language: string | null;
	definitions: RawDefinition[];
	notes: RawText[];
	sources: RawText[];
	links: RawLink[];
	languageSections: RawLanguageSection[];
	/** Labels of what the model cannot hold, for ImportSummary.notKept. */
	notKept: Set<string>;
	problems: ImportProblem[];
}

/** 'Entry "c12" (line 40)': how messages name an entry so that a terminologist finds it in the file. */
export function entryName(entry: Pick<RawEntry, 'id' | 'line'>): string {
	return entry.id ? `Entry "${entry.id}" (line ${entry.line})` : `The entry at line ${entry.line}`;
}

/**
 * Whitespace as pretty-printing tools leave it. A single line break followed by indentation is a
 * wrapped line and reads as a space; other line breaks are the author's and stay (without the
 * spaces around them); the ends are trimmed.
 */
export function cleanText(raw: string): string {
	return raw
		.replace(/[ \t]*((?:\r?\n[ \t]*)+)/g, (_run, breaks: string) => {
			const wrapped = breaks.indexOf('\n') === breaks.lastIndexOf('\n') && /[ \t]$/.test(breaks);
			return wrapped ? ' ' : breaks.replace(/[ \t]+/g, '');
		})
		.trim();
}

/** A term is one line: a line break inside it is pretty-printing, read as a space. */
export function cleanTerm(raw: string): string {
	return raw.replace(/\s*\n\s*/g, ' ').trim();
}
