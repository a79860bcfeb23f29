// Writes what the consensus rules decided: each event of an accepted decision becomes rows (the
// history tables are append-only, so a change is always a new row or the closing of a running one),
// an audit event, and the notifications and follows it causes — all in the caller's transaction.
// Every update is guarded by the state it expects (`WHERE outcome IS NULL`, `WHERE status = ...`)
// and checks it changed exactly one row, so a write that lost a race fails instead of overwriting.
import type { Tx } from '../db/connection';
import { recordAudit } from '../audit';
import { followIn, notify } from '../notifications/notify';
import { adoptedText, silenceBrokenText, silenceStartedText } from '../notifications/messages';
import { applyAdoption, type AdoptionRecord } from './adoption';
import { insertProposalRevision } from './proposal-store';
import type { LoadedProposal } from './state';
import type { ConceptText } from '../../domain/concept-text';
import type { Position, ProposalEvent, ProposalState } from '../../domain/consensus';
import { ConflictError } from '../../domain/errors';

const RACE =
	'This proposal changed while your request was being recorded; nothing was changed. Please reload the page and try again.';

function expectOne(result: { numUpdatedRows: bigint }): void {
	if (result.numUpdatedRows !== 1n) throw new ConflictError(RACE);
}

/** The content of a revision that the rules do not carry (they only need to know it is complete). */
export interface RevisionContent {
	text: ConceptText;
	rationale: string | null;
	citedEntryIds: readonly number[];
}

export interface PersistContext {
	/** The user to record (null for the system: the deadline worker, the command line). */
	actorId: string | null;
	/** The content of the revision a `revision_posted` event announces. */
	revision?: RevisionContent;
}

export interface PersistOutcome {
	revisionId: number | null;
	positionId: number | null;
	silenceId: number | null;
	adoption: AdoptionRecord | null;
}

const samePosition = (a: Position, b: Position) =>
	a.stateCode === b.stateCode && a.statedAt === b.statedAt && a.revision === b.revision;

