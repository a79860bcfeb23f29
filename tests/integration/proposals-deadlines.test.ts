// Deadlines are enforced by the server: evaluated idempotently, once across concurrent callers and
// separate processes, and by the background scheduler without any page being open.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cancelSilence, openProposal, startSilence, statePosition } from '../../src/lib/server/proposals/workflow';
import { ConflictError } from '../../src/lib/domain/errors';
import {
	evaluateDueDeadlines,
	startDeadlineScheduler,
	type DeadlineRun
} from '../../src/lib/server/proposals/deadlines';
import { openDatabase } from '../../src/lib/server/db/connection';
import { createTestDatabase } from '../helpers/database';
import { givenAccount } from '../helpers/actors';
import { clock, DAY, englishText } from '../helpers/consensus';

const run = promisify(execFile);
const { db, file } = await createTestDatabase();
const secretariat = await givenAccount(db, { isAdministrator: true });
const delegateFr = await givenAccount(db, { isDelegate: true, stateCode: 'FR' });
const delegateIt = await givenAccount(db, { isDelegate: true, stateCode: 'IT' });

const at = clock('2027-09-06T08:00:00.000Z');

/** A proposal of its own under silence until `deadline` (UTC); returns its id. */
async function underSilence(term: string, start: number, deadline: string): Promise<number> {
	const { proposalId } = await openProposal(
		db,
		delegateFr,
		{
			kind: 'new_concept',
			conceptId: null,
			title: `Add “${term}”`,
			text: englishText(term, `Definition of ${term}.`),
			rationale: null,
			citedEntryIds: []
		},
		at(start)
	);
	await startSilence(
		db,
		secretariat,
		proposalId,
		{ revision: 1, deadlineDate: deadline.slice(0, 10), deadlineTime: deadline.slice(11, 16), timeZone: 'UTC' },
		at(start + 1)
	);
	return proposalId;
}

async function adoptionsOf(proposalId: number) {
	return db
		.selectFrom('conceptVersion')
		.innerJoin('proposalRevision', 'proposalRevision.id', 'conceptVersion.proposalRevisionId')
		.select(['conceptVersion.id', 'conceptVersion.number'])
		.where('proposalRevision.proposalId', '=', proposalId)
		.execute();
}

async function countWhere(action: string, proposalId: number): Promise<number> {
	const rows = await db
		.selectFrom('auditEvent')
		.select('id')
		.where('action', '=', action)
		.where('entityId', '=', String(proposalId))
		.execute();
	return rows.length;
}

