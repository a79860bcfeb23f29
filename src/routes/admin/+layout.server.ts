import { error, redirect } from '@sveltejs/kit';
import { canManageAccounts } from '$lib/server/permissions';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url }) => {
	if (!locals.actor) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(url.pathname)}`);
	if (!canManageAccounts(locals.actor)) error(403, 'The administration pages are for the OSCE Secretariat.');
	return {};
};
