// The OpenAPI 3.1 description of the public API, served at /api/v1/openapi.json. The end-to-end test
// validates every endpoint's real answers against it, so it has to say what the code does.
import type { JsonSchema, OpenApiDocument, Operation, Parameter, Reference, Response } from './openapi-types';
import { COMPONENT_SCHEMAS, ref } from './openapi-schemas';
import {
	CONCEPT_STATUS_FILTERS,
	DEFAULT_PER_PAGE,
	FIRST_CYCLE,
	LAST_CYCLE,
	MAX_PAGE,
	MAX_PER_PAGE
} from './parameters';
import { apiUrl } from './links';
import { OSCE_LANGUAGES } from '../../domain/vocabulary';
import { CONCEPT_STATUSES, KINDS, MAX_QUERY_LENGTH, PAGE_SIZES } from '../../domain/search/request';
import { ENTRIES_PER_GROUP } from '../search/result-groups';

const JSON_MEDIA_TYPE = 'application/json';

function parameterRef(name: string): Reference {
	return { $ref: `#/components/parameters/${name}` };
}

function responseRef(name: string): Reference {
	return { $ref: `#/components/responses/${name}` };
}

function ok(description: string, schema: JsonSchema, cacheControl: string): Response {
	return {
		description: `${description} ${cacheControl}`,
		headers: {
			ETag: { $ref: '#/components/headers/ETag' },
			'Cache-Control': { $ref: '#/components/headers/Cache-Control' }
		},
		content: { [JSON_MEDIA_TYPE]: { schema } }
	};
}

const PUBLIC_CACHING = 'Cached publicly for five minutes (Cache-Control: public, max-age=300).';

/** The responses every endpoint may give besides its 200. */
function otherResponses(options: { badRequest: boolean; notFound: boolean }): Record<string, Reference> {
	return {
		'304': responseRef('NotModified'),
		...(options.badRequest ? { '400': responseRef('BadRequest') } : {}),
		...(options.notFound ? { '404': responseRef('NotFound') } : {}),
		'429': responseRef('TooManyRequests')
	};
}

function read(
	operation: Omit<Operation, 'responses'> & { ok: Response; notFound?: boolean; badRequest?: boolean }
): Operation {
	const { ok: success, notFound = false, badRequest = true, ...rest } = operation;
	return { ...rest, responses: { '200': success, ...otherResponses({ badRequest, notFound }) } };
}

const pageParameters = [parameterRef('page'), parameterRef('perPage')];

function repeatable(name: string, description: string, items: JsonSchema): Parameter {
	return { name, in: 'query', description, schema: { type: 'array', items }, style: 'form', explode: true };
}

const SEARCH_PARAMETERS: Parameter[] = [
	{
		name: 'q',
		in: 'query',
		description: `The words to look for, in any language (at most ${MAX_QUERY_LENGTH} characters are used).`,
		schema: { type: 'string' },
		example: 'cyber incident'
	},
	repeatable('state', 'Only entries of these States (ISO 3166-1 alpha-2). Malformed values are ignored.', {
		type: 'string'
	}),
	repeatable('language', 'Only texts in these languages (BCP 47). Malformed values are ignored.', { type: 'string' }),
	repeatable('cycle', 'Only entries of these exchange cycles.', { type: 'integer' }),
	repeatable('kind', 'national entries, consensus concepts, or both.', { type: 'string', enum: KINDS }),
	repeatable('status', 'Only entries linked to concepts with these statuses (unmapped: linked to none).', {
		type: 'string',
		enum: CONCEPT_STATUSES
	}),
	{
		name: 'pending',
		in: 'query',
		description: '1: only entries still lacking an English text.',
		schema: { type: 'string', enum: ['1'] }
	},
	{
		name: 'concept',
		in: 'query',
		description: `Only the group of this concept, with every national entry that matched in it (other groups show at most ${ENTRIES_PER_GROUP}).`,
		schema: { type: 'integer', minimum: 1 }
	},
	{
		name: 'page',
		in: 'query',
		description: 'Page of results (out-of-range values read as 1).',
		schema: { type: 'integer', minimum: 1, default: 1 }
	},
	{
		name: 'perPage',
		in: 'query',
		description: 'Groups per page (other values read as 20).',
		schema: { type: 'integer', enum: PAGE_SIZES, default: 20 }
	}
];

