// The facts of a consensus concept that TBX-Basic has no data category for travel in notes at the
// conceptEntry level, each starting with a fixed prefix, in the same "CBM9 <label>: <value>" form
// as the national-list export (tbx/provenance-notes.ts). A TBX tool shows them as readable notes;
// readGlossaryTbx turns them back into fields. This module is the one place the labels are spelled.
import type { ConceptVersionStatus } from '../consensus/types';
import type { GlossaryInterpretiveStatement } from './types';

const PREFIX = 'CBM9 ';

export const CONCEPT_NOTE_LABELS = {
	version: 'concept version',
	status: 'concept status',
	adoptedAt: 'adopted',
	firstRelease: 'first published in release',
	interpretiveStatement: 'interpretive statement',
	url: 'concept URL'
} as const;

type ConceptNoteField = keyof typeof CONCEPT_NOTE_LABELS;

export type ConceptNote =
	| { field: 'version'; value: number }
	| { field: 'status'; value: ConceptVersionStatus }
	| { field: 'adoptedAt'; value: string }
	| { field: 'firstRelease'; value: number }
	| { field: 'interpretiveStatement'; value: GlossaryInterpretiveStatement }
	| { field: 'url'; value: string };

function note(field: ConceptNoteField, value: string): string {
	return `${PREFIX}${CONCEPT_NOTE_LABELS[field]}: ${value}`;
}

export function versionNote(version: number): string {
	return note('version', String(version));
}

export function statusNote(status: ConceptVersionStatus): string {
	return note('status', status);
}

export function adoptedNote(adoptedAt: string): string {
	return note('adoptedAt', adoptedAt);
}

export function firstReleaseNote(releaseNumber: number): string {
	return note('firstRelease', String(releaseNumber));
}

/** "CBM9 interpretive statement: PL (Poland): Poland understands …" */
export function interpretiveStatementNote(statement: GlossaryInterpretiveStatement): string {
	return note('interpretiveStatement', `${statement.stateCode} (${statement.stateName}): ${statement.statement}`);
}

/** Only for an address that cannot be the target of an xref. */
export function urlNote(url: string): string {
	return note('url', url);
}

const POSITIVE_INTEGER = /^[1-9]\d*$/;
// The State's name is whatever precedes the first "): ", so a name with brackets still reads back.
const STATEMENT = /^([A-Z]{2}) \((.*?)\): ([\s\S]*)$/;

/** The fact a note carries; undefined for a note this version does not write, or a value it cannot read. */
export function readConceptNote(text: string): ConceptNote | undefined {
	for (const [field, label] of Object.entries(CONCEPT_NOTE_LABELS) as [ConceptNoteField, string][]) {
		const head = `${PREFIX}${label}: `;
		if (!text.startsWith(head)) continue;
		const value = text.slice(head.length);
		switch (field) {
			case 'version':
			case 'firstRelease':
				return POSITIVE_INTEGER.test(value) ? { field, value: Number(value) } : undefined;
			case 'status':
				return value === 'agreed' || value === 'deprecated' ? { field, value } : undefined;
			case 'adoptedAt':
			case 'url':
				return value ? { field, value } : undefined;
			case 'interpretiveStatement': {
				const match = STATEMENT.exec(value);
				return match
					? { field, value: { stateCode: match[1]!, stateName: match[2]!, statement: match[3]! } }
					: undefined;
			}
		}
	}
	return undefined;
}
