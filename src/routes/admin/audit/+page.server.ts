import { getServices } from '$lib/server/app';
import { auditActions, auditTrailPage, parseAuditFilter } from '$lib/server/audit-trail';
import { listStates } from '$lib/server/reference';
import { ValidationError } from '$lib/domain/errors';
import { loadOrThrow } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const db = getServices().db;
	const field = (name: string) => url.searchParams.get(name) ?? '';
	const values = { action: field('action'), state: field('state'), from: field('from'), to: field('to') };
	const before = url.searchParams.get('before');
	const actions = await loadOrThrow(() => auditActions(db, locals.actor));
	const states = await listStates(db);
	try {
		const filter = parseAuditFilter(url.searchParams);
		const page = await loadOrThrow(() =>
			auditTrailPage(db, locals.actor, filter, before && /^\d+$/.test(before) ? Number(before) : null)
		);
		return { values, errors: {} as Record<string, string>, actions, states, ...page };
	} catch (caught) {
		if (!(caught instanceof ValidationError)) throw caught;
		return { values, errors: caught.fieldErrors, actions, states, events: [], olderFrom: null };
	}
};
