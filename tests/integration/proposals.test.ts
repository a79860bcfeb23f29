// The consensus workflow of issue 6 against a real migrated SQLite: the whole scenario of the issue,
// step by step, as the delegates, the Secretariat and the public would see it.
import { describe, expect, it } from 'vitest';
import {
	cancelSilence,
	openProposal,
	postRevision,
	startSilence,
	statePosition,
	withdrawProposal
} from '../../src/lib/server/proposals/workflow';
import { addComment, editComment, listComments } from '../../src/lib/server/proposals/comments';
import { getProposalView, getRevisionText, listProposals } from '../../src/lib/server/proposals/read';
import { evaluateDueDeadlines } from '../../src/lib/server/proposals/deadlines';
import { interpretiveStatementsOf } from '../../src/lib/server/proposals/adoption';
import { loadProposalState } from '../../src/lib/server/proposals/state';
import { listInbox } from '../../src/lib/server/notifications/inbox';
import { languageTextFromTerms } from '../../src/lib/domain/concept-text';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../src/lib/domain/errors';
import type { Actor } from '../../src/lib/server/permissions';
import { createTestDatabase } from '../helpers/database';
import { givenAccount } from '../helpers/actors';
import { clock, DAY, englishText, givenNationalEntry, withFrench } from '../helpers/consensus';

const { db } = await createTestDatabase();

const secretariat = await givenAccount(db, { isAdministrator: true });
const delegateAt = await givenAccount(db, { isDelegate: true, stateCode: 'AT' }); // State A
const delegateBe = await givenAccount(db, { isDelegate: true, stateCode: 'BE' }); // State B
const delegateCh = await givenAccount(db, { isDelegate: true, stateCode: 'CH' }); // State C
const delegateDe = await givenAccount(db, { isDelegate: true, stateCode: 'DE' }); // State D
const delegateEs = await givenAccount(db, { isDelegate: true, stateCode: 'ES' }); // State E
const editorAt = await givenAccount(db, { isStateEditor: true, stateCode: 'AT' });
const readerSk = await givenAccount(db, { stateCode: 'SK' });

const publicEntry = await givenNationalEntry(db, secretariat, {
	stateCode: 'AT',
	distribution: 'public',
	term: 'cyber incident',
	definition: 'An event that compromises the security of network and information systems.'
});
const restrictedEntry = await givenNationalEntry(db, secretariat, {
	stateCode: 'BE',
	distribution: 'restricted',
	term: 'incident',
	definition: 'Any event having an actual adverse effect on the security of network and information systems.'
});
const draftEntry = await givenNationalEntry(db, secretariat, {
	stateCode: 'CH',
	distribution: 'public',
	term: 'Cybervorfall',
	language: 'de',
	definition: 'Ein Ereignis, das die Sicherheit von Informationssystemen beeinträchtigt.',
	draftOnly: true
});

// Monday 1 March 2027, 09:00 UTC; the first deadline is in winter time, the second in summer time.
const at = clock('2027-03-01T09:00:00.000Z');
const FIRST_DEADLINE = 'Friday, 12 March 2027, 12:00 (Vienna, CET, UTC+01:00)';
const SECOND_DEADLINE = 'Friday, 9 April 2027, 12:00 (Vienna, CEST, UTC+02:00)';

const REVISION_1 = withFrench(
	englishText('cyber incident', 'An event that jeopardises the security of ICT systems or of the data they hold.'),
	'cyberincident',
	'Événement qui compromet la sécurité des systèmes TIC ou des données qu’ils contiennent.'
);
const REVISION_2 = withFrench(
	englishText(
		'cyber incident',
		'An event that actually or potentially jeopardises the security of ICT systems or of the data they process, store or transmit.'
	),
	'cyberincident',
	'Événement qui compromet, effectivement ou potentiellement, la sécurité des systèmes TIC ou des données qu’ils traitent, stockent ou transmettent.'
);

async function inboxKinds(actor: Actor, proposalId: number) {
	return (await listInbox(db, actor)).filter((item) => item.proposalId === proposalId).map((item) => item.kind);
}

async function recipientsOf(proposalId: number, kind: string) {
	const rows = await db
		.selectFrom('notification')
		.select('recipientId')
		.where('proposalId', '=', proposalId)
		.where('kind', '=', kind as never)
		.execute();
	return rows.map((row) => row.recipientId).sort();
}

const ids = (...actors: Actor[]) => actors.map((actor) => actor.id).sort();

