// Example tests for every rule and every refusal of the proposal state machine.
import { describe, expect, it } from 'vitest';
import { languageTextFromTerms } from '../../src/lib/domain/concept-text';
import {
	decide,
	evaluateDeadline,
	openProposal,
	type ConceptText,
	type Decision,
	type ProposalAction,
	type ProposalState
} from '../../src/lib/domain/consensus';

const OPENED_AT = '2026-11-02T09:00:00.000Z';
// Friday 13 November 2026, 12:00 in Vienna (CET, UTC+01:00).
const DEADLINE = '2026-11-13T11:00:00.000Z';
const DEADLINE_IN_WORDS = 'Friday, 13 November 2026, 12:00 (Vienna, CET, UTC+01:00)';

const ENGLISH_ONLY: ConceptText = {
	en: languageTextFromTerms(
		['cyber incident'],
		'An occurrence that jeopardises the security of ICT systems or of the data they hold.'
	)
};
const ENGLISH_AND_FRENCH: ConceptText = {
	...ENGLISH_ONLY,
	fr: languageTextFromTerms(
		['cyberincident'],
		'Événement qui compromet la sécurité des systèmes TIC ou des données qu’ils contiennent.'
	)
};

function opened(): ProposalState {
	const decision = openProposal({ kind: 'new_concept', by: 'u-serbia', text: ENGLISH_ONLY }, new Date(OPENED_AT));
	if (!decision.ok) throw new Error(decision.reason);
	return decision.next;
}

function accepted(decision: Decision): Extract<Decision, { ok: true }> {
	if (!decision.ok) throw new Error(`refused: ${decision.reason}`);
	return decision;
}

function apply(state: ProposalState, action: ProposalAction, at: string): ProposalState {
	return accepted(decide(state, action, new Date(at))).next;
}

function refusal(state: ProposalState, action: ProposalAction, at: string): string {
	const decision = decide(state, action, new Date(at));
	if (decision.ok) throw new Error(`accepted ${action.type}, expected a refusal`);
	return decision.reason;
}

const support = (stateCode: string, revision = 1, statement: string | null = null): ProposalAction => ({
	type: 'statePosition',
	by: `u-${stateCode}`,
	stateCode,
	revision,
	stance: 'support',
	statement
});
const reservation = (stateCode: string, statement: string, revision = 1): ProposalAction => ({
	type: 'statePosition',
	by: `u-${stateCode}`,
	stateCode,
	revision,
	stance: 'reservation',
	statement
});
const objection = (stateCode: string, reason: string | null, revision = 1): ProposalAction => ({
	type: 'statePosition',
	by: `u-${stateCode}`,
	stateCode,
	revision,
	stance: 'objection',
	statement: reason
});
const startSilence = (revision = 1, deadlineAt = DEADLINE, timeZone?: string): ProposalAction => ({
	type: 'startSilence',
	by: 'u-secretariat',
	revision,
	deadlineAt,
	...(timeZone ? { timeZone } : {})
});
const postRevision = (text: ConceptText = ENGLISH_AND_FRENCH): ProposalAction => ({
	type: 'postRevision',
	by: 'u-serbia',
	text
});
const CANCEL: ProposalAction = { type: 'cancelSilence', by: 'u-secretariat' };
const WITHDRAW: ProposalAction = { type: 'withdraw', by: 'u-serbia' };
const EVALUATE: ProposalAction = { type: 'evaluateDeadline' };

function underSilence(): ProposalState {
	return apply(opened(), startSilence(), '2026-11-03T10:00:00.000Z');
}

function adopted(): ProposalState {
	const state = apply(
		underSilence(),
		reservation('FR', 'France reads "ICT systems" as excluding private networks.'),
		'2026-11-05T10:00:00.000Z'
	);
	return apply(state, EVALUATE, '2026-11-13T11:00:05.000Z');
}

function withdrawn(): ProposalState {
	return apply(opened(), WITHDRAW, '2026-11-04T08:00:00.000Z');
}

