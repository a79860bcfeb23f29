import { getServices } from '$lib/server/app';
import { searchTerms } from '$lib/server/search/query';
import { apiJson } from '$lib/server/api/responses';
import { parseSearchRequest } from '$lib/domain/search/request';
import type { RequestHandler } from './$types';

// The same search as the page, as JSON. Anonymous callers see public content only; a signed-in
// user of a participating State (same-site requests carry the session cookie) also sees restricted.
export const GET: RequestHandler = async ({ locals, request, url }) => {
	const { db, search } = getServices();
	const searchRequest = parseSearchRequest(url.searchParams);
	const { tookMs, ...results } = await searchTerms(db, search, locals.actor, searchRequest);
	const body = { query: searchRequest, ...results };
	// The timing differs on every request; leaving it out of the ETag lets a repeat search get a 304.
	return apiJson(request, body, {
		unversioned: { tookMs },
		cacheControl: locals.actor ? 'private, no-store' : 'public, max-age=30',
		headers: { Vary: 'Cookie' }
	});
};
