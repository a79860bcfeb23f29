// Each user's inbox of notifications, and the proposals they follow. Everything here is the
// signed-in user's own: nobody reads or marks another person's notifications.
import type { Db } from '../db/connection';
import type { NotificationKind } from '../db/schema';
import { ensureSignedIn, type Viewer } from '../permissions';
import { followIn } from './notify';
import { NOTIFICATION_KIND_LABELS } from './messages';
import { proposalPath, releasePath } from './links';
import { NotFoundError } from '../../domain/errors';

export interface InboxItem {
	id: number;
	kind: NotificationKind;
	kindLabel: string;
	text: string;
	proposalId: number | null;
	releaseId: number | null;
	/** Where the notification leads on the site. */
	path: string;
	createdAt: string;
	readAt: string | null;
}

const INBOX_LIMIT = 200;

export async function listInbox(
	db: Db,
	viewer: Viewer,
	options: { unreadOnly?: boolean; limit?: number } = {}
): Promise<InboxItem[]> {
	ensureSignedIn(viewer);
	let query = db
		.selectFrom('notification')
		.leftJoin('glossaryRelease', 'glossaryRelease.id', 'notification.releaseId')
		.select([
			'notification.id',
			'notification.kind',
			'notification.text',
			'notification.proposalId',
			'notification.releaseId',
			'glossaryRelease.number as releaseNumber',
			'notification.createdAt',
			'notification.readAt'
		])
		.where('notification.recipientId', '=', viewer.id);
	if (options.unreadOnly) query = query.where('notification.readAt', 'is', null);
	const rows = await query
		.orderBy('notification.createdAt', 'desc')
		.orderBy('notification.id', 'desc')
		.limit(Math.min(options.limit ?? INBOX_LIMIT, INBOX_LIMIT))
		.execute();
	return rows.map(({ releaseNumber, ...row }) => ({
		...row,
		kindLabel: NOTIFICATION_KIND_LABELS[row.kind],
		path: row.proposalId !== null ? proposalPath(row.proposalId) : releasePath(releaseNumber ?? 0)
	}));
}

export async function unreadCount(db: Db, viewer: Viewer): Promise<number> {
	if (viewer === null) return 0;
	const row = await db
		.selectFrom('notification')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where('recipientId', '=', viewer.id)
		.where('readAt', 'is', null)
		.executeTakeFirstOrThrow();
	return row.count;
}

/** Marks the viewer's notifications as read: the given ones, or all. Returns how many changed. */
export async function markRead(
	db: Db,
	viewer: Viewer,
	which: readonly number[] | 'all',
	now: Date = new Date()
): Promise<number> {
	ensureSignedIn(viewer);
	if (which !== 'all' && which.length === 0) return 0;
	let query = db
		.updateTable('notification')
		.set({ readAt: now.toISOString() })
		.where('recipientId', '=', viewer.id)
		.where('readAt', 'is', null);
	if (which !== 'all') query = query.where('id', 'in', [...which]);
	const result = await query.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

/** Opening a proposal reads what the inbox said about it: its notifications are marked read. */
export async function markProposalRead(
	db: Db,
	viewer: Viewer,
	proposalId: number,
	now: Date = new Date()
): Promise<number> {
	if (viewer === null) return 0;
	const result = await db
		.updateTable('notification')
		.set({ readAt: now.toISOString() })
		.where('recipientId', '=', viewer.id)
		.where('proposalId', '=', proposalId)
		.where('readAt', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

async function ensureProposal(db: Db, proposalId: number): Promise<void> {
	const proposal = await db.selectFrom('proposal').select('id').where('id', '=', proposalId).executeTakeFirst();
	if (!proposal) throw new NotFoundError('There is no such proposal.');
}

export async function followProposal(
	db: Db,
	viewer: Viewer,
	proposalId: number,
	now: Date = new Date()
): Promise<void> {
	ensureSignedIn(viewer);
	await ensureProposal(db, proposalId);
	await db.transaction().execute((trx) => followIn(trx, viewer.id, proposalId, now.toISOString()));
}

/** Stops following; the user is still told what all delegates and administrators are told. */
export async function unfollowProposal(db: Db, viewer: Viewer, proposalId: number): Promise<void> {
	ensureSignedIn(viewer);
	await db.deleteFrom('proposalFollow').where('userId', '=', viewer.id).where('proposalId', '=', proposalId).execute();
}
