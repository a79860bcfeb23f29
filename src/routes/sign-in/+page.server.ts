import { fail, redirect } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { signIn } from '$lib/server/auth/sign-in';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { rawField, safeRedirectTarget, textField } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.actor) redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo')));
	return {};
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, url }) => {
		const data = await request.formData();
		const email = textField(data, 'email');
		const password = rawField(data, 'password');
		const errors: Record<string, string> = {};
		if (!email) errors.email = 'Enter your email address.';
		if (!password) errors.password = 'Enter your password.';
		if (Object.keys(errors).length > 0) return fail(400, { email, errors, message: undefined });

		const result = await signIn(getServices().db, { email, password, address: getClientAddress() });
		if (!result.ok) {
			const none: Record<string, string> = {};
			return fail(result.reason === 'throttled' ? 429 : 400, { email, errors: none, message: result.message });
		}
		setSessionCookie(cookies, result.token, result.session.expiresAt);
		redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo')));
	}
};
