import { getServices } from '$lib/server/app';
import { coverageMatrix, parseCoverageFilter } from '$lib/server/compare/coverage';
import { listCycles } from '$lib/server/reference';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db } = getServices();
	const filter = parseCoverageFilter(url.searchParams);
	const [matrix, cycles] = await Promise.all([coverageMatrix(db, locals.actor, filter), listCycles(db)]);
	return { matrix, filter, cycles, query: url.search };
};
