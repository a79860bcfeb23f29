// The national entries a proposal revision cites. A citation is only as visible as the entry: a
// restricted list never reaches an anonymous viewer, and an entry that was never submitted (a
// draft) is nobody's to cite or read here.
import type { Db } from '../db/connection';
import { canRead, type Viewer } from '../permissions';
import type { Distribution } from '../../domain/vocabulary';
import { byStateThenLatestCycle, englishBesideOriginal, originalVersion } from '../../domain/national-entry';

export interface CitedEntryText {
	language: string;
	term: string;
	definition: string | null;
}

export interface CitedEntryView {
	entryId: number;
	stateCode: string;
	stateName: string;
	cycleYear: number;
	distribution: Distribution;
	/** The latest submitted revision of the list that holds the entry. */
	listRevision: number;
	/** The State withdrew the entry in that revision; the citation stays as history. */
	withdrawn: boolean;
	original: CitedEntryText | null;
	/** The English version, if the State gave one and the original is not English. */
	english: CitedEntryText | null;
}

interface SubmittedEntry {
	entryId: number;
	versionId: number;
	listRevision: number;
	withdrawn: boolean;
	stateCode: string;
	stateName: string;
	cycleYear: number;
	distribution: Distribution;
}

/** Each entry's version in the latest submitted revision holding it; drafts-only entries are left out. */
async function submittedEntries(db: Db, entryIds: readonly number[]): Promise<Map<number, SubmittedEntry>> {
	const latest = new Map<number, SubmittedEntry>();
	if (entryIds.length === 0) return latest;
	const rows = await db
		.selectFrom('entryVersion')
		.innerJoin('submissionRevision', 'submissionRevision.id', 'entryVersion.revisionId')
		.innerJoin('submission', 'submission.id', 'submissionRevision.submissionId')
		.innerJoin('state', 'state.code', 'submission.stateCode')
		.select([
			'entryVersion.entryId',
			'entryVersion.id as versionId',
			'entryVersion.withdrawn',
			'submissionRevision.number as listRevision',
			'submission.stateCode',
			'state.nameEn as stateName',
			'submission.cycleYear',
			'submission.distribution'
		])
		.where('entryVersion.entryId', 'in', [...entryIds])
		.where('submissionRevision.status', '=', 'submitted')
		.execute();
	for (const row of rows) {
		if ((latest.get(row.entryId)?.listRevision ?? 0) < row.listRevision)
			latest.set(row.entryId, { ...row, withdrawn: row.withdrawn === 1 });
	}
	return latest;
}

/** The ids among `entryIds` that the viewer may not cite: unknown, never submitted, or not readable to them. */
export async function entriesNotReadable(db: Db, viewer: Viewer, entryIds: readonly number[]): Promise<number[]> {
	const submitted = await submittedEntries(db, entryIds);
	return entryIds.filter((id) => {
		const entry = submitted.get(id);
		return !entry || !canRead(viewer, entry.distribution);
	});
}

/** The entries a revision cites, in the order of the lists (State, cycle), only those the viewer may read. */
export async function citedEntries(db: Db, viewer: Viewer, revisionId: number): Promise<CitedEntryView[]> {
	const citations = await db
		.selectFrom('proposalCitation')
		.select('entryId')
		.where('revisionId', '=', revisionId)
		.execute();
	const submitted = await submittedEntries(
		db,
		citations.map((citation) => citation.entryId)
	);
	const readable = [...submitted.values()].filter((entry) => canRead(viewer, entry.distribution));
	if (readable.length === 0) return [];

	const languageRows = await db
		.selectFrom('entryLanguageVersion')
		.select(['entryVersionId', 'language', 'isOriginal', 'term', 'definition'])
		.where(
			'entryVersionId',
			'in',
			readable.map((entry) => entry.versionId)
		)
		.orderBy('id')
		.execute();
	return readable
		.map((entry) => {
			const versions = languageRows
				.filter((row) => row.entryVersionId === entry.versionId)
				.map((row) => ({ ...row, isOriginal: row.isOriginal === 1 }));
			const text = (row: (typeof versions)[number] | undefined): CitedEntryText | null =>
				row ? { language: row.language, term: row.term, definition: row.definition } : null;
			return {
				entryId: entry.entryId,
				stateCode: entry.stateCode,
				stateName: entry.stateName,
				cycleYear: entry.cycleYear,
				distribution: entry.distribution,
				listRevision: entry.listRevision,
				withdrawn: entry.withdrawn,
				original: text(originalVersion(versions)),
				english: text(englishBesideOriginal(versions))
			};
		})
		.sort((a, b) => byStateThenLatestCycle()(a, b) || a.entryId - b.entryId);
}
