// The component schemas of the API description (JSON Schema 2020-12). Objects whose shape is fixed
// allow no other properties and require every property (absent values are null, never left out),
// so the end-to-end test that validates real answers against them notices any drift.
import type { JsonSchema } from './openapi-types';
import { ENTRIES_PER_GROUP } from '../search/result-groups';
import {
	ADMINISTRATIVE_STATUSES,
	EQUIVALENCES,
	OSCE_LANGUAGES,
	PARTS_OF_SPEECH,
	TERM_TYPES,
	TEXT_STATUSES
} from '../../domain/vocabulary';
import { RELEASE_CHANGES } from '../../domain/consensus';
import { CONCEPT_STATUSES, KINDS, PAGE_SIZES } from '../../domain/search/request';

export function ref(name: string): JsonSchema {
	return { $ref: `#/components/schemas/${name}` };
}

/** A fixed-shape object: exactly these properties, all present, unless listed as optional. */
function object(
	properties: Record<string, JsonSchema>,
	options: { description?: string; optional?: readonly string[] } = {}
): JsonSchema {
	return {
		type: 'object',
		...(options.description ? { description: options.description } : {}),
		properties,
		required: Object.keys(properties).filter((name) => !options.optional?.includes(name)),
		additionalProperties: false
	};
}

function nullable(schema: JsonSchema): JsonSchema {
	if (schema.$ref) return { oneOf: [schema, { type: 'null' }] };
	if (typeof schema.type === 'string') {
		return { ...schema, type: [schema.type, 'null'], ...(schema.enum ? { enum: [...schema.enum, null] } : {}) };
	}
	throw new Error('nullable() takes a reference or a schema with a single type');
}

function arrayOf(items: JsonSchema, description?: string): JsonSchema {
	return { type: 'array', items, ...(description ? { description } : {}) };
}

const text = (description?: string): JsonSchema => ({ type: 'string', ...(description ? { description } : {}) });
const count = (description?: string): JsonSchema => ({
	type: 'integer',
	minimum: 0,
	...(description ? { description } : {})
});
const positive = (description?: string): JsonSchema => ({
	type: 'integer',
	minimum: 1,
	...(description ? { description } : {})
});
const flag = (description?: string): JsonSchema => ({ type: 'boolean', ...(description ? { description } : {}) });
const instant = (description?: string): JsonSchema => ({
	type: 'string',
	format: 'date-time',
	...(description ? { description } : {})
});
const url = (description?: string): JsonSchema => ({
	type: 'string',
	format: 'uri',
	...(description ? { description } : {})
});
const oneOfValues = (values: readonly string[], description?: string): JsonSchema => ({
	type: 'string',
	enum: values,
	...(description ? { description } : {})
});

const stateCode = (): JsonSchema => ({
	type: 'string',
	pattern: '^[A-Z]{2}$',
	description: 'ISO 3166-1 alpha-2 code of the State.'
});
const cycle = (): JsonSchema => ({ type: 'integer', minimum: 2013, description: 'The exchange cycle (a year).' });

const links = object({ self: url('This resource in the API.'), html: url('The same on the website.') });
const pageLinks = object({
	self: url(),
	first: url(),
	last: url(),
	prev: nullable(url('The previous page; null on the first.')),
	next: nullable(url('The next page; null on the last.'))
});

function pageOf(itemSchema: string, description: string): JsonSchema {
	return object(
		{
			items: arrayOf(ref(itemSchema)),
			page: positive(),
			perPage: positive(),
			total: count('Exact number of items over all pages.'),
			totalPages: count(),
			links: ref('PageLinks')
		},
		{ description }
	);
}

const conceptTexts = object(
	Object.fromEntries(OSCE_LANGUAGES.map((language) => [language, nullable(ref('ConceptLanguageText'))])),
	{ description: 'The text in each OSCE language; null where the translation is pending.' }
);

const searchPieces = arrayOf(ref('TextPiece'), 'A text cut into pieces; pieces with match true matched the query.');
const facet = arrayOf(object({ value: text(), count: count() }));

