// The use cases of the consensus workflow (issue 6). Each one checks who may act (permissions.ts),
// loads the proposal INSIDE its transaction (BEGIN IMMEDIATE, so nobody writes in between), asks the
// rules (`decide`) whether the action is allowed now, and writes the events back with their audit
// events, notifications and outbox rows. A refusal of the rules becomes a ValidationError on the form
// field it concerns, or a ConflictError when it is about the state of the proposal.
//
// Every function takes `now` last, so tests and the command line can say when things happen.
import type { Db, Tx } from '../db/connection';
import { recordAudit } from '../audit';
import { enqueueSearchUpdate } from '../outbox';
import {
	canOpenProposal,
	canReviseProposal,
	canRunSilenceProcedure,
	canStatePosition,
	canWithdrawProposal,
	ensure,
	ensureSignedIn,
	recordedUserId,
	type Actor,
	type Viewer
} from '../permissions';
import { followIn, notify } from '../notifications/notify';
import { personInWords, proposalOpenedText } from '../notifications/messages';
import { conceptTargetOf } from './adoption';
import { entriesNotReadable } from './citations';
import { persistDecision, type PersistContext, type PersistOutcome, type RevisionContent } from './persist';
import { incompleteTextField, normaliseConceptText, preferredTerm, vocabularyProblems } from './revision-text';
import { loadProposalState, PROPOSAL_NOT_FOUND, type LoadedProposal } from './state';
import {
	checkRevisionText,
	decide,
	formatDeadline,
	isKnownTimeZone,
	openProposal as openProposalRules,
	parseLocalDeadline,
	refusalForConcept,
	DEFAULT_TIME_ZONE,
	type ConceptText,
	type ProposalAction,
	type ProposalEvent,
	type ProposalKind,
	type ProposalState
} from '../../domain/consensus';
import { normaliseStatement, refusalForStance } from '../../domain/consensus/positions';
import { stateName } from '../../domain/consensus/wording';
import { ConflictError, NotFoundError, ValidationError, type FieldErrors } from '../../domain/errors';
import { STANCES, type Stance } from '../../domain/vocabulary';

const PROPOSAL_KINDS: readonly ProposalKind[] = ['new_concept', 'amendment', 'deprecation'];
const TITLE_MAX = 200;
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

// ── Shared steps ───────────────────────────────────────────────────────────────────────────────