describe('the scenario of the issue: open, comment, silence, objection, revision, silence, adoption', () => {
	let proposalId = 0;
	let conceptId = 0;
	let commentId = 0;

	it('lets the delegate of State A open a proposal for a new concept, creating its candidate concept', async () => {
		const opened = await openProposal(
			db,
			delegateAt,
			{
				kind: 'new_concept',
				conceptId: null,
				title: '  Add “cyber incident” to the consensus glossary ',
				text: { ...REVISION_1, de: { terms: [], definition: '  ', note: null } },
				rationale: 'Austria and Belgium define the term in similar words.',
				citedEntryIds: [publicEntry, restrictedEntry]
			},
			at(0)
		);
		proposalId = opened.proposalId;
		conceptId = opened.conceptId;
		expect(opened.pendingLanguages).toEqual(['de', 'it', 'ru', 'es']);

		const concept = await db.selectFrom('concept').selectAll().where('id', '=', conceptId).executeTakeFirstOrThrow();
		expect(concept).toMatchObject({ label: 'cyber incident', status: 'candidate', createdBy: delegateAt.id });
		const view = await getProposalView(db, delegateAt, proposalId, { now: at(1) });
		expect(view).toMatchObject({
			title: 'Add “cyber incident” to the consensus glossary',
			kind: 'new_concept',
			status: 'discussion',
			statusLabel: 'Under discussion',
			openedForState: 'AT',
			openedForStateName: 'Austria',
			concept: { id: conceptId, label: 'cyber incident', status: 'candidate' }
		});
		expect(view.current.languages.map((language) => [language.language, language.pending])).toEqual([
			['en', false],
			['fr', false],
			['de', true],
			['it', true],
			['ru', true],
			['es', true]
		]);
		expect(view.current.rationale).toBe('Austria and Belgium define the term in similar words.');
		expect(view.previous).toBeNull();
		expect(view.permissions).toEqual({
			canRevise: true,
			canStatePositionFor: 'AT',
			canRunSilence: false,
			canCancelSilence: false,
			canComment: true,
			canWithdraw: true,
			canFollow: true,
			following: true
		});
	});

	it('tells every delegate and administrator but the proposer, and nobody else', async () => {
		expect(await recipientsOf(proposalId, 'proposal_opened')).toEqual(
			ids(secretariat, delegateBe, delegateCh, delegateDe, delegateEs)
		);
		const [notice] = await listInbox(db, delegateBe);
		expect(notice).toMatchObject({
			kind: 'proposal_opened',
			kindLabel: 'Proposal opened',
			path: `/proposals/${proposalId}`,
			readAt: null,
			text: `${delegateAt.displayName} (Austria) opened the proposal “Add “cyber incident” to the consensus glossary”.`
		});
		expect(await listInbox(db, editorAt)).toEqual([]);
		expect(await listInbox(db, readerSk)).toEqual([]);
	});

	it('lets the delegate of State B comment, with their State shown, and tells the proposer', async () => {
		commentId = await addComment(
			db,
			delegateBe,
			proposalId,
			1,
			{ body: 'Belgium would like the text to cover the data being processed too.', parentId: null },
			at(60)
		);
		const reply = await addComment(
			db,
			delegateAt,
			proposalId,
			1,
			{ body: 'Revision 2 will say so.', parentId: commentId },
			at(61)
		);
		const threads = await listComments(db, delegateAt, proposalId);
		expect(threads).toHaveLength(1);
		expect(threads[0]).toMatchObject({
			id: commentId,
			revision: 1,
			stateCode: 'BE',
			stateName: 'Belgium',
			authorName: delegateBe.displayName,
			canEdit: false
		});
		expect(threads[0]!.replies.map((comment) => [comment.id, comment.stateName, comment.canEdit])).toEqual([
			[reply, 'Austria', true]
		]);
		expect(await recipientsOf(proposalId, 'comment')).toEqual(ids(delegateAt, delegateBe));
		expect(await inboxKinds(delegateAt, proposalId)).toEqual(['comment']);
		expect((await listInbox(db, delegateAt))[0]?.text).toBe(
			`${delegateBe.displayName} (Belgium) commented on revision 1 of “Add “cyber incident” to the consensus glossary”: “Belgium would like the text to cover the data being processed too.”`
		);
	});

	it('lets the Secretariat put revision 1 under silence until a deadline in Vienna time', async () => {
		const started = await startSilence(
			db,
			secretariat,
			proposalId,
			{ revision: 1, deadlineDate: '2027-03-12', deadlineTime: '12:00' },
			at(120)
		);
		expect(started).toEqual({ deadlineAt: '2027-03-12T11:00:00.000Z', deadline: FIRST_DEADLINE, note: null });
		const view = await getProposalView(db, delegateCh, proposalId, { now: at(121) });
		expect(view.status).toBe('silence');
		expect(view.silence).toMatchObject({
			revision: 1,
			deadline: FIRST_DEADLINE,
			timeZone: 'Europe/Vienna',
			startedBy: secretariat.displayName,
			deadlinePassed: false
		});
		expect(view.permissions).toMatchObject({ canStatePositionFor: 'CH', canRevise: false, canRunSilence: false });
		expect(await recipientsOf(proposalId, 'silence_started')).toEqual(
			ids(delegateAt, delegateBe, delegateCh, delegateDe, delegateEs)
		);
		expect((await listInbox(db, delegateDe))[0]?.text).toBe(
			`Revision 1 of “Add “cyber incident” to the consensus glossary” is under the silence procedure until ${FIRST_DEADLINE}. If no State objects by then, it is adopted.`
		);
	});

	it('refuses a new revision while the silence runs, in the words of the rules', async () => {
		const error = await postRevision(
			db,
			delegateAt,
			proposalId,
			{ text: REVISION_2, rationale: null, citedEntryIds: [] },
			at(150)
		).catch((caught) => caught);
		expect(error).toBeInstanceOf(ConflictError);
		expect(error.message).toBe(
			`Revision 1 is under silence until ${FIRST_DEADLINE}. A new revision cannot be posted during a silence procedure: the Secretariat must cancel the silence first.`
		);
	});

	it('keeps the silence running on a reservation, and breaks it at once on the objection of State C', async () => {
		expect(
			await statePosition(
				db,
				delegateBe,
				proposalId,
				{
					stateCode: 'BE',
					revision: 1,
					stance: 'reservation',
					statement: 'Belgium reads “data” as including personal data.'
				},
				at(DAY)
			)
		).toEqual({ recorded: true, silenceBroken: false });
		expect((await loadProposalState(db, proposalId)).state.status).toBe('silence');

		const objected = await statePosition(
			db,
			delegateCh,
			proposalId,
			{
				stateCode: 'CH',
				revision: 1,
				stance: 'objection',
				statement: 'The definition leaves out the processing of data.'
			},
			at(2 * DAY)
		);
		expect(objected).toEqual({ recorded: true, silenceBroken: true });

		const silence = await db.selectFrom('silenceProcedure').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
		const objection = await db
			.selectFrom('statePosition')
			.selectAll()
			.where('stateCode', '=', 'CH')
			.executeTakeFirstOrThrow();
		expect(silence).toMatchObject({
			outcome: 'broken',
			endedAt: at(2 * DAY).toISOString(),
			brokenByPositionId: objection.id
		});
		const view = await getProposalView(db, delegateAt, proposalId, { now: at(2 * DAY + 1) });
		expect(view.status).toBe('discussion');
		expect(view.silence).toBeNull();
		expect(view.endedSilences).toMatchObject([
			{ revision: 1, outcome: 'broken', brokenByState: 'CH', deadline: FIRST_DEADLINE }
		]);
	});

	it('tells everyone involved that the silence is broken, except the objecting delegate', async () => {
		expect(await recipientsOf(proposalId, 'silence_broken')).toEqual(
			ids(secretariat, delegateAt, delegateBe, delegateDe, delegateEs)
		);
		expect((await listInbox(db, delegateAt))[0]?.text).toBe(
			'Switzerland objected to revision 1 of “Add “cyber incident” to the consensus glossary”: the silence is broken and the proposal returns to discussion. Reason given: The definition leaves out the processing of data.'
		);
		// The objecting delegate now follows the proposal.
		expect((await getProposalView(db, delegateCh, proposalId, { now: at(2 * DAY + 1) })).permissions.following).toBe(
			true
		);
	});

	it('lets State A post revision 2, which clears the positions and keeps revision 1 for the diff', async () => {
		expect(
			await postRevision(
				db,
				delegateAt,
				proposalId,
				{
					basedOnRevision: 1,
					text: REVISION_2,
					rationale: 'Processing of data added, after the objection of Switzerland.',
					citedEntryIds: [publicEntry]
				},
				at(3 * DAY)
			)
		).toBe(2);
		const view = await getProposalView(db, delegateBe, proposalId, { now: at(3 * DAY + 1) });
		expect(view.current.number).toBe(2);
		expect(view.current.text.en?.definition).toBe(REVISION_2.en!.definition);
		expect(view.previous?.number).toBe(1);
		expect(view.previous?.text.en?.definition).toBe(REVISION_1.en!.definition);
		expect(view.positions).toHaveLength(57);
		expect(view.positions.every((cell) => cell.stance === null && cell.label === 'No response')).toBe(true);
		expect(view.positionCounts).toEqual({ support: 0, no_objection: 0, reservation: 0, objection: 0, no_response: 57 });
		expect(
			view.positionHistory.map((record) => [record.revision, record.stateCode, record.stance, record.current])
		).toEqual([
			[1, 'BE', 'reservation', false],
			[1, 'CH', 'objection', false]
		]);
		expect(await getRevisionText(db, proposalId, 1)).toMatchObject({
			number: 1,
			text: REVISION_1,
			pendingLanguages: ['de', 'it', 'ru', 'es']
		});
		await expect(getRevisionText(db, proposalId, 3)).rejects.toThrow('There is no revision 3 of this proposal.');
	});

	it('refuses a revision based on one that is no longer current, and a stale position', async () => {
		const stale = await postRevision(
			db,
			delegateAt,
			proposalId,
			{ basedOnRevision: 1, text: REVISION_2, rationale: null, citedEntryIds: [] },
			at(3 * DAY + 2)
		).catch((caught) => caught);
		expect(stale).toBeInstanceOf(ConflictError);
		expect(stale.message).toBe(
			'Revision 2 was posted while you were editing revision 1. Your text was not saved; compare it with revision 2 and post it again.'
		);
		const position = await statePosition(
			db,
			delegateDe,
			proposalId,
			{ stateCode: 'DE', revision: 1, stance: 'support', statement: null },
			at(3 * DAY + 3)
		).catch((caught) => caught);
		expect(position).toBeInstanceOf(ConflictError);
		expect(position.message).toBe(
			'Revision 1 has been replaced by revision 2; positions are stated on the current revision.'
		);
	});

	it('records positions on revision 2, a changed one superseding the earlier, and shows the matrix', async () => {
		await addComment(
			db,
			editorAt,
			proposalId,
			2,
			{ body: 'The Austrian act uses the same three verbs.', parentId: null },
			at(3 * DAY + 60)
		);
		await statePosition(
			db,
			delegateBe,
			proposalId,
			{
				stateCode: 'BE',
				revision: 2,
				stance: 'reservation',
				statement: 'Belgium reads “data” as including personal data.'
			},
			at(4 * DAY)
		);
		await statePosition(
			db,
			delegateCh,
			proposalId,
			{ stateCode: 'CH', revision: 2, stance: 'no_objection', statement: null },
			at(4 * DAY + 10)
		);
		await statePosition(
			db,
			delegateBe,
			proposalId,
			{
				stateCode: 'BE',
				revision: 2,
				stance: 'reservation',
				statement: 'Belgium reads “data” as including personal data within the meaning of the GDPR.'
			},
			at(4 * DAY + 40)
		);
		// Saying the same again is not a new position.
		expect(
			await statePosition(
				db,
				delegateCh,
				proposalId,
				{ stateCode: 'CH', revision: 2, stance: 'no_objection', statement: '  ' },
				at(4 * DAY + 50)
			)
		).toEqual({ recorded: false, silenceBroken: false });

		const view = await getProposalView(db, delegateAt, proposalId, { now: at(4 * DAY + 60) });
		expect(view.positionCounts).toEqual({ support: 0, no_objection: 1, reservation: 1, objection: 0, no_response: 55 });
		expect(view.positions.find((cell) => cell.stateCode === 'BE')).toEqual({
			stateCode: 'BE',
			stateName: 'Belgium',
			stance: 'reservation',
			label: 'Reservation',
			statement: 'Belgium reads “data” as including personal data within the meaning of the GDPR.',
			statedBy: delegateBe.displayName,
			statedAt: at(4 * DAY + 40).toISOString()
		});
		expect(view.positions.find((cell) => cell.stateCode === 'DE')).toMatchObject({
			stance: null,
			label: 'No response',
			statedBy: null
		});
		const filtered = await getProposalView(db, delegateAt, proposalId, {
			now: at(4 * DAY + 60),
			positions: 'no_objection'
		});
		expect(filtered.positions.map((cell) => cell.stateName)).toEqual(['Switzerland']);
		expect(view.positionHistory.filter((record) => record.stateCode === 'BE' && record.revision === 2)).toMatchObject([
			{ supersededAt: at(4 * DAY + 40).toISOString(), current: false },
			{ supersededAt: null, current: true }
		]);
		const rows = await db
			.selectFrom('statePosition')
			.select(['stateCode', 'supersededAt'])
			.where('stateCode', '=', 'BE')
			.orderBy('id')
			.execute();
		expect(rows.map((row) => row.supersededAt)).toEqual([null, at(4 * DAY + 40).toISOString(), null]);
		expect(await recipientsOf(proposalId, 'comment')).toEqual(
			ids(delegateAt, delegateAt, delegateBe, delegateBe, delegateCh)
		);
	});

	it('puts revision 2 under silence, refuses an objection at the deadline, and adopts when the deadline passes', async () => {
		const started = await startSilence(
			db,
			secretariat,
			proposalId,
			{ revision: 2, deadlineDate: '2027-04-09', deadlineTime: '12:00', timeZone: 'Europe/Vienna' },
			at(5 * DAY)
		);
		expect(started.deadline).toBe(SECOND_DEADLINE);
		const deadline = new Date(started.deadlineAt);

		expect(await evaluateDueDeadlines(db, new Date(deadline.getTime() - 1))).toEqual({
			adopted: [],
			broken: [],
			failed: [],
			nextDeadlineAt: started.deadlineAt
		});
		const late = await statePosition(
			db,
			delegateDe,
			proposalId,
			{ stateCode: 'DE', revision: 2, stance: 'objection', statement: 'Too broad.' },
			deadline
		).catch((caught) => caught);
		expect(late).toBeInstanceOf(ConflictError);
		expect(late.message).toBe(
			`Too late: the silence procedure on revision 2 ended on ${SECOND_DEADLINE}. A position stated at or after the deadline does not count; the silence has held and the proposal is adopted.`
		);
		const lateView = await getProposalView(db, delegateDe, proposalId, { now: deadline });
		expect(lateView.silence?.deadlinePassed).toBe(true);
		expect(lateView.permissions.canStatePositionFor).toBeNull();

		const outboxBefore =
			(
				await db
					.selectFrom('searchOutbox')
					.select((eb) => eb.fn.max('id').as('id'))
					.executeTakeFirst()
			)?.id ?? 0;
		const auditBefore =
			(
				await db
					.selectFrom('auditEvent')
					.select((eb) => eb.fn.max('id').as('id'))
					.executeTakeFirst()
			)?.id ?? 0;
		expect(await evaluateDueDeadlines(db, new Date(deadline.getTime() + 5 * 60_000))).toEqual({
			adopted: [proposalId],
			broken: [],
			failed: [],
			nextDeadlineAt: null
		});

		const proposal = await db
			.selectFrom('proposal')
			.select(['status', 'closedAt'])
			.where('id', '=', proposalId)
			.executeTakeFirstOrThrow();
		expect(proposal).toEqual({ status: 'adopted', closedAt: started.deadlineAt });
		const revision2 = await db
			.selectFrom('proposalRevision')
			.select('id')
			.where('proposalId', '=', proposalId)
			.where('number', '=', 2)
			.executeTakeFirstOrThrow();
		const versions = await db.selectFrom('conceptVersion').selectAll().where('conceptId', '=', conceptId).execute();
		expect(versions).toEqual([
			{
				id: versions[0]!.id,
				conceptId,
				number: 1,
				status: 'agreed',
				adoptedAt: started.deadlineAt,
				proposalRevisionId: revision2.id
			}
		]);
		const definitions = await db
			.selectFrom('conceptDefinition')
			.select(['language', 'definition'])
			.where('conceptVersionId', '=', versions[0]!.id)
			.orderBy('language')
			.execute();
		expect(definitions).toEqual([
			{ language: 'en', definition: REVISION_2.en!.definition },
			{ language: 'fr', definition: REVISION_2.fr!.definition }
		]);
		expect(
			await db.selectFrom('concept').select(['status', 'label']).where('id', '=', conceptId).executeTakeFirstOrThrow()
		).toEqual({ status: 'agreed', label: 'cyber incident' });
		expect(await interpretiveStatementsOf(db, versions[0]!.id)).toEqual([
			{
				stateCode: 'BE',
				stateName: 'Belgium',
				statement: 'Belgium reads “data” as including personal data within the meaning of the GDPR.',
				statedAt: at(4 * DAY + 40).toISOString()
			}
		]);

		const outbox = await db
			.selectFrom('searchOutbox')
			.select(['documentType', 'documentId'])
			.where('id', '>', outboxBefore)
			.execute();
		expect(outbox).toContainEqual({ documentType: 'concept', documentId: conceptId });
		const audit = await db
			.selectFrom('auditEvent')
			.select(['action', 'actorId', 'entityType'])
			.where('id', '>', auditBefore)
			.orderBy('id')
			.execute();
		expect(audit).toEqual([
			{ action: 'silence.hold', actorId: null, entityType: 'proposal' },
			{ action: 'concept.adopt_version', actorId: null, entityType: 'concept' },
			{ action: 'proposal.adopt', actorId: null, entityType: 'proposal' }
		]);
	});

	it('tells everyone involved about the adoption, with the interpretive statement', async () => {
		expect(await recipientsOf(proposalId, 'adopted')).toEqual(
			ids(secretariat, delegateAt, delegateBe, delegateCh, delegateDe, delegateEs, editorAt)
		);
		expect((await listInbox(db, editorAt))[0]?.text).toBe(
			`“Add “cyber incident” to the consensus glossary” is adopted: no State objected to revision 2 by ${SECOND_DEADLINE}. The interpretive statement of Belgium is kept with the adopted text.`
		);
		expect(await listInbox(db, readerSk)).toEqual([]);
	});

	it('shows the adoption, the whole timeline in order, and closes the proposal to every change', async () => {
		const view = await getProposalView(db, null, proposalId);
		expect(view.status).toBe('adopted');
		expect(view.adoption).toMatchObject({
			conceptId,
			versionNumber: 1,
			conceptPath: `/glossary/${conceptId}`,
			interpretiveStatements: [{ stateCode: 'BE' }]
		});
		expect(view.timeline.map((item) => item.kind)).toEqual([
			'opened',
			'revision',
			'comment',
			'comment',
			'silence_started',
			'position',
			'position',
			'silence_broken',
			'revision',
			'comment',
			'position',
			'position',
			'position',
			'silence_started',
			'silence_held',
			'adopted'
		]);
		expect(view.timeline.at(-1)?.text).toBe(
			'Revision 2 was adopted by consensus. It is version 1 of the concept “cyber incident”.'
		);
		expect(view.timeline.find((item) => item.kind === 'silence_broken')?.text).toBe(
			'The objection of Switzerland broke the silence on revision 1; the proposal returned to discussion.'
		);
		expect(Object.values(view.permissions).filter((value) => value === true)).toEqual([]);

		const refusals = await Promise.all([
			postRevision(
				db,
				delegateAt,
				proposalId,
				{ text: REVISION_2, rationale: null, citedEntryIds: [] },
				at(60 * DAY)
			).catch((caught) => caught),
			addComment(db, delegateBe, proposalId, 2, { body: 'Thanks.', parentId: null }, at(60 * DAY)).catch(
				(caught) => caught
			),
			// A past deadline is not what is wrong here: the refusal is about the proposal, not the date field.
			startSilence(
				db,
				secretariat,
				proposalId,
				{ revision: 2, deadlineDate: '2027-01-01', deadlineTime: '12:00' },
				at(60 * DAY)
			).catch((caught) => caught)
		]);
		expect(refusals[2]).toBeInstanceOf(ConflictError);
		expect(refusals[2].message).toBe(refusals[0].message);
		expect(refusals[0].message).toBe(
			'This proposal was adopted on 9 April 2027 (revision 2) and can no longer be changed. To change the agreed text, open an amendment.'
		);
		expect(refusals[1]).toBeInstanceOf(ConflictError);
		expect(refusals[1].message).toBe('This proposal was adopted on 9 April 2027; its discussion is closed.');
		expect((await listProposals(db, null, { status: 'adopted' })).map((proposal) => proposal.id)).toEqual([proposalId]);
	});

	it('lets a later amendment add version 2 and keeps version 1 as it was', async () => {
		const before = await db.selectFrom('conceptDefinition').selectAll().execute();
		const amended = withFrench(
			englishText(
				'cyber incident',
				'An event that actually or potentially jeopardises the confidentiality, integrity or availability of ICT systems or of the data they process, store or transmit.'
			),
			'cyberincident',
			'Événement qui compromet, effectivement ou potentiellement, la confidentialité, l’intégrité ou la disponibilité des systèmes TIC ou des données qu’ils traitent, stockent ou transmettent.'
		);
		const { proposalId: amendment } = await openProposal(
			db,
			delegateDe,
			{
				kind: 'amendment',
				conceptId,
				title: 'Name the three security properties in “cyber incident”',
				text: amended,
				rationale: null,
				citedEntryIds: []
			},
			at(70 * DAY)
		);
		await startSilence(
			db,
			secretariat,
			amendment,
			{ revision: 1, deadlineDate: '2027-05-28', deadlineTime: '12:00' },
			at(70 * DAY + 1)
		);
		expect((await evaluateDueDeadlines(db, new Date('2027-05-28T10:00:00.000Z'))).adopted).toEqual([amendment]);

		const versions = await db
			.selectFrom('conceptVersion')
			.select(['number', 'status', 'adoptedAt'])
			.where('conceptId', '=', conceptId)
			.orderBy('number')
			.execute();
		expect(versions).toEqual([
			{ number: 1, status: 'agreed', adoptedAt: '2027-04-09T10:00:00.000Z' },
			{ number: 2, status: 'agreed', adoptedAt: '2027-05-28T10:00:00.000Z' }
		]);
		const after = await db.selectFrom('conceptDefinition').selectAll().execute();
		expect(after.slice(0, before.length)).toEqual(before);
		expect(await listProposals(db, delegateDe, { conceptId, kind: 'amendment' })).toMatchObject([
			{ id: amendment, status: 'adopted', following: true }
		]);
	});
});

