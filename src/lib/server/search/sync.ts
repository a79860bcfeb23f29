// Drains the search outbox: the documents named by pending rows are rebuilt from SQLite and sent
// to Meilisearch (upserts and deletions, batched), and to the SQLite mirror used when Meilisearch
// is down. Rows are leased inside an IMMEDIATE transaction, so several app processes can run the
// worker side by side; a row is done only when Meilisearch reports its task succeeded (a failed
// task resolves normally in the client, so its status is checked), and retried with backoff
// otherwise. Replaying a row is harmless: documents are always rebuilt from the current data.
import type { Transaction } from 'kysely';
import type { Task } from 'meilisearch';
import type { Db } from '../db/connection';
import type { Database } from '../db/schema';
import { nowIso } from '../clock';
import type { SearchService } from './client';
import { TERMS_INDEX, indexName } from './index-definitions';
import { loadConceptSources, loadNationalEntrySources } from './sources';
import { deleteMirrored, upsertMirrored } from './mirror';
import { conceptDocuments, nationalEntryDocument, type SearchDocument } from '../../domain/search/documents';
import { OSCE_LANGUAGES } from '../../domain/vocabulary';

const LEASE_MS = 60_000;
const TASK_TIMEOUT_MS = 60_000;
const MAX_BACKOFF_MS = 5 * 60_000;

export interface SyncOutcome {
	claimed: number;
	upserted: number;
	deleted: number;
	failed: number;
	error?: string;
}

interface ClaimedRow {
	id: number;
	documentType: 'national_entry' | 'concept';
	documentId: number;
	attempts: number;
}

/** The rows due now, oldest first, that no other process holds a lease on. */
export function dueOutboxRows(db: Db | Transaction<Database>, limit: number, nowText: string) {
	return db
		.selectFrom('searchOutbox')
		.select(['id', 'documentType', 'documentId', 'attempts'])
		.where('processedAt', 'is', null)
		.where('nextAttemptAt', '<=', nowText)
		.where((eb) => eb.or([eb('leasedUntil', 'is', null), eb('leasedUntil', '<', nowText)]))
		.orderBy('id')
		.limit(limit);
}

/**
 * Leases the rows due now. The lease (its expiry) also names this claim: a row is settled only
 * while it still holds it, so a row taken back meanwhile (a lease that ran out, or a reindex that
 * reopened it) is left for the next pass.
 */
async function claim(db: Db, limit: number, now: Date): Promise<{ rows: ClaimedRow[]; lease: string }> {
	const nowText = now.toISOString();
	const lease = new Date(now.getTime() + LEASE_MS).toISOString();
	return db.transaction().execute(async (trx) => {
		const rows = await dueOutboxRows(trx, limit, nowText).execute();
		if (rows.length > 0) {
			await trx
				.updateTable('searchOutbox')
				.set({ leasedUntil: lease })
				.where(
					'id',
					'in',
					rows.map((row) => row.id)
				)
				.execute();
		}
		return { rows, lease };
	});
}

function checkTask(task: Task, what: string): void {
	if (task.status !== 'succeeded')
		throw new Error(`Meilisearch could not ${what}: ${task.error?.message ?? task.status}`);
}

/** Documents to upsert and ids to delete for the claimed rows, rebuilt from SQLite. */
export async function buildChanges(db: Db, rows: readonly Pick<ClaimedRow, 'documentType' | 'documentId'>[]) {
	const entryIds = [
		...new Set(rows.filter((row) => row.documentType === 'national_entry').map((row) => row.documentId))
	];
	const conceptIds = [...new Set(rows.filter((row) => row.documentType === 'concept').map((row) => row.documentId))];
	const upserts: SearchDocument[] = [];
	const deletions: string[] = [];
	for (const [entryId, source] of await loadNationalEntrySources(db, entryIds)) {
		if (source) upserts.push(nationalEntryDocument(source));
		else deletions.push(`n${entryId}`);
	}
	for (const [conceptId, source] of await loadConceptSources(db, conceptIds)) {
		const documents = source ? conceptDocuments(source) : [];
		upserts.push(...documents);
		const kept = new Set(documents.map((document) => document.id));
		deletions.push(...OSCE_LANGUAGES.map((language) => `c${conceptId}-${language}`).filter((id) => !kept.has(id)));
	}
	return { upserts, deletions };
}

export async function sendToMeilisearch(
	search: SearchService,
	upserts: readonly SearchDocument[],
	deletions: readonly string[],
	uid?: string
): Promise<void> {
	const index = search.client.index(uid ?? indexName(search.indexPrefix, TERMS_INDEX.uid));
	// Tasks of one index run in the order they were enqueued, so a deletion queued after an upsert wins.
	if (upserts.length > 0) {
		const task = await index
			.addDocuments([...upserts], { primaryKey: TERMS_INDEX.primaryKey })
			.waitTask({ timeout: TASK_TIMEOUT_MS });
		checkTask(task, `index ${upserts.length} document(s)`);
	}
	if (deletions.length > 0) {
		const task = await index.deleteDocuments([...deletions]).waitTask({ timeout: TASK_TIMEOUT_MS });
		checkTask(task, `delete ${deletions.length} document(s)`);
	}
}

