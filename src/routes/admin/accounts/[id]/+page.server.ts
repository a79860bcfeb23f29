import { redirect } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { getAccount, resetPassword, updateAccount } from '$lib/server/accounts';
import { accountInputFromForm } from '$lib/server/account-form';
import { loadOrThrow, rawField, runAction } from '$lib/server/http';
import { listStates } from '$lib/server/reference';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = getServices();
	return {
		account: await loadOrThrow(() => getAccount(db, locals.actor, params.id)),
		states: await listStates(db)
	};
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const values = accountInputFromForm(await request.formData());
		const outcome = await runAction(values, () => updateAccount(getServices().db, locals.actor, params.id, values));
		if (!outcome.ok) return outcome.failure;
		redirect(303, `/admin/accounts?updated=${encodeURIComponent(values.email.toLowerCase())}`);
	},
	resetPassword: async ({ request, locals, params }) => {
		const password = rawField(await request.formData(), 'password');
		const outcome = await runAction({}, () => resetPassword(getServices().db, locals.actor, params.id, password));
		if (!outcome.ok) return outcome.failure;
		return { passwordReset: true };
	}
};
