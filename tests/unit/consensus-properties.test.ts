// Property-based tests of the consensus rules: random sequences of actions, by random actors for
// random States (and a code that is no State), at random times, including exactly at a deadline, a
// millisecond before it, and with a clock running behind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageTextFromTerms } from '../../src/lib/domain/concept-text';
import {
	decide,
	evaluateDeadline,
	openProposal,
	type ConceptText,
	type Decision,
	type Position,
	type ProposalAction,
	type ProposalEvent,
	type ProposalState
} from '../../src/lib/domain/consensus';
import { STANCES } from '../../src/lib/domain/vocabulary';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OPENED_AT = Date.parse('2026-11-02T09:00:00Z');
const STATE_CODES = ['FR', 'DE', 'RU', 'US', 'VA', 'XK'] as const;
const USERS = ['u-1', 'u-2', 'u-3', 'u-secretariat'] as const;
const TIME_ZONES = ['Europe/Vienna', 'America/New_York', 'Asia/Almaty'] as const;

const TEXT: ConceptText = {
	en: languageTextFromTerms(['cyber threat'], 'A potential cause of an ICT security incident.')
};
const TEXT_WITHOUT_ENGLISH: ConceptText = {
	fr: languageTextFromTerms(['cybermenace'], 'Cause potentielle d’un incident de sécurité des TIC.')
};

// ── Generated commands, turned into actions against the state they meet ────────────────────────

type Timing =
	| { kind: 'after'; delay: number }
	| { kind: 'at_deadline' }
	| { kind: 'just_before_deadline' }
	| { kind: 'behind'; by: number };

type Command =
	| { type: 'postRevision'; by: string; withEnglish: boolean }
	| {
			type: 'statePosition';
			by: string;
			stateCode: string;
			revisionShift: number;
			stance: Position['stance'];
			statement: string | null;
	  }
	| { type: 'startSilence'; by: string; revisionShift: number; deadlineIn: number; timeZone: string }
	| { type: 'cancelSilence'; by: string }
	| { type: 'withdraw'; by: string }
	| { type: 'evaluateDeadline' };

const user = fc.constantFrom(...USERS);
const revisionShift = fc.oneof(
	{ weight: 8, arbitrary: fc.constant(0) },
	{ weight: 1, arbitrary: fc.constantFrom(-1, 1) }
);

const command: fc.Arbitrary<Command> = fc.oneof(
	{
		weight: 6,
		arbitrary: fc.record({ type: fc.constant('postRevision' as const), by: user, withEnglish: fc.boolean() })
	},
	{
		weight: 30,
		arbitrary: fc.record({
			type: fc.constant('statePosition' as const),
			by: user,
			stateCode: fc.constantFrom(...STATE_CODES),
			revisionShift,
			stance: fc.constantFrom(...STANCES),
			statement: fc.oneof(
				{ weight: 1, arbitrary: fc.constantFrom(null, '  ') },
				{ weight: 4, arbitrary: fc.constantFrom('Too broad.', 'Our reading is narrower.', 'Agreed.') }
			)
		})
	},
	{
		weight: 12,
		arbitrary: fc.record({
			type: fc.constant('startSilence' as const),
			by: user,
			revisionShift,
			deadlineIn: fc.oneof(fc.constant(0), fc.integer({ min: -DAY, max: 10 * DAY })),
			timeZone: fc.constantFrom(...TIME_ZONES)
		})
	},
	{ weight: 4, arbitrary: fc.record({ type: fc.constant('cancelSilence' as const), by: user }) },
	{ weight: 1, arbitrary: fc.record({ type: fc.constant('withdraw' as const), by: user }) },
	{ weight: 8, arbitrary: fc.constant({ type: 'evaluateDeadline' as const }) }
);

const timing: fc.Arbitrary<Timing> = fc.oneof(
	{
		weight: 12,
		arbitrary: fc.record({
			kind: fc.constant('after' as const),
			delay: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 3 * DAY }))
		})
	},
	{ weight: 2, arbitrary: fc.constant({ kind: 'at_deadline' as const }) },
	{ weight: 2, arbitrary: fc.constant({ kind: 'just_before_deadline' as const }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('behind' as const), by: fc.integer({ min: 1, max: HOUR }) }) }
);

const steps = fc.array(fc.record({ command, timing }), { minLength: 1, maxLength: 50 });

function toAction(state: ProposalState, command: Command, now: number): ProposalAction {
	switch (command.type) {
		case 'postRevision':
			return { type: 'postRevision', by: command.by, text: command.withEnglish ? TEXT : TEXT_WITHOUT_ENGLISH };
		case 'statePosition':
			return { ...command, revision: state.currentRevision + command.revisionShift };
		case 'startSilence':
			return {
				type: 'startSilence',
				by: command.by,
				revision: state.currentRevision + command.revisionShift,
				deadlineAt: new Date(now + command.deadlineIn).toISOString(),
				timeZone: command.timeZone
			};
		default:
			return command;
	}
}

