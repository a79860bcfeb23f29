import { getServices } from '$lib/server/app';
import { coverageMatrix, parseCoverageFilter } from '$lib/server/compare/coverage';
import { coverageCsv } from '$lib/server/compare/export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const matrix = await coverageMatrix(getServices().db, locals.actor, parseCoverageFilter(url.searchParams));
	return new Response(coverageCsv(matrix), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': 'attachment; filename="coverage.csv"',
			'Cache-Control': locals.actor ? 'private, no-store' : 'public, max-age=60'
		}
	});
};
