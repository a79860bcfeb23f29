import { error, redirect } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { listSubmissions } from '$lib/server/national-lists/read';
import { createSubmission } from '$lib/server/national-lists/editing';
import { findState, listCycles } from '$lib/server/reference';
import { canEditNationalList, canStartListInCycle } from '$lib/server/permissions';
import { optionalField, runAction, textField } from '$lib/server/http';
import type { Distribution } from '$lib/domain/vocabulary';
import { getLocale } from '$lib/paraglide/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = getServices();
	const state = await findState(db, params.state);
	if (!state) error(404, 'There is no participating State with this code.');
	if (params.state !== state.code) redirect(308, `/national-lists/${state.code}`);
	const canEdit = canEditNationalList(locals.actor, state.code);
	const language = getLocale();
	const [submissions, cycles] = await Promise.all([
		listSubmissions(db, locals.actor, { stateCode: state.code, language }),
		listCycles(db)
	]);
	const taken = new Set(submissions.map((submission) => submission.cycleYear));
	return {
		language,
		state: { ...state, name: submissions[0]?.stateName ?? state.name },
		submissions,
		canEdit,
		// The cycles a new list can be created for: those without one, where the viewer may start it.
		availableCycles: cycles.filter(
			(cycle) => !taken.has(cycle.year) && canStartListInCycle(locals.actor, state.code, cycle)
		)
	};
};

export const actions: Actions = {
	create: async ({ request, locals, params }) => {
		const data = await request.formData();
		const values = {
			cycleYear: textField(data, 'cycleYear'),
			distribution: textField(data, 'distribution'),
			documentReference: textField(data, 'documentReference')
		};
		const stateCode = params.state.toUpperCase();
		const outcome = await runAction(values, () =>
			createSubmission(getServices().db, locals.actor, {
				stateCode,
				cycleYear: Number(values.cycleYear),
				distribution: (values.distribution === 'public' ? 'public' : 'restricted') as Distribution,
				documentReference: optionalField(data, 'documentReference')
			})
		);
		if (!outcome.ok) return outcome.failure;
		redirect(303, `/national-lists/${stateCode}/${values.cycleYear}/edit`);
	}
};
