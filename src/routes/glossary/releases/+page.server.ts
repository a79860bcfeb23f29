import { getServices } from '$lib/server/app';
import { listReleases } from '$lib/server/releases/read';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	return { releases: await listReleases(getServices().db), language: getLocale() };
};
