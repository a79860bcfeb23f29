import { error, redirect } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import {
	createCandidateFromEntry,
	linkEntry,
	listConceptOptions,
	listUnmappedEntries,
	suggestConcepts
} from '$lib/server/compare/mapping';
import { canMapEntries } from '$lib/server/permissions';
import { loadOrThrow, runAction, textField } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.actor) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	if (!canMapEntries(locals.actor))
		error(403, 'Only the terminology experts of the States and the Secretariat link national entries to concepts.');
	const { db, search } = getServices();
	const entries = await listUnmappedEntries(db, locals.actor);
	const selected = Number(url.searchParams.get('entry'));
	const entry = entries.find((candidate) => candidate.entryId === selected) ?? null;
	return {
		entries,
		entry,
		suggestions: entry ? await loadOrThrow(() => suggestConcepts(db, search, locals.actor, entry.entryId)) : [],
		concepts: entry ? await listConceptOptions(db, locals.actor) : []
	};
};

export const actions: Actions = {
	link: async ({ request, locals }) => {
		const data = await request.formData();
		const values = {
			entryId: textField(data, 'entryId'),
			conceptId: textField(data, 'conceptId'),
			equivalence: textField(data, 'equivalence') || 'equivalent'
		};
		const outcome = await runAction(values, () =>
			linkEntry(getServices().db, locals.actor, {
				conceptId: Number(values.conceptId),
				entryId: Number(values.entryId),
				equivalence: values.equivalence
			})
		);
		if (!outcome.ok) return outcome.failure;
		redirect(303, `/compare/${values.conceptId}?linked=${values.entryId}`);
	},
	candidate: async ({ request, locals }) => {
		const data = await request.formData();
		const values = { entryId: textField(data, 'entryId'), label: textField(data, 'label') };
		const outcome = await runAction(values, () =>
			createCandidateFromEntry(getServices().db, locals.actor, { entryId: Number(values.entryId), label: values.label })
		);
		if (!outcome.ok) return outcome.failure;
		redirect(303, `/compare/${outcome.result}?linked=${values.entryId}`);
	}
};
