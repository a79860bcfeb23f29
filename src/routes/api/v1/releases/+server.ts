import { getServices } from '$lib/server/app';
import { answerJson } from '$lib/server/api/endpoint';
import { listApiReleases } from '$lib/server/api/releases';
import { parseNoParameters } from '$lib/server/api/parameters';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url }) =>
	answerJson(request, async () => {
		parseNoParameters(url.searchParams);
		return listApiReleases(getServices().db, url.origin);
	});
