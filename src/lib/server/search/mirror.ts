// The SQLite copy of the search documents (search_document with what filters and facets need,
// search_document_content with what results show of the document, and the FTS5 table search_fts), written
// before every Meilisearch update: searches read the texts of their matches from it, and search
// keeps working, more simply, from its FTS5 index when Meilisearch is down. An FTS row's rowid is
// its document's doc_no.
import type { Db, Tx } from '../db/connection';
import { shownDocument, type SearchDocument, type ShownDocument } from '../../domain/search/documents';
import type { Distribution } from '../../domain/vocabulary';

export async function deleteMirrored(trx: Tx, ids: readonly string[]): Promise<void> {
	if (ids.length === 0) return;
	// search_document_content goes with its document (ON DELETE CASCADE); the FTS table has no keys.
	const removed = await trx
		.deleteFrom('searchDocument')
		.where('id', 'in', [...ids])
		.returning('docNo')
		.execute();
	if (removed.length === 0) return;
	await trx
		.deleteFrom('searchFts')
		.where(
			'rowid',
			'in',
			removed.map((row) => row.docNo)
		)
		.execute();
}

/** Words FTS5 indexes for a document: the same normalised texts Meilisearch indexes. */
function ftsTexts(document: SearchDocument) {
	return {
		terms: [document.term, document.termEn, ...document.otherTerms, ...document.equivalents, document.label].join(
			' \n '
		),
		definitions: [document.definition, document.definitionEn, ...document.otherDefinitions].join(' \n '),
		stems: document.stems
	};
}

/** Inserts or replaces documents; a replaced document keeps its doc_no. */
export async function upsertMirrored(trx: Tx, documents: readonly SearchDocument[]): Promise<void> {
	for (const document of documents) {
		const columns = {
			kind: document.kind,
			groupKey: document.groupKey,
			visibility: document.visibility,
			stateCode: document.stateCode,
			language: document.language,
			cycleYear: document.cycleYear,
			conceptStatus: document.conceptStatus,
			translationPending: document.translationPending ? 1 : 0
		} as const;
		const { docNo } = await trx
			.insertInto('searchDocument')
			.values({ id: document.id, ...columns })
			.onConflict((conflict) => conflict.column('id').doUpdateSet(columns))
			.returning('docNo')
			.executeTakeFirstOrThrow();
		const documentJson = JSON.stringify(shownDocument(document));
		await trx
			.insertInto('searchDocumentContent')
			.values({ docNo, documentJson })
			.onConflict((conflict) => conflict.column('docNo').doUpdateSet({ documentJson }))
			.execute();
		await trx.deleteFrom('searchFts').where('rowid', '=', docNo).execute();
		await trx
			.insertInto('searchFts')
			.values({ rowid: docNo, ...ftsTexts(document) })
			.execute();
	}
}

/** Removes every mirrored document whose id is not in `keep` (what a full reindex did not write). */
export async function deleteMirroredExcept(trx: Tx, keep: ReadonlySet<string>): Promise<number> {
	const stale = (await trx.selectFrom('searchDocument').select('id').execute())
		.map((row) => row.id)
		.filter((id) => !keep.has(id));
	for (let start = 0; start < stale.length; start += 500) await deleteMirrored(trx, stale.slice(start, start + 500));
	return stale.length;
}

/** What results show of the mirrored documents with these ids that a viewer who may read `visibleTo` may see. */
export async function mirroredDocuments(
	db: Db,
	ids: readonly string[],
	visibleTo: readonly Distribution[]
): Promise<ShownDocument[]> {
	if (ids.length === 0 || visibleTo.length === 0) return [];
	const rows = await db
		.selectFrom('searchDocument as d')
		.innerJoin('searchDocumentContent as c', 'c.docNo', 'd.docNo')
		.select('c.documentJson')
		.where('d.id', 'in', [...ids])
		.where('d.visibility', 'in', [...visibleTo])
		.execute();
	return rows.map((row) => JSON.parse(row.documentJson) as ShownDocument);
}
