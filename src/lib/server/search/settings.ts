// Applies search-config/ to Meilisearch: creates missing indexes and sends every index its settings.
// Meilisearch compares them with what it has and only reindexes when they changed, so sending them
// at every start is how a changed settings file takes effect without a manual step.
import { MeilisearchApiError, type Task } from 'meilisearch';
import { INDEX_DEFINITIONS, indexName } from './index-definitions';
import type { SearchService } from './client';

const SETTINGS_TIMEOUT_MS = 120_000;

function assertSucceeded(task: Task, what: string): void {
	// A failed task resolves normally in the client; only its status tells.
	if (task.status !== 'succeeded') {
		throw new Error(`Meilisearch could not ${what}: ${task.error?.message ?? task.status}`);
	}
}

export async function ensureIndexes(search: SearchService): Promise<void> {
	for (const definition of INDEX_DEFINITIONS) {
		const uid = indexName(search.indexPrefix, definition.uid);
		try {
			await search.client.getIndex(uid);
		} catch (error) {
			if (!(error instanceof MeilisearchApiError) || error.cause?.code !== 'index_not_found') throw error;
			const task = await search.client
				.createIndex(uid, { primaryKey: definition.primaryKey })
				.waitTask({ timeout: SETTINGS_TIMEOUT_MS });
			// Another process may have created it in the meantime; that is fine.
			if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') {
				assertSucceeded(task, `create the index ${uid}`);
			}
		}
	}
}

export async function applySearchSettings(search: SearchService): Promise<void> {
	await ensureIndexes(search);
	for (const definition of INDEX_DEFINITIONS) {
		const uid = indexName(search.indexPrefix, definition.uid);
		const task = await search.client
			.index(uid)
			.updateSettings(definition.settings)
			.waitTask({ timeout: SETTINGS_TIMEOUT_MS });
		assertSucceeded(task, `apply the settings of ${uid}`);
	}
	search.recentResults.clear(); // the same words may rank differently now
}
