// Builds the ProposalState of the consensus rules from the proposal tables, so that every use case
// decides on exactly what is stored. Also returns the row ids the events are written back to.
import type { Db } from '../db/connection';
import type { ProposalTable } from '../db/schema';
import { SYSTEM_ACTOR } from '../permissions';
import { NotFoundError } from '../../domain/errors';
import { OSCE_LANGUAGES, type OsceLanguage } from '../../domain/vocabulary';
import type {
	EndedSilence,
	PastPosition,
	Position,
	ProposalState,
	RevisionRecord,
	RunningSilence
} from '../../domain/consensus';

/** The facts of the proposal row that the rules do not hold but pages and messages need. */
export interface ProposalFacts {
	id: number;
	kind: ProposalTable['kind'];
	conceptId: number | null;
	title: string;
	status: ProposalTable['status'];
	openedBy: string | null;
	openedForState: string | null;
	openedAt: string;
	closedAt: string | null;
}

export interface LoadedProposal {
	proposal: ProposalFacts;
	state: ProposalState;
	/** proposal_revision.id by revision number. */
	revisionIds: ReadonlyMap<number, number>;
	/** state_position.id of each State's current position on the current revision. */
	currentPositionIds: ReadonlyMap<string, number>;
	/** silence_procedure.id of the running silence, if any. */
	runningSilenceId: number | null;
}

export const PROPOSAL_NOT_FOUND = 'There is no such proposal.';

/** Rows written without a user (the command line, demo data) are attributed to the system. */
const userOf = (id: string | null): string => id ?? SYSTEM_ACTOR.id;

export async function loadProposalState(db: Db, proposalId: number): Promise<LoadedProposal> {
	const proposal = await db
		.selectFrom('proposal')
		.select(['id', 'kind', 'conceptId', 'title', 'status', 'openedBy', 'openedForState', 'openedAt', 'closedAt'])
		.where('id', '=', proposalId)
		.executeTakeFirst();
	if (!proposal) throw new NotFoundError(PROPOSAL_NOT_FOUND);

	const revisions = await db
		.selectFrom('proposalRevision')
		.select(['id', 'number', 'createdBy', 'createdAt'])
		.where('proposalId', '=', proposalId)
		.orderBy('number')
		.execute();
	const current = revisions.at(-1);
	if (!current) throw new Error(`Proposal ${proposalId} has no revision; every proposal is opened with revision 1.`);
	const revisionIds = revisions.map((revision) => revision.id);
	const numberOf = new Map(revisions.map((revision) => [revision.id, revision.number]));

	const [languages, positionRows, silenceRows] = await Promise.all([
		db.selectFrom('proposalText').select(['revisionId', 'language']).where('revisionId', 'in', revisionIds).execute(),
		db
			.selectFrom('statePosition')
			.selectAll()
			.where('revisionId', 'in', revisionIds)
			.orderBy('statedAt')
			.orderBy('id')
			.execute(),
		db
			.selectFrom('silenceProcedure')
			.selectAll()
			.where('revisionId', 'in', revisionIds)
			.orderBy('startedAt')
			.orderBy('id')
			.execute()
	]);

	const given = new Map<number, Set<OsceLanguage>>();
	for (const row of languages) given.set(row.revisionId, (given.get(row.revisionId) ?? new Set()).add(row.language));
	const revisionRecords: RevisionRecord[] = revisions.map((revision) => ({
		number: revision.number,
		postedAt: revision.createdAt,
		postedBy: userOf(revision.createdBy),
		pendingLanguages: OSCE_LANGUAGES.filter((language) => language !== 'en' && !given.get(revision.id)?.has(language))
	}));
	// A revision's positions stopped being current when the next revision was posted.
	const replacedAt = new Map(
		revisions.slice(0, -1).map((revision, index) => [revision.number, revisions[index + 1]!.createdAt])
	);

	const positionsById = new Map<number, Position>();
	const currentPositions: Record<string, Position> = {};
	const currentPositionIds = new Map<string, number>();
	const past: { position: PastPosition; retiredAt: string; id: number }[] = [];
	for (const row of positionRows) {
		const revision = numberOf.get(row.revisionId)!;
		const position: Position = {
			revision,
			stateCode: row.stateCode,
			stance: row.stance,
			statement: row.statement,
			statedBy: row.statedBy,
			statedAt: row.statedAt
		};
		positionsById.set(row.id, position);
		if (row.supersededAt === null && revision === current.number) {
			currentPositions[row.stateCode] = position;
			currentPositionIds.set(row.stateCode, row.id);
		} else {
			const retiredAt = row.supersededAt ?? replacedAt.get(revision) ?? row.statedAt;
			past.push({ position: { ...position, supersededAt: row.supersededAt }, retiredAt, id: row.id });
		}
	}
	past.sort(
		(a, b) =>
			a.retiredAt.localeCompare(b.retiredAt) || a.position.stateCode.localeCompare(b.position.stateCode) || a.id - b.id
	);

	let silence: RunningSilence | null = null;
	let runningSilenceId: number | null = null;
	const endedSilences: EndedSilence[] = [];
	for (const row of silenceRows) {
		const running: RunningSilence = {
			revision: numberOf.get(row.revisionId)!,
			startedAt: row.startedAt,
			startedBy: row.startedBy,
			deadlineAt: row.deadlineAt,
			timeZone: row.timeZone
		};
		if (row.outcome === null || row.endedAt === null) {
			silence = running;
			runningSilenceId = row.id;
		} else {
			const brokenBy = row.brokenByPositionId === null ? null : (positionsById.get(row.brokenByPositionId) ?? null);
			endedSilences.push({ ...running, outcome: row.outcome, endedAt: row.endedAt, brokenBy });
		}
	}

	const state: ProposalState = {
		kind: proposal.kind,
		status: proposal.status,
		openedAt: proposal.openedAt,
		closedAt: proposal.closedAt,
		currentRevision: current.number,
		currentPositions,
		silence,
		history: { revisions: revisionRecords, positions: past.map((item) => item.position), silences: endedSilences }
	};
	return {
		proposal,
		state,
		revisionIds: new Map(revisions.map((revision) => [revision.number, revision.id])),
		currentPositionIds,
		runningSilenceId
	};
}