function throwIfAny(errors: FieldErrors): void {
	if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

/** The refusal as the error a form shows: on `field` when the reason is about what was typed there. */
function refusalError(reason: string, field: string | null): ValidationError | ConflictError {
	return field ? new ValidationError({ [field]: reason }) : new ConflictError(reason);
}

/** The field a refusal of a revision text concerns, when the rules refused the text itself. */
function textField(text: ConceptText, reason: string): string | null {
	const check = checkRevisionText(text);
	return !check.ok && check.reason === reason ? incompleteTextField(text) : null;
}

interface RevisionInput {
	text: ConceptText;
	rationale: string | null;
	citedEntryIds: readonly number[];
}

/** Tidies a revision's input and reports what the database would refuse, or a viewer may not cite. */
async function revisionContent(db: Db, viewer: Actor, input: RevisionInput): Promise<RevisionContent> {
	const text = normaliseConceptText(input.text);
	const errors: FieldErrors = vocabularyProblems(text);
	const citedEntryIds = [...new Set(input.citedEntryIds)];
	const unreadable = await entriesNotReadable(db, viewer, citedEntryIds);
	if (unreadable.length > 0) {
		const ids = unreadable.join(', ');
		errors.citedEntryIds =
			unreadable.length === 1
				? `National entry ${ids} cannot be cited: it does not exist, or it is not in a submitted list you may read.`
				: `National entries ${ids} cannot be cited: they do not exist, or they are not in submitted lists you may read.`;
	}
	throwIfAny(errors);
	const rationale = input.rationale?.trim().normalize('NFC') || null;
	return { text, rationale, citedEntryIds };
}

/** Asks the rules; a refusal is thrown, on the form field `refusalField` names for it if any. */
function decided(
	state: ProposalState,
	action: ProposalAction,
	now: Date,
	refusalField: (reason: string) => string | null = () => null
) {
	const decision = decide(state, action, now);
	if (!decision.ok) throw refusalError(decision.reason, refusalField(decision.reason));
	return decision;
}

type Decided = { events: readonly ProposalEvent[]; next: ProposalState };

/** One transaction: load the proposal, let `act` check and decide, persist what was decided. */
async function inProposalTransaction<T>(
	db: Db,
	proposalId: number,
	act: (loaded: LoadedProposal, trx: Tx) => Promise<{ decision: Decided; context: PersistContext }>,
	result: (outcome: PersistOutcome, loaded: LoadedProposal, next: ProposalState) => T
): Promise<T> {
	return db.transaction().execute(async (trx) => {
		const loaded = await loadProposalState(trx, proposalId);
		const { decision, context } = await act(loaded, trx);
		const outcome = await persistDecision(trx, loaded, decision, context);
		return result(outcome, loaded, decision.next);
	});
}

/** The proposal row, read before validating input so that a stranger learns nothing from error messages. */
async function proposalFor(db: Db, proposalId: number) {
	const proposal = await db
		.selectFrom('proposal')
		.select(['id', 'openedForState'])
		.where('id', '=', proposalId)
		.executeTakeFirst();
	if (!proposal) throw new NotFoundError(PROPOSAL_NOT_FOUND);
	return proposal;
}

// ── Opening a proposal ─────────────────────────────────────────────────────────────────────────

export interface OpenProposalInput {
	kind: ProposalKind;
	/** The concept amended or deprecated; for a new concept, its candidate concept if there is one. */
	conceptId: number | null;
	title: string;
	/** The full text of revision 1 in the OSCE languages; English required, others may be pending. */
	text: ConceptText;
	rationale: string | null;
	/** National entries the text draws on; only entries the viewer may read. */
	citedEntryIds: readonly number[];
}

export interface OpenedProposal {
	proposalId: number;
	conceptId: number;
	/** Languages the text does not give yet; shown as pending. */
	pendingLanguages: readonly string[];
}

export async function openProposal(
	db: Db,
	viewer: Viewer,
	input: OpenProposalInput,
	now: Date = new Date()
): Promise<OpenedProposal> {
	ensure(canOpenProposal(viewer), 'Only delegates and the Secretariat may open a proposal.');
	ensureSignedIn(viewer);
	const errors: FieldErrors = {};
	const title = input.title.trim().normalize('NFC');
	if (!PROPOSAL_KINDS.includes(input.kind))
		errors.kind = 'Choose whether the proposal adds a concept, amends one or deprecates one.';
	if (title === '')
		errors.title = 'Give the proposal a title, for example: Add “cyberspace” to the consensus glossary.';
	else if (title.length > TITLE_MAX)
		errors.title = `Keep the title under ${TITLE_MAX} characters; the rationale can say more.`;
	const target = await conceptTargetOf(db, input.conceptId);
	if (input.conceptId !== null && !target) errors.conceptId = `There is no concept ${input.conceptId}.`;
	else if (PROPOSAL_KINDS.includes(input.kind)) {
		const refusal = refusalForConcept(input.kind, target);
		if (refusal) errors.conceptId = refusal;
	}
	throwIfAny(errors);
	const content = await revisionContent(db, viewer, input);

	const by = recordedUserId(viewer);
	const decision = openProposalRules({ kind: input.kind, by: viewer.id, text: content.text }, now);
	if (!decision.ok) throw refusalError(decision.reason, textField(content.text, decision.reason));
	const at = decision.next.openedAt;
	const openedForState = viewer.isDelegate && viewer.stateCode ? viewer.stateCode : null;

	return db.transaction().execute(async (trx) => {
		// Asked again inside the transaction: the concept may have been adopted since the check above.
		const concept = await conceptTargetOf(trx, input.conceptId);
		const conceptRefusal = refusalForConcept(input.kind, concept);
		if (conceptRefusal) throw new ValidationError({ conceptId: conceptRefusal });
		let conceptId = concept?.conceptId ?? null;
		if (conceptId === null) {
			// A new concept proposed from scratch gets its candidate concept now, so that national
			// entries can be linked to it while the proposal is discussed.
			const label = preferredTerm(content.text) ?? title;
			({ id: conceptId } = await trx
				.insertInto('concept')
				.values({ label, status: 'candidate', createdAt: at, createdBy: by })
				.returning('id')
				.executeTakeFirstOrThrow());
			await recordAudit(trx, {
				actorId: by,
				action: 'concept.create',
				entityType: 'concept',
				entityId: conceptId,
				after: { label, status: 'candidate' }
			});
			await enqueueSearchUpdate(trx, 'concept', [conceptId]);
		}
		const { id: proposalId } = await trx
			.insertInto('proposal')
			.values({
				kind: input.kind,
				conceptId,
				title,
				status: 'discussion',
				openedBy: by,
				openedForState,
				openedAt: at,
				closedAt: null
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const loaded: LoadedProposal = {
			proposal: {
				id: proposalId,
				kind: input.kind,
				conceptId,
				title,
				status: 'discussion',
				openedBy: by,
				openedForState,
				openedAt: at,
				closedAt: null
			},
			// The row above already has the status the rules gave, so only the events remain to write.
			state: decision.next,
			revisionIds: new Map(),
			currentPositionIds: new Map(),
			runningSilenceId: null
		};
		await persistDecision(trx, loaded, decision, { actorId: by, revision: content });
		await followIn(trx, by, proposalId, at);
		await notify(
			trx,
			{
				kind: 'proposal_opened',
				proposalId,
				text: proposalOpenedText({ title }, personInWords(viewer.displayName, openedForState)),
				createdAt: at
			},
			by
		);
		return { proposalId, conceptId, pendingLanguages: decision.next.history.revisions[0]?.pendingLanguages ?? [] };
	});
}

// ── Revising ───────────────────────────────────────────────────────────────────────────────────

export interface PostRevisionInput extends RevisionInput {
	/** The revision the author started from; if another was posted meanwhile, nothing is written. */
	basedOnRevision?: number;
}

/** Posts the next revision; the States' current positions are cleared. Returns its number. */
export async function postRevision(
	db: Db,
	viewer: Viewer,
	proposalId: number,
	input: PostRevisionInput,
	now: Date = new Date()
): Promise<number> {
	const revisePermission = (proposal: { openedForState: string | null }) =>
		ensure(
			canReviseProposal(viewer, proposal),
			'Only the delegates of the State that opened this proposal and the Secretariat may revise it.'
		);
	revisePermission(await proposalFor(db, proposalId));
	ensureSignedIn(viewer);
	const content = await revisionContent(db, viewer, input);
	return inProposalTransaction(
		db,
		proposalId,
		async (loaded) => {
			revisePermission(loaded.proposal);
			const current = loaded.state.currentRevision;
			if (input.basedOnRevision !== undefined && input.basedOnRevision !== current) {
				throw new ConflictError(
					`Revision ${current} was posted while you were editing revision ${input.basedOnRevision}. Your text was not saved; compare it with revision ${current} and post it again.`
				);
			}
			const decision = decided(
				loaded.state,
				{ type: 'postRevision', by: viewer.id, text: content.text },
				now,
				(reason) => textField(content.text, reason)
			);
			return { decision, context: { actorId: recordedUserId(viewer), revision: content } };
		},
		(_outcome, _loaded, next) => next.currentRevision
	);
}

// ── Positions ──────────────────────────────────────────────────────────────────────────────────

export interface StatePositionInput {
	stateCode: string;
	/** The revision the delegate read; it must still be the current one. */
	revision: number;
	stance: Stance;
	/** The interpretive statement of a reservation, the reason of an objection; optional otherwise. */
	statement: string | null;
}

export interface StatedPosition {
	/** False when the same position was already on record (a repeated form submission). */
	recorded: boolean;
	/** True when this objection broke the running silence. */
	silenceBroken: boolean;
}

export async function statePosition(
	db: Db,
	viewer: Viewer,
	proposalId: number,
	input: StatePositionInput,
	now: Date = new Date()
): Promise<StatedPosition> {
	const stateCode = input.stateCode.trim().toUpperCase();
	if (viewer?.isAdministrator && !viewer.isDelegate) {
		ensure(
			false,
			`The Secretariat does not state positions; only a delegate of ${stateName(stateCode)} may state its position.`
		);
	}
	ensure(canStatePosition(viewer, stateCode), `Only a delegate of ${stateName(stateCode)} may state its position.`);
	ensureSignedIn(viewer);
	if (!(STANCES as readonly string[]).includes(input.stance)) {
		throw new ValidationError({ stance: 'Choose support, no objection, reservation or objection.' });
	}
	const statement = input.statement === null ? null : input.statement.normalize('NFC');
	return inProposalTransaction(
		db,
		proposalId,
		async (loaded) => {
			const action: ProposalAction = {
				type: 'statePosition',
				by: viewer.id,
				stateCode,
				revision: input.revision,
				stance: input.stance,
				statement
			};
			const stanceRefusal = refusalForStance(input.stance, normaliseStatement(statement));
			const decision = decided(loaded.state, action, now, (reason) => (reason === stanceRefusal ? 'statement' : null));
			return { decision, context: { actorId: recordedUserId(viewer) } };
		},
		(outcome, loaded, next) => ({
			recorded: outcome.positionId !== null,
			silenceBroken: loaded.state.status === 'silence' && next.status === 'discussion'
		})
	);
}

// ── The silence procedure ──────────────────────────────────────────────────────────────────────

export interface StartSilenceInput {
	/** The revision put under silence; it must still be the current one. */
	revision: number;
	/** The deadline on the wall clock of `timeZone`: 'YYYY-MM-DD' and 'HH:MM'. */
	deadlineDate: string;
	deadlineTime: string;
	/** IANA time zone; Europe/Vienna, where the OSCE sits, when omitted. */
	timeZone?: string;
}

export interface StartedSilence {
	/** The deadline in UTC. */
	deadlineAt: string;
	/** The deadline as everyone is shown it, e.g. "Friday, 13 November 2026, 12:00 (Vienna, CET, UTC+01:00)". */
	deadline: string;
	/** Set when the time occurs twice that day (clocks going back) and says which one was taken. */
	note: string | null;
}

/** Which field a refusal of parseLocalDeadline concerns, found with the same functions. */
function deadlineField(date: string, timeZone: string): 'timeZone' | 'deadlineDate' | 'deadlineTime' {
	if (!isKnownTimeZone(timeZone)) return 'timeZone';
	return parseLocalDeadline(date, '12:00', 'UTC').ok ? 'deadlineTime' : 'deadlineDate';
}

/**
 * One text per concept is put to the States at a time: two silences on the same concept could both
 * hold, and the second adoption would then contradict (or, for a new concept, fail after) the first.
 */
async function refuseWhenConceptUnderSilence(
	trx: Tx,
	proposal: { id: number; conceptId: number | null }
): Promise<void> {
	if (proposal.conceptId === null) return;
	const other = await trx
		.selectFrom('silenceProcedure')
		.innerJoin('proposalRevision', 'proposalRevision.id', 'silenceProcedure.revisionId')
		.innerJoin('proposal', 'proposal.id', 'proposalRevision.proposalId')
		.select(['proposal.id', 'proposal.title', 'silenceProcedure.deadlineAt', 'silenceProcedure.timeZone'])
		.where('silenceProcedure.outcome', 'is', null)
		.where('proposal.conceptId', '=', proposal.conceptId)
		.where('proposal.id', '!=', proposal.id)
		.executeTakeFirst();
	if (other) {
		throw new ConflictError(
			`The proposal “${other.title}” on the same concept is under the silence procedure until ${formatDeadline(other.deadlineAt, other.timeZone)}. Only one text per concept can be put to the States at a time.`
		);
	}
}

export async function startSilence(
	db: Db,
	viewer: Viewer,
	proposalId: number,
	input: StartSilenceInput,
	now: Date = new Date()
): Promise<StartedSilence> {
	ensure(canRunSilenceProcedure(viewer), 'Only the Secretariat may put a proposal under the silence procedure.');
	ensureSignedIn(viewer);
	const timeZone = input.timeZone?.trim() || DEFAULT_TIME_ZONE;
	const deadline = parseLocalDeadline(input.deadlineDate.trim(), input.deadlineTime.trim(), timeZone);
	if (!deadline.ok)
		throw new ValidationError({ [deadlineField(input.deadlineDate.trim(), timeZone)]: deadline.reason });

	return inProposalTransaction(
		db,
		proposalId,
		async (loaded, trx) => {
			const action = {
				type: 'startSilence',
				by: viewer.id,
				revision: input.revision,
				deadlineAt: deadline.instant,
				timeZone
			} as const;
			// The refusal is about the date when the rules would accept the same request with a later deadline.
			const aboutTheDate = (): 'deadlineDate' | null =>
				decide(loaded.state, { ...action, deadlineAt: new Date(now.getTime() + YEAR_MS).toISOString() }, now).ok
					? 'deadlineDate'
					: null;
			const decision = decided(loaded.state, action, now, aboutTheDate);
			// A silence that holds must be applicable: ask the adoption rules before starting it.
			const conceptRefusal = refusalForConcept(
				loaded.proposal.kind,
				await conceptTargetOf(trx, loaded.proposal.conceptId)
			);
			if (conceptRefusal) throw new ConflictError(conceptRefusal);
			await refuseWhenConceptUnderSilence(trx, loaded.proposal);
			return { decision, context: { actorId: recordedUserId(viewer) } };
		},
		(_outcome, _loaded, next) => ({
			deadlineAt: next.silence!.deadlineAt,
			deadline: formatDeadline(next.silence!.deadlineAt, next.silence!.timeZone),
			note: deadline.note
		})
	);
}

export async function cancelSilence(db: Db, viewer: Viewer, proposalId: number, now: Date = new Date()): Promise<void> {
	ensure(canRunSilenceProcedure(viewer), 'Only the Secretariat may cancel a silence procedure.');
	ensureSignedIn(viewer);
	await inProposalTransaction(
		db,
		proposalId,
		async (loaded) => ({
			decision: decided(loaded.state, { type: 'cancelSilence', by: viewer.id }, now),
			context: { actorId: recordedUserId(viewer) }
		}),
		() => undefined
	);
}

// ── Withdrawing ────────────────────────────────────────────────────────────────────────────────

export async function withdrawProposal(
	db: Db,
	viewer: Viewer,
	proposalId: number,
	now: Date = new Date()
): Promise<void> {
	ensureSignedIn(viewer);
	await inProposalTransaction(
		db,
		proposalId,
		async (loaded) => {
			ensure(
				canWithdrawProposal(viewer, loaded.proposal),
				'Only the delegates of the State that opened this proposal and the Secretariat may withdraw it.'
			);
			return {
				decision: decided(loaded.state, { type: 'withdraw', by: viewer.id }, now),
				context: { actorId: recordedUserId(viewer) }
			};
		},
		() => undefined
	);
}
