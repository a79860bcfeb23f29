// Writes that change what search should find add a row here in the same transaction. The sync
// worker rebuilds each document from SQLite, so the row only names the document, never its content.
import type { Kysely, Transaction } from 'kysely';
import type { Database, SearchOutboxTable } from './db/schema';
import { nowIso } from './clock';

export type SearchDocumentType = SearchOutboxTable['documentType'];

export async function enqueueSearchUpdate(
	trx: Transaction<Database>,
	documentType: SearchDocumentType,
	documentIds: readonly number[]
): Promise<void> {
	const now = nowIso();
	// In slices: a list of 50,000 entries would exceed SQLite's limit on bound values in one INSERT.
	for (let start = 0; start < documentIds.length; start += ROWS_PER_STATEMENT) {
		await trx
			.insertInto('searchOutbox')
			.values(
				documentIds
					.slice(start, start + ROWS_PER_STATEMENT)
					.map((documentId) => ({ documentType, documentId, enqueuedAt: now, nextAttemptAt: now }))
			)
			.execute();
	}
}

const ROWS_PER_STATEMENT = 1000;

/**
 * Bumped whenever the shape of the search documents changes (version 2 added `equivalents`,
 * version 3 `groupConcept`):
 * documents indexed by an earlier version lack what the new code searches, so they are queued
 * again once, at start, through the outbox like any other change.
 */
export const SEARCH_DOCUMENT_VERSION = 3;
const DOCUMENT_VERSION_SETTING = 'search_document_version';

/** Queues every entry and concept again if the index was built by another document version; returns how many. */
export async function requeueIfDocumentsChanged(db: Kysely<Database>): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const stored = await trx
			.selectFrom('appSetting')
			.select('value')
			.where('key', '=', DOCUMENT_VERSION_SETTING)
			.executeTakeFirst();
		if (stored?.value === String(SEARCH_DOCUMENT_VERSION)) return 0;
		// Nothing was ever sent to the index (a new database): what is queued builds current documents.
		const indexedBefore = await trx
			.selectFrom('searchOutbox')
			.select('id')
			.where('processedAt', 'is not', null)
			.limit(1)
			.executeTakeFirst();
		const entries = indexedBefore
			? (await trx.selectFrom('nationalEntry').select('id').execute()).map((row) => row.id)
			: [];
		const concepts = indexedBefore ? (await trx.selectFrom('concept').select('id').execute()).map((row) => row.id) : [];
		await enqueueSearchUpdate(trx, 'national_entry', entries);
		await enqueueSearchUpdate(trx, 'concept', concepts);
		await recordDocumentVersion(trx);
		return entries.length + concepts.length;
	});
}

/** Notes that the index holds documents of the current shape (after queueing them all, or a full reindex). */
export async function recordDocumentVersion(db: Kysely<Database>): Promise<void> {
	const value = String(SEARCH_DOCUMENT_VERSION);
	await db
		.insertInto('appSetting')
		.values({ key: DOCUMENT_VERSION_SETTING, value, updatedAt: nowIso() })
		.onConflict((oc) => oc.column('key').doUpdateSet({ value, updatedAt: nowIso() }))
		.execute();
}
