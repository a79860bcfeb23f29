// Comments on a proposal, per revision and threaded, with the State of the author as it was when
// they wrote. Editing one's own comment keeps the earlier text in comment_edit. Comments are open
// while the proposal is; once adopted or withdrawn, its record is closed.
import type { Db } from '../db/connection';
import { recordAudit } from '../audit';
import { canComment, canEditComment, ensure, ensureSignedIn, type Viewer } from '../permissions';
import { followIn, notify } from '../notifications/notify';
import { commentText, personInWords } from '../notifications/messages';
import { PROPOSAL_NOT_FOUND } from './state';
import { stateName } from '../../domain/consensus/wording';
import { formatDay } from '../../domain/consensus';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors';

const BODY_MAX = 20_000;

export interface CommentInput {
	body: string;
	/** The comment this one answers; it must be on the same revision. */
	parentId: number | null;
}

function validBody(body: string): string {
	const text = body.trim().normalize('NFC');
	if (text === '') throw new ValidationError({ body: 'Write the comment before posting it.' });
	if (text.length > BODY_MAX)
		throw new ValidationError({ body: `A comment can be up to ${BODY_MAX.toLocaleString('en-GB')} characters long.` });
	return text;
}

function refuseWhenClosed(proposal: { status: string; closedAt: string | null }): void {
	if (proposal.status === 'adopted' || proposal.status === 'withdrawn') {
		throw new ConflictError(
			`This proposal was ${proposal.status} on ${formatDay(proposal.closedAt!)}; its discussion is closed.`
		);
	}
}

