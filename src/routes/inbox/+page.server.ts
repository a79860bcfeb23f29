import { redirect } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { loadOrThrow, textField } from '$lib/server/http';
import { listInbox, markRead } from '$lib/server/notifications/inbox';
import { createFeedToken, hasFeedToken } from '$lib/server/notifications/feed';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.actor) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(url.pathname)}`);
	const { db } = getServices();
	const [items, hasFeed] = await Promise.all([listInbox(db, locals.actor), hasFeedToken(db, locals.actor)]);
	return {
		unread: items.filter((item) => item.readAt === null),
		read: items.filter((item) => item.readAt !== null),
		hasFeed
	};
};

export const actions: Actions = {
	markRead: async ({ request, locals }) => {
		const id = Number(textField(await request.formData(), 'id'));
		await loadOrThrow(() => markRead(getServices().db, locals.actor, Number.isInteger(id) ? [id] : []));
		return { marked: 1 };
	},
	markAllRead: async ({ locals }) => {
		const marked = await loadOrThrow(() => markRead(getServices().db, locals.actor, 'all'));
		return { marked };
	},
	createFeed: async ({ locals, url }) => {
		const token = await loadOrThrow(() => createFeedToken(getServices().db, locals.actor));
		// Shown once: only the token's hash is kept.
		return { feedUrl: `${url.origin}/feeds/${token}` };
	}
};