describe('opening a proposal', () => {
	it('opens under discussion with revision 1 and says which languages are pending', () => {
		const decision = accepted(
			openProposal({ kind: 'amendment', by: 'u-serbia', text: ENGLISH_ONLY }, new Date(OPENED_AT))
		);
		expect(decision.next).toMatchObject({
			kind: 'amendment',
			status: 'discussion',
			currentRevision: 1,
			closedAt: null,
			silence: null
		});
		expect(decision.events).toEqual([
			{ type: 'proposal_opened', kind: 'amendment', at: OPENED_AT, by: 'u-serbia' },
			{
				type: 'revision_posted',
				revision: 1,
				at: OPENED_AT,
				by: 'u-serbia',
				pendingLanguages: ['fr', 'de', 'it', 'ru', 'es']
			}
		]);
	});

	it('refuses a text without English', () => {
		const decision = openProposal(
			{ kind: 'new_concept', by: 'u-serbia', text: { fr: ENGLISH_AND_FRENCH.fr } },
			new Date(OPENED_AT)
		);
		expect(decision).toEqual({
			ok: false,
			reason: 'A revision needs the English text: at least one English term and an English definition.'
		});
	});

	it('refuses an English text without a definition or without a term', () => {
		for (const en of [
			languageTextFromTerms(['cyber incident'], '  '),
			languageTextFromTerms([], 'A definition.'),
			languageTextFromTerms([' '], 'A definition.')
		]) {
			expect(openProposal({ kind: 'new_concept', by: 'u-serbia', text: { en } }, new Date(OPENED_AT))).toEqual({
				ok: false,
				reason: 'A revision needs the English text: at least one English term and an English definition.'
			});
		}
	});

	it('refuses an incomplete text in another language rather than publish half of it', () => {
		const text: ConceptText = { ...ENGLISH_ONLY, ru: languageTextFromTerms(['киберинцидент'], '') };
		expect(openProposal({ kind: 'new_concept', by: 'u-serbia', text }, new Date(OPENED_AT))).toEqual({
			ok: false,
			reason:
				'The Russian text is incomplete: give at least one term and a definition, or leave Russian out to mark it as pending.'
		});
	});

	it('throws on an invalid clock value, which is a bug and not a refusal', () => {
		expect(() =>
			openProposal({ kind: 'new_concept', by: 'u-serbia', text: ENGLISH_ONLY }, new Date('nonsense'))
		).toThrow(RangeError);
		expect(() => decide(opened(), WITHDRAW, new Date('nonsense'))).toThrow(RangeError);
	});
});

describe('revisions', () => {
	it('numbers revisions 2, 3, … and records the pending languages of each', () => {
		const second = accepted(decide(opened(), postRevision(), new Date('2026-11-03T09:00:00Z')));
		expect(second.next.currentRevision).toBe(2);
		expect(second.events).toEqual([
			{
				type: 'revision_posted',
				revision: 2,
				at: '2026-11-03T09:00:00.000Z',
				by: 'u-serbia',
				pendingLanguages: ['de', 'it', 'ru', 'es']
			}
		]);
		const third = apply(second.next, postRevision(ENGLISH_ONLY), '2026-11-04T09:00:00Z');
		expect(third.currentRevision).toBe(3);
		expect(third.history.revisions.map((revision) => revision.number)).toEqual([1, 2, 3]);
	});

	it('clears the current positions, which stay in the history of the replaced revision', () => {
		let state = apply(opened(), support('DE'), '2026-11-03T09:00:00Z');
		state = apply(
			state,
			objection('FR', 'The definition leaves out incidents without malicious intent.'),
			'2026-11-03T10:00:00Z'
		);
		const decision = accepted(decide(state, postRevision(), new Date('2026-11-04T09:00:00Z')));
		expect(decision.next.currentPositions).toEqual({});
		expect(decision.events[1]).toEqual({
			type: 'positions_cleared',
			revision: 1,
			stateCodes: ['DE', 'FR'],
			at: '2026-11-04T09:00:00.000Z'
		});
		expect(decision.next.history.positions).toEqual([
			expect.objectContaining({ revision: 1, stateCode: 'DE', stance: 'support', supersededAt: null }),
			expect.objectContaining({ revision: 1, stateCode: 'FR', stance: 'objection', supersededAt: null })
		]);
	});

	it('is refused during a silence: the Secretariat must cancel the silence first', () => {
		expect(refusal(underSilence(), postRevision(), '2026-11-05T09:00:00Z')).toBe(
			`Revision 1 is under silence until ${DEADLINE_IN_WORDS}. A new revision cannot be posted during a silence procedure: the Secretariat must cancel the silence first.`
		);
	});

	it('can be posted once the silence is cancelled', () => {
		const state = apply(underSilence(), CANCEL, '2026-11-05T09:00:00Z');
		expect(apply(state, postRevision(), '2026-11-05T09:30:00Z').currentRevision).toBe(2);
	});

	it('is refused when the text lacks English', () => {
		expect(refusal(opened(), postRevision({ fr: ENGLISH_AND_FRENCH.fr }), '2026-11-03T09:00:00Z')).toBe(
			'A revision needs the English text: at least one English term and an English definition.'
		);
	});
});

