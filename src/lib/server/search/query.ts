// Searching national entries and consensus concepts together, grouped by concept, for the search
// page and GET /api/v1/search. Meilisearch answers when it can; otherwise the SQLite FTS5 mirror
// does, and the result says so. Whatever the request, the viewer's rights add a visibility filter
// that nothing in the request can widen.
import { setImmediate } from 'node:timers/promises';
import type { MultiSearchQuery } from 'meilisearch';
import type { Db } from '../db/connection';
import type { SearchService } from './client';
import { TERMS_INDEX, indexName } from './index-definitions';
import { fallbackSearch } from './fallback';
import { FALLBACK_NOTICE, type SearchResults } from './results';
import { mirroredDocuments } from './mirror';
import {
	buildResultGroups,
	entriesPerGroup,
	groupContext,
	shownMatches,
	type MatchedGroup,
	type ResultGroup
} from './result-groups';
import { SearchResponseError } from './transport';
import { canSeeRestricted, readableDistributions, type Viewer } from '../permissions';
import { meilisearchFilters, type SearchRequest } from '../../domain/search/request';
import { expandQuery } from '../../domain/search/stems';
import { normaliseForSearch } from '../../domain/search/normalise';
import { queryWordMatcher } from '../../domain/search/word-match';
import type { SearchDocument } from '../../domain/search/documents';

export type { ResultConcept, ResultEntry, ResultGroup } from './result-groups';

export { FALLBACK_NOTICE, type FacetValue, type SearchResults } from './results';

const FACETS = ['stateCode', 'language', 'cycleYear', 'kind', 'conceptStatus', 'translationPending'] as const;
const MEMBERS_LIMIT = 300;
const REACHABLE_RESULTS = TERMS_INDEX.settings.pagination?.maxTotalHits ?? 1000;
// Meilisearch says which documents matched, and nothing more: the texts come from their SQLite
// copy (mirror.ts), which is written before Meilisearch is, and the highlights from the query's
// word matcher. Match positions and texts in its answers cost Meilisearch about half of a search.
const HIT_ATTRIBUTES = ['id', 'groupKey', 'kind'] satisfies (keyof SearchDocument)[];

type MatchHit = Pick<SearchDocument, (typeof HIT_ATTRIBUTES)[number]>;

function facetValues(distribution: Record<string, Record<string, number>> | undefined): SearchResults['facets'] {
	const facets = {} as SearchResults['facets'];
	for (const facet of FACETS) {
		facets[facet] = Object.entries(distribution?.[facet] ?? {})
			.map(([value, count]) => ({ value, count }))
			.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
	}
	return facets;
}

export interface SearchQueries {
	/** The page of groups: one hit per concept (`distinct`), the best first. */
	groups: MultiSearchQuery;
	/**
	 * Over every match, the facet counts and the concepts the matches belong to. With `distinct`,
	 * facets would only count each group's representative, and `page` pagination's exact total
	 * makes Meilisearch apply `distinct` to every match (up to 40 ms a search at 80,000 documents);
	 * the number of groups is the number of matched concepts plus matched unlinked entries.
	 */
	counts: MultiSearchQuery;
}

/** The two requests every search starts with; they are sent side by side. */
export function searchQueries(uid: string, q: string, filters: string[], request: SearchRequest): SearchQueries {
	return {
		groups: {
			indexUid: uid,
			q,
			filter: filters,
			distinct: 'groupKey',
			offset: (request.page - 1) * request.perPage,
			limit: request.perPage,
			attributesToRetrieve: HIT_ATTRIBUTES
		},
		counts: { indexUid: uid, q, filter: filters, facets: [...FACETS, 'groupConcept'], limit: 0 }
	};
}

/**
 * Everything that matched in the page's concept groups, asked as soon as the page is known (so
 * alongside the counts); null when the page holds no concept group.
 */
