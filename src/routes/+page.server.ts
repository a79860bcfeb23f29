import { getServices } from '$lib/server/app';
import { platformCounts } from '$lib/server/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	return { counts: await platformCounts(getServices().db, locals.actor) };
};