describe('positions', () => {
	it('records a position on the current revision', () => {
		const decision = accepted(decide(opened(), support('AT'), new Date('2026-11-03T09:00:00Z')));
		const position = {
			revision: 1,
			stateCode: 'AT',
			stance: 'support',
			statement: null,
			statedBy: 'u-AT',
			statedAt: '2026-11-03T09:00:00.000Z'
		};
		expect(decision.next.currentPositions).toEqual({ AT: position });
		expect(decision.events).toEqual([{ type: 'position_stated', position, supersedes: null }]);
	});

	it('keeps the earlier position as superseded when a State changes its position', () => {
		const first = apply(opened(), objection('FR', 'Too broad.'), '2026-11-03T09:00:00Z');
		const decision = accepted(
			decide(first, reservation('FR', 'France reads it narrowly.'), new Date('2026-11-04T09:00:00Z'))
		);
		expect(decision.next.currentPositions.FR).toMatchObject({
			stance: 'reservation',
			statement: 'France reads it narrowly.'
		});
		expect(decision.next.history.positions).toEqual([
			expect.objectContaining({
				stateCode: 'FR',
				stance: 'objection',
				statement: 'Too broad.',
				supersededAt: '2026-11-04T09:00:00.000Z'
			})
		]);
		expect(decision.events[0]).toMatchObject({
			type: 'position_stated',
			supersedes: { stance: 'objection', statement: 'Too broad.' }
		});
	});

	it('treats the same position stated again as no change', () => {
		const state = apply(opened(), reservation('FR', 'France reads it narrowly.'), '2026-11-03T09:00:00Z');
		const decision = accepted(
			decide(state, reservation('FR', '  France reads it narrowly. '), new Date('2026-11-03T09:05:00Z'))
		);
		expect(decision.events).toEqual([]);
		expect(decision.next).toBe(state);
	});

	it('keeps an optional statement with a support and trims statements', () => {
		const state = apply(
			opened(),
			support('CH', 1, '  Switzerland welcomes the French version. '),
			'2026-11-03T09:00:00Z'
		);
		expect(state.currentPositions.CH?.statement).toBe('Switzerland welcomes the French version.');
		expect(apply(opened(), support('CH', 1, '   '), '2026-11-03T09:00:00Z').currentPositions.CH?.statement).toBeNull();
	});

	it('refuses a reservation without an interpretive statement', () => {
		expect(refusal(opened(), reservation('FR', '   '), '2026-11-03T09:00:00Z')).toBe(
			'A reservation needs an interpretive statement; it will be kept with the adopted text.'
		);
	});

	it('refuses an objection without a reason', () => {
		expect(refusal(opened(), objection('FR', null), '2026-11-03T09:00:00Z')).toBe(
			'An objection needs a reason, so that the proposal can be revised to meet it.'
		);
	});

	it('refuses a position on a replaced revision and on a revision that does not exist', () => {
		const state = apply(opened(), postRevision(), '2026-11-03T09:00:00Z');
		expect(refusal(state, support('DE', 1), '2026-11-03T10:00:00Z')).toBe(
			'Revision 1 has been replaced by revision 2; positions are stated on the current revision.'
		);
		expect(refusal(state, support('DE', 3), '2026-11-03T10:00:00Z')).toBe(
			'There is no revision 3 of this proposal; the current revision is 2.'
		);
		expect(refusal(state, support('DE', 0), '2026-11-03T10:00:00Z')).toBe(
			'There is no revision 0 of this proposal; the current revision is 2.'
		);
	});

	it('refuses a code that is not a participating State', () => {
		expect(refusal(opened(), support('XK'), '2026-11-03T09:00:00Z')).toBe(
			'"XK" is not the code of an OSCE participating State.'
		);
	});

	it('may be stated during a silence; support and reservations do not break it', () => {
		let state = apply(underSilence(), support('DE'), '2026-11-04T09:00:00Z');
		state = apply(
			state,
			reservation('RU', 'The Russian Federation understands "ICT" as in its national law.'),
			'2026-11-04T10:00:00Z'
		);
		expect(state.status).toBe('silence');
		expect(Object.keys(state.currentPositions).sort()).toEqual(['DE', 'RU']);
	});

	it('an objection during the silence breaks it at once and the proposal returns to discussion', () => {
		const decision = accepted(decide(underSilence(), objection('FR', 'Too broad.'), new Date('2026-11-06T15:00:00Z')));
		const objectionRecord = decision.next.currentPositions.FR;
		expect(decision.next.status).toBe('discussion');
		expect(decision.next.silence).toBeNull();
		expect(decision.events).toEqual([
			{ type: 'position_stated', position: objectionRecord, supersedes: null },
			{
				type: 'silence_broken',
				revision: 1,
				stateCode: 'FR',
				objection: objectionRecord,
				at: '2026-11-06T15:00:00.000Z'
			}
		]);
		expect(decision.next.history.silences).toEqual([
			expect.objectContaining({
				revision: 1,
				outcome: 'broken',
				endedAt: '2026-11-06T15:00:00.000Z',
				brokenBy: objectionRecord
			})
		]);
		// Nothing left to evaluate: the deadline of a broken silence adopts nothing.
		expect(evaluateDeadline(decision.next, new Date('2026-11-14T00:00:00Z'))).toEqual({
			kind: 'nothing_to_do',
			nextDeadlineAt: null
		});
	});

	it('an objection one millisecond before the deadline breaks the silence', () => {
		const state = apply(underSilence(), objection('FR', 'Too broad.'), '2026-11-13T10:59:59.999Z');
		expect(state.status).toBe('discussion');
		expect(state.history.silences[0]?.outcome).toBe('broken');
	});

	it('an objection exactly at the deadline is too late: the silence has held', () => {
		expect(refusal(underSilence(), objection('FR', 'Too broad.'), DEADLINE)).toBe(
			`Too late: the silence procedure on revision 1 ended on ${DEADLINE_IN_WORDS}. A position stated at or after the deadline does not count; the silence has held and the proposal is adopted.`
		);
	});

	it('a position after the deadline is too late even before the server has recorded the adoption', () => {
		expect(refusal(underSilence(), objection('FR', 'Too broad.'), '2026-11-13T11:20:00Z')).toMatch(/^Too late: /);
	});

	it('is refused after adoption and after withdrawal', () => {
		expect(refusal(adopted(), support('DE'), '2026-11-20T09:00:00Z')).toBe(
			'This proposal was adopted on 13 November 2026 (revision 1) and can no longer be changed. To change the agreed text, open an amendment.'
		);
		expect(refusal(withdrawn(), support('DE'), '2026-11-20T09:00:00Z')).toBe(
			'This proposal was withdrawn on 4 November 2026 and can no longer be changed.'
		);
	});
});

