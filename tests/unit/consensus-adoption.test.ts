// What adoption does to the glossary, as data.
import { describe, expect, it } from 'vitest';
import { languageTextFromTerms } from '../../src/lib/domain/concept-text';
import {
	adoptionPlan,
	decide,
	openProposal,
	refusalForConcept,
	type ConceptTarget,
	type ProposalAction,
	type ProposalKind,
	type ProposalState
} from '../../src/lib/domain/consensus';

const DEADLINE = '2026-11-13T11:00:00.000Z';

function run(state: ProposalState, steps: readonly [ProposalAction, string][]): ProposalState {
	return steps.reduce((current, [action, at]) => {
		const decision = decide(current, action, new Date(at));
		if (!decision.ok) throw new Error(decision.reason);
		return decision.next;
	}, state);
}

function adoptedProposal(kind: ProposalKind): ProposalState {
	const opened = openProposal(
		{
			kind,
			by: 'u-serbia',
			text: {
				en: languageTextFromTerms(['malware'], 'Software designed to harm ICT systems.'),
				de: languageTextFromTerms(['Schadsoftware'], 'Software, die IKT-Systemen schaden soll.')
			}
		},
		new Date('2026-11-02T09:00:00Z')
	);
	if (!opened.ok) throw new Error(opened.reason);
	return run(opened.next, [
		[
			{ type: 'statePosition', by: 'u-fr', stateCode: 'FR', revision: 1, stance: 'objection', statement: 'Too broad.' },
			'2026-11-02T10:00:00Z'
		],
		[
			{
				type: 'statePosition',
				by: 'u-fr',
				stateCode: 'FR',
				revision: 1,
				stance: 'reservation',
				statement: 'France excludes research tools.'
			},
			'2026-11-02T11:00:00Z'
		],
		[
			{
				type: 'statePosition',
				by: 'u-at',
				stateCode: 'AT',
				revision: 1,
				stance: 'reservation',
				statement: 'Austria reads "harm" as in § 126a StGB.'
			},
			'2026-11-02T11:30:00Z'
		],
		[
			{ type: 'statePosition', by: 'u-de', stateCode: 'DE', revision: 1, stance: 'support', statement: null },
			'2026-11-02T12:00:00Z'
		],
		[{ type: 'startSilence', by: 'u-secretariat', revision: 1, deadlineAt: DEADLINE }, '2026-11-03T09:00:00Z'],
		[{ type: 'evaluateDeadline' }, '2026-11-13T11:00:01Z']
	]);
}

const STATEMENTS = [
	{ stateCode: 'AT', statement: 'Austria reads "harm" as in § 126a StGB.' },
	{ stateCode: 'FR', statement: 'France excludes research tools.' }
];

describe('adoptionPlan', () => {
	it('creates version 1 of a new concept, agreed, with the interpretive statements current at adoption', () => {
		expect(adoptionPlan(adoptedProposal('new_concept'), null)).toEqual({
			ok: true,
			plan: {
				kind: 'new_concept',
				revision: 1,
				adoptedAt: DEADLINE,
				concept: { action: 'create' },
				conceptStatus: 'agreed',
				version: { number: 1, status: 'agreed' },
				previousVersion: null,
				interpretiveStatements: STATEMENTS,
				pendingLanguages: ['fr', 'it', 'ru', 'es']
			}
		});
	});

	it('gives a candidate concept its first agreed version', () => {
		const result = adoptionPlan(adoptedProposal('new_concept'), {
			conceptId: 7,
			status: 'candidate',
			currentVersion: null
		});
		expect(result).toMatchObject({
			ok: true,
			plan: { concept: { action: 'add_version', conceptId: 7 }, version: { number: 1, status: 'agreed' } }
		});
	});

	it('adds the next version for an amendment and keeps the previous one', () => {
		const result = adoptionPlan(adoptedProposal('amendment'), { conceptId: 7, status: 'agreed', currentVersion: 3 });
		expect(result).toMatchObject({
			ok: true,
			plan: {
				conceptStatus: 'agreed',
				version: { number: 4, status: 'agreed' },
				previousVersion: 3,
				interpretiveStatements: STATEMENTS
			}
		});
	});

	it('adds a deprecated version for a deprecation', () => {
		const result = adoptionPlan(adoptedProposal('deprecation'), { conceptId: 7, status: 'agreed', currentVersion: 2 });
		expect(result).toMatchObject({
			ok: true,
			plan: { conceptStatus: 'deprecated', version: { number: 3, status: 'deprecated' }, previousVersion: 2 }
		});
	});

	it('keeps only the reservations current at adoption: superseded ones and those on replaced revisions are history', () => {
		const plan = adoptionPlan(adoptedProposal('new_concept'), null);
		expect(plan.ok && plan.plan.interpretiveStatements.map((statement) => statement.stateCode)).toEqual(['AT', 'FR']);
	});

	it('refuses a proposal that is not adopted', () => {
		const opened = openProposal(
			{ kind: 'new_concept', by: 'u', text: { en: languageTextFromTerms(['malware'], 'Harmful software.') } },
			new Date('2026-11-02T09:00:00Z')
		);
		if (!opened.ok) throw new Error(opened.reason);
		expect(adoptionPlan(opened.next, null)).toEqual({
			ok: false,
			reason: 'Only an adopted proposal changes the glossary; this proposal is under discussion.'
		});
		const underSilence = run(opened.next, [
			[{ type: 'startSilence', by: 'u', revision: 1, deadlineAt: DEADLINE }, '2026-11-03T09:00:00Z']
		]);
		expect(adoptionPlan(underSilence, null)).toEqual({
			ok: false,
			reason: 'Only an adopted proposal changes the glossary; this proposal is under the silence procedure.'
		});
		const withdrawn = run(opened.next, [[{ type: 'withdraw', by: 'u' }, '2026-11-04T09:00:00Z']]);
		expect(adoptionPlan(withdrawn, null)).toEqual({
			ok: false,
			reason: 'Only an adopted proposal changes the glossary; this proposal is withdrawn.'
		});
	});

	it('refuses a target concept the kind of proposal cannot apply to', () => {
		const cases: [ProposalKind, ConceptTarget | null, string][] = [
			[
				'new_concept',
				{ conceptId: 7, status: 'agreed', currentVersion: 2 },
				'This concept already has an adopted text (version 2); a change to it is an amendment or a deprecation, not a new concept.'
			],
			['amendment', null, 'An amendment needs the agreed concept it amends.'],
			[
				'amendment',
				{ conceptId: 7, status: 'candidate', currentVersion: null },
				'This concept has no agreed text yet; propose it as a new concept instead of an amendment.'
			],
			[
				'amendment',
				{ conceptId: 7, status: 'deprecated', currentVersion: 3 },
				'This concept is deprecated; an amendment can only change an agreed concept.'
			],
			['deprecation', null, 'A deprecation needs the agreed concept it deprecates.'],
			[
				'deprecation',
				{ conceptId: 7, status: 'candidate', currentVersion: null },
				'This concept has no agreed text yet, so there is nothing to deprecate.'
			],
			[
				'deprecation',
				{ conceptId: 7, status: 'deprecated', currentVersion: 3 },
				'This concept is already deprecated (version 3).'
			]
		];
		for (const [kind, concept, reason] of cases) {
			expect(refusalForConcept(kind, concept)).toBe(reason);
			expect(adoptionPlan(adoptedProposal(kind), concept)).toEqual({ ok: false, reason });
		}
	});
});
