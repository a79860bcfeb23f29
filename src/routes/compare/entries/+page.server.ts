import { getServices } from '$lib/server/app';
import { compareEntries } from '$lib/server/compare/comparison';
import { comparisonOptions } from '$lib/server/compare/form';
import type { PageServerLoad } from './$types';

// Entries chosen by hand, e.g. from search results: /compare/entries?ids=12,40,41
export const load: PageServerLoad = async ({ locals, url }) => {
	const ids = (url.searchParams.get('ids') ?? '')
		.split(',')
		.map(Number)
		.filter((id) => Number.isInteger(id) && id > 0);
	const view = await compareEntries(getServices().db, locals.actor, ids, comparisonOptions(url.searchParams));
	return { view, ids: ids.join(',') };
};
