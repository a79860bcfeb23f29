import { json } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { checkHealth } from '$lib/server/health';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const { db, search } = getServices();
	const report = await checkHealth(db, search);
	return json(report, {
		status: report.status === 'unavailable' ? 503 : 200,
		headers: { 'Cache-Control': 'no-store' }
	});
};