function timeOf(state: ProposalState, timing: Timing, clock: number): number {
	const deadline = state.silence ? Date.parse(state.silence.deadlineAt) : null;
	switch (timing.kind) {
		case 'after':
			return clock + timing.delay;
		case 'at_deadline':
			return deadline !== null && deadline >= clock ? deadline : clock;
		case 'just_before_deadline':
			return deadline !== null && deadline - 1 >= clock ? deadline - 1 : clock;
		case 'behind':
			return clock - timing.by;
	}
}

// ── Checks ─────────────────────────────────────────────────────────────────────────────────────

function opened(): ProposalState {
	const decision = openProposal({ kind: 'new_concept', by: 'u-1', text: TEXT }, new Date(OPENED_AT));
	if (!decision.ok) throw new Error(decision.reason);
	return decision.next;
}

function allPositions(state: ProposalState) {
	return [
		...Object.values(state.currentPositions).map((position) => ({ ...position, supersededAt: null })),
		...state.history.positions
	];
}

function samePosition(a: Position, b: Position): boolean {
	return (
		a.revision === b.revision &&
		a.stateCode === b.stateCode &&
		a.stance === b.stance &&
		a.statement === b.statement &&
		a.statedBy === b.statedBy &&
		a.statedAt === b.statedAt
	);
}

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		for (const inner of Object.values(value)) deepFreeze(inner);
		Object.freeze(value);
	}
	return value;
}

/** (1) No adoption over an objection: none current at adoption, none standing at any time during the silence that held. */
function checkAdoption(next: ProposalState, events: readonly ProposalEvent[]): void {
	const adoption = events.find((event) => event.type === 'adopted');
	if (!adoption) return;
	expect(next.status).toBe('adopted');
	expect(Object.values(next.currentPositions).filter((position) => position.stance === 'objection')).toEqual([]);
	const held = next.history.silences.at(-1);
	expect(held).toMatchObject({
		outcome: 'held',
		revision: adoption.revision,
		endedAt: adoption.at,
		deadlineAt: adoption.at
	});
	if (!held) return;
	const silenceFrom = Date.parse(held.startedAt);
	const silenceTo = Date.parse(held.deadlineAt);
	const stoodDuringSilence = allPositions(next).filter((position) => {
		const from = Date.parse(position.statedAt);
		const to = position.supersededAt === null ? Number.POSITIVE_INFINITY : Date.parse(position.supersededAt);
		return (
			position.revision === held.revision && position.stance === 'objection' && from < silenceTo && silenceFrom < to
		);
	});
	expect(stoodDuringSilence).toEqual([]);
}

/** (3) One running silence at most, consistent with the status; ended silences have an outcome. */
function checkSilence(state: ProposalState): void {
	expect(state.status === 'silence').toBe(state.silence !== null);
	if (state.silence) expect(state.silence.revision).toBe(state.currentRevision);
	for (const silence of state.history.silences) {
		expect(['held', 'broken', 'cancelled']).toContain(silence.outcome);
		expect(silence.outcome === 'broken').toBe(silence.brokenBy !== null);
	}
	expect(state.status === 'adopted' || state.status === 'withdrawn').toBe(state.closedAt !== null);
}

/** (4) evaluateDeadline: same single outcome however late and however often; nothing to do once applied. */
function checkDeadlineEvaluation(state: ProposalState, now: number, later: number): void {
	const first = evaluateDeadline(state, new Date(now));
	const secondProcess = evaluateDeadline(state, new Date(now));
	expect(secondProcess).toEqual(first);
	if (first.kind === 'nothing_to_do') {
		expect(decide(state, { type: 'evaluateDeadline' }, new Date(now))).toEqual({ ok: true, events: [], next: state });
		return;
	}
	expect(evaluateDeadline(state, new Date(now + later))).toEqual(first);
	expect(decide(state, { type: 'evaluateDeadline' }, new Date(now))).toEqual({
		ok: true,
		events: first.events,
		next: first.next
	});
	// After a restart, or in the other process, against the state as persisted: nothing left to do.
	expect(evaluateDeadline(first.next, new Date(now))).toMatchObject({ kind: 'nothing_to_do' });
	expect(evaluateDeadline(first.next, new Date(now + later))).toMatchObject({ kind: 'nothing_to_do' });
	expect(decide(first.next, { type: 'evaluateDeadline' }, new Date(now + later))).toEqual({
		ok: true,
		events: [],
		next: first.next
	});
}

