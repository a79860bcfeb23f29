// Comparing two versions of a State's national list: two revisions, or two exchange cycles.
import type { Db } from '../db/connection';
import { compareLists, type ListChanges } from '../../domain/list-changes';
import { NotFoundError } from '../../domain/errors';
import { findRevision, getRevisionEntries, getSubmission, listSubmissions } from './read';
import type { Viewer } from '../permissions';

export interface ListVersion {
	cycleYear: number;
	revision: number;
	submittedAt: string | null;
}

/** Every submitted revision of the State's lists the viewer may read, oldest first. */
export async function listVersions(db: Db, viewer: Viewer, stateCode: string): Promise<ListVersion[]> {
	const versions: ListVersion[] = [];
	const submissions = await listSubmissions(db, viewer, { stateCode });
	for (const listing of [...submissions].sort((a, b) => a.cycleYear - b.cycleYear)) {
		if (listing.currentRevision === null) continue;
		const submission = await getSubmission(db, viewer, stateCode, listing.cycleYear);
		for (const revision of submission.revisions) {
			versions.push({ cycleYear: listing.cycleYear, revision: revision.number, submittedAt: revision.submittedAt });
		}
	}
	return versions;
}

/** "2025.2" → { cycleYear: 2025, revision: 2 }; null when malformed. */
export function parseVersionRef(value: string | null): { cycleYear: number; revision: number } | null {
	const match = /^(\d{4})\.(\d{1,4})$/.exec(value ?? '');
	return match ? { cycleYear: Number(match[1]), revision: Number(match[2]) } : null;
}

export async function compareListVersions(
	db: Db,
	viewer: Viewer,
	stateCode: string,
	from: { cycleYear: number; revision: number },
	to: { cycleYear: number; revision: number }
): Promise<{ stateName: string; changes: ListChanges }> {
	const load = async (ref: { cycleYear: number; revision: number }) => {
		const submission = await getSubmission(db, viewer, stateCode, ref.cycleYear);
		const revision = findRevision(submission, ref.revision);
		if (revision.status !== 'submitted')
			throw new NotFoundError(`Revision ${ref.revision} of the ${ref.cycleYear} list has not been submitted.`);
		return { submission, entries: await getRevisionEntries(db, revision.id) };
	};
	const before = await load(from);
	const after = await load(to);
	return {
		stateName: after.submission.stateName,
		changes: compareLists(before.entries, after.entries, {
			sameSubmission: before.submission.id === after.submission.id
		})
	};
}
