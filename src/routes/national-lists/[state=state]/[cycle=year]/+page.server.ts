import { error } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { findRevision, getRevisionEntries, getSubmission } from '$lib/server/national-lists/read';
import { loadOrThrow } from '$lib/server/http';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { db } = getServices();
	const language = getLocale();
	const submission = await loadOrThrow(() =>
		getSubmission(db, locals.actor, params.state, Number(params.cycle), language)
	);
	const requested = url.searchParams.get('revision');
	const revision = requested
		? await loadOrThrow(async () => findRevision(submission, Number(requested)))
		: (submission.current ?? submission.draft);
	if (!revision) error(404, 'This list has no revision yet.');
	const entries = await getRevisionEntries(db, revision.id, { includeWithdrawn: true });
	return { submission, revision, entries, language };
};
