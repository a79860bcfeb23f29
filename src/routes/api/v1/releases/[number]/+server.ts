import { getServices } from '$lib/server/app';
import { answerJson, notFound } from '$lib/server/api/endpoint';
import { getApiRelease } from '$lib/server/api/releases';
import { parseNoParameters, parsePathNumber } from '$lib/server/api/parameters';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, url, params }) => {
	const number = parsePathNumber(params.number);
	if (number === null)
		return notFound(`There is no release "${params.number}" of the consensus glossary; releases are numbered 1, 2, 3…`);
	return answerJson(request, async () => {
		parseNoParameters(url.searchParams);
		return getApiRelease(getServices().db, number, url.origin);
	});
};
