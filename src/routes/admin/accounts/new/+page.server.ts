import { redirect } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { createAccount } from '$lib/server/accounts';
import { accountInputFromForm } from '$lib/server/account-form';
import { rawField, runAction } from '$lib/server/http';
import { listStates } from '$lib/server/reference';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	return { states: await listStates(getServices().db) };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const data = await request.formData();
		const values = accountInputFromForm(data);
		const password = rawField(data, 'password');
		const outcome = await runAction(values, () =>
			createAccount(getServices().db, locals.actor, { ...values, password })
		);
		if (!outcome.ok) return outcome.failure;
		redirect(303, `/admin/accounts?created=${encodeURIComponent(values.email.toLowerCase())}`);
	}
};
