// The SQLite copy of the search documents (search_document + the FTS5 table search_fts), written
// alongside every Meilisearch update so that search keeps working, more simply, when Meilisearch
// is down.
import type { Transaction } from 'kysely';
import type { Db } from '../db/connection';
import type { Database } from '../db/schema';
import type { SearchDocument } from '../../domain/search/documents';
import type { Distribution } from '../../domain/vocabulary';

type Tx = Transaction<Database>;

export async function deleteMirrored(trx: Tx, ids: readonly string[]): Promise<void> {
	if (ids.length === 0) return;
	await trx.deleteFrom('searchDocument').where('id', 'in', [...ids]).execute();
	await trx.deleteFrom('searchFts').where('id', 'in', [...ids]).execute();
}

export async function upsertMirrored(trx: Tx, documents: readonly SearchDocument[]): Promise<void> {
	if (documents.length === 0) return;
	await deleteMirrored(trx, documents.map((document) => document.id));
	for (const document of documents) {
		await trx
			.insertInto('searchDocument')
			.values({
				id: document.id,
				kind: document.kind,
				groupKey: document.groupKey,
				visibility: document.visibility,
				stateCode: document.stateCode,
				language: document.language,
				cycleYear: document.cycleYear,
				conceptStatus: document.conceptStatus,
				translationPending: document.translationPending ? 1 : 0,
				documentJson: JSON.stringify(document)
			})
			.execute();
		await trx
			.insertInto('searchFts')
			.values({
				id: document.id,
				terms: [document.term, document.termEn, ...document.otherTerms, ...document.equivalents, document.label].join(' \n '),
				definitions: [document.definition, document.definitionEn, ...document.otherDefinitions].join(' \n '),
				stems: document.stems
			})
			.execute();
	}
}

export async function clearMirror(trx: Tx): Promise<void> {
	await trx.deleteFrom('searchDocument').execute();
	await trx.deleteFrom('searchFts').execute();
}

/** The mirrored documents with these ids that a viewer who may read `visibleTo` may see. */
export async function mirroredDocuments(db: Db, ids: readonly string[], visibleTo: readonly Distribution[]): Promise<SearchDocument[]> {
	if (ids.length === 0 || visibleTo.length === 0) return [];
	const rows = await db
		.selectFrom('searchDocument')
		.select('documentJson')
		.where('id', 'in', [...ids])
		.where('visibility', 'in', [...visibleTo])
		.execute();
	return rows.map((row) => JSON.parse(row.documentJson) as SearchDocument);
}
