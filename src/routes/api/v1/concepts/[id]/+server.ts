import { getServices } from '$lib/server/app';
import { answerJson, notFound } from '$lib/server/api/endpoint';
import { getApiConcept } from '$lib/server/api/concepts';
import { parseConceptQuery, parsePathNumber } from '$lib/server/api/parameters';
import type { RequestHandler } from './$types';

// Always the anonymous view: locals.actor is deliberately not used.
export const GET: RequestHandler = ({ request, url, params }) => {
	const conceptId = parsePathNumber(params.id);
	if (conceptId === null)
		return notFound(`There is no concept "${params.id}" in the consensus glossary; concept ids are whole numbers.`);
	return answerJson(request, () =>
		getApiConcept(getServices().db, conceptId, parseConceptQuery(url.searchParams), url.origin)
	);
};
