import { describe, expect, it } from 'vitest';
import {
	canComment,
	canEditComment,
	canEditNationalList,
	canManageAccounts,
	canManageCycles,
	canManageSearchIndex,
	canMapEntries,
	canOpenProposal,
	canPublishRelease,
	canRead,
	canReviseProposal,
	canReadAuditTrail,
	canRunSilenceProcedure,
	canSeeRestricted,
	canStartListInCycle,
	canStatePosition,
	canWithdrawProposal,
	editableStates,
	ensure,
	readableDistributions,
	type Actor
} from '../../src/lib/server/permissions';
import { ForbiddenError } from '../../src/lib/domain/errors';

function actor(overrides: Partial<Actor>): Actor {
	return {
		id: 'u1',
		email: 'someone@example.org',
		displayName: 'Someone',
		stateCode: null,
		isAdministrator: false,
		isStateEditor: false,
		isDelegate: false,
		...overrides
	};
}

const anonymous = null;
const secretariat = actor({ id: 'admin', isAdministrator: true });
const editorDe = actor({ id: 'ed-de', stateCode: 'DE', isStateEditor: true });
const delegateFr = actor({ id: 'del-fr', stateCode: 'FR', isDelegate: true });
const editorAndDelegatePl = actor({ id: 'both-pl', stateCode: 'PL', isStateEditor: true, isDelegate: true });
const readerAt = actor({ id: 'reader-at', stateCode: 'AT' });

describe('reading restricted content', () => {
	it('is refused to the anonymous public, which reads public content only', () => {
		expect(canSeeRestricted(anonymous)).toBe(false);
		expect(canRead(anonymous, 'restricted')).toBe(false);
		expect(canRead(anonymous, 'public')).toBe(true);
		expect(readableDistributions(anonymous)).toEqual(['public']);
	});

	it('is allowed to every signed-in user of a participating State, whatever their role', () => {
		for (const viewer of [editorDe, delegateFr, editorAndDelegatePl, readerAt]) {
			expect(canRead(viewer, 'restricted')).toBe(true);
			expect(readableDistributions(viewer)).toEqual(['public', 'restricted']);
		}
	});

	it('is allowed to the Secretariat', () => {
		expect(canSeeRestricted(secretariat)).toBe(true);
	});

	it('is refused to a signed-in user bound to no State and holding no administrator role', () => {
		expect(canSeeRestricted(actor({ id: 'nobody' }))).toBe(false);
	});
});

describe('editing national lists', () => {
	it('lets a State editor edit their own State only', () => {
		expect(canEditNationalList(editorDe, 'DE')).toBe(true);
		expect(canEditNationalList(editorDe, 'FR')).toBe(false);
		expect(canEditNationalList(editorAndDelegatePl, 'PL')).toBe(true);
		expect(canEditNationalList(editorAndDelegatePl, 'DE')).toBe(false);
	});

	it('refuses delegates and readers, even for their own State', () => {
		expect(canEditNationalList(delegateFr, 'FR')).toBe(false);
		expect(canEditNationalList(readerAt, 'AT')).toBe(false);
		expect(canEditNationalList(anonymous, 'DE')).toBe(false);
	});

	it('lets the Secretariat act on behalf of any State', () => {
		expect(canEditNationalList(secretariat, 'DE')).toBe(true);
		expect(canEditNationalList(secretariat, 'VA')).toBe(true);
	});

	it('lets a State editor start a list while the cycle is open, the Secretariat also once it is closed', () => {
		const open = { isOpen: true };
		const closed = { isOpen: false };
		expect(canStartListInCycle(editorDe, 'DE', open)).toBe(true);
		expect(canStartListInCycle(editorDe, 'DE', closed)).toBe(false);
		expect(canStartListInCycle(editorDe, 'FR', open)).toBe(false);
		expect(canStartListInCycle(secretariat, 'FR', closed)).toBe(true);
		expect(canStartListInCycle(delegateFr, 'FR', open)).toBe(false);
		expect(canStartListInCycle(anonymous, 'DE', open)).toBe(false);
	});

	it('names the States whose lists a viewer may edit: their own, or all for the Secretariat', () => {
		const states = [{ code: 'DE' }, { code: 'FR' }, { code: 'PL' }];
		expect(editableStates(editorDe, states)).toEqual([{ code: 'DE' }]);
		expect(editableStates(editorAndDelegatePl, states)).toEqual([{ code: 'PL' }]);
		expect(editableStates(secretariat, states)).toEqual(states);
		expect(editableStates(delegateFr, states)).toEqual([]);
		expect(editableStates(anonymous, states)).toEqual([]);
	});

	it('lets experts and the Secretariat map entries to concepts, nobody else', () => {
		expect(canMapEntries(editorDe)).toBe(true);
		expect(canMapEntries(secretariat)).toBe(true);
		expect(canMapEntries(delegateFr)).toBe(false);
		expect(canMapEntries(readerAt)).toBe(false);
		expect(canMapEntries(anonymous)).toBe(false);
	});
});

