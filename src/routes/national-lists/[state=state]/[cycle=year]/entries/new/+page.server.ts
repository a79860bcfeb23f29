import { error, redirect } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { getSubmission } from '$lib/server/national-lists/read';
import { addEntry } from '$lib/server/national-lists/editing';
import { entryFormFromRequest } from '$lib/server/national-lists/entry-form-data';
import { loadOrThrow, runAction } from '$lib/server/http';
import { defaultLanguageOf, listLanguageOptions } from '$lib/server/reference';
import { entryFormValues } from '$lib/domain/entry-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.actor) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(url.pathname)}`);
	const { db } = getServices();
	const submission = await loadOrThrow(() => getSubmission(db, locals.actor, params.state, Number(params.cycle)));
	if (!submission.canEdit)
		error(403, `Only the editors of ${submission.stateName} and the Secretariat may edit this list.`);
	const [languages, stateLanguage] = await Promise.all([
		listLanguageOptions(db),
		defaultLanguageOf(db, submission.stateCode)
	]);
	return { submission, languages, initial: entryFormValues(null, stateLanguage) };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const { db } = getServices();
		const submission = await loadOrThrow(() => getSubmission(db, locals.actor, params.state, Number(params.cycle)));
		const { content, values, otherCount } = entryFormFromRequest(await request.formData());
		const outcome = await runAction({ ...values, otherCount: String(otherCount) }, () =>
			addEntry(db, locals.actor, submission.id, content)
		);
		if (!outcome.ok) return outcome.failure;
		redirect(
			303,
			`/national-lists/${submission.stateCode}/${submission.cycleYear}/edit?saved=${encodeURIComponent('The entry has been added to the draft.')}`
		);
	}
};
