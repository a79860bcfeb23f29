// How the participating States stand on the current revision of several proposals at once, for the
// list of proposals (the proposal page counts its own from the full matrix).
import type { Db } from '../db/connection';
import { STANCES, type Stance } from '../../domain/vocabulary';

export type PositionCounts = Record<Stance | 'no_response', number>;

/** The current positions on each proposal's current revision, counted by stance; every proposal asked for is in the map. */
export async function currentPositionCounts(
	db: Db,
	proposalIds: readonly number[]
): Promise<Map<number, PositionCounts>> {
	const counts = new Map<number, PositionCounts>();
	if (proposalIds.length === 0) return counts;
	const { states } = await db
		.selectFrom('state')
		.select((eb) => eb.fn.countAll<number>().as('states'))
		.executeTakeFirstOrThrow();
	const rows = await db
		.selectFrom('statePosition')
		.innerJoin('proposalRevision', 'proposalRevision.id', 'statePosition.revisionId')
		.select(['proposalRevision.proposalId', 'statePosition.stance', (eb) => eb.fn.countAll<number>().as('count')])
		.where('proposalRevision.proposalId', 'in', [...proposalIds])
		.where('statePosition.supersededAt', 'is', null)
		// Only the current revision counts: a new revision clears the positions.
		.where('proposalRevision.number', '=', (eb) =>
			eb
				.selectFrom('proposalRevision as latest')
				.select((inner) => inner.fn.max('latest.number').as('number'))
				.whereRef('latest.proposalId', '=', 'proposalRevision.proposalId')
		)
		.groupBy(['proposalRevision.proposalId', 'statePosition.stance'])
		.execute();
	for (const proposalId of proposalIds) {
		const perStance = Object.fromEntries([...STANCES, 'no_response'].map((key) => [key, 0])) as PositionCounts;
		let responded = 0;
		for (const row of rows) {
			if (row.proposalId !== proposalId) continue;
			perStance[row.stance] = row.count;
			responded += row.count;
		}
		perStance.no_response = states - responded;
		counts.set(proposalId, perStance);
	}
	return counts;
}
