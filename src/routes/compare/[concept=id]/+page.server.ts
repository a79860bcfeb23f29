import { getServices } from '$lib/server/app';
import { compareConcept } from '$lib/server/compare/comparison';
import { comparisonOptions } from '$lib/server/compare/form';
import { linkEntry, unlinkEntry } from '$lib/server/compare/mapping';
import { canMapEntries } from '$lib/server/permissions';
import { loadOrThrow, runAction, textField } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const view = await loadOrThrow(() =>
		compareConcept(getServices().db, locals.actor, Number(params.concept), comparisonOptions(url.searchParams))
	);
	return { view, canMap: canMapEntries(locals.actor), query: url.search };
};

export const actions: Actions = {
	equivalence: async ({ request, locals, params }) => {
		const data = await request.formData();
		const values = { entryId: textField(data, 'entryId'), equivalence: textField(data, 'equivalence') };
		const outcome = await runAction(values, () =>
			linkEntry(getServices().db, locals.actor, {
				conceptId: Number(params.concept),
				entryId: Number(values.entryId),
				equivalence: values.equivalence
			})
		);
		return outcome.ok ? { saved: 'The degree of equivalence has been saved.' } : outcome.failure;
	},
	unlink: async ({ request, locals, params }) => {
		const data = await request.formData();
		const values = { entryId: textField(data, 'entryId') };
		const outcome = await runAction(values, () =>
			unlinkEntry(getServices().db, locals.actor, {
				conceptId: Number(params.concept),
				entryId: Number(values.entryId)
			})
		);
		return outcome.ok ? { saved: 'The entry is no longer linked to this concept.' } : outcome.failure;
	}
};