export async function persistDecision(
	trx: Tx,
	loaded: LoadedProposal,
	decision: { events: readonly ProposalEvent[]; next: ProposalState },
	context: PersistContext
): Promise<PersistOutcome> {
	const { proposal } = loaded;
	const proposalId = proposal.id;
	const revisionIds = new Map(loaded.revisionIds);
	const outcome: PersistOutcome = {
		revisionId: null,
		positionId: null,
		silenceId: loaded.runningSilenceId,
		adoption: null
	};
	let inserted: { position: Position; id: number } | null = null;
	const audit = (action: string, details: { stateCode?: string | null; before?: unknown; after?: unknown }) =>
		recordAudit(trx, { actorId: context.actorId, action, entityType: 'proposal', entityId: proposalId, ...details });

	for (const event of decision.events) {
		switch (event.type) {
			case 'proposal_opened':
				// The proposal row is written by openProposal, which has the title and the concept.
				break;
			case 'revision_posted': {
				if (!context.revision) throw new Error('A revision was posted without its content.');
				const { text, rationale, citedEntryIds } = context.revision;
				const revisionId = await insertProposalRevision(
					trx,
					{ proposalId, number: event.revision, rationale, createdBy: context.actorId, createdAt: event.at },
					text,
					citedEntryIds
				);
				revisionIds.set(event.revision, revisionId);
				outcome.revisionId = revisionId;
				await audit(event.revision === 1 ? 'proposal.open' : 'proposal.revise', {
					after: {
						revision: event.revision,
						title: proposal.title,
						rationale,
						text,
						citedEntryIds,
						pendingLanguages: event.pendingLanguages
					}
				});
				break;
			}
			case 'positions_cleared':
				// Nothing to write: positions on the replaced revision simply stop being current.
				await audit('proposal.clear_positions', { before: { revision: event.revision, stateCodes: event.stateCodes } });
				break;
			case 'position_stated': {
				const { position, supersedes } = event;
				const revisionId = revisionIds.get(position.revision)!;
				if (supersedes) {
					const supersededId = loaded.currentPositionIds.get(supersedes.stateCode);
					if (supersededId === undefined) throw new ConflictError(RACE);
					expectOne(
						await trx
							.updateTable('statePosition')
							.set({ supersededAt: position.statedAt })
							.where('id', '=', supersededId)
							.where('supersededAt', 'is', null)
							.executeTakeFirst()
					);
				}
				const { id } = await trx
					.insertInto('statePosition')
					.values({
						revisionId,
						stateCode: position.stateCode,
						stance: position.stance,
						statement: position.statement,
						statedBy: position.statedBy,
						statedAt: position.statedAt
					})
					.returning('id')
					.executeTakeFirstOrThrow();
				inserted = { position, id };
				outcome.positionId = id;
				await audit('position.state', { stateCode: position.stateCode, before: supersedes, after: position });
				await followIn(trx, context.actorId, proposalId, position.statedAt);
				break;
			}
			case 'silence_started': {
				const { silence } = event;
				const { id } = await trx
					.insertInto('silenceProcedure')
					.values({
						revisionId: revisionIds.get(silence.revision)!,
						startedBy: silence.startedBy,
						startedAt: silence.startedAt,
						deadlineAt: silence.deadlineAt,
						timeZone: silence.timeZone,
						outcome: null,
						endedAt: null,
						brokenByPositionId: null
					})
					.returning('id')
					.executeTakeFirstOrThrow();
				outcome.silenceId = id;
				await audit('silence.start', { after: silence });
				await notify(
					trx,
					{
						kind: 'silence_started',
						proposalId,
						text: silenceStartedText(proposal, silence.revision, silence.deadlineAt, silence.timeZone),
						createdAt: silence.startedAt
					},
					context.actorId
				);
				break;
			}
			case 'silence_broken': {
				const objectionId =
					inserted && samePosition(inserted.position, event.objection)
						? inserted.id
						: loaded.currentPositionIds.get(event.stateCode);
				if (objectionId === undefined || outcome.silenceId === null) throw new ConflictError(RACE);
				expectOne(
					await trx
						.updateTable('silenceProcedure')
						.set({ outcome: 'broken', endedAt: event.at, brokenByPositionId: objectionId })
						.where('id', '=', outcome.silenceId)
						.where('outcome', 'is', null)
						.executeTakeFirst()
				);
				await audit('silence.break', {
					stateCode: event.stateCode,
					before: { status: 'silence' },
					after: { outcome: 'broken', objection: event.objection }
				});
				await notify(
					trx,
					{
						kind: 'silence_broken',
						proposalId,
						text: silenceBrokenText(proposal, event.revision, event.stateCode, event.objection.statement),
						createdAt: event.at
					},
					context.actorId
				);
				break;
			}
			case 'silence_cancelled':
			case 'silence_held': {
				if (outcome.silenceId === null) throw new ConflictError(RACE);
				const ended = event.type === 'silence_held' ? 'held' : 'cancelled';
				expectOne(
					await trx
						.updateTable('silenceProcedure')
						.set({ outcome: ended, endedAt: event.at })
						.where('id', '=', outcome.silenceId)
						.where('outcome', 'is', null)
						.executeTakeFirst()
				);
				await audit(event.type === 'silence_held' ? 'silence.hold' : 'silence.cancel', {
					before: { status: 'silence' },
					after: event.type === 'silence_cancelled' ? { outcome: ended, because: event.because } : { outcome: ended }
				});
				break;
			}
			case 'adopted':
			case 'withdrawn':
				// Written with the status below; the adoption's glossary changes follow it.
				break;
		}
	}

	const { next } = decision;
	if (next.status !== loaded.state.status || next.closedAt !== loaded.state.closedAt) {
		expectOne(
			await trx
				.updateTable('proposal')
				.set({ status: next.status, closedAt: next.closedAt })
				.where('id', '=', proposalId)
				.where('status', '=', loaded.state.status)
				.executeTakeFirst()
		);
	}

	for (const event of decision.events) {
		if (event.type === 'withdrawn') {
			await audit('proposal.withdraw', {
				before: { status: loaded.state.status },
				after: { status: 'withdrawn', revision: event.revision }
			});
		}
		if (event.type === 'adopted') {
			outcome.adoption = await applyAdoption(trx, { ...loaded, revisionIds }, next);
			await audit('proposal.adopt', {
				before: { status: loaded.state.status },
				after: {
					status: 'adopted',
					revision: event.revision,
					conceptId: outcome.adoption.conceptId,
					conceptVersion: outcome.adoption.versionNumber,
					interpretiveStatements: event.interpretiveStatements
				}
			});
			const silence = loaded.state.silence!;
			await notify(
				trx,
				{
					kind: 'adopted',
					proposalId,
					text: adoptedText(
						proposal,
						event.revision,
						silence.deadlineAt,
						silence.timeZone,
						event.interpretiveStatements.map((item) => item.stateCode)
					),
					createdAt: event.at
				},
				context.actorId
			);
		}
	}
	return outcome;
}
