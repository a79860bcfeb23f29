// Releases of the consensus glossary: numbered, dated, immutable snapshots with a changelog against
// the previous release and a line to cite them by.
import { describe, expect, it } from 'vitest';
import { publishRelease } from '../../src/lib/server/releases/publish';
import { getRelease, listReleases } from '../../src/lib/server/releases/read';
import { openProposal, startSilence } from '../../src/lib/server/proposals/workflow';
import { evaluateDueDeadlines } from '../../src/lib/server/proposals/deadlines';
import { listInbox } from '../../src/lib/server/notifications/inbox';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../src/lib/domain/errors';
import { languageTextFromTerms } from '../../src/lib/domain/concept-text';
import { createTestDatabase } from '../helpers/database';
import { givenAccount } from '../helpers/actors';
import { adoptThroughSilence, clock, DAY, englishText } from '../helpers/consensus';

const { db } = await createTestDatabase();
const secretariat = await givenAccount(db, { isAdministrator: true });
const delegatePl = await givenAccount(db, { isDelegate: true, stateCode: 'PL' });
const editorRs = await givenAccount(db, { isStateEditor: true, stateCode: 'RS' });
const readerNo = await givenAccount(db, { stateCode: 'NO' });
const people = { proposer: delegatePl, secretariat };
const SITE = 'https://glossary.example.org/';

const at = clock('2028-01-10T08:00:00.000Z');

async function conceptOf(proposalId: number): Promise<number> {
	return (await db.selectFrom('proposal').select('conceptId').where('id', '=', proposalId).executeTakeFirstOrThrow())
		.conceptId!;
}

/** Amends or deprecates an agreed concept through a silence that holds. */
async function change(
	kind: 'amendment' | 'deprecation',
	conceptId: number,
	term: string,
	definition: string,
	start: number
): Promise<void> {
	const text = {
		en: {
			...languageTextFromTerms([term], definition),
			terms: [
				{
					term,
					administrativeStatus: kind === 'deprecation' ? ('deprecated' as const) : ('preferred' as const),
					termType: null,
					partOfSpeech: null
				}
			]
		}
	};
	const { proposalId } = await openProposal(
		db,
		delegatePl,
		{ kind, conceptId, title: `${kind} of ${term}`, text, rationale: null, citedEntryIds: [] },
		at(start)
	);
	const deadline = at(start + DAY);
	await startSilence(
		db,
		secretariat,
		proposalId,
		{
			revision: 1,
			deadlineDate: deadline.toISOString().slice(0, 10),
			deadlineTime: deadline.toISOString().slice(11, 16),
			timeZone: 'UTC'
		},
		at(start + 1)
	);
	expect((await evaluateDueDeadlines(db, at(start + DAY + 1))).adopted).toEqual([proposalId]);
}

