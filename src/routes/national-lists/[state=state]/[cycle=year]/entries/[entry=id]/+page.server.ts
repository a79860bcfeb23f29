import { error, redirect } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { getSubmission } from '$lib/server/national-lists/read';
import { getDraftEntry, updateEntry } from '$lib/server/national-lists/editing';
import { entryFormFromRequest } from '$lib/server/national-lists/entry-form-data';
import { loadOrThrow, runAction } from '$lib/server/http';
import { listLanguageOptions } from '$lib/server/reference';
import { entryFormValues } from '$lib/domain/entry-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.actor) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(url.pathname)}`);
	const { db } = getServices();
	const submission = await loadOrThrow(() => getSubmission(db, locals.actor, params.state, Number(params.cycle)));
	if (!submission.canEdit)
		error(403, `Only the editors of ${submission.stateName} and the Secretariat may edit this list.`);
	if (!submission.draft) redirect(303, `/national-lists/${submission.stateCode}/${submission.cycleYear}/edit`);
	const entry = await loadOrThrow(() => getDraftEntry(db, locals.actor, submission.id, Number(params.entry)));
	return { submission, entry, languages: await listLanguageOptions(db), initial: entryFormValues(entry.content) };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const { db } = getServices();
		const submission = await loadOrThrow(() => getSubmission(db, locals.actor, params.state, Number(params.cycle)));
		const { content, values, otherCount } = entryFormFromRequest(await request.formData());
		const outcome = await runAction({ ...values, otherCount: String(otherCount) }, () =>
			updateEntry(db, locals.actor, submission.id, Number(params.entry), content)
		);
		if (!outcome.ok) return outcome.failure;
		redirect(
			303,
			`/national-lists/${submission.stateCode}/${submission.cycleYear}/edit?saved=${encodeURIComponent('The entry has been saved in the draft.')}`
		);
	}
};
