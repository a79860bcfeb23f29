import { json } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { searchTerms } from '$lib/server/search/query';
import { parseSearchRequest, searchRequestParams } from '$lib/domain/search/request';
import type { RequestHandler } from './$types';

// The same search as the page, as JSON. Anonymous callers see public content only; a signed-in
// user of a participating State (same-site requests carry the session cookie) also sees restricted.
export const GET: RequestHandler = async ({ locals, url }) => {
	const { db, search } = getServices();
	const request = parseSearchRequest(url.searchParams);
	const results = await searchTerms(db, search, locals.actor, request);
	return json(
		{ query: Object.fromEntries(searchRequestParams(request)), ...results },
		{
			headers: {
				'Cache-Control': locals.actor ? 'private, no-store' : 'public, max-age=30',
				Vary: 'Cookie',
				'Access-Control-Allow-Origin': '*'
			}
		}
	);
};
