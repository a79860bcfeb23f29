// What a search answers, whichever engine answered it: a file of its own, so the client, the
// Meilisearch query and the database fallback all read it without importing one another.
import type { ResultGroup } from './result-groups';

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
	facets: Record<
		'stateCode' | 'language' | 'cycleYear' | 'kind' | 'conceptStatus' | 'translationPending',
		FacetValue[]
	>;
	tookMs: number;
}

export const FALLBACK_NOTICE =
	'The full search service is not available at the moment, so these results come from a simpler search: it does not forgive typos or find other word forms, and the figures by facet are approximate.';
