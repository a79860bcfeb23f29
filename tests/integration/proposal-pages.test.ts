// What the proposal pages need beyond the workflow itself: the concepts and citable national entries
// the forms offer, the agreed text an amendment starts from, the rule that says when a revision may
// be posted, and the position counts of the list of proposals.
import { describe, expect, it } from 'vitest';
import {
	agreedConceptText,
	citableEntries,
	conceptChoices,
	revisionRefusal,
	suggestedSilenceDeadline,
	timeZoneChoices
} from '../../src/lib/server/proposals/form-choices';
import { currentPositionCounts } from '../../src/lib/server/proposals/position-counts';
import { openProposal, postRevision, startSilence, statePosition } from '../../src/lib/server/proposals/workflow';
import { linkEntry } from '../../src/lib/server/compare/mapping';
import { addEntry, openDraft, setEntryWithdrawn, submitDraft } from '../../src/lib/server/national-lists/editing';
import { languageVersion } from '../../src/lib/domain/national-entry';
import { ForbiddenError } from '../../src/lib/domain/errors';
import { createTestDatabase } from '../helpers/database';
import { givenAccount } from '../helpers/actors';
import { adoptThroughSilence, clock, englishText, givenNationalEntry } from '../helpers/consensus';

const { db } = await createTestDatabase();
const secretariat = await givenAccount(db, { isAdministrator: true });
const delegateNl = await givenAccount(db, { isDelegate: true, stateCode: 'NL' });
const delegateNo = await givenAccount(db, { isDelegate: true, stateCode: 'NO' });
const delegatePt = await givenAccount(db, { isDelegate: true, stateCode: 'PT' });

const at = clock('2027-05-03T09:00:00.000Z');

const publicEntry = await givenNationalEntry(db, secretariat, {
	stateCode: 'NL',
	distribution: 'public',
	term: 'phishing',
	definition: 'Deceiving people into revealing credentials.'
});
const restrictedEntry = await givenNationalEntry(db, secretariat, {
	stateCode: 'NO',
	distribution: 'restricted',
	term: 'nettfisking',
	language: 'nb',
	definition: 'Forsøk på å lure brukere til å oppgi påloggingsinformasjon.'
});
const withdrawnEntry = await givenNationalEntry(db, secretariat, {
	stateCode: 'PT',
	distribution: 'public',
	term: 'phishing',
	definition: 'Fraude eletrónica.'
});

const agreedId = await adoptThroughSilence(
	db,
	{ proposer: delegateNl, secretariat },
	{
		title: 'Add “phishing”',
		text: englishText('phishing', 'Deceiving a person into disclosing credentials or other sensitive data.')
	},
	at(0)
);
const agreedConceptId = (
	await db.selectFrom('proposal').select('conceptId').where('id', '=', agreedId).executeTakeFirstOrThrow()
).conceptId!;
for (const entryId of [publicEntry, restrictedEntry, withdrawnEntry]) {
	await linkEntry(db, secretariat, { conceptId: agreedConceptId, entryId, equivalence: 'equivalent' });
}
// Portugal withdraws its entry in a later revision of its list: it can no longer be cited from the list.
const portugal = await db.selectFrom('submission').select('id').where('stateCode', '=', 'PT').executeTakeFirstOrThrow();
await openDraft(db, secretariat, portugal.id);
await addEntry(db, secretariat, portugal.id, {
	languageVersions: [
		languageVersion({
			language: 'pt',
			term: 'ciberataque',
			definition: 'Ataque a sistemas informáticos.',
			isOriginal: true
		})
	],
	sourceAct: 'Demonstration act written for the tests',
	sourceArticle: null,
	sourceDate: null,
	sourceUrl: null,
	note: null
});
await setEntryWithdrawn(db, secretariat, portugal.id, withdrawnEntry, true);
await submitDraft(db, secretariat, portugal.id, null);

describe('the concepts a proposal can concern', () => {
	it('lists candidates and agreed concepts by label, without deprecated ones', async () => {
		const { conceptId: candidateId } = await openProposal(
			db,
			delegateNo,
			{
				kind: 'new_concept',
				conceptId: null,
				title: 'Add “botnet”',
				text: englishText('botnet', 'A network of compromised computers.'),
				rationale: null,
				citedEntryIds: []
			},
			at(3000)
		);
		await db
			.insertInto('concept')
			.values({ label: 'a deprecated concept', status: 'deprecated', createdAt: at(0).toISOString(), createdBy: null })
			.execute();
		const choices = await conceptChoices(db);
		expect(choices).toEqual([
			{ conceptId: candidateId, label: 'botnet', status: 'candidate' },
			{ conceptId: agreedConceptId, label: 'phishing', status: 'agreed' }
		]);
	});
});

describe('the national entries a viewer may cite', () => {
	it('gives a delegate the linked entries of the lists they may read, in their current revision', async () => {
		const entries = await citableEntries(db, delegatePt, agreedConceptId);
		expect(
			entries.map((entry) => [entry.entryId, entry.stateName, entry.distribution, entry.term, entry.language])
		).toEqual([
			[publicEntry, 'Netherlands', 'public', 'phishing', 'en'],
			[restrictedEntry, 'Norway', 'restricted', 'nettfisking', 'nb']
		]);
	});

	it('never gives restricted entries to the anonymous public', async () => {
		expect((await citableEntries(db, null, agreedConceptId)).map((entry) => entry.entryId)).toEqual([publicEntry]);
	});

	it('gives nothing for a concept without links', async () => {
		expect(await citableEntries(db, delegatePt, 999_999)).toEqual([]);
	});
});

