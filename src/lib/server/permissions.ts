// Every permission of the platform is decided here, and only here. Pages call these to decide what
// to show; services call them again before they write, so a crafted request cannot skip a check.
//
// Who is who (DESIGN.md §1):
// - administrator: the OSCE Secretariat; manages accounts, cycles and the index; may act on behalf
//   of any State's national list, but never states a State's position in the consensus workflow;
// - state editor: maintains the national lists of their own State;
// - delegate: speaks for their own State in the working group (proposals, comments, positions);
// - any signed-in user bound to a State reads content restricted to participating States.
import { ForbiddenError } from '../domain/errors';
import type { Distribution } from '../domain/vocabulary';

export interface Actor {
	id: string;
	email: string;
	displayName: string;
	stateCode: string | null;
	isAdministrator: boolean;
	isStateEditor: boolean;
	isDelegate: boolean;
}

/** The person making a request: an Actor, or null for the anonymous public. */
export type Viewer = Actor | null;

interface ActorRow {
	id: string;
	email: string;
	displayName: string;
	stateCode: string | null;
	isAdministrator: number;
	isStateEditor: number;
	isDelegate: number;
}

export function toActor(row: ActorRow): Actor {
	return {
		id: row.id,
		email: row.email,
		displayName: row.displayName,
		stateCode: row.stateCode,
		isAdministrator: row.isAdministrator === 1,
		isStateEditor: row.isStateEditor === 1,
		isDelegate: row.isDelegate === 1
	};
}

// ── Reading ────────────────────────────────────────────────────────────────────────────────────

/** Restricted content is for participating States (any signed-in user bound to a State) and the Secretariat. */
export function canSeeRestricted(viewer: Viewer): boolean {
	return viewer !== null && (viewer.isAdministrator || viewer.stateCode !== null);
}

export function canRead(viewer: Viewer, distribution: Distribution): boolean {
	return distribution === 'public' || canSeeRestricted(viewer);
}

/** The distributions a viewer may read, for filtering queries. */
export function readableDistributions(viewer: Viewer): Distribution[] {
	return canSeeRestricted(viewer) ? ['public', 'restricted'] : ['public'];
}

// ── National lists ─────────────────────────────────────────────────────────────────────────────

/** Create, edit, import, submit and revise the national list of `stateCode`. */
export function canEditNationalList(viewer: Viewer, stateCode: string): boolean {
	if (viewer === null) return false;
	return viewer.isAdministrator || (viewer.isStateEditor && viewer.stateCode === stateCode);
}

/**
 * Start a State's list in an exchange cycle: its editors while the cycle is open; the Secretariat
 * also in a closed one, for a late submission.
 */
export function canStartListInCycle(viewer: Viewer, stateCode: string, cycle: { isOpen: boolean }): boolean {
	return viewer !== null && canEditNationalList(viewer, stateCode) && (cycle.isOpen || viewer.isAdministrator);
}

/** The States whose lists the viewer may create and edit: their own as its editor, all as the Secretariat. */
export function editableStates<T extends { code: string }>(viewer: Viewer, states: readonly T[]): T[] {
	return states.filter((state) => canEditNationalList(viewer, state.code));
}

/** Link national entries to concepts and create candidate concepts: the experts and the Secretariat. */
export function canMapEntries(viewer: Viewer): boolean {
	return viewer !== null && (viewer.isAdministrator || viewer.isStateEditor);
}

// ── Consensus workflow ─────────────────────────────────────────────────────────────────────────

export function canOpenProposal(viewer: Viewer): boolean {
	return viewer !== null && (viewer.isAdministrator || viewer.isDelegate);
}

/** A revision is drafted by the Secretariat or by a delegate of the State that opened the proposal. */
export function canReviseProposal(viewer: Viewer, proposal: { openedForState: string | null }): boolean {
	if (viewer === null) return false;
	if (viewer.isAdministrator) return true;
	return viewer.isDelegate && proposal.openedForState !== null && viewer.stateCode === proposal.openedForState;
}

/**
 * Withdrawing is the proposer's decision: the delegates of the State that opened the proposal, or
 * the Secretariat (for its own proposals, and as chair).
 */
export function canWithdrawProposal(viewer: Viewer, proposal: { openedForState: string | null }): boolean {
	if (viewer === null) return false;
	if (viewer.isAdministrator) return true;
	return viewer.isDelegate && proposal.openedForState !== null && viewer.stateCode === proposal.openedForState;
}

export function canComment(viewer: Viewer): boolean {
	return viewer !== null && (viewer.isAdministrator || viewer.isDelegate || viewer.isStateEditor);
}

export function canEditComment(viewer: Viewer, comment: { authorId: string }): boolean {
	return viewer !== null && viewer.id === comment.authorId;
}

/** Only a delegate of a State speaks for it; the Secretariat never does. */
export function canStatePosition(viewer: Viewer, stateCode: string): boolean {
	return viewer !== null && viewer.isDelegate && viewer.stateCode === stateCode;
}

/** Put a revision under silence, end or cancel it: the Secretariat, which chairs the procedure. */
export function canRunSilenceProcedure(viewer: Viewer): boolean {
	return viewer !== null && viewer.isAdministrator;
}

export function canPublishRelease(viewer: Viewer): boolean {
	return viewer !== null && viewer.isAdministrator;
}

// ── Administration ─────────────────────────────────────────────────────────────────────────────

export function canManageAccounts(viewer: Viewer): boolean {
	return viewer !== null && viewer.isAdministrator;
}

export function canManageCycles(viewer: Viewer): boolean {
	return viewer !== null && viewer.isAdministrator;
}

/** Read and download the audit trail of every change: the Secretariat, which answers for it. */
export function canReadAuditTrail(viewer: Viewer): boolean {
	return viewer !== null && viewer.isAdministrator;
}

export function canManageSearchIndex(viewer: Viewer): boolean {
	return viewer !== null && viewer.isAdministrator;
}

/**
 * The authority of whoever runs the command-line tools on the server (imports, maintenance): the
 * Secretariat's powers, recorded in the audit trail as "system" (no user).
 */
export const SYSTEM_ACTOR: Actor = Object.freeze({
	id: 'system',
	email: 'system',
	displayName: 'Command line (system)',
	stateCode: null,
	isAdministrator: true,
	isStateEditor: false,
	isDelegate: false
});

/** The user id to record as author of a change: null for the system. */
export function recordedUserId(actor: Actor): string | null {
	return actor === SYSTEM_ACTOR || actor.id === SYSTEM_ACTOR.id ? null : actor.id;
}

/** Throws ForbiddenError with `reason` unless `allowed`. */
export function ensure(allowed: boolean, reason: string): void {
	if (!allowed) throw new ForbiddenError(reason);
}

export function ensureSignedIn(viewer: Viewer): asserts viewer is Actor {
	if (viewer === null) throw new ForbiddenError('You need to sign in for this.');
}