describe('evaluating deadlines', () => {
	it('does nothing before the deadline and adopts once, however often it runs', async () => {
		const proposalId = await underSilence('backdoor', 0, '2027-09-10T12:00');
		expect(await evaluateDueDeadlines(db, new Date('2027-09-10T11:59:59.999Z'))).toEqual({
			adopted: [],
			broken: [],
			failed: [],
			nextDeadlineAt: '2027-09-10T12:00:00.000Z'
		});
		const later = new Date('2027-09-10T12:00:30.000Z');
		expect((await evaluateDueDeadlines(db, later)).adopted).toEqual([proposalId]);
		expect((await evaluateDueDeadlines(db, later)).adopted).toEqual([]);
		// A restart hours later changes nothing either: the adoption is dated at the deadline.
		expect((await evaluateDueDeadlines(db, new Date('2027-09-11T08:00:00.000Z'))).adopted).toEqual([]);
		expect(await adoptionsOf(proposalId)).toHaveLength(1);
		expect(
			await db
				.selectFrom('proposal')
				.select(['status', 'closedAt'])
				.where('id', '=', proposalId)
				.executeTakeFirstOrThrow()
		).toEqual({
			status: 'adopted',
			closedAt: '2027-09-10T12:00:00.000Z'
		});
		expect(await countWhere('proposal.adopt', proposalId)).toBe(1);
	});

	it('records one adoption when two evaluations run at the same time', async () => {
		const proposalId = await underSilence('keylogger', 10 * DAY, '2027-09-20T12:00');
		const later = new Date('2027-09-20T12:01:00.000Z');
		const runs = await Promise.all([evaluateDueDeadlines(db, later), evaluateDueDeadlines(db, later)]);
		expect(runs.flatMap((item) => item.adopted)).toEqual([proposalId]);
		expect(runs.flatMap((item) => item.failed)).toEqual([]);
		expect(await adoptionsOf(proposalId)).toHaveLength(1);
		expect(await countWhere('silence.hold', proposalId)).toBe(1);
		const notices = await db
			.selectFrom('notification')
			.select('recipientId')
			.where('proposalId', '=', proposalId)
			.where('kind', '=', 'adopted')
			.execute();
		expect(notices.map((notice) => notice.recipientId).sort()).toEqual(
			[secretariat.id, delegateFr.id, delegateIt.id].sort()
		);
	});

	it('records one adoption when two app processes evaluate the same database at once', async () => {
		const proposalId = await underSilence('rootkit', 20 * DAY, '2027-09-30T12:00');
		const script = path.resolve('tests/helpers/evaluate-deadlines-process.ts');
		const evaluate = () =>
			run(process.execPath, ['--import', 'tsx', script, file, '2027-09-30T12:05:00.000Z'], { cwd: process.cwd() });
		const outputs = await Promise.all([evaluate(), evaluate()]);
		const runs = outputs.map((output) => JSON.parse(output.stdout) as DeadlineRun);
		expect(runs.flatMap((item) => item.failed)).toEqual([]);
		expect(runs.flatMap((item) => item.adopted)).toEqual([proposalId]);
		expect(await adoptionsOf(proposalId)).toHaveLength(1);
		expect(await countWhere('proposal.adopt', proposalId)).toBe(1);
	});

	it('puts one text per concept under silence at a time', async () => {
		const first = await underSilence('worm', 30 * DAY, '2027-10-10T12:00');
		const conceptId = (
			await db.selectFrom('proposal').select('conceptId').where('id', '=', first).executeTakeFirstOrThrow()
		).conceptId!;
		const { proposalId: second } = await openProposal(
			db,
			delegateIt,
			{
				kind: 'new_concept',
				conceptId,
				title: 'Add “worm” (Italian wording)',
				text: englishText('worm', 'Self-replicating malware.'),
				rationale: null,
				citedEntryIds: []
			},
			at(30 * DAY + 2)
		);
		const refused = await startSilence(
			db,
			secretariat,
			second,
			{ revision: 1, deadlineDate: '2027-10-12', deadlineTime: '12:00', timeZone: 'UTC' },
			at(30 * DAY + 3)
		).catch((caught) => caught);
		expect(refused).toBeInstanceOf(ConflictError);
		expect(refused.message).toBe(
			'The proposal “Add “worm”” on the same concept is under the silence procedure until Sunday, 10 October 2027, 12:00 (UTC+00:00). Only one text per concept can be put to the States at a time.'
		);
		expect((await evaluateDueDeadlines(db, new Date('2027-10-10T12:00:00.000Z'))).adopted).toEqual([first]);
		// Once the first is adopted, the second is no longer a new concept: the rules say so before any silence.
		await expect(
			startSilence(
				db,
				secretariat,
				second,
				{ revision: 1, deadlineDate: '2027-10-20', deadlineTime: '12:00', timeZone: 'UTC' },
				new Date('2027-10-11T00:00:00.000Z')
			)
		).rejects.toThrow(
			'This concept already has an adopted text (version 1); a change to it is an amendment or a deprecation, not a new concept.'
		);
	});

	it('evaluates each proposal on its own, so one that cannot be adopted does not hold up the others', async () => {
		const stuck = await underSilence('trojan', 35 * DAY, '2027-10-20T12:00');
		const fine = await underSilence('dropper', 35 * DAY + 2, '2027-10-20T12:00');
		// The concept was deprecated behind the rules' back (as by hand in the database): a new-concept
		// proposal for it can no longer be applied, and the Secretariat has to step in.
		const { conceptId } = await db
			.selectFrom('proposal')
			.select('conceptId')
			.where('id', '=', stuck)
			.executeTakeFirstOrThrow();
		await db.updateTable('concept').set({ status: 'deprecated' }).where('id', '=', conceptId!).execute();

		const outcome = await evaluateDueDeadlines(db, new Date('2027-10-20T12:00:00.000Z'));
		expect(outcome.adopted).toEqual([fine]);
		expect(outcome.failed).toEqual([
			{
				proposalId: stuck,
				error:
					'This concept already has an adopted text (version ?); a change to it is an amendment or a deprecation, not a new concept.'
			}
		]);
		expect(await db.selectFrom('proposal').select('status').where('id', '=', stuck).executeTakeFirstOrThrow()).toEqual({
			status: 'silence'
		});
		expect(await adoptionsOf(stuck)).toEqual([]);
		// The deadline decides: even the Secretariat cannot cancel a silence that has held...
		await expect(cancelSilence(db, secretariat, stuck, new Date('2027-10-20T13:00:00.000Z'))).rejects.toThrow(
			'The silence procedure on revision 1 ended on Wednesday, 20 October 2027, 12:00 (UTC+00:00) without objection: the proposal is adopted and can no longer be changed.'
		);
		// ...so the fault is put right in the data, and the next run records the adoption.
		await db.updateTable('concept').set({ status: 'candidate' }).where('id', '=', conceptId!).execute();
		expect(await evaluateDueDeadlines(db, new Date('2027-10-20T13:00:01.000Z'))).toMatchObject({
			adopted: [stuck],
			failed: []
		});
		expect(await adoptionsOf(stuck)).toHaveLength(1);
	});

	it('breaks a silence if a standing objection is found at the deadline instead of adopting over it', async () => {
		const proposalId = await underSilence('exploit', 50 * DAY, '2027-11-01T12:00');
		// A row written outside the rules (as by an older version of the app): the objection wins.
		const revision = await db
			.selectFrom('proposalRevision')
			.select('id')
			.where('proposalId', '=', proposalId)
			.executeTakeFirstOrThrow();
		await db
			.insertInto('statePosition')
			.values({
				revisionId: revision.id,
				stateCode: 'IT',
				stance: 'objection',
				statement: 'Too narrow.',
				statedBy: delegateIt.id,
				statedAt: '2027-10-30T10:00:00.000Z'
			})
			.execute();
		expect(await evaluateDueDeadlines(db, new Date('2027-11-01T12:00:00.000Z'))).toMatchObject({
			adopted: [],
			broken: [proposalId],
			failed: []
		});
		expect(await adoptionsOf(proposalId)).toEqual([]);
		expect(
			await db
				.selectFrom('silenceProcedure')
				.select(['outcome', 'brokenByPositionId'])
				.where('revisionId', '=', revision.id)
				.executeTakeFirstOrThrow()
		).toMatchObject({
			outcome: 'broken'
		});
	});
});