describe('starting a silence', () => {
	it('puts the current revision under silence until the deadline, announced in Vienna by default', () => {
		const decision = accepted(
			decide(opened(), startSilence(1, '2026-11-13T12:00:00+01:00'), new Date('2026-11-03T10:00:00Z'))
		);
		const silence = {
			revision: 1,
			startedAt: '2026-11-03T10:00:00.000Z',
			startedBy: 'u-secretariat',
			deadlineAt: DEADLINE,
			timeZone: 'Europe/Vienna'
		};
		expect(decision.next.status).toBe('silence');
		expect(decision.next.silence).toEqual(silence);
		expect(decision.events).toEqual([{ type: 'silence_started', silence }]);
	});

	it('keeps the time zone the deadline was announced in', () => {
		const state = apply(opened(), startSilence(1, DEADLINE, 'america/new_york'), '2026-11-03T10:00:00Z');
		expect(state.silence?.timeZone).toBe('America/New_York');
	});

	it('refuses a second silence while one runs', () => {
		expect(refusal(underSilence(), startSilence(), '2026-11-04T10:00:00Z')).toBe(
			`Revision 1 is already under silence until ${DEADLINE_IN_WORDS}; only one silence procedure can run at a time.`
		);
	});

	it('refuses a revision that is not the current one', () => {
		const state = apply(opened(), postRevision(), '2026-11-03T09:00:00Z');
		expect(refusal(state, startSilence(1), '2026-11-03T10:00:00Z')).toBe(
			'Revision 1 has been replaced by revision 2; only the current revision can be put under silence.'
		);
		expect(refusal(state, startSilence(7), '2026-11-03T10:00:00Z')).toBe(
			'There is no revision 7 of this proposal; the current revision is 2.'
		);
	});

	it('refuses a deadline that has come, including one equal to now', () => {
		const now = '2026-11-03T10:00:00.000Z';
		expect(refusal(opened(), startSilence(1, now), now)).toBe(
			'The deadline must be in the future; Tuesday, 3 November 2026, 11:00 (Vienna, CET, UTC+01:00) has already come.'
		);
		expect(refusal(opened(), startSilence(1, '2026-11-03T09:00:00Z'), now)).toMatch(
			/^The deadline must be in the future; /
		);
	});

	it('refuses a deadline that is not an instant with its offset', () => {
		for (const deadline of ['2026-11-13 12:00', '2026-11-13T12:00', '2026-02-30T12:00:00Z', 'Friday noon']) {
			expect(refusal(opened(), startSilence(1, deadline), '2026-11-03T10:00:00Z')).toBe(
				`"${deadline}" is not a deadline: give a date and time with its UTC offset, for example 2026-11-13T11:00:00Z.`
			);
		}
	});

	it('refuses an unknown time zone', () => {
		expect(refusal(opened(), startSilence(1, DEADLINE, 'Europe/Atlantis'), '2026-11-03T10:00:00Z')).toBe(
			'"Europe/Atlantis" is not a known time zone.'
		);
	});

	it('refuses while a State objects, naming it', () => {
		let state = apply(opened(), postRevision(), '2026-11-03T09:00:00Z');
		state = apply(state, objection('FR', 'Too broad.', 2), '2026-11-03T10:00:00Z');
		expect(refusal(state, startSilence(2), '2026-11-03T11:00:00Z')).toBe(
			'France objects to revision 2; a silence cannot start while a State objects.'
		);
		state = apply(state, objection('RU', 'Not in line with national law.', 2), '2026-11-03T11:00:00Z');
		state = apply(state, objection('DE', 'The German text is missing.', 2), '2026-11-03T11:30:00Z');
		expect(refusal(state, startSilence(2), '2026-11-03T12:00:00Z')).toBe(
			'France, Germany and Russian Federation object to revision 2; a silence cannot start while a State objects.'
		);
	});

	it('starts once the objection is lifted; supports and reservations do not stand in the way', () => {
		let state = apply(opened(), objection('FR', 'Too broad.'), '2026-11-03T10:00:00Z');
		state = apply(state, reservation('FR', 'France reads it narrowly.'), '2026-11-03T11:00:00Z');
		state = apply(state, support('DE'), '2026-11-03T11:10:00Z');
		expect(apply(state, startSilence(), '2026-11-03T12:00:00Z').status).toBe('silence');
	});
});

