// Command-line tools that need Meilisearch use the one in MEILI_URL, or the bundled one: already
// running (the app is up) or started for the duration of the command.
import type { AppConfig } from '../lib/server/config';
import { readMasterKey, startEmbeddedMeilisearch } from '../lib/server/search/embedded';

async function answers(url: string): Promise<boolean> {
	try {
		return (await fetch(`${url}/health`)).ok;
	} catch {
		return false;
	}
}

export async function withSearch(config: AppConfig, task: () => Promise<void>): Promise<void> {
	if (!config.search.embedded || (await answers(config.search.url))) {
		process.env.MEILI_URL ??= config.search.url;
		process.env.MEILI_MASTER_KEY ??= config.search.masterKey ?? readMasterKey(config.dataDir) ?? '';
		return task();
	}
	const meilisearch = await startEmbeddedMeilisearch({ dataDir: config.dataDir, port: config.search.embeddedPort });
	process.env.MEILI_URL = meilisearch.url;
	process.env.MEILI_MASTER_KEY = meilisearch.masterKey;
	try {
		await task();
	} finally {
		await meilisearch.stop();
	}
}