interface Coverage {
	adopted: number;
	broken: number;
	cancelled: number;
	withdrawn: number;
	tooLate: number;
	startRefusedForObjection: number;
	revisionsClearingPositions: number;
}
const coverage: Coverage = {
	adopted: 0,
	broken: 0,
	cancelled: 0,
	withdrawn: 0,
	tooLate: 0,
	startRefusedForObjection: 0,
	revisionsClearingPositions: 0
};

function runSequence(sequence: readonly { command: Command; timing: Timing }[], later: number): void {
	let state = deepFreeze(opened());
	let clock = OPENED_AT;
	const accepted: Position[] = [];
	let runningSilences = 0;

	for (const { command, timing } of sequence) {
		const now = timeOf(state, timing, clock);
		clock = Math.max(clock, now);
		checkDeadlineEvaluation(state, now, later);

		const action = toAction(state, command, now);
		const decision: Decision = decide(state, action, new Date(now));
		const before = state;

		// (3) Adopted and withdrawn are absorbing.
		if (before.status === 'adopted' || before.status === 'withdrawn') {
			if (decision.ok) expect(decision).toEqual({ ok: true, events: [], next: before });
			continue;
		}
		if (!decision.ok) {
			expect(decision.reason).toMatch(/^[A-Z"].*\.$/);
			if (decision.reason.startsWith('Too late')) coverage.tooLate += 1;
			if (decision.reason.includes('a silence cannot start while a State objects'))
				coverage.startRefusedForObjection += 1;
			continue;
		}
		const { next, events } = decision;
		deepFreeze(next);

		for (const event of events) {
			if (event.type === 'position_stated') accepted.push(event.position);
			if (event.type === 'silence_started') runningSilences += 1;
			if (event.type === 'silence_held' || event.type === 'silence_broken' || event.type === 'silence_cancelled')
				runningSilences -= 1;
			if (event.type === 'adopted') coverage.adopted += 1;
			if (event.type === 'silence_broken') coverage.broken += 1;
			if (event.type === 'silence_cancelled') coverage.cancelled += 1;
			if (event.type === 'withdrawn') coverage.withdrawn += 1;
		}

		// (1) An objection during a silence breaks it in the same decision; no adoption over an objection.
		const statedObjection = events.some(
			(event) => event.type === 'position_stated' && event.position.stance === 'objection'
		);
		if (before.status === 'silence' && statedObjection) {
			expect(events.map((event) => event.type)).toContain('silence_broken');
			expect(next.status).toBe('discussion');
		}
		checkAdoption(next, events);

		// (2) No position is ever lost: every accepted position is current or in the history, once.
		const kept = allPositions(next);
		expect(kept).toHaveLength(accepted.length);
		// Counted, not just found: a State may say the same thing twice in one millisecond.
		for (const position of accepted) {
			const times = accepted.filter((other) => samePosition(other, position)).length;
			expect(kept.filter((candidate) => samePosition(candidate, position))).toHaveLength(times);
		}
		for (const current of Object.values(next.currentPositions)) expect(current.revision).toBe(next.currentRevision);

		// (3) At most one running silence.
		expect(runningSilences).toBe(next.silence ? 1 : 0);
		checkSilence(next);

		// (5) A new revision leaves no current positions; the earlier ones stay with the old revision.
		if (action.type === 'postRevision') {
			expect(next.currentRevision).toBe(before.currentRevision + 1);
			expect(next.currentPositions).toEqual({});
			if (Object.keys(before.currentPositions).length > 0) coverage.revisionsClearingPositions += 1;
			for (const position of Object.values(before.currentPositions)) {
				expect(next.history.positions).toContainEqual({ ...position, supersededAt: null });
			}
		}
		state = next;
	}
	checkDeadlineEvaluation(state, clock + 30 * DAY, later);
}

describe('consensus rules under random sequences of actions', () => {
	it('never adopt over an objection, never lose a position, run one silence at most, keep adopted and withdrawn final, clear positions on a new revision, and evaluate deadlines idempotently', () => {
		fc.assert(
			fc.property(steps, fc.integer({ min: 0, max: 60 * DAY }), (sequence, later) => runSequence(sequence, later)),
			{ numRuns: 1000 }
		);
		// The properties mean something only if the random sequences reach every path.
		expect(coverage.adopted).toBeGreaterThan(10);
		expect(coverage.broken).toBeGreaterThan(10);
		expect(coverage.cancelled).toBeGreaterThan(10);
		expect(coverage.withdrawn).toBeGreaterThan(10);
		expect(coverage.tooLate).toBeGreaterThan(20);
		expect(coverage.startRefusedForObjection).toBeGreaterThan(10);
		expect(coverage.revisionsClearingPositions).toBeGreaterThan(10);
	});
});
