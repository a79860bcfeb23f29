import { error } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { compareListVersions, listVersions, parseVersionRef } from '$lib/server/national-lists/changes';
import { findState } from '$lib/server/reference';
import { loadOrThrow } from '$lib/server/http';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { db } = getServices();
	const state = await findState(db, params.state);
	if (!state) error(404, 'There is no participating State with this code.');
	const versions = await listVersions(db, locals.actor, state.code);
	if (versions.length < 2) return { state, versions, from: null, to: null, comparison: null };
	const from = parseVersionRef(url.searchParams.get('from')) ?? versions.at(-2)!;
	const to = parseVersionRef(url.searchParams.get('to')) ?? versions.at(-1)!;
	const comparison = await loadOrThrow(() => compareListVersions(db, locals.actor, state.code, from, to));
	return { state, versions, from, to, comparison };
};