describe('the deadline scheduler', () => {
	it('evaluates at start and on its interval, and stops cleanly', async () => {
		const proposalId = await underSilence('sniffer', 60 * DAY, '2027-11-15T12:00');
		let now = new Date('2027-11-15T11:00:00.000Z');
		const messages: string[] = [];
		const log = {
			info: (message: string) => messages.push(message),
			warn: (message: string) => messages.push(message),
			error: (message: string) => messages.push(message)
		};
		const scheduler = startDeadlineScheduler(db, 20, { now: () => now, log });
		await new Promise((resolve) => setTimeout(resolve, 60));
		expect(await adoptionsOf(proposalId)).toEqual([]);
		now = new Date('2027-11-15T12:00:01.000Z');
		for (let waited = 0; waited < 2000 && (await adoptionsOf(proposalId)).length === 0; waited += 20) {
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		await scheduler.stop();
		expect(await adoptionsOf(proposalId)).toHaveLength(1);
		expect(messages).toEqual([`Consensus: proposal ${proposalId} is adopted; its silence procedure held.`]);
	});

	it('picks up a deadline that passed while no process was running', async () => {
		const proposalId = await underSilence('adware', 70 * DAY, '2027-11-25T12:00');
		// A second connection, as after a restart, evaluating at start.
		const restarted = openDatabase(file);
		const scheduler = startDeadlineScheduler(restarted, 60_000, {
			now: () => new Date('2027-12-01T00:00:00.000Z'),
			log: { info() {}, warn() {}, error() {} }
		});
		for (let waited = 0; waited < 2000 && (await adoptionsOf(proposalId)).length === 0; waited += 20) {
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		await scheduler.stop();
		await restarted.destroy();
		expect(await adoptionsOf(proposalId)).toHaveLength(1);
	});
});

describe('positions after a silence was evaluated', () => {
	it('refuses them on an adopted proposal', async () => {
		const proposalId = await underSilence('spyware', 80 * DAY, '2027-12-10T12:00');
		await evaluateDueDeadlines(db, new Date('2027-12-10T12:00:00.000Z'));
		await expect(
			statePosition(
				db,
				delegateIt,
				proposalId,
				{ stateCode: 'IT', revision: 1, stance: 'objection', statement: 'Late.' },
				new Date('2027-12-11T00:00:00.000Z')
			)
		).rejects.toThrow(
			'This proposal was adopted on 10 December 2027 (revision 1) and can no longer be changed. To change the agreed text, open an amendment.'
		);
	});
});