describe('cancelling a silence', () => {
	it('ends the silence as cancelled and returns the proposal to discussion', () => {
		const decision = accepted(decide(underSilence(), CANCEL, new Date('2026-11-05T09:00:00Z')));
		expect(decision.next.status).toBe('discussion');
		expect(decision.next.silence).toBeNull();
		expect(decision.next.history.silences).toEqual([
			expect.objectContaining({ outcome: 'cancelled', endedAt: '2026-11-05T09:00:00.000Z', brokenBy: null })
		]);
		expect(decision.events).toEqual([
			{
				type: 'silence_cancelled',
				revision: 1,
				at: '2026-11-05T09:00:00.000Z',
				by: 'u-secretariat',
				because: 'cancellation'
			}
		]);
	});

	it('refuses when no silence runs', () => {
		expect(refusal(opened(), CANCEL, '2026-11-05T09:00:00Z')).toBe(
			'No silence procedure is running on this proposal, so there is none to cancel.'
		);
	});

	it('keeps the positions stated during the cancelled silence, and a new silence can start', () => {
		let state = apply(underSilence(), support('DE'), '2026-11-04T09:00:00Z');
		state = apply(state, CANCEL, '2026-11-05T09:00:00Z');
		expect(state.currentPositions.DE?.stance).toBe('support');
		state = apply(state, startSilence(1, '2026-11-20T11:00:00Z'), '2026-11-05T10:00:00Z');
		expect(state.status).toBe('silence');
	});
});

