import { getServices } from '$lib/server/app';
import { compareEntries } from '$lib/server/compare/comparison';
import { comparisonCsv } from '$lib/server/compare/export';
import { comparisonOptions } from '$lib/server/compare/form';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const ids = (url.searchParams.get('ids') ?? '')
		.split(',')
		.map(Number)
		.filter((id) => Number.isInteger(id) && id > 0);
	const view = await compareEntries(getServices().db, locals.actor, ids, comparisonOptions(url.searchParams));
	return new Response(comparisonCsv(view), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': 'attachment; filename="comparison.csv"',
			'Cache-Control': 'private, no-store'
		}
	});
};
