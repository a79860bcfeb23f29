// Reads what an import job staged, page by page, and plans what committing it will do, holding only
// a term key and a fingerprint per entry, so that memory does not grow with the size of the file.
import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Db } from '../db/connection';
import type { Database } from '../db/schema';
import {
	canonicalContent,
	originalTermKey,
	planImport,
	type ImportMode,
	type ImportPlan,
	type IncomingEntry,
	type PlanningKey
} from '../../domain/import/plan';
import { originalVersion, type EntryContent } from '../../domain/national-entry';

export interface StagedEntry {
	seq: number;
	line: number | null;
	row: number | null;
	sourceId: string | null;
	content: EntryContent;
}

const ENTRIES_PER_PAGE = 1000;

/** The staged entries of a job in file order, a page at a time. */
export async function* stagedEntryPages(
	db: Db | Transaction<Database>,
	jobId: string,
	pageSize = ENTRIES_PER_PAGE
): AsyncGenerator<StagedEntry[]> {
	let afterSeq = -1;
	for (;;) {
		const rows = await db
			.selectFrom('importJobEntry')
			.selectAll()
			.where('jobId', '=', jobId)
			.where('seq', '>', afterSeq)
			.orderBy('seq')
			.limit(pageSize)
			.execute();
		if (rows.length === 0) return;
		yield rows.map((row) => ({
			seq: row.seq,
			line: row.line,
			row: row.rowNumber,
			sourceId: row.sourceId,
			content: JSON.parse(row.contentJson) as EntryContent
		}));
		afterSeq = rows.at(-1)!.seq;
	}
}

export function planningKey(content: EntryContent): PlanningKey {
	return {
		termKey: originalTermKey(content),
		fingerprint: createHash('sha256').update(canonicalContent(content)).digest('base64')
	};
}

export const originalTerm = (content: EntryContent): string => originalVersion(content.languageVersions)?.term ?? '';

export interface StagedPlan {
	plan: ImportPlan;
	/** The original term of each staged entry, by its position in the file. */
	termsBySeq: Map<number, string>;
}

/** Plans the import of everything a job staged against the entries a list holds now. */
export async function planStagedImport(
	db: Db | Transaction<Database>,
	jobId: string,
	existing: readonly { entryId: number; content: EntryContent }[],
	mode: ImportMode
): Promise<StagedPlan> {
	const incoming: IncomingEntry[] = [];
	const termsBySeq = new Map<number, string>();
	for await (const page of stagedEntryPages(db, jobId)) {
		for (const entry of page) {
			incoming.push({ seq: entry.seq, sourceId: entry.sourceId, ...planningKey(entry.content) });
			termsBySeq.set(entry.seq, originalTerm(entry.content));
		}
	}
	const plan = planImport(
		existing.map((entry) => ({ entryId: entry.entryId, ...planningKey(entry.content) })),
		incoming,
		mode
	);
	return { plan, termsBySeq };
}
