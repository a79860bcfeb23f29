// Writes that change what search should find add a row here in the same transaction. The sync
// worker rebuilds each document from SQLite, so the row only names the document, never its content.
import type { Transaction } from 'kysely';
import type { Database, SearchOutboxTable } from '../db/schema';
import { nowIso } from '../clock';

export type SearchDocumentType = SearchOutboxTable['documentType'];

export async function enqueueSearchUpdate(
	trx: Transaction<Database>,
	documentType: SearchDocumentType,
	documentIds: readonly number[]
): Promise<void> {
	if (documentIds.length === 0) return;
	const now = nowIso();
	await trx
		.insertInto('searchOutbox')
		.values(documentIds.map((documentId) => ({ documentType, documentId, enqueuedAt: now, nextAttemptAt: now })))
		.execute();
}
