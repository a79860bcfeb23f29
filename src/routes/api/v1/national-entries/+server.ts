import { getServices } from '$lib/server/app';
import { answerJson } from '$lib/server/api/endpoint';
import { listApiNationalEntries } from '$lib/server/api/national-entries';
import { parseNationalEntryQuery } from '$lib/server/api/parameters';
import type { RequestHandler } from './$types';

// Always the anonymous view: locals.actor is deliberately not used.
export const GET: RequestHandler = ({ request, url }) =>
	answerJson(request, () =>
		listApiNationalEntries(getServices().db, parseNationalEntryQuery(url.searchParams), url.origin)
	);
