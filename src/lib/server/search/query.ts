// Searching national entries and consensus concepts together, grouped by concept, for the search
// page and GET /api/v1/search. Meilisearch answers when it can; otherwise the SQLite FTS5 mirror
// does, and the result says so. Whatever the request, the viewer's rights add a visibility filter
// that nothing in the request can widen.
import type { Hit, MultiSearchQuery } from 'meilisearch';
import type { Db } from '../db/connection';
import type { SearchService } from './client';
import { TERMS_INDEX, indexName } from './index-definitions';
import { fallbackSearch } from './fallback';
import { mirroredDocuments } from './mirror';
import { SearchResponseError } from './transport';
import { canSeeRestricted, readableDistributions, type Viewer } from '../permissions';
import { meilisearchFilters, type SearchRequest } from '../../domain/search/request';
import { expandQuery, queryStems, russianStem } from '../../domain/search/stems';
import { normaliseForSearch } from '../../domain/search/normalise';
import { byteRangesToCharRanges, cropPieces, mergeRanges, piecesFromRanges, wordRanges, type BytePosition, type TextPiece } from '../../domain/search/highlight';
import type { SearchDocument } from '../../domain/search/documents';

export interface ResultEntry {
	entryId: number;
	stateCode: string;
	stateName: string;
	cycleYear: number;
	revisionNumber: number;
	language: string;
	translationPending: boolean;
	term: TextPiece[];
	definition: TextPiece[];
	termEn: TextPiece[];
	definitionEn: TextPiece[];
	/** Further terms that matched (other languages, abbreviations). */
	otherTerms: TextPiece[][];
}

export interface ResultConcept {
	conceptId: number;
	/** Null when the viewer may not see the working label of a candidate concept. */
	label: string | null;
	status: 'agreed' | 'candidate' | 'deprecated';
	/** The consensus text that matched (or the English one), when there is one. */
	language: string | null;
	term: TextPiece[];
	definition: TextPiece[];
}

export interface ResultGroup {
	key: string;
	concept: ResultConcept | null;
	entries: ResultEntry[];
}

export interface FacetValue {
	value: string;
	count: number;
}

export interface SearchResults {
	engine: 'meilisearch' | 'database';
	/** Shown above the results when search runs in its simpler fallback mode. */
	notice: string | null;
	total: number;
	page: number;
	perPage: number;
	totalPages: number;
	groups: ResultGroup[];
	facets: Record<'stateCode' | 'language' | 'cycleYear' | 'kind' | 'conceptStatus' | 'translationPending', FacetValue[]>;
	tookMs: number;
}

export const FALLBACK_NOTICE =
	'The full search service is not available at the moment, so these results come from a simpler search: it does not forgive typos or find other word forms, and the figures by facet are approximate.';

const FACETS = ['stateCode', 'language', 'cycleYear', 'kind', 'conceptStatus', 'translationPending'] as const;
const CROP_WORDS = 40;
const MEMBERS_LIMIT = 300;
const REACHABLE_RESULTS = TERMS_INDEX.settings.pagination?.maxTotalHits ?? 1000;
// What the results show; leaving out the long fields only searched (equivalents, stems, other
// definitions) keeps the answers small.
const RESULT_ATTRIBUTES = [
	'id',
	'kind',
	'groupKey',
	'entryId',
	'conceptStatus',
	'stateCode',
	'stateName',
	'cycleYear',
	'revisionNumber',
	'language',
	'translationPending',
	'term',
	'definition',
	'termEn',
	'definitionEn',
	'otherTerms',
	'display'
] satisfies (keyof SearchDocument)[];

type DocumentHit = Hit<SearchDocument>;

/**
 * Highlighted pieces of one display text: the match positions Meilisearch found in its indexed
 * twin, plus the Cyrillic words that matched through their stem (which it reports elsewhere).
 */
function highlighted(display: string, indexed: string, positions: BytePosition[] | undefined, stems: ReadonlySet<string>, crop = false): TextPiece[] {
	if (!display) return [];
	const found = positions?.length ? byteRangesToCharRanges(display, indexed, positions) : [];
	const byStem = stems.size > 0 ? wordRanges(display, (word) => /\p{Script=Cyrillic}/u.test(word) && stems.has(russianStem(word))) : [];
	const pieces = piecesFromRanges(display, mergeRanges(found, byStem));
	return crop ? cropPieces(pieces, CROP_WORDS) : pieces;
}

