import { getServices } from '$lib/server/app';
import { listProposals, PROPOSAL_KIND_LABELS } from '$lib/server/proposals/read';
import { currentPositionCounts } from '$lib/server/proposals/position-counts';
import { canOpenProposal, canPublishRelease } from '$lib/server/permissions';
import { PROPOSAL_STATUS_LABELS } from '$lib/domain/vocabulary';
import type { ProposalKind, ProposalStatus } from '$lib/domain/consensus';
import type { PageServerLoad } from './$types';

const STATUSES = Object.keys(PROPOSAL_STATUS_LABELS) as ProposalStatus[];
const KINDS = Object.keys(PROPOSAL_KIND_LABELS) as ProposalKind[];

/** A filter value from the query string, or undefined when absent or unknown. */
function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
	return allowed.find((candidate) => candidate === value);
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db } = getServices();
	const status = oneOf(url.searchParams.get('status'), STATUSES);
	const kind = oneOf(url.searchParams.get('kind'), KINDS);
	const proposals = await listProposals(db, locals.actor, { status, kind });
	const counts = await currentPositionCounts(
		db,
		proposals.map((proposal) => proposal.id)
	);
	return {
		proposals: proposals.map((proposal) => ({ ...proposal, positions: counts.get(proposal.id)! })),
		status: status ?? null,
		kind: kind ?? null,
		statuses: STATUSES.map((value) => ({ value, label: PROPOSAL_STATUS_LABELS[value] })),
		kinds: KINDS.map((value) => ({ value, label: PROPOSAL_KIND_LABELS[value] })),
		canOpen: canOpenProposal(locals.actor),
		canPublish: canPublishRelease(locals.actor)
	};
};