describe('publishing releases', () => {
	let malware = 0;
	let phishing = 0;
	let botnet = 0;

	it('refuses to publish before anything is adopted, and refuses anyone but the Secretariat', async () => {
		const empty = await publishRelease(db, secretariat, { title: 'Release 1', notes: null }, at(0)).catch(
			(caught) => caught
		);
		expect(empty).toBeInstanceOf(ConflictError);
		expect(empty.message).toBe('No concept has been adopted yet, so there is nothing to release.');
		const byDelegate = await publishRelease(db, delegatePl, { title: 'Release 1', notes: null }, at(0)).catch(
			(caught) => caught
		);
		expect(byDelegate).toBeInstanceOf(ForbiddenError);
		expect(byDelegate.message).toBe('Only the Secretariat may publish a release of the consensus glossary.');
		const untitled = await publishRelease(db, secretariat, { title: ' ', notes: null }, at(0)).catch(
			(caught) => caught
		);
		expect(untitled).toBeInstanceOf(ValidationError);
		expect(untitled.fieldErrors).toEqual({
			title: 'Give the release a title, for example: Consensus glossary, release 2.'
		});
	});

	it('publishes release 1 with every adopted concept as added, and tells every account', async () => {
		malware = await conceptOf(
			await adoptThroughSilence(
				db,
				people,
				{ title: 'Add “malware”', text: englishText('malware', 'Software designed to cause harm.') },
				at(10)
			)
		);
		phishing = await conceptOf(
			await adoptThroughSilence(
				db,
				people,
				{ title: 'Add “phishing”', text: englishText('phishing', 'Deceiving people into revealing credentials.') },
				at(20)
			)
		);
		botnet = await conceptOf(
			await adoptThroughSilence(
				db,
				people,
				{ title: 'Add “botnet”', text: englishText('botnet', 'A network of compromised devices.') },
				at(30)
			)
		);
		// A candidate concept without adopted text is not part of any release.
		await openProposal(
			db,
			delegatePl,
			{
				kind: 'new_concept',
				conceptId: null,
				title: 'Add “worm”',
				text: englishText('worm', 'Self-replicating malware.'),
				rationale: null,
				citedEntryIds: []
			},
			at(40)
		);

		const published = await publishRelease(
			db,
			secretariat,
			{ title: 'Consensus glossary, first release', notes: '  Three concepts agreed in 2028. ' },
			at(3 * DAY)
		);
		expect(published).toEqual({
			number: 1,
			releasedAt: at(3 * DAY).toISOString(),
			counts: { added: 3, amended: 0, deprecated: 0, unchanged: 0 }
		});

		const release = await getRelease(db, 1, SITE);
		expect(release).toMatchObject({
			number: 1,
			title: 'Consensus glossary, first release',
			notes: 'Three concepts agreed in 2028.',
			releasedDay: '13 January 2028',
			releasedBy: secretariat.displayName,
			url: 'https://glossary.example.org/glossary/releases/1',
			citeAs:
				'OSCE CBM 9 consensus glossary, release 1 (13 January 2028). https://glossary.example.org/glossary/releases/1'
		});
		expect(
			release.concepts.map((concept) => [
				concept.term,
				concept.change,
				concept.versionNumber,
				concept.previousVersionNumber
			])
		).toEqual([
			['botnet', 'added', 1, null],
			['malware', 'added', 1, null],
			['phishing', 'added', 1, null]
		]);
		for (const account of [delegatePl, editorRs, readerNo]) {
			expect((await listInbox(db, account)).filter((item) => item.kind === 'release_published')).toMatchObject([
				{
					path: '/glossary/releases/1',
					text: 'Release 1 of the consensus glossary is published: Consensus glossary, first release (3 added, 0 amended, 0 deprecated).'
				}
			]);
		}
		expect((await listInbox(db, secretariat)).filter((item) => item.kind === 'release_published')).toEqual([]);
	});

	it('refuses a release that would repeat the previous one', async () => {
		const error = await publishRelease(db, secretariat, { title: 'Again', notes: null }, at(4 * DAY)).catch(
			(caught) => caught
		);
		expect(error).toBeInstanceOf(ConflictError);
		expect(error.message).toBe(
			'Nothing was adopted, amended or deprecated since release 1 of 13 January 2028; a new release would be identical to it.'
		);
	});

	it('numbers the next release 2 with added, amended, deprecated and unchanged concepts', async () => {
		await change(
			'amendment',
			malware,
			'malware',
			'Software designed to disrupt, damage or gain unauthorised access to ICT systems.',
			5 * DAY
		);
		await change('deprecation', phishing, 'phishing', 'Deceiving people into revealing credentials.', 7 * DAY);
		const ransomware = await conceptOf(
			await adoptThroughSilence(
				db,
				people,
				{ title: 'Add “ransomware”', text: englishText('ransomware', 'Malware that demands a ransom.') },
				at(9 * DAY)
			)
		);

		const published = await publishRelease(
			db,
			secretariat,
			{ title: 'Consensus glossary, second release', notes: null },
			at(11 * DAY)
		);
		expect(published).toMatchObject({ number: 2, counts: { added: 1, amended: 1, deprecated: 1, unchanged: 1 } });
		const release = await getRelease(db, 2, 'https://glossary.example.org');
		expect(release.changelog).toMatchObject({
			added: [
				{
					conceptId: ransomware,
					term: 'ransomware',
					versionNumber: 1,
					previousVersionNumber: null,
					changeLabel: 'Added'
				}
			],
			amended: [{ conceptId: malware, versionNumber: 2, previousVersionNumber: 1, status: 'agreed' }],
			deprecated: [{ conceptId: phishing, versionNumber: 2, previousVersionNumber: 1, status: 'deprecated' }]
		});
		expect(release.concepts.find((concept) => concept.conceptId === botnet)).toMatchObject({
			change: 'unchanged',
			changeLabel: 'Unchanged',
			versionNumber: 1,
			previousVersionNumber: 1
		});
		expect(release.citeAs).toBe(
			'OSCE CBM 9 consensus glossary, release 2 (21 January 2028). https://glossary.example.org/glossary/releases/2'
		);

		// Release 1 still says what it said.
		expect((await getRelease(db, 1, SITE)).concepts.map((concept) => [concept.term, concept.versionNumber])).toEqual([
			['botnet', 1],
			['malware', 1],
			['phishing', 1]
		]);
		expect((await listReleases(db)).map((item) => [item.number, item.counts])).toEqual([
			[2, { added: 1, amended: 1, deprecated: 1, unchanged: 1 }],
			[1, { added: 3, amended: 0, deprecated: 0, unchanged: 0 }]
		]);
		await expect(getRelease(db, 3, SITE)).rejects.toBeInstanceOf(NotFoundError);
	});

	it('keeps published releases immutable', async () => {
		await expect(
			db.updateTable('glossaryRelease').set({ title: 'Rewritten' }).where('number', '=', 1).execute()
		).rejects.toThrow('a published release cannot be changed once recorded');
		await expect(db.updateTable('glossaryReleaseConcept').set({ change: 'unchanged' }).execute()).rejects.toThrow(
			'the content of a published release cannot be changed once recorded'
		);
		await expect(db.deleteFrom('glossaryReleaseConcept').execute()).rejects.toThrow(
			'the content of a published release cannot be deleted'
		);
		const audit = await db
			.selectFrom('auditEvent')
			.select(['actorId', 'afterJson'])
			.where('action', '=', 'release.publish')
			.orderBy('id')
			.execute();
		expect(audit.map((event) => [event.actorId, JSON.parse(event.afterJson!).number])).toEqual([
			[secretariat.id, 1],
			[secretariat.id, 2]
		]);
	});
});