export function membersQuery(
	uid: string,
	q: string,
	filters: string[],
	conceptGroupKeys: readonly string[]
): MultiSearchQuery | null {
	if (conceptGroupKeys.length === 0) return null;
	return {
		indexUid: uid,
		q,
		filter: [...filters, `groupKey IN [${conceptGroupKeys.map((key) => `"${key}"`).join(', ')}]`],
		limit: MEMBERS_LIMIT,
		attributesToRetrieve: HIT_ATTRIBUTES
	};
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A promise whose failure is observed at once and rethrown by `unwrap`, when the result is wanted. */
function settled<T>(promise: Promise<T>): Promise<Settled<T>> {
	return promise.then(
		(value) => ({ ok: true, value }),
		(error: unknown) => ({ ok: false, error })
	);
}

function unwrap<T>(result: Settled<T>): T {
	if (!result.ok) throw result.error;
	return result.value;
}

/** The number of groups a search found: its concepts plus its unlinked entries, from the facet counts of pageQueries. */
export function groupTotal(distribution: Record<string, Record<string, number>>): number {
	return Object.keys(distribution.groupConcept ?? {}).length + (distribution.conceptStatus?.unmapped ?? 0);
}

export async function searchWithMeilisearch(
	db: Db,
	search: SearchService,
	viewer: Viewer,
	request: SearchRequest
): Promise<SearchResults> {
	const started = performance.now();
	const uid = indexName(search.indexPrefix, TERMS_INDEX.uid);
	const distributions = readableDistributions(viewer);
	const filters = meilisearchFilters(request, distributions);
	const q = expandQuery(normaliseForSearch(request.q));

	const queries = searchQueries(uid, q, filters, request);
	const searchOne = async <T>(query: MultiSearchQuery) => {
		const [result] = await search.multiSearch<T>([query]);
		if (!result) throw new Error('Meilisearch answered without results');
		return result;
	};
	// The viewer's distributions guard the reads of texts too: a document whose list was restricted
	// a moment ago is already so in the copy, before Meilisearch hears of it.
	const readDocuments = async (hits: readonly MatchHit[]) =>
		mirroredDocuments(
			db,
			hits.map((hit) => hit.id),
			distributions
		);
	// Meilisearch runs the queries of one multi-search one after the other, and separate requests
	// side by side; the members depend on the page only, so they need not wait for the counts.
	const countsResult = searchOne<MatchHit>(queries.counts);
	const pageAndMembers = searchOne<MatchHit>(queries.groups).then(async (pageResult) => {
		const groupHits = pageResult.hits;
		const conceptGroupKeys = groupHits.map((hit) => hit.groupKey).filter((key) => key.startsWith('c'));
		const members = membersQuery(uid, q, filters, conceptGroupKeys);
		const memberHits = settled(
			members ? searchOne<MatchHit>(members).then((result) => result.hits) : Promise.resolve([])
		);
		// While Meilisearch looks for the members, the texts every group shows whatever else matched:
		// its best match, and its concept's label and English consensus text.
		await setImmediate(); // the members request leaves before the reads hold the thread
		const [representatives, context] = await Promise.all([
			readDocuments(groupHits),
			groupContext(
				db,
				viewer,
				groupHits.map((hit) => hit.groupKey),
				new Set(groupHits.filter((hit) => hit.kind === 'consensus').map((hit) => hit.groupKey))
			)
		]);
		return { groupHits, memberHits: unwrap(await memberHits), representatives, context };
	});
	// Both settle before anything is thrown, so no request is left unobserved.
	const [counts, page] = await Promise.allSettled([countsResult, pageAndMembers]);
	if (counts.status === 'rejected') throw counts.reason;
	if (page.status === 'rejected') throw page.reason;
	const distribution = counts.value.facetDistribution ?? {};
	const total = groupTotal(distribution);
	const { groupHits, memberHits, representatives, context } = page.value;

	const perGroup = entriesPerGroup(request);
	const shown = groupHits.map((hit) => ({
		key: hit.groupKey,
		...shownMatches(
			[hit, ...memberHits.filter((member) => member.groupKey === hit.groupKey && member.id !== hit.id)],
			perGroup
		)
	}));
	const documents = new Map(representatives.map((document) => [document.id, document]));
	// A document belongs to one group, so no hit is read twice.
	const unread = shown.flatMap((group) => group.shown).filter((hit) => !documents.has(hit.id));
	for (const document of await readDocuments(unread)) documents.set(document.id, document);
	const matchedGroups: MatchedGroup[] = shown
		.map((group) => ({
			key: group.key,
			documents: group.shown.flatMap((hit) => documents.get(hit.id) ?? []),
			matchedEntries: group.matchedEntries
		}))
		// Documents deleted from the copy since Meilisearch answered (the deletion reaches it next).
		.filter((group) => group.documents.length > 0);
	// A group whose representative was national but where a consensus text matched too shows that
	// text; the English one read for it goes unused.
	const groups: ResultGroup[] = buildResultGroups(viewer, matchedGroups, context, queryWordMatcher(request.q));

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

export async function searchTerms(
	db: Db,
	search: SearchService,
	viewer: Viewer,
	request: SearchRequest
): Promise<SearchResults> {
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