describe('withdrawal', () => {
	it('withdraws a proposal under discussion', () => {
		const decision = accepted(decide(opened(), WITHDRAW, new Date('2026-11-04T08:00:00Z')));
		expect(decision.next).toMatchObject({ status: 'withdrawn', closedAt: '2026-11-04T08:00:00.000Z' });
		expect(decision.events).toEqual([
			{ type: 'withdrawn', revision: 1, at: '2026-11-04T08:00:00.000Z', by: 'u-serbia' }
		]);
	});

	it('withdraws a proposal under silence and cancels the silence', () => {
		const decision = accepted(decide(underSilence(), WITHDRAW, new Date('2026-11-04T08:00:00Z')));
		expect(decision.next.status).toBe('withdrawn');
		expect(decision.next.silence).toBeNull();
		expect(decision.next.history.silences[0]?.outcome).toBe('cancelled');
		expect(decision.events.map((event) => event.type)).toEqual(['silence_cancelled', 'withdrawn']);
		expect(decision.events[0]).toMatchObject({ because: 'withdrawal' });
	});

	it('is final: every action is refused and the deadline does nothing', () => {
		const state = apply(underSilence(), WITHDRAW, '2026-11-04T08:00:00Z');
		const reason = 'This proposal was withdrawn on 4 November 2026 and can no longer be changed.';
		for (const action of [postRevision(), support('DE'), startSilence(1, '2026-12-01T11:00:00Z'), CANCEL, WITHDRAW]) {
			expect(refusal(state, action, '2026-11-05T08:00:00Z')).toBe(reason);
		}
		expect(decide(state, EVALUATE, new Date('2026-11-14T00:00:00Z'))).toEqual({ ok: true, events: [], next: state });
	});
});

