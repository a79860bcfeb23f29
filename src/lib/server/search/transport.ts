// The request every search makes, POST /multi-search, sent with undici's own `request` rather
// than through the meilisearch client. The client goes through Node's fetch, which costs about
// 2.5 ms more per request on this path (npm run bench:search, keep-alive check: 5.3 ms against
// 2.9 ms for the same 30 KB answer), and a page needs up to two of them. Everything else (tasks,
// settings, documents) still uses the client.
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

export type MultiSearch = <T>(queries: MultiSearchQuery[]) => Promise<MultiSearchResult<T>[]>;

export function createMultiSearch(host: string, apiKey: string | undefined, timeoutMs: number): MultiSearch {
	const url = new URL('multi-search', host.endsWith('/') ? host : `${host}/`);
	// A fresh loopback connection per request: see client.ts on keep-alive with Meilisearch.
	const dispatcher = new Agent({ pipelining: 0 });
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	if (apiKey) headers.authorization = `Bearer ${apiKey}`;
	return async <T>(queries: MultiSearchQuery[]) => {
		// The whole exchange, answer included, within the timeout.
		const response = await request(url, { method: 'POST', headers, body: JSON.stringify({ queries }), dispatcher, signal: AbortSignal.timeout(timeoutMs) });
		const body = (await response.body.json()) as { results?: MultiSearchResult<T>[]; code?: string; message?: string };
		if (response.statusCode !== 200 || !body.results) {
			throw new SearchResponseError(response.statusCode, body.code ?? null, `Meilisearch answered ${response.statusCode}: ${body.message ?? 'no results'}`);
		}
		return body.results;
	};
}
