// Keeping people informed: the inbox, following, and the Atom feeds (per user, tokenised; public,
// with adoptions and releases only).
import { describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import {
	followProposal,
	listInbox,
	markProposalRead,
	markRead,
	unfollowProposal,
	unreadCount
} from '../../src/lib/server/notifications/inbox';
import {
	createFeedToken,
	feedEntries,
	feedTokenHash,
	hasFeedToken,
	publicFeedEntries,
	publicFeedXml,
	userFeedXml
} from '../../src/lib/server/notifications/feed';
import { addComment } from '../../src/lib/server/proposals/comments';
import { openProposal, startSilence, statePosition } from '../../src/lib/server/proposals/workflow';
import { publishRelease } from '../../src/lib/server/releases/publish';
import { ForbiddenError } from '../../src/lib/domain/errors';
import { createTestDatabase } from '../helpers/database';
import { givenAccount } from '../helpers/actors';
import { adoptThroughSilence, clock, DAY, englishText } from '../helpers/consensus';

const { db } = await createTestDatabase();
const secretariat = await givenAccount(db, { isAdministrator: true });
const delegateSe = await givenAccount(db, { isDelegate: true, stateCode: 'SE' });
const delegateFi = await givenAccount(db, { isDelegate: true, stateCode: 'FI' });
const editorEe = await givenAccount(db, { isStateEditor: true, stateCode: 'EE' });
const readerLv = await givenAccount(db, { stateCode: 'LV' });
const disabledDelegate = await givenAccount(db, { isDelegate: true, stateCode: 'LT' });
await db
	.updateTable('user')
	.set({ disabledAt: '2027-01-01T00:00:00.000Z' })
	.where('id', '=', disabledDelegate.id)
	.execute();

const at = clock('2028-03-06T09:00:00.000Z');

const { proposalId } = await openProposal(
	db,
	delegateSe,
	{
		kind: 'new_concept',
		conceptId: null,
		title: 'Add “supply chain attack”',
		text: englishText('supply chain attack', 'An attack through a supplier’s products or services.'),
		rationale: null,
		citedEntryIds: []
	},
	at(0)
);

const kindsFor = async (viewer: typeof secretariat) => (await listInbox(db, viewer)).map((item) => item.kind);

describe('the inbox', () => {
	it('gets proposal_opened for delegates and administrators only, and nothing for disabled accounts', async () => {
		expect(await kindsFor(secretariat)).toEqual(['proposal_opened']);
		expect(await kindsFor(delegateFi)).toEqual(['proposal_opened']);
		expect(await kindsFor(delegateSe)).toEqual([]);
		expect(await kindsFor(editorEe)).toEqual([]);
		expect(await kindsFor(readerLv)).toEqual([]);
		expect(
			await db.selectFrom('notification').select('id').where('recipientId', '=', disabledDelegate.id).execute()
		).toEqual([]);
	});

	it('tells followers about comments: those who follow by hand, by commenting, or by stating a position', async () => {
		await followProposal(db, readerLv, proposalId, at(1));
		await addComment(db, editorEe, proposalId, 1, { body: 'Estonia’s act uses “supplier”.', parentId: null }, at(2));
		expect(await kindsFor(delegateSe)).toEqual(['comment']);
		expect(await kindsFor(readerLv)).toEqual(['comment']);
		expect(await kindsFor(delegateFi)).toEqual(['proposal_opened']);

		await statePosition(
			db,
			delegateFi,
			proposalId,
			{ stateCode: 'FI', revision: 1, stance: 'support', statement: null },
			at(3)
		);
		await addComment(db, delegateSe, proposalId, 1, { body: 'Thank you; noted.', parentId: null }, at(4));
		expect(await kindsFor(delegateFi)).toEqual(['comment', 'proposal_opened']);
		expect(await kindsFor(editorEe)).toEqual(['comment']);
		expect(await kindsFor(delegateSe)).toEqual(['comment']);
		expect(await kindsFor(readerLv)).toEqual(['comment', 'comment']);

		await unfollowProposal(db, readerLv, proposalId);
		await addComment(db, editorEe, proposalId, 1, { body: 'One more point.', parentId: null }, at(5));
		expect(await kindsFor(readerLv)).toEqual(['comment', 'comment']);
		expect(await kindsFor(delegateFi)).toEqual(['comment', 'comment', 'proposal_opened']);
	});

	it('tells delegates, administrators and followers when the silence starts, but not the Secretariat that started it', async () => {
		await startSilence(
			db,
			secretariat,
			proposalId,
			{ revision: 1, deadlineDate: '2028-03-20', deadlineTime: '12:00' },
			at(DAY)
		);
		const started = await db
			.selectFrom('notification')
			.select('recipientId')
			.where('kind', '=', 'silence_started')
			.execute();
		expect(started.map((row) => row.recipientId).sort()).toEqual([delegateSe.id, delegateFi.id, editorEe.id].sort());
	});

	it('counts unread notifications and marks only the viewer’s own as read', async () => {
		expect(await unreadCount(db, delegateFi)).toBe(4);
		expect(await unreadCount(db, null)).toBe(0);
		// Opening another proposal reads nothing of this one; nobody's notifications but the viewer's change.
		expect(await markProposalRead(db, delegateFi, proposalId + 1000, at(DAY))).toBe(0);
		expect(await markProposalRead(db, null, proposalId, at(DAY))).toBe(0);
		expect(await unreadCount(db, delegateFi)).toBe(4);
		const [newest] = await listInbox(db, delegateFi);
		const othersItem = (await listInbox(db, delegateSe))[0]!;
		expect(await markRead(db, delegateFi, [newest!.id, othersItem.id], at(DAY + 1))).toBe(1);
		expect(await unreadCount(db, delegateFi)).toBe(3);
		expect((await listInbox(db, delegateSe)).find((item) => item.id === othersItem.id)?.readAt).toBeNull();
		expect((await listInbox(db, delegateFi)).find((item) => item.id === newest!.id)?.readAt).toBe(
			at(DAY + 1).toISOString()
		);
		expect((await listInbox(db, delegateFi, { unreadOnly: true })).map((item) => item.id)).not.toContain(newest!.id);
		// Every notification Sweden's delegate has is about this proposal: opening it reads them all.
		const unreadForSweden = await unreadCount(db, delegateSe);
		expect(unreadForSweden).toBeGreaterThan(0);
		expect(await markProposalRead(db, delegateSe, proposalId, at(DAY + 1))).toBe(unreadForSweden);
		expect(await unreadCount(db, delegateSe)).toBe(0);
		expect(await markRead(db, delegateFi, 'all', at(DAY + 2))).toBe(3);
		expect(await unreadCount(db, delegateFi)).toBe(0);
		await expect(
			db.updateTable('notification').set({ text: 'forged' }).where('recipientId', '=', delegateFi.id).execute()
		).rejects.toThrow('a notification can only be marked as read');
		await expect(listInbox(db, null)).rejects.toBeInstanceOf(ForbiddenError);
	});
});

describe('feeds', () => {
	function parseAtom(xml: string): { titles: string[]; ids: string[]; links: string[] } {
		const parser = new SaxesParser({ xmlns: true });
		const result = { titles: [] as string[], ids: [] as string[], links: [] as string[] };
		const path: string[] = [];
		parser.on('opentag', (tag) => {
			path.push(tag.local);
			const href = tag.attributes.href as { value: string } | undefined;
			if (tag.local === 'link' && path.at(-2) === 'entry' && href) result.links.push(href.value);
		});
		parser.on('closetag', () => void path.pop());
		parser.on('text', (text) => {
			if (path.at(-2) !== 'entry') return;
			if (path.at(-1) === 'title') result.titles.push(text);
			if (path.at(-1) === 'id') result.ids.push(text);
		});
		parser.write(xml).close();
		return result;
	}

	it('gives each user a secret feed address, keeping only its hash, and a new one replaces the old', async () => {
		expect(await hasFeedToken(db, delegateFi)).toBe(false);
		const token = await createFeedToken(db, delegateFi, at(2 * DAY));
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		const stored = await db.selectFrom('feedToken').selectAll().where('userId', '=', delegateFi.id).execute();
		expect(stored).toEqual([
			{ tokenHash: feedTokenHash(token), userId: delegateFi.id, createdAt: at(2 * DAY).toISOString() }
		]);
		expect(JSON.stringify(stored)).not.toContain(token);
		expect(await hasFeedToken(db, delegateFi)).toBe(true);

		const feed = await feedEntries(db, token);
		expect(feed?.ownerName).toBe(delegateFi.displayName);
		expect(feed?.entries.map((entry) => entry.title)).toEqual([
			'Silence procedure started',
			'Comment',
			'Comment',
			'Proposal opened'
		]);
		expect(feed?.entries[0]).toMatchObject({ path: `/proposals/${proposalId}`, updated: at(DAY).toISOString() });

		const replacement = await createFeedToken(db, delegateFi, at(2 * DAY + 1));
		expect(await feedEntries(db, token)).toBeNull();
		expect(await feedEntries(db, replacement)).not.toBeNull();
		expect(await feedEntries(db, 'not-a-token')).toBeNull();
		await expect(createFeedToken(db, null)).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('writes the user’s feed as Atom with absolute links, and none for an unknown token or a disabled account', async () => {
		const token = await createFeedToken(db, delegateSe, at(2 * DAY));
		const xml = await userFeedXml(db, token, 'https://glossary.example.org', `/feeds/${token}.atom`);
		const atom = parseAtom(xml!);
		expect(atom.titles).toContain('Silence procedure started');
		expect(atom.links).toContain(`https://glossary.example.org/proposals/${proposalId}`);
		expect(xml).toContain(
			`<link rel="self" href="https://glossary.example.org/feeds/${token}.atom" type="application/atom+xml"/>`
		);
		expect(await userFeedXml(db, 'unknown', 'https://glossary.example.org', '/feeds/unknown.atom')).toBeNull();

		const disabledToken = await createFeedToken(db, disabledDelegate, at(2 * DAY));
		expect(await feedEntries(db, disabledToken)).toBeNull();
	});

	it('gives the anonymous public a feed of adoptions and releases only', async () => {
		expect(await publicFeedEntries(db)).toEqual([]);
		const adopted = await adoptThroughSilence(
			db,
			{ proposer: delegateFi, secretariat },
			{
				title: 'Add “zero-day vulnerability”',
				text: englishText('zero-day vulnerability', 'A vulnerability unknown to the vendor.')
			},
			at(3 * DAY)
		);
		const { conceptId } = await db
			.selectFrom('proposal')
			.select('conceptId')
			.where('id', '=', adopted)
			.executeTakeFirstOrThrow();
		await publishRelease(db, secretariat, { title: 'Spring release', notes: null }, at(6 * DAY));
		expect(await publicFeedEntries(db)).toEqual([
			{
				id: 'urn:cbm9:release:1',
				title: 'Release 1: Spring release',
				text: 'Release 1 of the consensus glossary, published on 12 March 2028.',
				updated: at(6 * DAY).toISOString(),
				path: '/glossary/releases/1'
			},
			{
				id: `urn:cbm9:concept:${conceptId}:version:1`,
				title: 'Adopted: zero-day vulnerability (version 1)',
				text: 'A vulnerability unknown to the vendor. Adopted by consensus on 10 March 2028.',
				updated: at(4 * DAY).toISOString(),
				path: `/glossary/${conceptId}`
			}
		]);
		const atom = parseAtom(await publicFeedXml(db, 'https://glossary.example.org', '/feed.atom'));
		expect(atom.ids).toEqual(['urn:cbm9:release:1', `urn:cbm9:concept:${conceptId}:version:1`]);
		// The notifications of the workflow (comments, proposals opened, silences) are never public.
		expect(atom.titles.join(' ')).not.toMatch(/Comment|Proposal opened|Silence/);
	});
});
