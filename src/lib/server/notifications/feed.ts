// Atom feeds: one per user, at a secret tokenised URL (feed readers cannot sign in), with the
// user's notifications; and a public one with adoptions and releases, which are public anyway.
// As for sessions, only the SHA-256 of a feed token is stored, and a new token replaces the old.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { Db } from '../db/connection';
import { ensureSignedIn, type Viewer } from '../permissions';
import { interpretiveStatementsOf } from '../proposals/adoption';
import { NOTIFICATION_KIND_LABELS } from './messages';
import { absoluteUrl, conceptPath, proposalPath, releasePath } from './links';
import { atomFeed, type AtomEntry } from '../../domain/atom';
import { listInWords } from '../../domain/consensus/wording';
import { formatDay } from '../../domain/consensus';

const FEED_LENGTH = 50;
const PUBLISHER = 'OSCE CBM 9 consensus glossary';

export interface FeedEntry {
	/** Permanent and unique: a urn that never changes for this item. */
	id: string;
	title: string;
	text: string;
	updated: string;
	path: string;
}

export function feedTokenHash(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** A new feed token for the viewer; returned once, only its hash is kept. Earlier tokens stop working. */
export async function createFeedToken(db: Db, viewer: Viewer, now: Date = new Date()): Promise<string> {
	ensureSignedIn(viewer);
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	const token = encodeBase32LowerCaseNoPadding(bytes);
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('feedToken').where('userId', '=', viewer.id).execute();
		await trx
			.insertInto('feedToken')
			.values({ tokenHash: feedTokenHash(token), userId: viewer.id, createdAt: now.toISOString() })
			.execute();
	});
	return token;
}

/** Whether the viewer has a feed address (the token itself cannot be shown again). */
export async function hasFeedToken(db: Db, viewer: Viewer): Promise<boolean> {
	if (viewer === null) return false;
	return (
		(await db.selectFrom('feedToken').select('userId').where('userId', '=', viewer.id).executeTakeFirst()) !== undefined
	);
}

/** The notifications of the token's owner, newest first; null for an unknown token or a disabled account. */
export async function feedEntries(
	db: Db,
	token: string
): Promise<{ ownerId: string; ownerName: string; entries: FeedEntry[] } | null> {
	const owner = await db
		.selectFrom('feedToken')
		.innerJoin('user', 'user.id', 'feedToken.userId')
		.select(['user.id', 'user.displayName', 'user.disabledAt'])
		.where('feedToken.tokenHash', '=', feedTokenHash(token))
		.executeTakeFirst();
	if (!owner || owner.disabledAt !== null) return null;
	const rows = await db
		.selectFrom('notification')
		.leftJoin('glossaryRelease', 'glossaryRelease.id', 'notification.releaseId')
		.select([
			'notification.id',
			'notification.kind',
			'notification.text',
			'notification.proposalId',
			'glossaryRelease.number as releaseNumber',
			'notification.createdAt'
		])
		.where('notification.recipientId', '=', owner.id)
		.orderBy('notification.createdAt', 'desc')
		.orderBy('notification.id', 'desc')
		.limit(FEED_LENGTH)
		.execute();
	return {
		ownerId: owner.id,
		ownerName: owner.displayName,
		entries: rows.map((row) => ({
			id: `urn:cbm9:notification:${row.id}`,
			title: NOTIFICATION_KIND_LABELS[row.kind],
			text: row.text,
			updated: row.createdAt,
			path: row.proposalId !== null ? proposalPath(row.proposalId) : releasePath(row.releaseNumber ?? 0)
		}))
	};
}

