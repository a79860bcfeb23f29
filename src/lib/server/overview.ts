// What the home page and the navigation lists show: counts and short listings, always limited to
// what the viewer may read.
import { sql } from 'kysely';
import type { Db } from './db/connection';
import { readableDistributions, type Viewer } from './permissions';
import { currentRevisionIdsQuery } from './national-lists/current-revisions';

export interface PlatformCounts {
	statesWithSubmissions: number;
	nationalEntries: number;
	agreedConcepts: number;
	openProposals: number;
	/** True when restricted submissions are left out of the national counts for this viewer. */
	publicOnly: boolean;
}

export async function platformCounts(db: Db, viewer: Viewer): Promise<PlatformCounts> {
	const distributions = readableDistributions(viewer);
	const current = currentRevisionIdsQuery(db, distributions);

	const [states, entries, concepts, proposals] = await Promise.all([
		db
			.selectFrom('submissionRevision')
			.innerJoin('submission', 'submission.id', 'submissionRevision.submissionId')
			.select(sql<number>`count(distinct submission.state_code)`.as('count'))
			.where('submissionRevision.id', 'in', current)
			.executeTakeFirstOrThrow(),
		db
			.selectFrom('entryVersion')
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.where('entryVersion.revisionId', 'in', current)
			.where('entryVersion.withdrawn', '=', 0)
			.executeTakeFirstOrThrow(),
		db
			.selectFrom('concept')
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.where('status', '=', 'agreed')
			.executeTakeFirstOrThrow(),
		db
			.selectFrom('proposal')
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.where('status', 'in', ['discussion', 'silence'])
			.executeTakeFirstOrThrow()
	]);
	return {
		statesWithSubmissions: states.count,
		nationalEntries: entries.count,
		agreedConcepts: concepts.count,
		openProposals: proposals.count,
		publicOnly: !distributions.includes('restricted')
	};
}
