// The server's Meilisearch client. Its key can write our indexes, so it never leaves the server.
import { Agent } from 'undici';
import { Meilisearch } from 'meilisearch';
import type { AppConfig } from '../config';
import { readMasterKey } from './embedded';
import { createResultCache, type ResultCache } from './result-cache';
import type { SearchResults } from './results';
import { createMultiSearch, type MultiSearch } from './transport';

export interface SearchService {
	client: Meilisearch;
	indexPrefix: string;
	/** POST /multi-search, the requests of every search (transport.ts). */
	multiSearch: MultiSearch;
	/** Recent results of this process, emptied when it applies a change to the index. */
	recentResults: ResultCache<SearchResults>;
}

// Meilisearch (actix-web) does not set TCP_NODELAY and writes headers and body separately, so
// through Node's fetch on a reused keep-alive connection Nagle's algorithm and delayed ACKs add
// ~40 ms to every request (shared/research/meilisearch.md §5; the keep-alive check of
// npm run bench:search). The client, which uses fetch, gets a fresh connection per request;
// searches go through transport.ts, which does not need one.
const noKeepAlive = new Agent({ pipelining: 0 });
// A search that cannot be answered quickly falls back to SQLite; never hang a page on it.
const TIMEOUT_MS = 5_000;

export function createSearchService(config: AppConfig): SearchService {
	const apiKey = config.search.masterKey ?? readMasterKey(config.dataDir) ?? undefined;
	const client = new Meilisearch({
		host: config.search.url,
		apiKey,
		timeout: TIMEOUT_MS,
		requestInit: { dispatcher: noKeepAlive } as RequestInit
	});
	return {
		client,
		indexPrefix: config.search.indexPrefix,
		multiSearch: createMultiSearch(config.search.url, apiKey, TIMEOUT_MS),
		recentResults: createResultCache({
			maxEntries: config.search.resultCacheEntries,
			ttlMs: config.search.resultCacheMs
		})
	};
}