describe('the agreed text an amendment starts from', () => {
	it('is the latest adopted text of an agreed concept, and nothing for a candidate', async () => {
		const text = await agreedConceptText(db, agreedConceptId);
		expect(text?.en?.definition).toBe('Deceiving a person into disclosing credentials or other sensitive data.');
		expect(text?.en?.terms.map((term) => term.term)).toEqual(['phishing']);
		const candidate = await db
			.selectFrom('concept')
			.select('id')
			.where('status', '=', 'candidate')
			.executeTakeFirstOrThrow();
		expect(await agreedConceptText(db, candidate.id)).toBeNull();
	});
});

describe('whether a new revision may be posted', () => {
	it('says nothing against it under discussion, gives the rule’s reason under silence and once adopted', async () => {
		const { proposalId } = await openProposal(
			db,
			delegateNl,
			{
				kind: 'new_concept',
				conceptId: null,
				title: 'Add “smishing”',
				text: englishText('smishing', 'Phishing by text message.'),
				rationale: null,
				citedEntryIds: []
			},
			at(4000)
		);
		expect(await revisionRefusal(db, delegateNl, proposalId, at(4001))).toBeNull();
		expect(await revisionRefusal(db, secretariat, proposalId, at(4001))).toBeNull();
		await startSilence(
			db,
			secretariat,
			proposalId,
			{ revision: 1, deadlineDate: '2027-06-30', deadlineTime: '12:00' },
			at(4002)
		);
		expect(await revisionRefusal(db, delegateNl, proposalId, at(4003))).toBe(
			'Revision 1 is under silence until Wednesday, 30 June 2027, 12:00 (Vienna, CEST, UTC+02:00). A new revision cannot be posted during a silence procedure: the Secretariat must cancel the silence first.'
		);
		expect(await revisionRefusal(db, delegateNl, agreedId, at(4003))).toMatch(
			/^This proposal was adopted on 4 May 2027 \(revision 1\) and can no longer be changed\./
		);
	});

	it('refuses to answer those who may not revise the proposal', async () => {
		await expect(revisionRefusal(db, delegateNo, agreedId, at(4003))).rejects.toThrow(ForbiddenError);
		await expect(revisionRefusal(db, null, agreedId, at(4003))).rejects.toThrow(ForbiddenError);
	});
});

describe('the position counts of the list of proposals', () => {
	it('counts the current positions on the current revision only, the rest as no response', async () => {
		const { proposalId } = await openProposal(
			db,
			delegateNl,
			{
				kind: 'new_concept',
				conceptId: null,
				title: 'Add “vishing”',
				text: englishText('vishing', 'Phishing by telephone.'),
				rationale: null,
				citedEntryIds: []
			},
			at(5000)
		);
		await statePosition(
			db,
			delegateNo,
			proposalId,
			{ stateCode: 'NO', revision: 1, stance: 'objection', statement: 'Too narrow.' },
			at(5001)
		);
		await statePosition(
			db,
			delegatePt,
			proposalId,
			{ stateCode: 'PT', revision: 1, stance: 'support', statement: null },
			at(5002)
		);
		expect((await currentPositionCounts(db, [proposalId])).get(proposalId)).toEqual({
			support: 1,
			no_objection: 0,
			reservation: 0,
			objection: 1,
			no_response: 55
		});

		await postRevision(
			db,
			delegateNl,
			proposalId,
			{ text: englishText('vishing', 'Phishing by telephone or voice message.'), rationale: null, citedEntryIds: [] },
			at(5003)
		);
		await statePosition(
			db,
			delegatePt,
			proposalId,
			{ stateCode: 'PT', revision: 2, stance: 'no_objection', statement: null },
			at(5004)
		);
		await statePosition(
			db,
			delegatePt,
			proposalId,
			{ stateCode: 'PT', revision: 2, stance: 'reservation', statement: 'Voice includes recorded messages.' },
			at(5005)
		);
		const counts = await currentPositionCounts(db, [proposalId, agreedId]);
		expect(counts.get(proposalId)).toEqual({
			support: 0,
			no_objection: 0,
			reservation: 1,
			objection: 0,
			no_response: 56
		});
		expect(counts.get(agreedId)).toEqual({
			support: 0,
			no_objection: 0,
			reservation: 0,
			objection: 0,
			no_response: 57
		});
		expect(await currentPositionCounts(db, [])).toEqual(new Map());
	});
});

describe('the silence form', () => {
	it('suggests noon in Vienna two weeks ahead, on the Vienna calendar', () => {
		// 23:30 UTC on 3 May is already 4 May in Vienna.
		expect(suggestedSilenceDeadline(new Date('2027-05-03T23:30:00.000Z'))).toEqual({
			deadlineDate: '2027-05-18',
			deadlineTime: '12:00',
			timeZone: 'Europe/Vienna'
		});
		expect(timeZoneChoices()).toEqual(
			expect.arrayContaining(['UTC', 'Europe/Vienna', 'America/New_York', 'Asia/Tokyo'])
		);
	});
});
