// A search as the URL holds it (so it can be shared, bookmarked and run without JavaScript), read
// strictly: values that are not well-formed are dropped, never passed on to the search engine.

export const KINDS = ['national', 'consensus'] as const;
export type ResultKind = (typeof KINDS)[number];
export const CONCEPT_STATUSES = ['agreed', 'candidate', 'deprecated', 'unmapped'] as const;
export type ConceptStatusFilter = (typeof CONCEPT_STATUSES)[number];
export const PAGE_SIZES = [10, 20, 50] as const;
export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 500;

export interface SearchRequest {
	q: string;
	states: string[];
	languages: string[];
	cycles: number[];
	kinds: ResultKind[];
	statuses: ConceptStatusFilter[];
	/** true: only entries still lacking an English text. */
	translationPending: boolean;
	/** One concept's group only, with every entry that matched in it (a page shows a few per group). */
	concept: number | null;
	page: number;
	perPage: number;
}

const STATE = /^[A-Z]{2}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function unique<T>(values: T[]): T[] {
	return [...new Set(values)];
}

export function parseSearchRequest(params: URLSearchParams): SearchRequest {
	const page = Number(params.get('page'));
	const perPage = Number(params.get('perPage'));
	const concept = Number(params.get('concept'));
	return {
		q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH),
		states: unique(
			params
				.getAll('state')
				.map((value) => value.toUpperCase())
				.filter((value) => STATE.test(value))
		),
		languages: unique(params.getAll('language').filter((value) => LANGUAGE.test(value))),
		cycles: unique(
			params
				.getAll('cycle')
				.map(Number)
				.filter((value) => Number.isInteger(value) && value >= 2013 && value <= 2200)
		),
		kinds: unique(
			params.getAll('kind').filter((value): value is ResultKind => (KINDS as readonly string[]).includes(value))
		),
		statuses: unique(
			params
				.getAll('status')
				.filter((value): value is ConceptStatusFilter => (CONCEPT_STATUSES as readonly string[]).includes(value))
		),
		translationPending: params.get('pending') === '1',
		concept: Number.isSafeInteger(concept) && concept >= 1 ? concept : null,
		page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
		perPage: (PAGE_SIZES as readonly number[]).includes(perPage) ? perPage : 20
	};
}

/** The canonical URL parameters of a request, in a stable order; defaults are left out. */
export function searchRequestParams(request: SearchRequest, changes: Partial<SearchRequest> = {}): URLSearchParams {
	const merged = { ...request, ...changes };
	const params = new URLSearchParams();
	if (merged.q) params.set('q', merged.q);
	for (const state of merged.states) params.append('state', state);
	for (const language of merged.languages) params.append('language', language);
	for (const cycle of merged.cycles) params.append('cycle', String(cycle));
	for (const kind of merged.kinds) params.append('kind', kind);
	for (const status of merged.statuses) params.append('status', status);
	if (merged.translationPending) params.set('pending', '1');
	if (merged.concept !== null) params.set('concept', String(merged.concept));
	if (merged.perPage !== 20) params.set('perPage', String(merged.perPage));
	if (merged.page > 1) params.set('page', String(merged.page));
	return params;
}

function quote(value: string | number): string {
	return typeof value === 'number' ? String(value) : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function anyOf(attribute: string, values: readonly (string | number)[]): string | null {
	return values.length === 0 ? null : `${attribute} IN [${values.map(quote).join(', ')}]`;
}

/** The filter that keeps what the viewer may not read out of every query. */
export function visibilityFilter(visibleTo: readonly ('public' | 'restricted')[]): string {
	return anyOf('visibility', visibleTo) ?? 'visibility IN ["public"]';
}

/**
 * Meilisearch filter expressions (all must hold). The visibility filter comes from the viewer's
 * rights and is always first; nothing in the request can widen it.
 */
export function meilisearchFilters(request: SearchRequest, visibleTo: readonly ('public' | 'restricted')[]): string[] {
	const filters = [
		visibilityFilter(visibleTo),
		anyOf('stateCode', request.states),
		anyOf('language', request.languages),
		anyOf('cycleYear', request.cycles),
		anyOf('kind', request.kinds),
		anyOf('conceptStatus', request.statuses),
		request.translationPending ? 'translationPending = true' : null,
		request.concept === null ? null : `groupConcept = ${request.concept}`
	];
	return filters.filter((filter): filter is string => filter !== null);
}

export function hasFilters(request: SearchRequest): boolean {
	return (
		request.states.length +
			request.languages.length +
			request.cycles.length +
			request.kinds.length +
			request.statuses.length >
			0 || request.translationPending
	);
}
