// Small helpers shared by the rule modules: building decisions, and the checks every action passes.
import { formatDay, formatDeadline } from './deadline';
import type { Decision, Instant, ProposalEvent, ProposalState } from './types';

export function refuse(reason: string): Decision {
	return { ok: false, reason };
}

export function accept(next: ProposalState, events: readonly ProposalEvent[]): Decision {
	return { ok: true, events, next };
}

export function instantOf(now: Date): Instant {
	if (Number.isNaN(now.getTime()))
		throw new RangeError('The current time given to the consensus rules is not a valid date.');
	return now.toISOString();
}

export function deadlineInWords(state: ProposalState): string {
	return state.silence ? formatDeadline(state.silence.deadlineAt, state.silence.timeZone) : '';
}

/** Adopted and withdrawn are final: nothing changes a closed proposal. */
export function refusalWhenClosed(state: ProposalState): string | null {
	const day = state.closedAt ? formatDay(state.closedAt) : 'an earlier date';
	if (state.status === 'adopted') {
		return `This proposal was adopted on ${day} (revision ${state.currentRevision}) and can no longer be changed. To change the agreed text, open an amendment.`;
	}
	if (state.status === 'withdrawn') return `This proposal was withdrawn on ${day} and can no longer be changed.`;
	return null;
}

/**
 * A silence whose deadline has passed has held, even if the server has not yet recorded it: the
 * deadline decides, not the moment the server gets round to it. So until evaluateDeadline is
 * applied, every other action is refused as if the proposal were already adopted.
 */
export function refusalAfterDeadline(state: ProposalState, at: Instant, actionType: string): string | null {
	const silence = state.silence;
	if (state.status !== 'silence' || !silence || Date.parse(at) < Date.parse(silence.deadlineAt)) return null;
	const deadline = formatDeadline(silence.deadlineAt, silence.timeZone);
	if (actionType === 'statePosition') {
		return `Too late: the silence procedure on revision ${silence.revision} ended on ${deadline}. A position stated at or after the deadline does not count; the silence has held and the proposal is adopted.`;
	}
	return `The silence procedure on revision ${silence.revision} ended on ${deadline} without objection: the proposal is adopted and can no longer be changed.`;
}

/** The latest instant recorded in the state: no new step may be dated before it. */
export function latestRecordedInstant(state: ProposalState): number {
	const instants: string[] = [state.openedAt];
	if (state.closedAt) instants.push(state.closedAt);
	if (state.silence) instants.push(state.silence.startedAt);
	for (const revision of state.history.revisions) instants.push(revision.postedAt);
	for (const position of Object.values(state.currentPositions)) instants.push(position.statedAt);
	for (const position of state.history.positions) {
		instants.push(position.statedAt);
		if (position.supersededAt) instants.push(position.supersededAt);
	}
	for (const silence of state.history.silences) instants.push(silence.startedAt, silence.endedAt);
	return Math.max(...instants.map((instant) => Date.parse(instant)));
}

/**
 * History must read in order. A request dated before the last recorded step means the clocks of
 * two servers disagree; recording it would put a position before the silence it answered.
 */
export function refusalWhenClockBehind(state: ProposalState, at: Instant): string | null {
	const latest = latestRecordedInstant(state);
	if (Date.parse(at) >= latest) return null;
	return `This request is dated ${at}, before the last recorded step of this proposal (${new Date(latest).toISOString()}). Nothing was changed; please try again.`;
}

/** Positions and silences concern the current revision only. */
export function refusalUnlessCurrentRevision(state: ProposalState, revision: number, purpose: string): string | null {
	if (revision === state.currentRevision) return null;
	if (Number.isInteger(revision) && revision >= 1 && revision < state.currentRevision) {
		return `Revision ${revision} has been replaced by revision ${state.currentRevision}; ${purpose}`;
	}
	return `There is no revision ${revision} of this proposal; the current revision is ${state.currentRevision}.`;
}
