// Rebuilds the search index from SQLite without downtime: everything goes into a fresh index,
// which is checked and then swapped with the live one in one atomic step; searches keep using the
// old index until the swap. The SQLite mirror is rewritten in the same run, document by document
// (searches read their texts from it), and loses what the run did not write only at the end.
import type { Db } from '../db/connection';
import type { SearchService } from './client';
import { TERMS_INDEX, indexName } from './index-definitions';
import { ensureIndexes } from './settings';
import { allNationalEntrySources, loadConceptSources } from './sources';
import { deleteMirroredExcept, upsertMirrored } from './mirror';
import { sendToMeilisearch } from './sync';
import { recordDocumentVersion } from '../outbox';
import { nowIso } from '../clock';
import { conceptDocuments, nationalEntryDocument, type SearchDocument } from '../../domain/search/documents';

const TASK_TIMEOUT_MS = 300_000;
const BATCH = 2_000; // documents per request to Meilisearch

export interface ReindexReport {
	documents: number;
	national: number;
	consensus: number;
	durationMs: number;
}

/** Every document the index should hold, in batches. */
async function* allDocuments(db: Db): AsyncGenerator<SearchDocument[]> {
	for await (const sources of allNationalEntrySources(db)) yield sources.map(nationalEntryDocument);
	const concepts = [...(await loadConceptSources(db)).values()].filter((source) => source !== null);
	yield concepts.flatMap(conceptDocuments);
}

export interface ReindexOptions {
	/** Told after each batch sent to the new index, and awaited. */
	onProgress?: (message: string) => void | Promise<void>;
	batchSize?: number;
}

export async function reindexAll(
	db: Db,
	search: SearchService,
	{ onProgress = () => {}, batchSize = BATCH }: ReindexOptions = {}
): Promise<ReindexReport> {
	const started = Date.now();
	const live = indexName(search.indexPrefix, TERMS_INDEX.uid);
	const next = `${live}_next_${started}`;
	// Rows enqueued from here on are handled by the worker after the swap; older ones are covered.
	const lastRow = await db
		.selectFrom('searchOutbox')
		.select((eb) => eb.fn.max('id').as('id'))
		.executeTakeFirst();

	await ensureIndexes(search);
	const created = await search.client
		.createIndex(next, { primaryKey: TERMS_INDEX.primaryKey })
		.waitTask({ timeout: TASK_TIMEOUT_MS });
	if (created.status !== 'succeeded')
		throw new Error(`Could not create ${next}: ${created.error?.message ?? created.status}`);
	try {
		const settings = await search.client
			.index(next)
			.updateSettings(TERMS_INDEX.settings)
			.waitTask({ timeout: TASK_TIMEOUT_MS });
		if (settings.status !== 'succeeded')
			throw new Error(`Could not apply the settings: ${settings.error?.message ?? settings.status}`);

		let national = 0;
		let consensus = 0;
		let pending: SearchDocument[] = [];
		const written = new Set<string>();
		const flush = async () => {
			if (pending.length === 0) return;
			await sendToMeilisearch(search, pending, [], next);
			pending = [];
			await onProgress(`${national + consensus} documents indexed`);
		};
		for await (const batch of allDocuments(db)) {
			await db.transaction().execute(async (trx) => upsertMirrored(trx, batch));
			for (const document of batch) {
				written.add(document.id);
				if (document.kind === 'national') national++;
				else consensus++;
			}
			pending.push(...batch);
			if (pending.length >= batchSize) await flush();
		}
		await flush();

		const stats = await search.client.index(next).getStats();
		if (stats.numberOfDocuments !== national + consensus) {
			throw new Error(
				`The new index holds ${stats.numberOfDocuments} documents instead of ${national + consensus}; the live index was left as it was.`
			);
		}
		const swap = await search.client
			.swapIndexes([{ indexes: [live, next], rename: false }])
			.waitTask({ timeout: TASK_TIMEOUT_MS });
		if (swap.status !== 'succeeded')
			throw new Error(`Could not swap the indexes: ${swap.error?.message ?? swap.status}`);
		search.recentResults.clear();

		await db.transaction().execute(async (trx) => {
			await deleteMirroredExcept(trx, written);
			// Older rows are covered by the new index. Newer rows the worker handled during the run, or is
			// handling now, went to the old index, and the run may have read their entries before the
			// change: send them again, to the new index and to the mirror, which was just pruned of what
			// the run did not read (a worker settles only rows that still hold its lease).
			await trx
				.updateTable('searchOutbox')
				.set({ processedAt: nowIso(), leasedUntil: null })
				.where('processedAt', 'is', null)
				.where('id', '<=', lastRow?.id ?? 0)
				.execute();
			await trx
				.updateTable('searchOutbox')
				.set({ processedAt: null, leasedUntil: null, attempts: 0, nextAttemptAt: nowIso(), lastError: null })
				.where((eb) => eb.or([eb('processedAt', 'is not', null), eb('leasedUntil', 'is not', null)]))
				.where('id', '>', lastRow?.id ?? 0)
				.execute();
		});
		await recordDocumentVersion(db);
		return { documents: national + consensus, national, consensus, durationMs: Date.now() - started };
	} finally {
		// After the swap this holds the old documents; on failure, the half-built ones.
		await search.client.deleteIndexIfExists(next);
	}
}

export interface DriftReport {
	expected: { national: number; consensus: number };
	meilisearch: number | null;
	mirror: number;
	pendingOutbox: number;
	inSync: boolean;
}

/** Compares what SQLite says the index should hold with what Meilisearch and the mirror hold. */
export async function checkDrift(db: Db, search: SearchService): Promise<DriftReport> {
	let national = 0;
	let consensus = 0;
	for await (const batch of allDocuments(db)) {
		for (const document of batch) {
			if (document.kind === 'national') national++;
			else consensus++;
		}
	}
	let indexed: number | null;
	try {
		indexed = (await search.client.index(indexName(search.indexPrefix, TERMS_INDEX.uid)).getStats()).numberOfDocuments;
	} catch {
		indexed = null;
	}
	const mirror = await db
		.selectFrom('searchDocument')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.executeTakeFirstOrThrow();
	const pending = await db
		.selectFrom('searchOutbox')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where('processedAt', 'is', null)
		.executeTakeFirstOrThrow();
	const expected = national + consensus;
	return {
		expected: { national, consensus },
		meilisearch: indexed,
		mirror: mirror.count,
		pendingOutbox: pending.count,
		inSync: indexed === expected && mirror.count === expected
	};
}
