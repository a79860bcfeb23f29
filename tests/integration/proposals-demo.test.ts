// The demonstration proposal, loaded by demo-data.ts, read through the workflow's own loader: what
// a visitor of a fresh installation sees must be what the rules would have produced.
import { describe, expect, it } from 'vitest';
import { loadProposalState } from '../../src/lib/server/proposals/state';
import { getProposalView, listProposals } from '../../src/lib/server/proposals/read';
import { listComments } from '../../src/lib/server/proposals/comments';
import { statePosition } from '../../src/lib/server/proposals/workflow';
import { toActor } from '../../src/lib/server/permissions';
import { DEMO_PROPOSAL } from '../../db/demo/demo-data';
import { createTestDatabase } from '../helpers/database';

const { db } = await createTestDatabase({ demoData: true });

async function demoUser(email: string) {
	return toActor(await db.selectFrom('user').selectAll().where('email', '=', email).executeTakeFirstOrThrow());
}

describe('the demonstration proposal', () => {
	it('loads as a proposal under discussion on revision 2 with the positions of Germany, France and Poland', async () => {
		const [listing] = await listProposals(db, null);
		expect(listing).toMatchObject({
			title: DEMO_PROPOSAL.title,
			status: 'discussion',
			currentRevision: 2,
			openedForStateName: 'France',
			conceptLabel: 'cyberspace'
		});
		const { state } = await loadProposalState(db, listing!.id);
		expect(state).toMatchObject({
			kind: 'new_concept',
			status: 'discussion',
			currentRevision: 2,
			silence: null,
			closedAt: null
		});
		expect(state.history.revisions.map((revision) => [revision.number, revision.pendingLanguages])).toEqual([
			[1, ['it', 'es']],
			[2, []]
		]);
		expect(
			Object.values(state.currentPositions)
				.map((position) => [position.stateCode, position.stance])
				.sort()
		).toEqual([
			['DE', 'support'],
			['FR', 'support'],
			['PL', 'reservation']
		]);
		expect(state.history.positions).toEqual([]);
	});

	it('shows the comment thread, the diff data and the participants as followers', async () => {
		const delegateFr = await demoUser('delegate.fr@example.org');
		const [listing] = await listProposals(db, delegateFr);
		expect(listing?.following).toBe(true);
		const threads = await listComments(db, null, listing!.id);
		expect(
			threads.map((thread) => [thread.revision, thread.stateCode, thread.replies.map((reply) => reply.stateCode)])
		).toEqual([
			[1, 'PL', ['FR']],
			[2, 'DE', []]
		]);
		const view = await getProposalView(db, delegateFr, listing!.id, { now: new Date('2025-11-01T00:00:00Z') });
		expect(view.previous?.pendingLanguages).toEqual(['it', 'es']);
		expect(view.current.pendingLanguages).toEqual([]);
		expect(view.positionCounts).toMatchObject({ support: 2, reservation: 1, no_response: 54 });
		expect(view.permissions).toMatchObject({ canRevise: true, canStatePositionFor: 'FR', following: true });
		const followers = await db
			.selectFrom('proposalFollow')
			.innerJoin('user', 'user.id', 'proposalFollow.userId')
			.select('user.email')
			.where('proposalId', '=', listing!.id)
			.execute();
		expect(followers.map((row) => row.email).sort()).toEqual([
			'delegate.de@example.org',
			'delegate.fr@example.org',
			'expert.pl@example.org'
		]);
	});

	it('lets the demo delegate of Poland change its position through the workflow', async () => {
		const expertPl = await demoUser('expert.pl@example.org');
		const [listing] = await listProposals(db, expertPl);
		await statePosition(
			db,
			expertPl,
			listing!.id,
			{ stateCode: 'PL', revision: 2, stance: 'support', statement: null },
			new Date('2025-11-01T00:00:00Z')
		);
		const { state } = await loadProposalState(db, listing!.id);
		expect(state.currentPositions.PL?.stance).toBe('support');
		expect(
			state.history.positions.map((position) => [position.stateCode, position.stance, position.supersededAt])
		).toEqual([['PL', 'reservation', '2025-11-01T00:00:00.000Z']]);
	});
});
