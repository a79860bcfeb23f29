// Writing notifications and follows, inside the transaction of the event they report, so nobody is
// told about something that did not happen and nothing happens without those concerned being told.
//
// Who is told (the actor is never told about their own action):
//   proposal_opened                     → all delegates and administrators
//   silence_started, silence_broken,
//   adopted                             → all delegates, administrators and the proposal's followers
//   comment                             → the proposal's followers
//   release_published                   → every account
// Only accounts that are not disabled receive notifications.
import type { Tx } from '../db/connection';
import type { NotificationKind } from '../db/schema';

export type Notice =
	| { kind: Exclude<NotificationKind, 'release_published'>; proposalId: number; text: string; createdAt: string }
	| { kind: 'release_published'; releaseId: number; text: string; createdAt: string };

/** Makes `userId` follow the proposal; following twice changes nothing. The system follows nothing. */
export async function followIn(trx: Tx, userId: string | null, proposalId: number, at: string): Promise<void> {
	if (userId === null) return;
	await trx
		.insertInto('proposalFollow')
		.values({ userId, proposalId, createdAt: at })
		.onConflict((conflict) => conflict.columns(['userId', 'proposalId']).doNothing())
		.execute();
}

async function activeUsers(trx: Tx, who: 'working_group' | 'everyone'): Promise<string[]> {
	let query = trx.selectFrom('user').select('id').where('disabledAt', 'is', null);
	if (who === 'working_group')
		query = query.where((eb) => eb.or([eb('isDelegate', '=', 1), eb('isAdministrator', '=', 1)]));
	return (await query.execute()).map((row) => row.id);
}

async function followers(trx: Tx, proposalId: number): Promise<string[]> {
	const rows = await trx
		.selectFrom('proposalFollow')
		.innerJoin('user', 'user.id', 'proposalFollow.userId')
		.select('user.id')
		.where('proposalFollow.proposalId', '=', proposalId)
		.where('user.disabledAt', 'is', null)
		.execute();
	return rows.map((row) => row.id);
}

async function recipientsOf(trx: Tx, notice: Notice): Promise<string[]> {
	switch (notice.kind) {
		case 'proposal_opened':
			return activeUsers(trx, 'working_group');
		case 'silence_started':
		case 'silence_broken':
		case 'adopted':
			return [...(await activeUsers(trx, 'working_group')), ...(await followers(trx, notice.proposalId))];
		case 'comment':
			return followers(trx, notice.proposalId);
		case 'release_published':
			return activeUsers(trx, 'everyone');
	}
}

/** Writes the notice into the inbox of everyone the rules above name, except `actorId`. Returns the recipients. */
export async function notify(trx: Tx, notice: Notice, actorId: string | null): Promise<string[]> {
	const recipients = [...new Set(await recipientsOf(trx, notice))].filter((id) => id !== actorId).sort();
	if (recipients.length === 0) return [];
	const target =
		notice.kind === 'release_published'
			? { proposalId: null, releaseId: notice.releaseId }
			: { proposalId: notice.proposalId, releaseId: null };
	// SQLite allows 32,766 bound values; 7 per row keeps a batch well under that.
	for (let start = 0; start < recipients.length; start += 1000) {
		await trx
			.insertInto('notification')
			.values(
				recipients.slice(start, start + 1000).map((recipientId) => ({
					recipientId,
					kind: notice.kind,
					...target,
					text: notice.text,
					createdAt: notice.createdAt,
					readAt: null
				}))
			)
			.execute();
	}
	return recipients;
}
