// The proposal state machine (DESIGN.md §2):
//
//   discussion ──startSilence──▶ silence ──deadline passes, no objection──▶ adopted
//       ▲                          │
//       └── objection / cancel ────┘
//   discussion | silence ──withdraw──▶ withdrawn        (adopted and withdrawn are final)
//
// State in, decision out: `decide` never reads a clock, never mutates its input, and answers either
// the events and the next state, or a reason a delegate can read. Who may act is not decided here
// (lib/server/permissions); only whether the action is allowed now.
import {
	accept,
	instantOf,
	refuse,
	refusalAfterDeadline,
	refusalUnlessCurrentRevision,
	refusalWhenClockBehind,
	refusalWhenClosed
} from './decision';
import { normaliseStatement, refusalForStance, withPosition } from './positions';
import { postRevision } from './revisions';
import { breakSilence, cancelledSilence, cancelSilence, evaluateDeadline, startSilence } from './silence';
import type {
	Decision,
	Instant,
	Position,
	ProposalAction,
	ProposalEvent,
	ProposalState,
	StatePositionAction,
	WithdrawAction
} from './types';
import { isParticipatingState } from './wording';

function statePosition(state: ProposalState, action: StatePositionAction, at: Instant): Decision {
	if (!isParticipatingState(action.stateCode)) {
		return refuse(`"${action.stateCode}" is not the code of an OSCE participating State.`);
	}
	const notCurrent = refusalUnlessCurrentRevision(
		state,
		action.revision,
		'positions are stated on the current revision.'
	);
	if (notCurrent) return refuse(notCurrent);
	const statement = normaliseStatement(action.statement);
	const badStance = refusalForStance(action.stance, statement);
	if (badStance) return refuse(badStance);

	// Saying again exactly what stands changes nothing; a repeated form submission is not a new position.
	const standing = state.currentPositions[action.stateCode];
	if (standing && standing.stance === action.stance && standing.statement === statement) return accept(state, []);

	const position: Position = {
		revision: action.revision,
		stateCode: action.stateCode,
		stance: action.stance,
		statement,
		statedBy: action.by,
		statedAt: at
	};
	const { next, supersedes } = withPosition(state, position, at);
	const stated: ProposalEvent = { type: 'position_stated', position, supersedes };
	// One objection is enough to break a silence, and it does so at once; support and reservations do not.
	if (position.stance === 'objection' && next.silence) {
		const broken = breakSilence(next, position);
		return accept(broken.next, [stated, ...broken.events]);
	}
	return accept(next, [stated]);
}

function withdraw(state: ProposalState, action: WithdrawAction, at: Instant): Decision {
	const cancelled = cancelledSilence(state, at, action.by, 'withdrawal');
	const next: ProposalState = { ...cancelled.next, status: 'withdrawn', closedAt: at };
	return accept(next, [...cancelled.events, { type: 'withdrawn', revision: state.currentRevision, at, by: action.by }]);
}

export function decide(state: ProposalState, action: ProposalAction, now: Date): Decision {
	const at = instantOf(now);
	if (action.type === 'evaluateDeadline') {
		const evaluation = evaluateDeadline(state, now);
		return evaluation.kind === 'transition' ? accept(evaluation.next, evaluation.events) : accept(state, []);
	}
	const blocked =
		refusalWhenClosed(state) ?? refusalAfterDeadline(state, at, action.type) ?? refusalWhenClockBehind(state, at);
	if (blocked) return refuse(blocked);

	switch (action.type) {
		case 'postRevision':
			return postRevision(state, action, at);
		case 'statePosition':
			return statePosition(state, action, at);
		case 'startSilence':
			return startSilence(state, action, at);
		case 'cancelSilence':
			return cancelSilence(state, action, at);
		case 'withdraw':
			return withdraw(state, action, at);
	}
}
