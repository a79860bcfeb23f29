// The requests of every search, POST /multi-search, sent with undici's own `request` rather than
// through the meilisearch client. The client goes through Node's fetch, which costs about 2.5 ms
// more per request on this path (npm run bench:search, keep-alive check), and on a reused
// connection walks into the ~40 ms Nagle/delayed-ACK trap of shared/research/meilisearch.md §5.
// undici's `request` does not: it keeps its connections alive at 3-4 ms a request (the same check),
// and saves a connection set-up and tear-down per request, which at 32 concurrent searches is a
// visible share of the app's time. Everything else (tasks, settings, documents) uses the client.
import { Agent, request } from 'undici';
import type { MultiSearchQuery, MultiSearchResult } from 'meilisearch';

/** Meilisearch answered, with an error. */
export class SearchResponseError extends Error {
	constructor(
		readonly status: number,
		readonly code: string | null,
		message: string
	) {
		super(message);
		this.name = 'SearchResponseError';
	}
}

// Enough for the searches of a busy process in parallel; Meilisearch queues what its cores cannot take.
const SEARCH_CONNECTIONS = 64;

export type MultiSearch = <T>(queries: MultiSearchQuery[]) => Promise<MultiSearchResult<T>[]>;

export function createMultiSearch(host: string, apiKey: string | undefined, timeoutMs: number): MultiSearch {
	const url = new URL('multi-search', host.endsWith('/') ? host : `${host}/`);
	const dispatcher = new Agent({ connections: SEARCH_CONNECTIONS });
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	if (apiKey) headers.authorization = `Bearer ${apiKey}`;
	return async <T>(queries: MultiSearchQuery[]) => {
		// The whole exchange, answer included, within the timeout.
		const response = await request(url, {
			method: 'POST',
			headers,
			body: JSON.stringify({ queries }),
			dispatcher,
			signal: AbortSignal.timeout(timeoutMs)
		});
		const body = (await response.body.json()) as { results?: MultiSearchResult<T>[]; code?: string; message?: string };
		if (response.statusCode !== 200 || !body.results) {
			throw new SearchResponseError(
				response.statusCode,
				body.code ?? null,
				`Meilisearch answered ${response.statusCode}: ${body.message ?? 'no results'}`
			);
		}
		return body.results;
	};
}