/** Adoptions by the working group and published releases, newest first. Public by nature. */
export async function publicFeedEntries(db: Db): Promise<FeedEntry[]> {
	const adoptions = await db
		.selectFrom('conceptVersion')
		.innerJoin('proposalRevision', 'proposalRevision.id', 'conceptVersion.proposalRevisionId')
		.innerJoin('proposal', 'proposal.id', 'proposalRevision.proposalId')
		.leftJoin('conceptTerm', (join) =>
			join
				.onRef('conceptTerm.conceptVersionId', '=', 'conceptVersion.id')
				.on('conceptTerm.language', '=', 'en')
				.on('conceptTerm.position', '=', 1)
		)
		.leftJoin('conceptDefinition', (join) =>
			join
				.onRef('conceptDefinition.conceptVersionId', '=', 'conceptVersion.id')
				.on('conceptDefinition.language', '=', 'en')
		)
		.select([
			'conceptVersion.id',
			'conceptVersion.conceptId',
			'conceptVersion.number',
			'conceptVersion.status',
			'conceptVersion.adoptedAt',
			'proposal.title',
			'conceptTerm.term',
			'conceptDefinition.definition'
		])
		.orderBy('conceptVersion.adoptedAt', 'desc')
		.limit(FEED_LENGTH)
		.execute();
	const releases = await db
		.selectFrom('glossaryRelease')
		.select(['id', 'number', 'title', 'releasedAt', 'notes'])
		.orderBy('number', 'desc')
		.limit(FEED_LENGTH)
		.execute();

	const entries: FeedEntry[] = [];
	for (const adoption of adoptions) {
		const statements = await interpretiveStatementsOf(db, adoption.id);
		const reservations =
			statements.length > 0
				? ` Interpretive statements: ${listInWords(statements.map((item) => item.stateName))}.`
				: '';
		const what = adoption.status === 'deprecated' ? 'Deprecated' : adoption.number === 1 ? 'Adopted' : 'Amended';
		entries.push({
			id: `urn:cbm9:concept:${adoption.conceptId}:version:${adoption.number}`,
			title: `${what}: ${adoption.term ?? adoption.title} (version ${adoption.number})`,
			text: `${adoption.definition ?? adoption.title} Adopted by consensus on ${formatDay(adoption.adoptedAt)}.${reservations}`,
			updated: adoption.adoptedAt,
			path: conceptPath(adoption.conceptId)
		});
	}
	for (const release of releases) {
		entries.push({
			id: `urn:cbm9:release:${release.number}`,
			title: `Release ${release.number}: ${release.title}`,
			text:
				release.notes ??
				`Release ${release.number} of the consensus glossary, published on ${formatDay(release.releasedAt)}.`,
			updated: release.releasedAt,
			path: releasePath(release.number)
		});
	}
	return entries.sort((a, b) => b.updated.localeCompare(a.updated)).slice(0, FEED_LENGTH);
}

function toAtom(entries: readonly FeedEntry[], siteUrl: string): AtomEntry[] {
	return entries.map((entry) => ({
		id: entry.id,
		title: entry.title,
		updated: entry.updated,
		summary: entry.text,
		links: [{ href: absoluteUrl(siteUrl, entry.path) }]
	}));
}

/**
 * The user's Atom feed, or null for an unknown token (the route answers 404). `selfPath` is the
 * feed's own path on the site, e.g. "/feeds/<token>.atom".
 */
export async function userFeedXml(
	db: Db,
	token: string,
	siteUrl: string,
	selfPath: string,
	now: Date = new Date()
): Promise<string | null> {
	const feed = await feedEntries(db, token);
	if (!feed) return null;
	return atomFeed({
		id: `urn:cbm9:feed:user:${feed.ownerId}`,
		title: `CBM 9 glossary: notifications for ${feed.ownerName}`,
		updated: feed.entries[0]?.updated ?? now.toISOString(),
		links: [{ href: absoluteUrl(siteUrl, selfPath), rel: 'self', type: 'application/atom+xml' }],
		authors: [{ name: PUBLISHER }],
		language: 'en',
		entries: toAtom(feed.entries, siteUrl)
	});
}

export async function publicFeedXml(
	db: Db,
	siteUrl: string,
	selfPath: string,
	now: Date = new Date()
): Promise<string> {
	const entries = await publicFeedEntries(db);
	return atomFeed({
		id: 'urn:cbm9:feed:public',
		title: `${PUBLISHER}: adoptions and releases`,
		updated: entries[0]?.updated ?? now.toISOString(),
		links: [
			{ href: absoluteUrl(siteUrl, selfPath), rel: 'self', type: 'application/atom+xml' },
			{ href: absoluteUrl(siteUrl, '/') }
		],
		authors: [{ name: PUBLISHER }],
		language: 'en',
		entries: toAtom(entries, siteUrl)
	});
}