describe('who may speak for a State', () => {
	it('refuses a delegate of D stating a position for E, and the Secretariat stating any position', async () => {
		const { proposalId } = await openProposal(
			db,
			delegateDe,
			{
				kind: 'new_concept',
				conceptId: null,
				title: 'Add “threat actor”',
				text: englishText('threat actor', 'A person or group that intends to cause harm through ICTs.'),
				rationale: null,
				citedEntryIds: []
			},
			at(100 * DAY)
		);
		const forOther = await statePosition(
			db,
			delegateDe,
			proposalId,
			{ stateCode: 'ES', revision: 1, stance: 'support', statement: null },
			at(100 * DAY + 1)
		).catch((caught) => caught);
		expect(forOther).toBeInstanceOf(ForbiddenError);
		expect(forOther.message).toBe('Only a delegate of Spain may state its position.');
		const bySecretariat = await statePosition(
			db,
			secretariat,
			proposalId,
			{ stateCode: 'AT', revision: 1, stance: 'no_objection', statement: null },
			at(100 * DAY + 2)
		).catch((caught) => caught);
		expect(bySecretariat).toBeInstanceOf(ForbiddenError);
		expect(bySecretariat.message).toBe(
			'The Secretariat does not state positions; only a delegate of Austria may state its position.'
		);
		await expect(
			statePosition(
				db,
				editorAt,
				proposalId,
				{ stateCode: 'AT', revision: 1, stance: 'support', statement: null },
				at(100 * DAY + 3)
			)
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			statePosition(
				db,
				null,
				proposalId,
				{ stateCode: 'AT', revision: 1, stance: 'support', statement: null },
				at(100 * DAY + 3)
			)
		).rejects.toBeInstanceOf(ForbiddenError);
		expect(
			await db
				.selectFrom('statePosition')
				.select('id')
				.where('revisionId', 'in', db.selectFrom('proposalRevision').select('id').where('proposalId', '=', proposalId))
				.execute()
		).toEqual([]);
		expect((await getProposalView(db, secretariat, proposalId)).permissions.canStatePositionFor).toBeNull();
	});

	it('refuses revising, withdrawing and running the silence to those who may not', async () => {
		const { proposalId } = await openProposal(
			db,
			delegateAt,
			{
				kind: 'new_concept',
				conceptId: null,
				title: 'Add “botnet”',
				text: englishText('botnet', 'A network of compromised devices controlled remotely.'),
				rationale: null,
				citedEntryIds: []
			},
			at(101 * DAY)
		);
		const revision = await postRevision(
			db,
			delegateDe,
			proposalId,
			{ text: englishText('botnet', 'x'), rationale: null, citedEntryIds: [] },
			at(101 * DAY + 1)
		).catch((caught) => caught);
		expect(revision).toBeInstanceOf(ForbiddenError);
		expect(revision.message).toBe(
			'Only the delegates of the State that opened this proposal and the Secretariat may revise it.'
		);
		const silence = await startSilence(
			db,
			delegateAt,
			proposalId,
			{ revision: 1, deadlineDate: '2027-07-01', deadlineTime: '12:00' },
			at(101 * DAY + 1)
		).catch((caught) => caught);
		expect(silence).toBeInstanceOf(ForbiddenError);
		expect(silence.message).toBe('Only the Secretariat may put a proposal under the silence procedure.');
		const withdrawal = await withdrawProposal(db, delegateBe, proposalId, at(101 * DAY + 1)).catch((caught) => caught);
		expect(withdrawal).toBeInstanceOf(ForbiddenError);
		expect(withdrawal.message).toBe(
			'Only the delegates of the State that opened this proposal and the Secretariat may withdraw it.'
		);
		await expect(
			openProposal(db, editorAt, {
				kind: 'new_concept',
				conceptId: null,
				title: 'T',
				text: englishText('t', 'd'),
				rationale: null,
				citedEntryIds: []
			})
		).rejects.toThrow('Only delegates and the Secretariat may open a proposal.');
		await expect(
			postRevision(db, delegateAt, 999_999, { text: englishText('t', 'd'), rationale: null, citedEntryIds: [] })
		).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('what a form gets back', () => {
	const base = {
		kind: 'new_concept' as const,
		conceptId: null,
		title: 'Add “malware”',
		rationale: null,
		citedEntryIds: []
	};

	it('puts a refusal of the text on the field it concerns', async () => {
		const noEnglish = await openProposal(db, delegateAt, {
			...base,
			text: {
				en: {
					terms: [{ term: 'malware', administrativeStatus: 'preferred', termType: null, partOfSpeech: null }],
					definition: ' ',
					note: null
				}
			}
		}).catch((caught) => caught);
		expect(noEnglish).toBeInstanceOf(ValidationError);
		expect(noEnglish.fieldErrors).toEqual({
			'text.en.definition': 'A revision needs the English text: at least one English term and an English definition.'
		});
		const frenchWithoutTerm = await openProposal(db, delegateAt, {
			...base,
			text: {
				...englishText('malware', 'Software designed to harm.'),
				fr: { terms: [], definition: 'Logiciel conçu pour nuire.', note: null }
			}
		}).catch((caught) => caught);
		expect(frenchWithoutTerm.fieldErrors).toEqual({
			'text.fr.terms':
				'The French text is incomplete: give at least one term and a definition, or leave French out to mark it as pending.'
		});
		const noTitle = await openProposal(db, delegateAt, {
			...base,
			title: '   ',
			text: englishText('malware', 'Software designed to harm.')
		}).catch((caught) => caught);
		expect(noTitle.fieldErrors).toEqual({
			title: 'Give the proposal a title, for example: Add “cyberspace” to the consensus glossary.'
		});
	});

	it('refuses to cite an entry that was never submitted, and an amendment of a concept without agreed text', async () => {
		const error = await openProposal(db, delegateAt, {
			...base,
			text: englishText('malware', 'Software designed to harm.'),
			citedEntryIds: [publicEntry, draftEntry]
		}).catch((caught) => caught);
		expect(error.fieldErrors).toEqual({
			citedEntryIds: `National entry ${draftEntry} cannot be cited: it does not exist, or it is not in a submitted list you may read.`
		});
		const { conceptId } = await openProposal(
			db,
			delegateAt,
			{ ...base, text: englishText('malware', 'Software designed to harm.') },
			at(102 * DAY)
		);
		const amendment = await openProposal(db, delegateAt, {
			...base,
			kind: 'amendment',
			conceptId,
			text: englishText('malware', 'Harmful software.')
		}).catch((caught) => caught);
		expect(amendment.fieldErrors).toEqual({
			conceptId: 'This concept has no agreed text yet; propose it as a new concept instead of an amendment.'
		});
	});

	it('puts a reservation without its statement on the statement field', async () => {
		const { proposalId } = await openProposal(
			db,
			delegateAt,
			{ ...base, title: 'Add “ransomware”', text: englishText('ransomware', 'Malware that demands a ransom.') },
			at(103 * DAY)
		);
		const error = await statePosition(
			db,
			delegateBe,
			proposalId,
			{ stateCode: 'BE', revision: 1, stance: 'reservation', statement: '  ' },
			at(103 * DAY + 1)
		).catch((caught) => caught);
		expect(error).toBeInstanceOf(ValidationError);
		expect(error.fieldErrors).toEqual({
			statement: 'A reservation needs an interpretive statement; it will be kept with the adopted text.'
		});
	});

	it('puts a deadline the rules refuse on the date, time or time zone field', async () => {
		const { proposalId } = await openProposal(
			db,
			delegateAt,
			{
				...base,
				title: 'Add “phishing”',
				text: englishText('phishing', 'Deceiving people into revealing credentials.')
			},
			at(104 * DAY)
		);
		const attempt = (deadlineDate: string, deadlineTime: string, timeZone?: string) =>
			startSilence(
				db,
				secretariat,
				proposalId,
				{ revision: 1, deadlineDate, deadlineTime, ...(timeZone ? { timeZone } : {}) },
				at(104 * DAY + 1)
			).catch((caught: ValidationError) => caught.fieldErrors);
		expect(await attempt('2027-02-30', '12:00')).toEqual({
			deadlineDate: '"2027-02-30" is not a date; write it as YYYY-MM-DD, for example 2026-11-13.'
		});
		expect(await attempt('2027-06-30', '25:00')).toEqual({
			deadlineTime: '"25:00" is not a time of day; write it as HH:MM on the 24-hour clock, for example 12:00.'
		});
		expect(await attempt('2027-06-30', '12:00', 'Europe/Atlantis')).toEqual({
			timeZone: '"Europe/Atlantis" is not a known time zone.'
		});
		expect(await attempt('2027-03-28', '02:30')).toEqual({
			deadlineTime:
				'There is no 02:30 on 28 March 2027 in Vienna: the clocks go forward from 02:00 to 03:00. Choose another time, for example 03:00.'
		});
		expect(await attempt('2027-06-01', '12:00')).toEqual({
			deadlineDate:
				'The deadline must be in the future; Tuesday, 1 June 2027, 12:00 (Vienna, CEST, UTC+02:00) has already come.'
		});
		const twice = await startSilence(
			db,
			secretariat,
			proposalId,
			{ revision: 1, deadlineDate: '2027-10-31', deadlineTime: '02:30' },
			at(104 * DAY + 2)
		);
		expect(twice.deadlineAt).toBe('2027-10-31T01:30:00.000Z');
		expect(twice.note).toMatch(/^02:30 occurs twice on 31 October 2027 in Vienna/);
	});
});

describe('ending a proposal early', () => {
	it('lets the Secretariat cancel a silence and the proposer withdraw, which closes the proposal', async () => {
		const { proposalId } = await openProposal(
			db,
			delegateAt,
			{
				kind: 'new_concept',
				conceptId: null,
				title: 'Add “spoofing”',
				text: englishText('spoofing', 'Impersonating a trusted source.'),
				rationale: null,
				citedEntryIds: []
			},
			at(110 * DAY)
		);
		await startSilence(
			db,
			secretariat,
			proposalId,
			{ revision: 1, deadlineDate: '2027-07-30', deadlineTime: '12:00' },
			at(110 * DAY + 1)
		);
		await cancelSilence(db, secretariat, proposalId, at(110 * DAY + 2));
		await expect(cancelSilence(db, secretariat, proposalId, at(110 * DAY + 3))).rejects.toThrow(
			'No silence procedure is running on this proposal, so there is none to cancel.'
		);
		await startSilence(
			db,
			secretariat,
			proposalId,
			{ revision: 1, deadlineDate: '2027-07-30', deadlineTime: '12:00' },
			at(110 * DAY + 4)
		);
		await withdrawProposal(db, delegateAt, proposalId, at(110 * DAY + 5));

		const silences = await db
			.selectFrom('silenceProcedure')
			.innerJoin('proposalRevision', 'proposalRevision.id', 'silenceProcedure.revisionId')
			.select(['outcome', 'endedAt'])
			.where('proposalRevision.proposalId', '=', proposalId)
			.orderBy('silenceProcedure.id')
			.execute();
		expect(silences).toEqual([
			{ outcome: 'cancelled', endedAt: at(110 * DAY + 2).toISOString() },
			{ outcome: 'cancelled', endedAt: at(110 * DAY + 5).toISOString() }
		]);
		const view = await getProposalView(db, delegateAt, proposalId);
		expect(view).toMatchObject({ status: 'withdrawn', closedAt: at(110 * DAY + 5).toISOString() });
		expect(view.timeline.map((item) => item.kind).slice(-3)).toEqual([
			'silence_started',
			'silence_cancelled',
			'withdrawn'
		]);
		expect(await evaluateDueDeadlines(db, new Date('2027-08-01T00:00:00Z'))).toMatchObject({ adopted: [], broken: [] });
	});
});

describe('comments', () => {
	it('keeps the earlier text when its author edits a comment, and lets nobody else edit it', async () => {
		const { proposalId } = await openProposal(
			db,
			delegateEs,
			{
				kind: 'new_concept',
				conceptId: null,
				title: 'Add “cyber hygiene”',
				text: englishText('cyber hygiene', 'Routine practices that keep ICT systems secure.'),
				rationale: null,
				citedEntryIds: []
			},
			at(120 * DAY)
		);
		const commentId = await addComment(
			db,
			delegateDe,
			proposalId,
			1,
			{ body: 'Germany sees no problem.', parentId: null },
			at(120 * DAY + 1)
		);
		await editComment(db, delegateDe, commentId, 'Germany sees no problem with the English text.', at(120 * DAY + 2));
		await editComment(
			db,
			delegateDe,
			commentId,
			'Germany sees no problem with the English and French texts.',
			at(120 * DAY + 3)
		);
		await editComment(
			db,
			delegateDe,
			commentId,
			'Germany sees no problem with the English and French texts.',
			at(120 * DAY + 4)
		);

		const [comment] = await listComments(db, delegateDe, proposalId);
		expect(comment).toMatchObject({
			body: 'Germany sees no problem with the English and French texts.',
			editedAt: at(120 * DAY + 3).toISOString(),
			canEdit: true,
			edits: [
				{ previousBody: 'Germany sees no problem.', editedAt: at(120 * DAY + 2).toISOString() },
				{ previousBody: 'Germany sees no problem with the English text.', editedAt: at(120 * DAY + 3).toISOString() }
			]
		});
		const forged = await editComment(db, delegateEs, commentId, 'Germany objects.').catch((caught) => caught);
		expect(forged).toBeInstanceOf(ForbiddenError);
		expect(forged.message).toBe('Only its author may edit a comment.');
		await expect(editComment(db, secretariat, commentId, 'Edited by the Secretariat.')).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expect(db.updateTable('commentEdit').set({ previousBody: 'rewritten' }).execute()).rejects.toThrow(
			'the history of a comment cannot be changed once recorded'
		);
		const empty = await editComment(db, delegateDe, commentId, '   ').catch((caught) => caught);
		expect(empty.fieldErrors).toEqual({ body: 'Write the comment before posting it.' });
		await expect(addComment(db, readerSk, proposalId, 1, { body: 'Hello', parentId: null })).rejects.toThrow(
			'Only delegates, State editors and the Secretariat may comment on proposals.'
		);
		await expect(
			addComment(db, delegateDe, proposalId, 1, { body: 'Reply to nothing', parentId: 999_999 })
		).rejects.toThrow('The comment you are replying to is not a comment on revision 1.');
	});
});

describe('national entries a proposal cites', () => {
	it('shows restricted entries to participating States and never to the anonymous public', async () => {
		const { proposalId } = await openProposal(
			db,
			delegateBe,
			{
				kind: 'new_concept',
				conceptId: null,
				title: 'Add “security incident”',
				text: englishText(
					'security incident',
					'An event with an actual adverse effect on the security of ICT systems.'
				),
				rationale: null,
				citedEntryIds: [restrictedEntry, publicEntry]
			},
			at(130 * DAY)
		);
		const forDelegate = await getProposalView(db, delegateDe, proposalId);
		expect(
			forDelegate.citedEntries.map((entry) => [
				entry.entryId,
				entry.stateName,
				entry.distribution,
				entry.original?.term
			])
		).toEqual([
			[publicEntry, 'Austria', 'public', 'cyber incident'],
			[restrictedEntry, 'Belgium', 'restricted', 'incident']
		]);
		const forPublic = await getProposalView(db, null, proposalId);
		expect(forPublic.citedEntries.map((entry) => entry.entryId)).toEqual([publicEntry]);
		expect(JSON.stringify(forPublic)).not.toContain('Any event having an actual adverse effect');
		expect(forPublic.permissions).toMatchObject({
			canComment: false,
			canFollow: false,
			following: false,
			canStatePositionFor: null
		});
	});
});

describe('a text in every OSCE language', () => {
	it('stores and returns all six languages with several terms in order', async () => {
		const text = {
			en: languageTextFromTerms(
				['distributed denial-of-service attack', 'DDoS attack'],
				'An attack that makes a service unavailable by flooding it from many sources.'
			),
			fr: languageTextFromTerms(
				['attaque par déni de service distribué'],
				'Attaque qui rend un service indisponible en le submergeant depuis de nombreuses sources.'
			),
			de: languageTextFromTerms(
				['verteilter Dienstverweigerungsangriff'],
				'Angriff, der einen Dienst durch Überflutung aus vielen Quellen unerreichbar macht.'
			),
			it: languageTextFromTerms(
				['attacco distribuito di negazione del servizio'],
				'Attacco che rende un servizio indisponibile inondandolo da molte fonti.'
			),
			ru: languageTextFromTerms(
				['распределённая атака типа «отказ в обслуживании»'],
				'Атака, делающая сервис недоступным путём его перегрузки из множества источников.'
			),
			es: languageTextFromTerms(
				['ataque distribuido de denegación de servicio'],
				'Ataque que deja un servicio inaccesible inundándolo desde muchas fuentes.'
			)
		};
		const { proposalId, pendingLanguages } = await openProposal(
			db,
			secretariat,
			{ kind: 'new_concept', conceptId: null, title: 'Add “DDoS attack”', text, rationale: null, citedEntryIds: [] },
			at(140 * DAY)
		);
		expect(pendingLanguages).toEqual([]);
		expect((await getRevisionText(db, proposalId, 1)).text).toEqual(text);
		const view = await getProposalView(db, secretariat, proposalId);
		expect(view).toMatchObject({
			openedForState: null,
			openedForStateName: null,
			openedByName: secretariat.displayName
		});
		expect(view.permissions).toMatchObject({
			canRevise: true,
			canRunSilence: true,
			canWithdraw: true,
			canStatePositionFor: null
		});
	});
});