export const COMPONENT_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
	Error: object(
		{
			error: object(
				{
					status: { type: 'integer', enum: [400, 404, 429] },
					message: text('What went wrong, in words, naming the parameter at fault.'),
					retryAfterSeconds: positive('With 429 only: seconds to wait, as in Retry-After.')
				},
				{ optional: ['retryAfterSeconds'] }
			)
		},
		{ description: 'Every error has this shape.' }
	),
	Links: links,
	PageLinks: pageLinks,
	OsceLanguage: oneOfValues(OSCE_LANGUAGES, 'One of the six OSCE official languages.'),
	ConceptTerm: object({
		term: text(),
		administrativeStatus: oneOfValues(ADMINISTRATIVE_STATUSES),
		termType: nullable(oneOfValues(TERM_TYPES)),
		partOfSpeech: nullable(oneOfValues(PARTS_OF_SPEECH))
	}),
	ConceptLanguageText: object({
		terms: { ...arrayOf(ref('ConceptTerm')), minItems: 1 },
		definition: text(),
		note: nullable(text())
	}),
	ConceptTexts: conceptTexts,
	ConceptSummary: object(
		{
			id: positive(),
			status: oneOfValues(['agreed', 'deprecated']),
			version: positive('The current version.'),
			adoptedAt: instant('When the current version was adopted.'),
			headword: object({
				language: ref('OsceLanguage'),
				term: text('The preferred term in the requested language, or in English while that translation is pending.'),
				translationPending: flag()
			}),
			texts: ref('ConceptTexts'),
			links: ref('Links')
		},
		{ description: 'A concept of the consensus glossary at its current version.' }
	),
	ConceptList: pageOf('ConceptSummary', 'Concepts in A–Z order of their headword in the requested language.'),
	ConceptVersion: object({
		number: positive(),
		status: oneOfValues(['agreed', 'deprecated']),
		adoptedAt: instant(),
		releaseNumber: nullable(positive('The release this version first appeared in.')),
		links: ref('Links')
	}),
	InterpretiveStatement: object(
		{ stateCode: stateCode(), stateName: text(), statement: text(), statedAt: instant() },
		{ description: 'A reservation a State made on the adopted text, kept with the version.' }
	),
	LinkedNationalEntry: object(
		{
			id: positive(),
			stateCode: stateCode(),
			stateName: text(),
			cycle: cycle(),
			equivalence: oneOfValues(EQUIVALENCES, 'How the national term relates to the concept.'),
			language: text('BCP 47 tag of the original text.'),
			term: text('The term in the original language.'),
			definition: nullable(text()),
			englishTerm: nullable(text('The English version, when the original is not English and the State gave one.')),
			englishDefinition: nullable(text()),
			links: object({ html: url() })
		},
		{ description: 'A public national entry linked to the concept, from the current revision of its list.' }
	),
	ReleaseReference: object({ number: positive(), title: text(), releasedAt: instant(), links: ref('Links') }),
	Concept: object(
		{
			id: positive(),
			status: oneOfValues(['agreed', 'deprecated']),
			version: positive('The version shown.'),
			currentVersion: positive(),
			adoptedAt: instant('When the version shown was adopted.'),
			versions: arrayOf(ref('ConceptVersion'), 'Every version, oldest first.'),
			texts: ref('ConceptTexts'),
			pendingLanguages: { ...arrayOf(ref('OsceLanguage')), uniqueItems: true },
			interpretiveStatements: arrayOf(ref('InterpretiveStatement')),
			firstRelease: nullable(ref('ReleaseReference')),
			nationalEntries: arrayOf(ref('LinkedNationalEntry')),
			citeAs: text('How to cite this version of the concept.'),
			url: url('The stable address of this version of the concept.'),
			links: ref('Links')
		},
		{ description: 'One concept of the consensus glossary.' }
	),
	ReleaseCounts: object(Object.fromEntries(RELEASE_CHANGES.map((change) => [change, count()]))),
	ReleaseSummary: object({
		number: positive(),
		title: text(),
		releasedAt: instant(),
		counts: ref('ReleaseCounts'),
		links: ref('Links')
	}),
	ReleaseList: object({ items: arrayOf(ref('ReleaseSummary'), 'The latest release first.'), total: count() }),
	ReleaseConcept: object({
		id: positive(),
		term: text('The English preferred term of the released version.'),
		change: oneOfValues(RELEASE_CHANGES),
		status: oneOfValues(['agreed', 'deprecated']),
		version: positive(),
		previousVersion: nullable(positive('The version in the previous release; null when the concept was not in it.')),
		links: ref('Links')
	}),
	Release: object(
		{
			number: positive(),
			title: text(),
			notes: nullable(text()),
			releasedAt: instant(),
			counts: ref('ReleaseCounts'),
			citeAs: text('How to cite the release.'),
			url: url('The permanent address of the release.'),
			concepts: arrayOf(ref('ReleaseConcept'), 'Every concept of the release, by term.'),
			changelog: object({
				added: arrayOf(ref('ReleaseConcept')),
				amended: arrayOf(ref('ReleaseConcept')),
				deprecated: arrayOf(ref('ReleaseConcept'))
			}),
			downloads: object({
				tbx: url('The release as TBX-Basic (ISO 30042), for terminology tools.'),
				csv: url('The release as CSV (UTF-8, one row per concept and language).'),
				json: url('The release as one JSON document.')
			}),
			links: ref('Links')
		},
		{ description: 'A numbered, dated, citable snapshot of the consensus glossary.' }
	),
	AdditionalTerm: object({
		term: text(),
		termType: nullable(oneOfValues(TERM_TYPES)),
		partOfSpeech: nullable(oneOfValues(PARTS_OF_SPEECH)),
		administrativeStatus: nullable(oneOfValues(ADMINISTRATIVE_STATUSES))
	}),
	EntryLanguageVersion: object({
		language: text('BCP 47 language tag.'),
		isOriginal: flag('True for the text in the language of the legal act.'),
		textStatus: oneOfValues(TEXT_STATUSES),
		term: text(),
		termType: nullable(oneOfValues(TERM_TYPES)),
		partOfSpeech: nullable(oneOfValues(PARTS_OF_SPEECH)),
		administrativeStatus: nullable(oneOfValues(ADMINISTRATIVE_STATUSES)),
		definition: nullable(text()),
		definitionSource: nullable(text()),
		note: nullable(text()),
		additionalTerms: arrayOf(ref('AdditionalTerm'))
	}),
	NationalEntry: object(
		{
			id: positive(),
			stateCode: stateCode(),
			stateName: text(),
			cycle: cycle(),
			revision: positive('The revision of the national list the entry is read from (its current one).'),
			submittedAt: nullable(instant()),
			documentReference: nullable(text('OSCE document reference of the submission, such as PC.DEL/123/25.')),
			translationPending: flag('True while the English term or definition is missing.'),
			languageVersions: { ...arrayOf(ref('EntryLanguageVersion'), 'The original first.'), minItems: 1 },
			source: object({
				act: nullable(text()),
				article: nullable(text()),
				date: nullable({ type: 'string', format: 'date' }),
				url: nullable(url())
			}),
			note: nullable(text()),
			concepts: arrayOf(
				object({ id: positive(), equivalence: oneOfValues(EQUIVALENCES), links: ref('Links') }),
				'Concepts of the consensus glossary the entry is linked to.'
			),
			links: object({ html: url() })
		},
		{ description: 'A national entry of a public national list, as it stands in the current revision.' }
	),
	NationalEntryList: pageOf('NationalEntry', 'Newest cycle first, then by State and by position in the list.'),
	TextPiece: object({ text: text(), match: flag() }),
	SearchEntry: object({
		entryId: positive(),
		stateCode: stateCode(),
		stateName: text(),
		cycleYear: cycle(),
		revisionNumber: positive(),
		language: text(),
		translationPending: flag(),
		term: searchPieces,
		definition: searchPieces,
		termEn: searchPieces,
		definitionEn: searchPieces,
		otherTerms: arrayOf(searchPieces, 'Further terms that matched (other languages, abbreviations).')
	}),
	SearchConcept: object({
		conceptId: positive(),
		label: nullable(text('Null when the working label of a candidate concept is not public.')),
		status: oneOfValues(['agreed', 'candidate', 'deprecated']),
		language: nullable(text()),
		term: searchPieces,
		definition: searchPieces
	}),
	SearchGroup: object({
		key: text(),
		concept: nullable(ref('SearchConcept')),
		entries: arrayOf(
			ref('SearchEntry'),
			`The best of the national entries that matched in the group: at most ${ENTRIES_PER_GROUP}, all of them when the search names the concept.`
		),
		matchedEntries: count('How many national entries matched in the group.')
	}),
	SearchResults: object(
		{
			query: object(
				{
					q: text('The words searched for, spaces collapsed; empty when only filters were given.'),
					states: arrayOf(stateCode()),
					languages: arrayOf(text()),
					cycles: arrayOf(cycle()),
					kinds: arrayOf(oneOfValues(KINDS)),
					statuses: arrayOf(oneOfValues(CONCEPT_STATUSES)),
					translationPending: flag('Only entries still lacking an English text.'),
					concept: nullable(positive('Only the group of this concept.')),
					page: positive(),
					perPage: { type: 'integer', enum: [...PAGE_SIZES] }
				},
				{ description: 'The search as understood: malformed parameter values are dropped and defaults filled in.' }
			),
			engine: oneOfValues(['meilisearch', 'database']),
			notice: nullable(text('Set when search runs in its simpler fallback mode.')),
			total: count(),
			page: positive(),
			perPage: { type: 'integer', enum: [10, 20, 50] },
			totalPages: count(),
			groups: arrayOf(
				ref('SearchGroup'),
				'Results grouped by concept; entries not linked to a concept form groups of their own.'
			),
			facets: object(
				Object.fromEntries(
					['stateCode', 'language', 'cycleYear', 'kind', 'conceptStatus', 'translationPending'].map((name) => [
						name,
						facet
					])
				)
			),
			tookMs: count()
		},
		{ description: 'National entries and consensus concepts matching a search, grouped by concept.' }
	),
	OpenApiDocument: {
		type: 'object',
		description: 'This document (OpenAPI 3.1); its full schema is the OpenAPI specification.',
		required: ['openapi', 'info', 'paths', 'components'],
		properties: {
			openapi: { type: 'string', pattern: '^3\\.1\\.' },
			info: {
				type: 'object',
				required: ['title', 'version'],
				properties: { title: { type: 'string' }, version: { type: 'string' } }
			},
			paths: { type: 'object' },
			components: { type: 'object' }
		}
	}
};
