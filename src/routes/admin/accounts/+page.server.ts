import { getServices } from '$lib/server/app';
import { listAccounts } from '$lib/server/accounts';
import { loadOrThrow } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	return {
		accounts: await loadOrThrow(() => listAccounts(getServices().db, locals.actor)),
		created: url.searchParams.get('created'),
		updated: url.searchParams.get('updated')
	};
};
