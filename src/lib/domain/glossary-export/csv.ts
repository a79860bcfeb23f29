// The consensus glossary as a spreadsheet: one row per concept and OSCE language, so a reader can
// filter by language and still see which translations are pending, shaped for spreadsheets as every
// CSV of the platform is (tabular/csv-writing: BOM, CRLF, no formulas).
// Values are the platform's codes (en, agreed, preferred…), which read well and sort the same
// everywhere. TBX and JSON are the lossless downloads; the CSV is for reading and filtering.
import type { ConceptLanguageText } from '../concept-text';
import { writeAdditionalTerms } from '../tabular/additional-terms';
import { csvDocument } from '../tabular/csv-writing';
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

export function glossaryCsv(concepts: readonly GlossaryConcept[]): string {
	const rows = concepts.flatMap((concept) => OSCE_LANGUAGES.map((language) => row(concept, language)));
	return csvDocument(GLOSSARY_CSV_HEADERS, rows);
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
		concept.interpretiveStatements
			.map((statement) => `${statement.stateCode} (${statement.stateName}): ${statement.statement}`)
			.join('\n'),
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
