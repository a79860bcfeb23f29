// The server's Meilisearch client. Its key can write our indexes, so it never leaves the server.
import { Meilisearch } from 'meilisearch';
import type { AppConfig } from '../config';
import { readMasterKey } from './embedded';

export interface SearchService {
	client: Meilisearch;
	indexPrefix: string;
}

export function createSearchService(config: AppConfig): SearchService {
	const apiKey = config.search.masterKey ?? readMasterKey(config.dataDir) ?? undefined;
	const client = new Meilisearch({
		host: config.search.url,
		apiKey,
		// A search that cannot be answered quickly falls back to SQLite; never hang a page on it.
		timeout: 5_000
	});
	return { client, indexPrefix: config.search.indexPrefix };
}