export async function addComment(
	db: Db,
	viewer: Viewer,
	proposalId: number,
	revisionNumber: number,
	input: CommentInput,
	now: Date = new Date()
): Promise<number> {
	ensure(canComment(viewer), 'Only delegates, State editors and the Secretariat may comment on proposals.');
	ensureSignedIn(viewer);
	const body = validBody(input.body);
	const at = now.toISOString();
	return db.transaction().execute(async (trx) => {
		const proposal = await trx
			.selectFrom('proposal')
			.select(['id', 'title', 'status', 'closedAt'])
			.where('id', '=', proposalId)
			.executeTakeFirst();
		if (!proposal) throw new NotFoundError(PROPOSAL_NOT_FOUND);
		refuseWhenClosed(proposal);
		const revision = await trx
			.selectFrom('proposalRevision')
			.select('id')
			.where('proposalId', '=', proposalId)
			.where('number', '=', revisionNumber)
			.executeTakeFirst();
		if (!revision) throw new NotFoundError(`There is no revision ${revisionNumber} of this proposal.`);
		if (input.parentId !== null) {
			const parent = await trx
				.selectFrom('comment')
				.select('revisionId')
				.where('id', '=', input.parentId)
				.executeTakeFirst();
			if (!parent || parent.revisionId !== revision.id) {
				throw new NotFoundError(`The comment you are replying to is not a comment on revision ${revisionNumber}.`);
			}
		}
		const { id } = await trx
			.insertInto('comment')
			.values({
				revisionId: revision.id,
				parentId: input.parentId,
				authorId: viewer.id,
				authorStateCode: viewer.stateCode,
				body,
				createdAt: at
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await recordAudit(trx, {
			actorId: viewer.id,
			action: 'comment.create',
			entityType: 'comment',
			entityId: id,
			stateCode: viewer.stateCode,
			after: { proposalId, revision: revisionNumber, parentId: input.parentId, body }
		});
		await followIn(trx, viewer.id, proposalId, at);
		await notify(
			trx,
			{
				kind: 'comment',
				proposalId,
				text: commentText(proposal, revisionNumber, personInWords(viewer.displayName, viewer.stateCode), body),
				createdAt: at
			},
			viewer.id
		);
		return id;
	});
}

export async function editComment(
	db: Db,
	viewer: Viewer,
	commentId: number,
	newBody: string,
	now: Date = new Date()
): Promise<void> {
	ensureSignedIn(viewer);
	await db.transaction().execute(async (trx) => {
		const comment = await trx
			.selectFrom('comment')
			.innerJoin('proposalRevision', 'proposalRevision.id', 'comment.revisionId')
			.innerJoin('proposal', 'proposal.id', 'proposalRevision.proposalId')
			.select([
				'comment.id',
				'comment.authorId',
				'comment.body',
				'comment.removedAt',
				'proposal.status',
				'proposal.closedAt'
			])
			.where('comment.id', '=', commentId)
			.executeTakeFirst();
		if (!comment || comment.removedAt !== null) throw new NotFoundError('There is no such comment.');
		// Who may edit is decided before what they wrote is looked at, as everywhere else.
		ensure(canEditComment(viewer, comment), 'Only its author may edit a comment.');
		const body = validBody(newBody);
		refuseWhenClosed(comment);
		if (comment.body === body) return;
		const at = now.toISOString();
		await trx.insertInto('commentEdit').values({ commentId, previousBody: comment.body, editedAt: at }).execute();
		const updated = await trx
			.updateTable('comment')
			.set({ body, editedAt: at })
			.where('id', '=', commentId)
			.where('body', '=', comment.body)
			.executeTakeFirst();
		if (updated.numUpdatedRows !== 1n)
			throw new ConflictError(
				'This comment changed while you were editing it; nothing was saved. Please reload the page.'
			);
		await recordAudit(trx, {
			actorId: viewer.id,
			action: 'comment.edit',
			entityType: 'comment',
			entityId: commentId,
			stateCode: viewer.stateCode,
			before: { body: comment.body },
			after: { body }
		});
	});
}

export interface CommentView {
	id: number;
	revision: number;
	parentId: number | null;
	authorId: string;
	authorName: string;
	/** The author's State when they wrote the comment; null for the Secretariat. */
	stateCode: string | null;
	stateName: string | null;
	/** Null when the comment was removed. */
	body: string | null;
	createdAt: string;
	editedAt: string | null;
	/** Earlier texts, oldest first. */
	edits: { previousBody: string; editedAt: string }[];
	canEdit: boolean;
	replies: CommentView[];
}

/** The comments on a proposal (or on one of its revisions) as threads, oldest first. */
export async function listComments(
	db: Db,
	viewer: Viewer,
	proposalId: number,
	revisionNumber?: number
): Promise<CommentView[]> {
	const proposal = await db.selectFrom('proposal').select('status').where('id', '=', proposalId).executeTakeFirst();
	if (!proposal) throw new NotFoundError(PROPOSAL_NOT_FOUND);
	const open = proposal.status === 'discussion' || proposal.status === 'silence';
	let query = db
		.selectFrom('comment')
		.innerJoin('proposalRevision', 'proposalRevision.id', 'comment.revisionId')
		.innerJoin('user', 'user.id', 'comment.authorId')
		.select([
			'comment.id',
			'proposalRevision.number as revision',
			'comment.parentId',
			'comment.authorId',
			'user.displayName as authorName',
			'comment.authorStateCode',
			'comment.body',
			'comment.createdAt',
			'comment.editedAt',
			'comment.removedAt'
		])
		.where('proposalRevision.proposalId', '=', proposalId);
	if (revisionNumber !== undefined) query = query.where('proposalRevision.number', '=', revisionNumber);
	const rows = await query.orderBy('comment.createdAt').orderBy('comment.id').execute();
	if (rows.length === 0) return [];
	const edits = await db
		.selectFrom('commentEdit')
		.select(['commentId', 'previousBody', 'editedAt'])
		.where(
			'commentId',
			'in',
			rows.map((row) => row.id)
		)
		.orderBy('editedAt')
		.orderBy('id')
		.execute();

	const views = new Map<number, CommentView>();
	for (const row of rows) {
		const removed = row.removedAt !== null;
		views.set(row.id, {
			id: row.id,
			revision: row.revision,
			parentId: row.parentId,
			authorId: row.authorId,
			authorName: row.authorName,
			stateCode: row.authorStateCode,
			stateName: row.authorStateCode ? stateName(row.authorStateCode) : null,
			body: removed ? null : row.body,
			createdAt: row.createdAt,
			editedAt: row.editedAt,
			edits: removed
				? []
				: edits
						.filter((edit) => edit.commentId === row.id)
						.map(({ previousBody, editedAt }) => ({ previousBody, editedAt })),
			canEdit: open && !removed && canEditComment(viewer, row),
			replies: []
		});
	}
	const threads: CommentView[] = [];
	for (const view of views.values()) {
		const parent = view.parentId === null ? undefined : views.get(view.parentId);
		if (parent) parent.replies.push(view);
		else threads.push(view);
	}
	return threads;
}