/** The description as served from `origin`, stating the rate limit in force. */
export function openApiDocument(origin: string, rateLimitPerMinute: number): OpenApiDocument {
	return {
		openapi: '3.1.1',
		jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
		info: {
			title: 'OSCE CBM 9 glossary: public API',
			version: '1.0.0',
			summary:
				'Read-only open data: the consensus glossary of ICT-security terms, its releases, and the national terminology that States published as public.',
			description: [
				'Every endpoint answers GET (and HEAD) for anyone, without signing in, and always with public content only.',
				'CORS is open: `Access-Control-Allow-Origin: *`; OPTIONS preflights are answered for GET, HEAD, OPTIONS with the headers Accept, Accept-Language, Cache-Control and If-None-Match.',
				'Each 200 carries a strong `ETag`; send it back in `If-None-Match` to get `304 Not Modified` without the body.',
				`Each client address may make ${rateLimitPerMinute} requests a minute; past that the answer is \`429\` with \`Retry-After\`.`,
				'Errors are JSON: `{ "error": { "status": 404, "message": "…" } }`. An unknown or repeated query parameter is a 400 that names it.'
			].join('\n\n')
		},
		servers: [{ url: apiUrl(origin, '') }],
		tags: [
			{ name: 'glossary', description: 'The consensus glossary and its releases.' },
			{ name: 'national', description: 'National terminology published as public by participating States.' },
			{ name: 'search', description: 'Search across both.' },
			{ name: 'meta', description: 'This description.' }
		],
		paths: {
			'/concepts': {
				get: read({
					operationId: 'listConcepts',
					summary: 'Concepts of the consensus glossary',
					description:
						'Agreed concepts (and on request deprecated ones) at their current version, in A–Z order of the headword in the chosen language, with their text in every OSCE language.',
					tags: ['glossary'],
					parameters: [
						{
							name: 'status',
							in: 'query',
							description: 'agreed (default), deprecated, or all.',
							schema: { type: 'string', enum: CONCEPT_STATUS_FILTERS, default: 'agreed' }
						},
						{
							name: 'language',
							in: 'query',
							description:
								'The OSCE language of the headword and of the A–Z order; English stands in while a translation is pending.',
							schema: { type: 'string', enum: OSCE_LANGUAGES, default: 'en' }
						},
						...pageParameters
					],
					ok: ok('A page of concepts.', ref('ConceptList'), PUBLIC_CACHING)
				})
			},
			'/concepts/{id}': {
				get: read({
					operationId: 'getConcept',
					summary: 'One concept of the consensus glossary',
					description:
						'All its versions, the text of the current (or requested) version in the six OSCE languages with term statuses and notes, interpretive statements, the release it entered, the public national entries linked to it, and how to cite it.',
					tags: ['glossary'],
					parameters: [
						{
							name: 'id',
							in: 'path',
							required: true,
							description: 'The concept id.',
							schema: { type: 'integer', minimum: 1 }
						},
						{
							name: 'version',
							in: 'query',
							description: 'An earlier version; the current one when absent.',
							schema: { type: 'integer', minimum: 1 }
						}
					],
					ok: ok('The concept.', ref('Concept'), PUBLIC_CACHING),
					notFound: true
				})
			},
			'/releases': {
				get: read({
					operationId: 'listReleases',
					summary: 'Releases of the consensus glossary',
					tags: ['glossary'],
					ok: ok('Every release, the latest first.', ref('ReleaseList'), PUBLIC_CACHING)
				})
			},
			'/releases/{number}': {
				get: read({
					operationId: 'getRelease',
					summary: 'One release, with its concepts, changelog and citation',
					tags: ['glossary'],
					parameters: [
						{
							name: 'number',
							in: 'path',
							required: true,
							description: 'The release number.',
							schema: { type: 'integer', minimum: 1 }
						}
					],
					ok: ok('The release.', ref('Release'), PUBLIC_CACHING),
					notFound: true
				})
			},
			'/national-entries': {
				get: read({
					operationId: 'listNationalEntries',
					summary: 'Entries of public national lists',
					description:
						'The entries of the current revision of every national list published as public. Lists restricted to participating States never appear.',
					tags: ['national'],
					parameters: [
						{
							name: 'state',
							in: 'query',
							description: 'Only this State (ISO 3166-1 alpha-2, any case).',
							schema: { type: 'string', pattern: '^[A-Za-z]{2}$' },
							example: 'DE'
						},
						{
							name: 'cycle',
							in: 'query',
							description: 'Only this exchange cycle.',
							schema: { type: 'integer', minimum: FIRST_CYCLE, maximum: LAST_CYCLE },
							example: 2025
						},
						{
							name: 'language',
							in: 'query',
							description: 'Only entries with a text in this language (BCP 47; "de" also finds "de-CH").',
							schema: { type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' },
							example: 'fr'
						},
						...pageParameters
					],
					ok: ok('A page of national entries.', ref('NationalEntryList'), PUBLIC_CACHING)
				})
			},
			'/search': {
				get: read({
					operationId: 'search',
					summary: 'Search national entries and consensus concepts',
					description:
						'The search of the website as JSON. Lenient: malformed filter values are dropped rather than refused. Anonymous callers see public content; a signed-in user of the website sees what their account may read.',
					tags: ['search'],
					parameters: SEARCH_PARAMETERS,
					ok: ok(
						'Results, grouped by concept.',
						ref('SearchResults'),
						'Anonymous answers are cached publicly for 30 seconds (public, max-age=30); signed-in ones are private, no-store.'
					),
					badRequest: false
				})
			},
			'/openapi.json': {
				get: read({
					operationId: 'getOpenApiDocument',
					summary: 'This description (OpenAPI 3.1)',
					tags: ['meta'],
					ok: ok('The OpenAPI document.', ref('OpenApiDocument'), PUBLIC_CACHING)
				})
			}
		},
		components: {
			schemas: COMPONENT_SCHEMAS,
			parameters: {
				page: {
					name: 'page',
					in: 'query',
					description: 'The page to return; past the last page the list is empty.',
					schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 }
				},
				perPage: {
					name: 'perPage',
					in: 'query',
					description: 'Items per page.',
					schema: { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE }
				}
			},
			headers: {
				ETag: {
					description: 'Strong validator of the body: send it back in If-None-Match.',
					schema: { type: 'string' },
					required: true
				},
				'Cache-Control': {
					description: 'How long caches may keep the answer.',
					schema: { type: 'string' },
					required: true
				},
				'Retry-After': {
					description: 'Seconds to wait before the next request.',
					schema: { type: 'integer', minimum: 1 },
					required: true
				}
			},
			responses: {
				NotModified: {
					description: 'The If-None-Match header named the current ETag: the copy the client has is still good.',
					headers: { ETag: { $ref: '#/components/headers/ETag' } }
				},
				BadRequest: {
					description: 'A query parameter is unknown, repeated, or malformed; the message names it.',
					content: { [JSON_MEDIA_TYPE]: { schema: ref('Error') } }
				},
				NotFound: {
					description: 'There is no such resource.',
					content: { [JSON_MEDIA_TYPE]: { schema: ref('Error') } }
				},
				TooManyRequests: {
					description: 'This client address made too many requests; the message says when to try again.',
					headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' } },
					content: { [JSON_MEDIA_TYPE]: { schema: ref('Error') } }
				}
			}
		}
	};
}
