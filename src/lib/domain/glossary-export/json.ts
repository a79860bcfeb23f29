// The consensus glossary as JSON, for programs. The shape below is a published interface: fields
// are only ever added; one that changes meaning or disappears raises `formatVersion`. Every
// concept lists all six OSCE languages (null where the translation is pending), so a program can
// rely on the keys being there.
import type { ConceptLanguageText, ConceptTerm } from '../concept-text';
import type { ConceptVersionStatus } from '../consensus/types';
import { OSCE_LANGUAGES, type OsceLanguage } from '../vocabulary';
import { glossaryTitle } from './naming';
import type { GlossaryConcept, GlossaryExportMeta, GlossaryInterpretiveStatement } from './types';

export const GLOSSARY_JSON_FORMAT = 'cbm9-consensus-glossary';
export const GLOSSARY_JSON_FORMAT_VERSION = 1;

export interface GlossaryJson {
	format: typeof GLOSSARY_JSON_FORMAT;
	formatVersion: typeof GLOSSARY_JSON_FORMAT_VERSION;
	/** "OSCE CBM 9 consensus glossary, release 1 (1 July 2025)" */
	title: string;
	/** A numbered release, or the glossary as it stands now. */
	scope: 'release' | 'current';
	/** Set when scope is "release". */
	release: { number: number; title: string; releasedAt: string; notes: string | null } | null;
	/** Set when scope is "current": when the newest concept version was adopted (null for an empty glossary). */
	asOf: string | null;
	/** The page of the release, or of the glossary. */
	url: string;
	/** The line to cite this download by. */
	citeAs: string;
	termsOfUse: string;
	/** True when the texts are demonstration data, not terminology agreed by the participating States. */
	demonstration: boolean;
	/** The OSCE languages, in the order the texts are given. */
	languages: OsceLanguage[];
	/** By concept id. */
	concepts: GlossaryJsonConcept[];
}

export interface GlossaryJsonConcept {
	id: number;
	/** The adopted version this download holds; earlier versions are on the concept page. */
	version: number;
	status: ConceptVersionStatus;
	/** ISO 8601 instant, UTC. */
	adoptedAt: string;
	/** The first release that published this version; null while it awaits a release. */
	firstRelease: number | null;
	/** The permanent address of this version. */
	url: string;
	citeAs: string;
	texts: Record<OsceLanguage, GlossaryJsonText | null>;
	/** The languages whose translation is pending (their text is null). */
	pendingLanguages: OsceLanguage[];
	/** The reservations current when the version was adopted, by State code. */
	interpretiveStatements: GlossaryInterpretiveStatement[];
}

export interface GlossaryJsonText {
	/** In order; the first with status "preferred" is the one to use. */
	terms: ConceptTerm[];
	definition: string;
	note: string | null;
}

export function glossaryJsonDocument(concepts: readonly GlossaryConcept[], meta: GlossaryExportMeta): GlossaryJson {
	const { scope } = meta;
	return {
		format: GLOSSARY_JSON_FORMAT,
		formatVersion: GLOSSARY_JSON_FORMAT_VERSION,
		title: glossaryTitle(scope),
		scope: scope.kind,
		release:
			scope.kind === 'release'
				? { number: scope.number, title: scope.title, releasedAt: scope.releasedAt, notes: scope.notes }
				: null,
		asOf: scope.kind === 'current' ? scope.asOf : null,
		url: meta.url,
		citeAs: meta.citeAs,
		termsOfUse: meta.termsOfUse,
		demonstration: meta.demonstration,
		languages: [...OSCE_LANGUAGES],
		concepts: concepts.map(jsonConcept)
	};
}

/** The document as the download writes it: indented for people, with a final line break. */
export function glossaryJson(concepts: readonly GlossaryConcept[], meta: GlossaryExportMeta): string {
	return `${JSON.stringify(glossaryJsonDocument(concepts, meta), null, 2)}\n`;
}

function jsonConcept(concept: GlossaryConcept): GlossaryJsonConcept {
	const texts = Object.fromEntries(
		OSCE_LANGUAGES.map((language) => [language, jsonText(concept.text[language])])
	) as Record<OsceLanguage, GlossaryJsonText | null>;
	return {
		id: concept.conceptId,
		version: concept.version,
		status: concept.status,
		adoptedAt: concept.adoptedAt,
		firstRelease: concept.firstRelease,
		url: concept.url,
		citeAs: concept.citeAs,
		texts,
		pendingLanguages: OSCE_LANGUAGES.filter((language) => !concept.text[language]),
		interpretiveStatements: concept.interpretiveStatements.map(({ stateCode, stateName, statement }) => ({
			stateCode,
			stateName,
			statement
		}))
	};
}

function jsonText(text: ConceptLanguageText | undefined): GlossaryJsonText | null {
	if (!text) return null;
	return {
		terms: text.terms.map(({ term, administrativeStatus, termType, partOfSpeech }) => ({
			term,
			administrativeStatus,
			termType,
			partOfSpeech
		})),
		definition: text.definition,
		note: text.note
	};
}
