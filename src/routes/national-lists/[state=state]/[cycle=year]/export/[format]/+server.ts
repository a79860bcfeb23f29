import { error } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { exportRevision, type ExportFormat } from '$lib/server/national-lists/export';
import { loadOrThrow } from '$lib/server/http';
import type { RequestHandler } from './$types';

const FORMATS: ExportFormat[] = ['tbx', 'csv', 'xlsx'];

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const format = params.format as ExportFormat;
	if (!FORMATS.includes(format)) error(404, 'Lists can be downloaded as TBX, CSV or XLSX.');
	const requested = url.searchParams.get('revision');
	const file = await loadOrThrow(() =>
		exportRevision(getServices().db, locals.actor, {
			stateCode: params.state.toUpperCase(),
			cycleYear: Number(params.cycle),
			revision: requested && /^\d+$/.test(requested) ? Number(requested) : null,
			format
		})
	);
	return new Response(typeof file.body === 'string' ? file.body : new Uint8Array(file.body), {
		headers: {
			'Content-Type': file.contentType,
			'Content-Disposition': `attachment; filename="${file.fileName}"`,
			'Cache-Control': file.restricted || locals.actor ? 'private, no-store' : 'public, max-age=300'
		}
	});
};
