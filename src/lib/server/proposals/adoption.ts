// What an adoption writes into the consensus glossary, following the domain's adoptionPlan: a new
// concept version carrying the adopted revision's text (earlier versions stay as history), the
// concept's new status, and search outbox rows for the concept and the national entries linked to it.
import type { Db, Tx } from '../db/connection';
import { recordAudit } from '../audit';
import { insertConceptVersion } from '../concepts/concept-store';
import { enqueueSearchUpdate } from '../outbox';
import { preferredTerm, readRevisionText } from './revision-text';
import type { LoadedProposal } from './state';
import {
	adoptionPlan,
	type ConceptTarget,
	type InterpretiveStatement,
	type ProposalState
} from '../../domain/consensus';
import { stateName } from '../../domain/consensus/wording';
import { ConflictError } from '../../domain/errors';

/** The concept as the rules see it: its status and the number of its latest adopted version. */
export async function conceptTargetOf(db: Db, conceptId: number | null): Promise<ConceptTarget | null> {
	if (conceptId === null) return null;
	const concept = await db
		.selectFrom('concept')
		.select(['id', 'status'])
		.where('id', '=', conceptId)
		.executeTakeFirst();
	if (!concept) return null;
	const latest = await db
		.selectFrom('conceptVersion')
		.select((eb) => eb.fn.max('number').as('number'))
		.where('conceptId', '=', conceptId)
		.executeTakeFirst();
	return { conceptId: concept.id, status: concept.status, currentVersion: latest?.number ?? null };
}

export interface AdoptionRecord {
	conceptId: number;
	conceptVersionId: number;
	versionNumber: number;
	status: 'agreed' | 'deprecated';
	interpretiveStatements: readonly InterpretiveStatement[];
}

/** Writes the adoption of `next` (the state the rules returned, status adopted) in the transaction. */
export async function applyAdoption(trx: Tx, loaded: LoadedProposal, next: ProposalState): Promise<AdoptionRecord> {
	const proposalId = loaded.proposal.id;
	const target = await conceptTargetOf(trx, loaded.proposal.conceptId);
	const result = adoptionPlan(next, target);
	// The transaction is rolled back: the silence stays running and the failure is reported.
	if (!result.ok) throw new ConflictError(result.reason);
	const plan = result.plan;
	const revisionId = loaded.revisionIds.get(plan.revision);
	if (revisionId === undefined) throw new Error(`Proposal ${proposalId} has no revision ${plan.revision}.`);
	const text = await readRevisionText(trx, revisionId);
	const englishTerm = preferredTerm(text) ?? loaded.proposal.title;

	let conceptId: number;
	const before = target
		? await trx
				.selectFrom('concept')
				.select(['label', 'status'])
				.where('id', '=', target.conceptId)
				.executeTakeFirstOrThrow()
		: null;
	if (plan.concept.action === 'create') {
		// Only for proposals stored without a concept; openProposal always creates a candidate.
		({ id: conceptId } = await trx
			.insertInto('concept')
			.values({ label: englishTerm, status: plan.conceptStatus, createdAt: plan.adoptedAt, createdBy: null })
			.returning('id')
			.executeTakeFirstOrThrow());
		await trx
			.updateTable('proposal')
			.set({ conceptId })
			.where('id', '=', proposalId)
			.where('conceptId', 'is', null)
			.execute();
	} else {
		conceptId = plan.concept.conceptId;
		// The label of an agreed concept is its agreed English term, whatever the candidate was called.
		const label = plan.kind === 'deprecation' ? before!.label : englishTerm;
		const updated = await trx
			.updateTable('concept')
			.set({ status: plan.conceptStatus, label })
			.where('id', '=', conceptId)
			.where('status', '=', target!.status)
			.executeTakeFirst();
		if (updated.numUpdatedRows !== 1n)
			throw new ConflictError('The concept changed while the adoption was being recorded; nothing was written.');
	}

	const conceptVersionId = await insertConceptVersion(
		trx,
		{
			conceptId,
			number: plan.version.number,
			status: plan.version.status,
			adoptedAt: plan.adoptedAt,
			proposalRevisionId: revisionId
		},
		text
	);
	await recordAudit(trx, {
		actorId: null,
		action: 'concept.adopt_version',
		entityType: 'concept',
		entityId: conceptId,
		before: before ? { label: before.label, status: before.status, version: plan.previousVersion } : null,
		after: {
			label: plan.kind === 'deprecation' && before ? before.label : englishTerm,
			status: plan.conceptStatus,
			version: plan.version.number,
			proposalId,
			revision: plan.revision,
			adoptedAt: plan.adoptedAt,
			interpretiveStatements: plan.interpretiveStatements,
			pendingLanguages: plan.pendingLanguages
		}
	});
	await enqueueSearchUpdate(trx, 'concept', [conceptId]);
	// The documents of linked national entries show the concept's status, so they change too.
	const links = await trx
		.selectFrom('conceptLink')
		.select('entryId')
		.where('conceptId', '=', conceptId)
		.where('removedAt', 'is', null)
		.execute();
	await enqueueSearchUpdate(trx, 'national_entry', [...new Set(links.map((link) => link.entryId))]);
	return {
		conceptId,
		conceptVersionId,
		versionNumber: plan.version.number,
		status: plan.version.status,
		interpretiveStatements: plan.interpretiveStatements
	};
}

export interface InterpretiveStatementView {
	stateCode: string;
	stateName: string;
	statement: string;
	statedAt: string;
}

/**
 * The interpretive statements kept with an adopted concept version: the reservations that were
 * current on the adopted revision when it was adopted. None for a version not adopted by a proposal.
 */
export async function interpretiveStatementsOf(db: Db, conceptVersionId: number): Promise<InterpretiveStatementView[]> {
	const version = await db
		.selectFrom('conceptVersion')
		.select(['proposalRevisionId', 'adoptedAt'])
		.where('id', '=', conceptVersionId)
		.executeTakeFirst();
	if (!version || version.proposalRevisionId === null) return [];
	const rows = await db
		.selectFrom('statePosition')
		.select(['stateCode', 'statement', 'statedAt'])
		.where('revisionId', '=', version.proposalRevisionId)
		.where('stance', '=', 'reservation')
		.where('statedAt', '<', version.adoptedAt)
		.where((eb) => eb.or([eb('supersededAt', 'is', null), eb('supersededAt', '>', version.adoptedAt)]))
		.orderBy('stateCode')
		.execute();
	return rows.flatMap((row) =>
		row.statement === null
			? []
			: [
					{
						stateCode: row.stateCode,
						stateName: stateName(row.stateCode),
						statement: row.statement,
						statedAt: row.statedAt
					}
				]
	);
}
