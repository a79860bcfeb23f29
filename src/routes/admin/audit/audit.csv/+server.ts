// The filtered audit trail as CSV, streamed, for the Secretariat's records.
import { getServices } from '$lib/server/app';
import { auditTrailCsv, parseAuditFilter } from '$lib/server/audit-trail';
import { loadOrThrow } from '$lib/server/http';
import { CSV_CONTENT_TYPE } from '$lib/domain/tabular/csv-writing';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const filter = await loadOrThrow(async () => parseAuditFilter(url.searchParams));
	const pieces = auditTrailCsv(getServices().db, locals.actor, filter);
	// The permission is checked before the first byte, so a refusal is an error page, not a broken download.
	const first = await loadOrThrow(() => pieces.next());
	const encoder = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			if (!first.done) controller.enqueue(encoder.encode(first.value));
		},
		async pull(controller) {
			const next = await pieces.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(next.value));
		},
		async cancel() {
			await pieces.return(undefined);
		}
	});
	const day = new Date().toISOString().slice(0, 10);
	return new Response(body, {
		headers: {
			'Content-Type': CSV_CONTENT_TYPE,
			'Content-Disposition': `attachment; filename="audit-trail-${day}.csv"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
