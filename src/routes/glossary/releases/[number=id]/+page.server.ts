import { getServices } from '$lib/server/app';
import { getRelease } from '$lib/server/releases/read';
import { loadOrThrow } from '$lib/server/http';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	return {
		release: await loadOrThrow(() => getRelease(getServices().db, Number(params.number), url.origin)),
		language: getLocale()
	};
};