function backoffMs(attempts: number): number {
	return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(attempts, 10));
}

/** One pass over the pending outbox rows (up to `batchSize`). */
export async function syncOutboxOnce(
	db: Db,
	search: SearchService,
	options: { batchSize?: number; now?: Date } = {}
): Promise<SyncOutcome> {
	const now = options.now ?? new Date();
	const { rows, lease } = await claim(db, options.batchSize ?? 500, now);
	if (rows.length === 0) return { claimed: 0, upserted: 0, deleted: 0, failed: 0 };

	const { upserts, deletions } = await buildChanges(db, rows);
	// The SQLite mirror is local and always succeeds; it is what search falls back to.
	await db.transaction().execute(async (trx) => {
		await upsertMirrored(trx, upserts);
		await deleteMirrored(trx, deletions);
	});

	const ids = rows.map((row) => row.id);
	try {
		await sendToMeilisearch(search, upserts, deletions);
		search.recentResults.clear();
		await db
			.updateTable('searchOutbox')
			.set({ processedAt: nowIso(), leasedUntil: null, lastError: null })
			.where('id', 'in', ids)
			.where('leasedUntil', '=', lease)
			.execute();
		return { claimed: rows.length, upserted: upserts.length, deleted: deletions.length, failed: 0 };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		await db.transaction().execute(async (trx) => {
			for (const row of rows) {
				await trx
					.updateTable('searchOutbox')
					.set({
						attempts: row.attempts + 1,
						nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)).toISOString(),
						lastError: message.slice(0, 500),
						leasedUntil: null
					})
					.where('id', '=', row.id)
					.where('leasedUntil', '=', lease)
					.execute();
			}
		});
		return { claimed: rows.length, upserted: 0, deleted: 0, failed: rows.length, error: message };
	}
}

/** Drains until nothing is due (used by tests and the command line). */
export async function drainOutbox(db: Db, search: SearchService): Promise<SyncOutcome> {
	const total: SyncOutcome = { claimed: 0, upserted: 0, deleted: 0, failed: 0 };
	for (;;) {
		const outcome = await syncOutboxOnce(db, search);
		total.claimed += outcome.claimed;
		total.upserted += outcome.upserted;
		total.deleted += outcome.deleted;
		total.failed += outcome.failed;
		if (outcome.error) total.error = outcome.error;
		if (outcome.claimed === 0 || outcome.failed > 0) return total;
	}
}

export interface OutboxWorker {
	stop(): Promise<void>;
}

/** Runs the outbox sync every `intervalMs` in the background of the app process. */
export function startOutboxWorker(db: Db, search: SearchService, intervalMs = 1000): OutboxWorker {
	let stopped = false;
	let running: Promise<unknown> = Promise.resolve();
	let timer: NodeJS.Timeout | null = null;
	let lastError: string | null = null;
	const tick = () => {
		if (stopped) return;
		running = drainOutbox(db, search)
			.then((outcome) => {
				if (outcome.error && outcome.error !== lastError) console.warn(`Search: ${outcome.error} (will retry)`);
				if (!outcome.error && lastError) console.info('Search: Meilisearch is reachable again; the outbox is drained.');
				lastError = outcome.error ?? null;
			})
			.catch((error: unknown) => console.error('Search: the outbox sync failed', error))
			.finally(() => {
				if (!stopped) timer = setTimeout(tick, intervalMs);
			});
	};
	timer = setTimeout(tick, 0);
	return {
		async stop() {
			stopped = true;
			if (timer) clearTimeout(timer);
			await running;
		}
	};
}

export interface OutboxState {
	pending: number;
	failing: number;
	oldestPendingAt: string | null;
	lastError: string | null;
}

export async function outboxState(db: Db): Promise<OutboxState> {
	const row = await db
		.selectFrom('searchOutbox')
		.select((eb) => [
			eb.fn.countAll<number>().as('pending'),
			eb.fn.sum<number>(eb.case().when('attempts', '>', 0).then(1).else(0).end()).as('failing'),
			eb.fn.min('enqueuedAt').as('oldest')
		])
		.where('processedAt', 'is', null)
		.executeTakeFirstOrThrow();
	const last = await db
		.selectFrom('searchOutbox')
		.select('lastError')
		.where('processedAt', 'is', null)
		.where('lastError', 'is not', null)
		.orderBy('id', 'desc')
		.executeTakeFirst();
	return {
		pending: row.pending,
		failing: Number(row.failing ?? 0),
		oldestPendingAt: row.oldest ?? null,
		lastError: last?.lastError ?? null
	};
}
