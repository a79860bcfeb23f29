// Positions of States on the current revision: one current position per State, a change supersedes
// the earlier one, which stays in the history. What a position does to a silence is in proposal-state.
import type { InterpretiveStatement, Instant, PastPosition, Position, ProposalState } from './types';
import type { Stance } from '../vocabulary';
import { stateName } from './wording';

/** A statement of only white space is no statement. */
export function normaliseStatement(statement: string | null): string | null {
	const trimmed = statement?.trim() ?? '';
	return trimmed === '' ? null : trimmed;
}

/** Why a stance cannot be stated with this statement, or null when it can. */
export function refusalForStance(stance: Stance, statement: string | null): string | null {
	if (stance === 'reservation' && statement === null) {
		return 'A reservation needs an interpretive statement; it will be kept with the adopted text.';
	}
	if (stance === 'objection' && statement === null) {
		return 'An objection needs a reason, so that the proposal can be revised to meet it.';
	}
	return null;
}

function byStateName(a: Position, b: Position): number {
	return stateName(a.stateCode).localeCompare(stateName(b.stateCode), 'en') || a.stateCode.localeCompare(b.stateCode);
}

/** The current objections to the current revision, by State name. */
export function currentObjections(state: ProposalState): Position[] {
	return Object.values(state.currentPositions)
		.filter((position) => position.stance === 'objection')
		.sort(byStateName);
}

/** The interpretive statements of the current reservations, by State code: kept with the adopted text. */
export function interpretiveStatements(state: ProposalState): InterpretiveStatement[] {
	return Object.values(state.currentPositions)
		.flatMap((position) =>
			position.stance === 'reservation' && position.statement !== null
				? [{ stateCode: position.stateCode, statement: position.statement }]
				: []
		)
		.sort((a, b) => a.stateCode.localeCompare(b.stateCode));
}

/** The state with `position` current for its State; the earlier position, if any, superseded at `at`. */
export function withPosition(
	state: ProposalState,
	position: Position,
	at: Instant
): { next: ProposalState; supersedes: Position | null } {
	const supersedes = state.currentPositions[position.stateCode] ?? null;
	const pastPositions: PastPosition[] = supersedes
		? [...state.history.positions, { ...supersedes, supersededAt: at }]
		: [...state.history.positions];
	return {
		supersedes,
		next: {
			...state,
			currentPositions: { ...state.currentPositions, [position.stateCode]: position },
			history: { ...state.history, positions: pastPositions }
		}
	};
}