describe('the deadline', () => {
	it('does nothing before the deadline and says when to look again', () => {
		expect(evaluateDeadline(underSilence(), new Date('2026-11-13T10:59:59.999Z'))).toEqual({
			kind: 'nothing_to_do',
			nextDeadlineAt: DEADLINE
		});
		expect(evaluateDeadline(opened(), new Date('2026-11-13T12:00:00Z'))).toEqual({
			kind: 'nothing_to_do',
			nextDeadlineAt: null
		});
	});

	it('at the deadline without objection, the silence holds and the proposal is adopted, dated at the deadline', () => {
		let state = apply(
			underSilence(),
			reservation('FR', 'France reads "ICT systems" as excluding private networks.'),
			'2026-11-05T10:00:00Z'
		);
		state = apply(state, support('DE'), '2026-11-06T10:00:00Z');
		const evaluation = evaluateDeadline(state, new Date(DEADLINE));
		expect(evaluation).toMatchObject({ kind: 'transition', outcome: 'held' });
		if (evaluation.kind !== 'transition') return;
		expect(evaluation.next).toMatchObject({ status: 'adopted', closedAt: DEADLINE, silence: null });
		expect(evaluation.next.history.silences).toEqual([
			expect.objectContaining({ outcome: 'held', endedAt: DEADLINE, brokenBy: null })
		]);
		expect(evaluation.events).toEqual([
			{ type: 'silence_held', revision: 1, at: DEADLINE },
			{
				type: 'adopted',
				revision: 1,
				at: DEADLINE,
				interpretiveStatements: [
					{ stateCode: 'FR', statement: 'France reads "ICT systems" as excluding private networks.' }
				]
			}
		]);
	});

	it('is idempotent: the same transition however late, and nothing to do once applied', () => {
		const state = underSilence();
		const onTime = evaluateDeadline(state, new Date(DEADLINE));
		const late = evaluateDeadline(state, new Date('2026-12-25T00:00:00Z'));
		expect(late).toEqual(onTime);
		if (onTime.kind !== 'transition') throw new Error('expected a transition');
		expect(evaluateDeadline(onTime.next, new Date(DEADLINE))).toEqual({ kind: 'nothing_to_do', nextDeadlineAt: null });
		expect(decide(onTime.next, EVALUATE, new Date('2026-12-25T00:00:00Z'))).toEqual({
			ok: true,
			events: [],
			next: onTime.next
		});
	});

	it('through decide, gives the same events and next state as evaluateDeadline', () => {
		const state = underSilence();
		const evaluation = evaluateDeadline(state, new Date(DEADLINE));
		if (evaluation.kind !== 'transition') throw new Error('expected a transition');
		expect(decide(state, EVALUATE, new Date(DEADLINE))).toEqual({
			ok: true,
			events: evaluation.events,
			next: evaluation.next
		});
	});

	it('refuses other actions once the deadline has passed, even before the adoption is recorded', () => {
		const reason = `The silence procedure on revision 1 ended on ${DEADLINE_IN_WORDS} without objection: the proposal is adopted and can no longer be changed.`;
		for (const action of [postRevision(), CANCEL, WITHDRAW, startSilence(1, '2026-12-01T11:00:00Z')]) {
			expect(refusal(underSilence(), action, '2026-11-13T11:00:00Z')).toBe(reason);
		}
	});

	it('adopted is final', () => {
		const reason =
			'This proposal was adopted on 13 November 2026 (revision 1) and can no longer be changed. To change the agreed text, open an amendment.';
		for (const action of [
			postRevision(),
			objection('FR', 'Too broad.'),
			startSilence(1, '2026-12-01T11:00:00Z'),
			CANCEL,
			WITHDRAW
		]) {
			expect(refusal(adopted(), action, '2026-11-20T09:00:00Z')).toBe(reason);
		}
	});

	it('never presumes consensus over a standing objection, even in a state loaded inconsistently', () => {
		const state = underSilence();
		const tampered: ProposalState = {
			...state,
			currentPositions: {
				FR: {
					revision: 1,
					stateCode: 'FR',
					stance: 'objection',
					statement: 'Too broad.',
					statedBy: 'u-FR',
					statedAt: '2026-11-05T10:00:00.000Z'
				}
			}
		};
		const evaluation = evaluateDeadline(tampered, new Date(DEADLINE));
		expect(evaluation).toMatchObject({ kind: 'transition', outcome: 'broken', next: { status: 'discussion' } });
		expect(evaluation.kind === 'transition' && evaluation.events.map((event) => event.type)).toEqual([
			'silence_broken'
		]);
	});
});

describe('time', () => {
	it('refuses a request dated before the last recorded step', () => {
		const state = apply(opened(), support('DE'), '2026-11-05T10:00:00Z');
		expect(refusal(state, support('FR'), '2026-11-05T09:59:59Z')).toBe(
			'This request is dated 2026-11-05T09:59:59.000Z, before the last recorded step of this proposal (2026-11-05T10:00:00.000Z). Nothing was changed; please try again.'
		);
	});

	it('never changes the state it is given', () => {
		const state = deepFreeze(apply(underSilence(), support('DE'), '2026-11-04T09:00:00Z'));
		const snapshot = structuredClone(state);
		decide(state, objection('FR', 'Too broad.'), new Date('2026-11-05T09:00:00Z'));
		decide(state, support('DE', 1, 'Changed our mind about the wording.'), new Date('2026-11-05T09:00:00Z'));
		decide(state, WITHDRAW, new Date('2026-11-05T09:00:00Z'));
		decide(state, EVALUATE, new Date('2026-11-20T09:00:00Z'));
		expect(state).toEqual(snapshot);
	});
});

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		for (const inner of Object.values(value)) deepFreeze(inner);
		Object.freeze(value);
	}
	return value;
}
