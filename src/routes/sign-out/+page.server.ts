import { redirect } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { invalidateSession } from '$lib/server/auth/session';
import { deleteSessionCookie } from '$lib/server/auth/cookies';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so it is a POST (the header's button); a plain visit goes home.
export const load: PageServerLoad = async () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies }) => {
		if (locals.session) await invalidateSession(getServices().db, locals.session.id);
		deleteSessionCookie(cookies);
		redirect(303, '/?signedOut=1');
	}
};