describe('stating positions', () => {
	it('lets a delegate speak for their own State only', () => {
		expect(canStatePosition(delegateFr, 'FR')).toBe(true);
		expect(canStatePosition(delegateFr, 'DE')).toBe(false);
		expect(canStatePosition(editorAndDelegatePl, 'PL')).toBe(true);
	});

	it('never lets the Secretariat, an editor or a reader speak for a State', () => {
		expect(canStatePosition(secretariat, 'FR')).toBe(false);
		expect(canStatePosition(editorDe, 'DE')).toBe(false);
		expect(canStatePosition(readerAt, 'AT')).toBe(false);
		expect(canStatePosition(anonymous, 'FR')).toBe(false);
	});
});

describe('proposals and comments', () => {
	it('lets delegates and the Secretariat open proposals', () => {
		expect(canOpenProposal(delegateFr)).toBe(true);
		expect(canOpenProposal(secretariat)).toBe(true);
		expect(canOpenProposal(editorDe)).toBe(false);
		expect(canOpenProposal(anonymous)).toBe(false);
	});

	it('lets only the opening State’s delegates and the Secretariat revise a proposal', () => {
		const frenchProposal = { openedForState: 'FR' };
		const secretariatProposal = { openedForState: null };
		expect(canReviseProposal(delegateFr, frenchProposal)).toBe(true);
		expect(canReviseProposal(editorAndDelegatePl, frenchProposal)).toBe(false);
		expect(canReviseProposal(secretariat, frenchProposal)).toBe(true);
		expect(canReviseProposal(delegateFr, secretariatProposal)).toBe(false);
		expect(canReviseProposal(secretariat, secretariatProposal)).toBe(true);
	});

	it('lets only the opening State’s delegates and the Secretariat withdraw a proposal', () => {
		const frenchProposal = { openedForState: 'FR' };
		const secretariatProposal = { openedForState: null };
		expect(canWithdrawProposal(delegateFr, frenchProposal)).toBe(true);
		expect(canWithdrawProposal(secretariat, frenchProposal)).toBe(true);
		expect(canWithdrawProposal(secretariat, secretariatProposal)).toBe(true);
		expect(canWithdrawProposal(editorAndDelegatePl, frenchProposal)).toBe(false);
		expect(canWithdrawProposal(delegateFr, secretariatProposal)).toBe(false);
		expect(canWithdrawProposal(actor({ id: 'ed-fr', stateCode: 'FR', isStateEditor: true }), frenchProposal)).toBe(
			false
		);
		expect(canWithdrawProposal(readerAt, frenchProposal)).toBe(false);
		expect(canWithdrawProposal(anonymous, frenchProposal)).toBe(false);
	});

	it('lets working-group members comment and authors edit only their own comments', () => {
		expect(canComment(delegateFr)).toBe(true);
		expect(canComment(editorDe)).toBe(true);
		expect(canComment(secretariat)).toBe(true);
		expect(canComment(readerAt)).toBe(false);
		expect(canComment(anonymous)).toBe(false);
		expect(canEditComment(delegateFr, { authorId: 'del-fr' })).toBe(true);
		expect(canEditComment(delegateFr, { authorId: 'ed-de' })).toBe(false);
		expect(canEditComment(secretariat, { authorId: 'del-fr' })).toBe(false);
	});
});

describe('Secretariat-only powers', () => {
	const powers = [
		canRunSilenceProcedure,
		canPublishRelease,
		canManageAccounts,
		canManageCycles,
		canManageSearchIndex,
		canReadAuditTrail
	];

	it('belong to administrators', () => {
		for (const power of powers) expect(power(secretariat)).toBe(true);
	});

	it('are refused to every State role and to the public', () => {
		for (const power of powers) {
			for (const viewer of [editorDe, delegateFr, editorAndDelegatePl, readerAt, anonymous]) {
				expect(power(viewer)).toBe(false);
			}
		}
	});
});

describe('ensure', () => {
	it('throws a ForbiddenError carrying the reason when not allowed', () => {
		expect(() => ensure(false, 'Only the Secretariat manages accounts.')).toThrow(ForbiddenError);
		expect(() => ensure(false, 'Only the Secretariat manages accounts.')).toThrow(
			'Only the Secretariat manages accounts.'
		);
		expect(() => ensure(true, 'unused')).not.toThrow();
	});
});
