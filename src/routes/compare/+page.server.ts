import { getServices } from '$lib/server/app';
import { coverageMatrix, rankByConsensus } from '$lib/server/compare/coverage';
import { canMapEntries } from '$lib/server/permissions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const matrix = await coverageMatrix(getServices().db, locals.actor);
	const measured = matrix.concepts.filter((concept) => concept.entryCount > 0);
	const order = url.searchParams.get('order') === 'coverage' ? 'coverage' : 'divergence';
	return {
		order,
		concepts: order === 'coverage' ? measured : rankByConsensus(measured),
		canMap: canMapEntries(locals.actor)
	};
};
