import { getServices } from '$lib/server/app';
import { answerJson } from '$lib/server/api/endpoint';
import { openApiDocument } from '$lib/server/api/openapi';
import { parseNoParameters } from '$lib/server/api/parameters';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url }) =>
	answerJson(request, async () => {
		parseNoParameters(url.searchParams);
		return openApiDocument(url.origin, getServices().config.apiRateLimitPerMinute);
	});