function matchedOtherTerms(hit: DocumentHit, stems: ReadonlySet<string>): TextPiece[][] {
	const positions = hit._matchesPosition?.otherTerms ?? [];
	const byIndex = new Map<number, BytePosition[]>();
	for (const position of positions) {
		const index = position.indices?.[0];
		if (index === undefined) continue;
		byIndex.set(index, [...(byIndex.get(index) ?? []), position]);
	}
	return [...byIndex].map(([index, list]) => {
		const text = hit.otherTerms[index] ?? '';
		// otherTerms are indexed normalised; showing the normalised form is close enough here.
		return highlighted(text, text, list, stems);
	});
}

export function entryFromHit(hit: DocumentHit, stems: ReadonlySet<string> = new Set()): ResultEntry {
	const matches = hit._matchesPosition ?? {};
	return {
		entryId: hit.entryId ?? 0,
		stateCode: hit.stateCode ?? '',
		stateName: hit.stateName ?? '',
		cycleYear: hit.cycleYear ?? 0,
		revisionNumber: hit.revisionNumber ?? 0,
		language: hit.language,
		translationPending: hit.translationPending,
		term: highlighted(hit.display.term, hit.term, matches.term, stems),
		definition: highlighted(hit.display.definition, hit.definition, matches.definition, stems, true),
		termEn: highlighted(hit.display.termEn, hit.termEn, matches.termEn, stems),
		definitionEn: highlighted(hit.display.definitionEn, hit.definitionEn, matches.definitionEn, stems, true),
		otherTerms: matchedOtherTerms(hit, stems)
	};
}

function conceptTextFromHit(hit: DocumentHit, stems: ReadonlySet<string>): Pick<ResultConcept, 'language' | 'term' | 'definition'> {
	const matches = hit._matchesPosition ?? {};
	if (hit.conceptStatus === 'candidate') return { language: null, term: [], definition: [] }; // only a working label
	return {
		language: hit.language,
		term: highlighted(hit.display.term, hit.term, matches.term, stems),
		definition: highlighted(hit.display.definition, hit.definition, matches.definition, stems, true)
	};
}

async function conceptFacts(db: Db, ids: number[]) {
	if (ids.length === 0) return new Map<number, { label: string; status: 'agreed' | 'candidate' | 'deprecated' }>();
	const rows = await db.selectFrom('concept').select(['id', 'label', 'status']).where('id', 'in', ids).execute();
	return new Map(rows.map((row) => [row.id, { label: row.label, status: row.status }]));
}

function facetValues(distribution: Record<string, Record<string, number>> | undefined): SearchResults['facets'] {
	const facets = {} as SearchResults['facets'];
	for (const facet of FACETS) {
		facets[facet] = Object.entries(distribution?.[facet] ?? {})
			.map(([value, count]) => ({ value, count }))
			.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
	}
	return facets;
}

/**
 * The first round trip: the page of groups (one hit per concept through `distinct`), and over
 * every matching document the facet counts and the concepts the matches belong to. With
 * `distinct`, facets would only count each group's representative, and `page` pagination's exact
 * total makes Meilisearch apply `distinct` to every match (up to 40 ms a search at 80,000
 * documents); the number of groups is the number of matched concepts plus matched unlinked entries.
 */
export function pageQueries(uid: string, q: string, filters: string[], request: SearchRequest): MultiSearchQuery[] {
	return [
		{
			indexUid: uid,
			q,
			filter: filters,
			distinct: 'groupKey',
			offset: (request.page - 1) * request.perPage,
			limit: request.perPage,
			showMatchesPosition: true,
			attributesToRetrieve: RESULT_ATTRIBUTES
		},
		{ indexUid: uid, q, filter: filters, facets: [...FACETS, 'groupConcept'], limit: 0 }
	];
}

/**
 * The second round trip: everything that matched in the page's concept groups, asked only of the
 * groups where more than their representative matched (the facet counts say how many did), so
 * null when there are none.
 */
export function memberQuery(uid: string, q: string, filters: string[], conceptGroupKeys: readonly string[], matchesPerConcept: Record<string, number>): MultiSearchQuery | null {
	const matches = (key: string) => matchesPerConcept[key.slice(1)] ?? 0;
	const fuller = conceptGroupKeys.filter((key) => matches(key) > 1);
	if (fuller.length === 0) return null;
	const expected = fuller.reduce((sum, key) => sum + matches(key), 0);
	return {
		indexUid: uid,
		q,
		filter: [...filters, `groupKey IN [${fuller.map((key) => `"${key}"`).join(', ')}]`],
		limit: Math.min(expected, MEMBERS_LIMIT),
		showMatchesPosition: true,
		attributesToRetrieve: RESULT_ATTRIBUTES
	};
}

/** The number of groups a search found: its concepts plus its unlinked entries, from the facet counts of pageQueries. */
export function groupTotal(distribution: Record<string, Record<string, number>>): number {
	return Object.keys(distribution.groupConcept ?? {}).length + (distribution.conceptStatus?.unmapped ?? 0);
}

