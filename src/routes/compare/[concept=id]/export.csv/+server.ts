import { getServices } from '$lib/server/app';
import { compareConcept } from '$lib/server/compare/comparison';
import { comparisonCsv } from '$lib/server/compare/export';
import { comparisonOptions } from '$lib/server/compare/form';
import { loadOrThrow } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const view = await loadOrThrow(() =>
		compareConcept(getServices().db, locals.actor, Number(params.concept), comparisonOptions(url.searchParams))
	);
	const name = view.concept?.label.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase() ?? 'comparison';
	return new Response(comparisonCsv(view), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="comparison-${encodeURIComponent(name)}.csv"`,
			'Cache-Control': locals.actor ? 'private, no-store' : 'public, max-age=60'
		}
	});
};
