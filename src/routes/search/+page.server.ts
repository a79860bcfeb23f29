import { getServices } from '$lib/server/app';
import { searchTerms } from '$lib/server/search/query';
import { stateNames } from '$lib/server/search/page';
import { parseSearchRequest } from '$lib/domain/search/request';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db, search } = getServices();
	const request = parseSearchRequest(url.searchParams);
	const [results, states] = await Promise.all([searchTerms(db, search, locals.actor, request), stateNames(db)]);
	return { request, results, states };
};