export async function searchWithMeilisearch(db: Db, search: SearchService, viewer: Viewer, request: SearchRequest): Promise<SearchResults> {
	const started = performance.now();
	const uid = indexName(search.indexPrefix, TERMS_INDEX.uid);
	const distributions = readableDistributions(viewer);
	const filters = meilisearchFilters(request, distributions);
	const q = expandQuery(normaliseForSearch(request.q));
	const stems = queryStems(normaliseForSearch(request.q));

	const [pageResult, countsResult] = await search.multiSearch<SearchDocument>(pageQueries(uid, q, filters, request));
	if (!pageResult || !countsResult) throw new Error('Meilisearch answered without results');
	const distribution = countsResult.facetDistribution ?? {};
	const total = groupTotal(distribution);
	const groupHits = pageResult.hits;
	const conceptGroupKeys = groupHits.map((hit) => hit.groupKey).filter((key) => key.startsWith('c'));

	// Everything that matched in the page's concept groups, and the English consensus text of each
	// group from the SQLite copy of the documents.
	const members = memberQuery(uid, q, filters, conceptGroupKeys, distribution.groupConcept ?? {});
	const [memberHits, consensusTexts] = await Promise.all([
		members ? search.multiSearch<SearchDocument>([members]).then((results) => results[0]?.hits ?? []) : Promise.resolve([]),
		mirroredDocuments(
			db,
			conceptGroupKeys.map((key) => `${key}-en`),
			distributions
		)
	]);

	const facts = await conceptFacts(
		db,
		groupHits.flatMap((hit) => (hit.groupKey.startsWith('c') ? [Number(hit.groupKey.slice(1))] : []))
	);
	const showCandidateLabels = canSeeRestricted(viewer);
	const groups: ResultGroup[] = groupHits.map((hit) => {
		if (!hit.groupKey.startsWith('c')) return { key: hit.groupKey, concept: null, entries: [entryFromHit(hit, stems)] };
		const conceptId = Number(hit.groupKey.slice(1));
		const fact = facts.get(conceptId);
		const groupMembers = memberHits.filter((member) => member.groupKey === hit.groupKey);
		const matchedConsensus = groupMembers.find((member) => member.kind === 'consensus') ?? (hit.kind === 'consensus' ? hit : undefined);
		const english = consensusTexts.find((text) => text.groupKey === hit.groupKey);
		const text = matchedConsensus
			? conceptTextFromHit(matchedConsensus, stems)
			: english
				? conceptTextFromHit(english, stems)
				: { language: null, term: [], definition: [] };
		const entries = groupMembers.filter((member) => member.kind === 'national');
		if (hit.kind === 'national' && !entries.some((entry) => entry.id === hit.id)) entries.unshift(hit);
		return {
			key: hit.groupKey,
			concept: {
				conceptId,
				label: fact && (fact.status !== 'candidate' || showCandidateLabels) ? fact.label : null,
				status: fact?.status ?? 'candidate',
				...text
			},
			entries: entries.map((entry) => entryFromHit(entry, stems))
		};
	});

	return {
		engine: 'meilisearch',
		notice: null,
		total,
		page: request.page,
		perPage: request.perPage,
		// Meilisearch serves no result beyond maxTotalHits, so no page links lead past it.
		totalPages: Math.ceil(Math.min(total, REACHABLE_RESULTS) / request.perPage),
		groups,
		facets: facetValues(distribution),
		tookMs: Math.round(performance.now() - started)
	};
}

/** Errors that mean "Meilisearch cannot answer now", as opposed to a bug in our request. */
function isUnavailable(error: unknown): boolean {
	if (error instanceof SearchResponseError) return error.code === 'index_not_found' || error.status >= 500;
	return true; // network errors, timeouts
}

/**
 * Everything a result depends on besides the index: the request and what the viewer may read.
 * Viewers with the same rights share results.
 */
function resultKey(viewer: Viewer, request: SearchRequest): string {
	return JSON.stringify([readableDistributions(viewer), canSeeRestricted(viewer), request]);
}

export async function searchTerms(db: Db, search: SearchService, viewer: Viewer, request: SearchRequest): Promise<SearchResults> {
	const started = performance.now();
	const key = resultKey(viewer, request);
	const recent = search.recentResults.get(key);
	if (recent) return { ...recent, tookMs: Math.round(performance.now() - started) };
	const generation = search.recentResults.generation;
	try {
		const results = await searchWithMeilisearch(db, search, viewer, request);
		search.recentResults.set(key, results, generation);
		return results;
	} catch (error) {
		if (!isUnavailable(error)) throw error;
		const results = await fallbackSearch(db, viewer, request);
		return { ...results, notice: FALLBACK_NOTICE };
	}
}
