// The silence procedure: the Secretariat puts the current revision under silence until a deadline.
// One objection breaks it at once; if the deadline passes without one, it holds and the proposal is
// adopted. The server calls evaluateDeadline to record that; the deadline itself is what counts.
import { canonicalTimeZone, DEFAULT_TIME_ZONE, formatDeadline, isKnownTimeZone, parseInstant } from './deadline';
import { accept, deadlineInWords, instantOf, refuse, refusalUnlessCurrentRevision } from './decision';
import { currentObjections, interpretiveStatements } from './positions';
import type {
	CancelSilenceAction,
	DeadlineEvaluation,
	Decision,
	EndedSilence,
	Instant,
	Position,
	ProposalEvent,
	ProposalState,
	RunningSilence,
	StartSilenceAction
} from './types';
import { listInWords, stateName } from './wording';

export function startSilence(state: ProposalState, action: StartSilenceAction, at: Instant): Decision {
	if (state.silence) {
		return refuse(
			`Revision ${state.silence.revision} is already under silence until ${deadlineInWords(state)}; only one silence procedure can run at a time.`
		);
	}
	const notCurrent = refusalUnlessCurrentRevision(
		state,
		action.revision,
		'only the current revision can be put under silence.'
	);
	if (notCurrent) return refuse(notCurrent);

	const timeZone = action.timeZone ?? DEFAULT_TIME_ZONE;
	if (!isKnownTimeZone(timeZone)) return refuse(`"${timeZone}" is not a known time zone.`);
	const deadlineMs = parseInstant(action.deadlineAt);
	if (deadlineMs === null) {
		return refuse(
			`"${action.deadlineAt}" is not a deadline: give a date and time with its UTC offset, for example 2026-11-13T11:00:00Z.`
		);
	}
	const deadlineAt = new Date(deadlineMs).toISOString();
	if (deadlineMs <= Date.parse(at)) {
		return refuse(`The deadline must be in the future; ${formatDeadline(deadlineAt, timeZone)} has already come.`);
	}

	// A silence asks whether any State objects. If one already does, the answer is known and starting
	// the silence would only break it at once; the objection has to be met (or withdrawn) first.
	const objections = currentObjections(state);
	if (objections.length > 0) {
		const names = listInWords(objections.map((position) => stateName(position.stateCode)));
		const verb = objections.length === 1 ? 'objects' : 'object';
		return refuse(
			`${names} ${verb} to revision ${state.currentRevision}; a silence cannot start while a State objects.`
		);
	}

	const silence: RunningSilence = {
		revision: state.currentRevision,
		startedAt: at,
		startedBy: action.by,
		deadlineAt,
		timeZone: canonicalTimeZone(timeZone)
	};
	return accept({ ...state, status: 'silence', silence }, [{ type: 'silence_started', silence }]);
}

function ended(state: ProposalState, silence: EndedSilence): ProposalState['history'] {
	return { ...state.history, silences: [...state.history.silences, silence] };
}

/** The state after `objection` (already current) broke the running silence. */
export function breakSilence(
	state: ProposalState,
	objection: Position
): { next: ProposalState; events: ProposalEvent[] } {
	const silence = state.silence;
	if (!silence) return { next: state, events: [] };
	const endedAt =
		Date.parse(objection.statedAt) >= Date.parse(silence.startedAt) ? objection.statedAt : silence.startedAt;
	return {
		next: {
			...state,
			status: 'discussion',
			silence: null,
			history: ended(state, { ...silence, outcome: 'broken', endedAt, brokenBy: objection })
		},
		events: [
			{ type: 'silence_broken', revision: silence.revision, stateCode: objection.stateCode, objection, at: endedAt }
		]
	};
}

/** The state after the running silence was cancelled, by the Secretariat or by a withdrawal. */
export function cancelledSilence(
	state: ProposalState,
	at: Instant,
	by: string,
	because: 'cancellation' | 'withdrawal'
): { next: ProposalState; events: ProposalEvent[] } {
	const silence = state.silence;
	if (!silence) return { next: state, events: [] };
	return {
		next: {
			...state,
			status: 'discussion',
			silence: null,
			history: ended(state, { ...silence, outcome: 'cancelled', endedAt: at, brokenBy: null })
		},
		events: [{ type: 'silence_cancelled', revision: silence.revision, at, by, because }]
	};
}

export function cancelSilence(state: ProposalState, action: CancelSilenceAction, at: Instant): Decision {
	if (!state.silence) return refuse('No silence procedure is running on this proposal, so there is none to cancel.');
	const { next, events } = cancelledSilence(state, at, action.by, 'cancellation');
	return accept(next, events);
}

/**
 * What the passing of the deadline does, for the server's deadline worker. Idempotent: the state
 * after applying a transition makes the next call return "nothing to do". The transition depends
 * only on the state, never on how late `now` is (the silence held at the deadline, so adoption is
 * dated at the deadline), so two processes or a restart compute the same single outcome.
 */
export function evaluateDeadline(state: ProposalState, now: Date): DeadlineEvaluation {
	const silence = state.silence;
	if (state.status !== 'silence' || !silence) return { kind: 'nothing_to_do', nextDeadlineAt: null };
	if (Date.parse(instantOf(now)) < Date.parse(silence.deadlineAt)) {
		return { kind: 'nothing_to_do', nextDeadlineAt: silence.deadlineAt };
	}

	// The rules break a silence the moment an objection is stated, so none can stand here. If a
	// state loaded from storage says otherwise, the objection wins: consensus is never presumed.
	const standing = currentObjections(state).sort((a, b) => Date.parse(a.statedAt) - Date.parse(b.statedAt))[0];
	if (standing) {
		const broken = breakSilence(state, standing);
		return { kind: 'transition', outcome: 'broken', events: broken.events, next: broken.next };
	}

	const at = silence.deadlineAt;
	const next: ProposalState = {
		...state,
		status: 'adopted',
		closedAt: at,
		silence: null,
		history: ended(state, { ...silence, outcome: 'held', endedAt: at, brokenBy: null })
	};
	return {
		kind: 'transition',
		outcome: 'held',
		events: [
			{ type: 'silence_held', revision: silence.revision, at },
			{ type: 'adopted', revision: silence.revision, at, interpretiveStatements: interpretiveStatements(state) }
		],
		next
	};
}
