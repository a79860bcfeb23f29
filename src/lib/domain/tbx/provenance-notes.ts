// The platform's facts that TBX-Basic has no data category for travel in <note> elements that
// start with a fixed prefix, so that any TBX tool shows them as readable notes and our importer
// turns them back into fields. The writer documents the whole encoding; this module is the one
// place where the prefixes are spelled.
import { PARTS_OF_SPEECH, TEXT_STATUSES, type PartOfSpeech, type TextStatus } from '../vocabulary';

const PREFIX = 'CBM9 ';

/** Entry-level source fields without a TBX-Basic home (the act goes to admin source, an http(s) link to xref). */
export type EntrySourceField = 'sourceArticle' | 'sourceDate' | 'sourceUrl';

const ENTRY_SOURCE_LABELS: Record<EntrySourceField, string> = {
	sourceArticle: 'source article',
	sourceDate: 'source date',
	sourceUrl: 'source URL'
};

const TEXT_STATUS_LABEL = 'text status';
const ORIGINAL_MARK = ' (original language version)';
const DEFINITION_SOURCE_LABEL = 'definition source';
const PART_OF_SPEECH_LABEL = 'part of speech';
const NOTE_LABEL = 'note';

function note(label: string, value: string): string {
	return `${PREFIX}${label}: ${value}`;
}

function valueAfter(label: string, text: string): string | undefined {
	const head = `${PREFIX}${label}: `;
	return text.startsWith(head) ? text.slice(head.length) : undefined;
}

/** True for any note in the platform's encoding, including labels this version does not know. */
function looksLikeProvenanceNote(text: string): boolean {
	return /^CBM9 [a-zA-Z ]+: /.test(text);
}

/**
 * A State's own note is written as it is, unless it happens to start like a provenance note: then
 * it is wrapped ("CBM9 note: …") so that it cannot be mistaken for one when read back.
 */
export function plainNote(text: string): string {
	// The importer trims text before it looks for the prefix, so the check does too.
	return looksLikeProvenanceNote(text.trim()) ? note(NOTE_LABEL, text) : text;
}

/** The State's note as `plainNote` received it. */
export function readPlainNote(text: string): string {
	return valueAfter(NOTE_LABEL, text) ?? text;
}

export function entrySourceNote(field: EntrySourceField, value: string): string {
	return note(ENTRY_SOURCE_LABELS[field], value);
}

export function readEntrySourceNote(text: string): { field: EntrySourceField; value: string } | undefined {
	for (const [field, label] of Object.entries(ENTRY_SOURCE_LABELS) as [EntrySourceField, string][]) {
		const value = valueAfter(label, text);
		if (value !== undefined) return { field, value };
	}
	return undefined;
}

export function textStatusNote(textStatus: TextStatus, isOriginal: boolean): string {
	return note(TEXT_STATUS_LABEL, isOriginal ? `${textStatus}${ORIGINAL_MARK}` : textStatus);
}

export function readTextStatusNote(text: string): { textStatus: TextStatus; isOriginal: boolean } | undefined {
	const value = valueAfter(TEXT_STATUS_LABEL, text);
	if (value === undefined) return undefined;
	const isOriginal = value.endsWith(ORIGINAL_MARK);
	const status = isOriginal ? value.slice(0, -ORIGINAL_MARK.length) : value;
	const textStatus = TEXT_STATUSES.find((candidate) => candidate === status);
	return textStatus ? { textStatus, isOriginal } : undefined;
}

/** Only used when a definition source has no definition to be grouped with. */
export function definitionSourceNote(value: string): string {
	return note(DEFINITION_SOURCE_LABEL, value);
}

export function readDefinitionSourceNote(text: string): string | undefined {
	return valueAfter(DEFINITION_SOURCE_LABEL, text);
}

/** Only used for parts of speech outside TBX-Basic's picklist (properNoun). */
export function partOfSpeechNote(partOfSpeech: PartOfSpeech): string {
	return note(PART_OF_SPEECH_LABEL, partOfSpeech);
}

export function readPartOfSpeechNote(text: string): PartOfSpeech | undefined {
	const value = valueAfter(PART_OF_SPEECH_LABEL, text);
	return PARTS_OF_SPEECH.find((candidate) => candidate === value);
}
