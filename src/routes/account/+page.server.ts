import { redirect } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { changeOwnPassword } from '$lib/server/accounts';
import { rawField, runAction } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.actor) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(url.pathname)}`);
	return {};
};

export const actions: Actions = {
	changePassword: async ({ request, locals }) => {
		if (!locals.actor || !locals.session) redirect(303, '/sign-in?redirectTo=/account');
		const data = await request.formData();
		const input = {
			currentPassword: rawField(data, 'currentPassword'),
			newPassword: rawField(data, 'newPassword'),
			confirmation: rawField(data, 'confirmation')
		};
		const outcome = await runAction({}, () =>
			changeOwnPassword(getServices().db, locals.actor!, locals.session!.id, input)
		);
		if (!outcome.ok) return outcome.failure;
		return { passwordChanged: true };
	}
};
