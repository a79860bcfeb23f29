import { getServices } from '$lib/server/app';
import { coverageMatrix, coveredCells, parseCoverageFilter } from '$lib/server/compare/coverage';
import { coverageSvg } from '$lib/domain/coverage-picture';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const matrix = await coverageMatrix(getServices().db, locals.actor, parseCoverageFilter(url.searchParams));
	const svg = coverageSvg({ concepts: matrix.concepts, states: matrix.states, covered: coveredCells(matrix) });
	return new Response(svg, {
		headers: {
			'Content-Type': 'image/svg+xml; charset=utf-8',
			'Cache-Control': locals.actor ? 'private, no-store' : 'public, max-age=60'
		}
	});
};
