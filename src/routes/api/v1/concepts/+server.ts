import { getServices } from '$lib/server/app';
import { answerJson } from '$lib/server/api/endpoint';
import { listApiConcepts } from '$lib/server/api/concepts';
import { parseConceptListQuery } from '$lib/server/api/parameters';
import type { RequestHandler } from './$types';

// Always the anonymous view: locals.actor is deliberately not used.
export const GET: RequestHandler = ({ request, url }) =>
	answerJson(request, () => listApiConcepts(getServices().db, parseConceptListQuery(url.searchParams), url.origin));
