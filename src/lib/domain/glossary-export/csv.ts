// The consensus glossary as a spreadsheet: one row per concept and OSCE language, so a reader can
// filter by language and still see which translations are pending. UTF-8 with a byte order mark
// (without it Excel reads UTF-8 as the local code page), comma-separated, CRLF, quoted per RFC 4180.
// Values are the platform's codes (en, agreed, preferred…), which read well and sort the same
// everywhere. TBX and JSON are the lossless downloads; the CSV is for reading and filtering.
import { stringify } from 'csv-stringify/sync';
import type { ConceptLanguageText } from '../concept-text';
import { writeAdditionalTerms } from '../tabular/additional-terms';
import { OSCE_LANGUAGES, type OsceLanguage } from '../vocabulary';
import type { GlossaryConcept } from './types';

export const GLOSSARY_CSV_HEADERS = [
	'Concept ID',
	'Version',
	'Status',
	'Adopted',
	'First release',
	'Language',
	'Translation pending',
	'Preferred term',
	'Other terms',
	'Definition',
	'Note',
	'Interpretive statements',
	'Address'
] as const;

const STRINGIFY_OPTIONS = { record_delimiter: 'windows' } as const;

export function glossaryCsv(concepts: readonly GlossaryConcept[]): string {
	const rows = concepts.flatMap((concept) => OSCE_LANGUAGES.map((language) => row(concept, language)));
	return `\uFEFF${stringify([[...GLOSSARY_CSV_HEADERS], ...rows], STRINGIFY_OPTIONS)}`;
}

function row(concept: GlossaryConcept, language: OsceLanguage): string[] {
	const text = concept.text[language];
	return [
		String(concept.conceptId),
		String(concept.version),
		concept.status,
		concept.adoptedAt,
		concept.firstRelease === null ? '' : String(concept.firstRelease),
		language,
		text ? '' : 'yes',
		...languageCells(text),
		// One statement per line: "PL (Poland): Poland understands …"
		concept.interpretiveStatements.map((statement) => `${statement.stateCode} (${statement.stateName}): ${statement.statement}`).join('\n'),
		concept.url
	];
}

/** Preferred term, other terms (with their status), definition, note; empty while pending. */
function languageCells(text: ConceptLanguageText | undefined): [string, string, string, string] {
	if (!text) return ['', '', '', ''];
	const preferredIndex = text.terms.findIndex((term) => term.administrativeStatus === 'preferred');
	const others = text.terms.filter((_term, index) => index !== preferredIndex);
	return [text.terms[preferredIndex]?.term ?? '', writeAdditionalTerms(others), text.definition, text.note ?? ''];
}
