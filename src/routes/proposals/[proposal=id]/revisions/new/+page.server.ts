import { redirect } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { loadOrThrow, runAction, textField } from '$lib/server/http';
import { getProposalView } from '$lib/server/proposals/read';
import { postRevision } from '$lib/server/proposals/workflow';
import { citableEntries, revisionRefusal } from '$lib/server/proposals/form-choices';
import { revisionFormFromRequest, revisionFormValues } from '$lib/server/proposals/revision-form';
import { ValidationError } from '$lib/domain/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.actor) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(url.pathname)}`);
	const { db } = getServices();
	const proposalId = Number(params.proposal);
	const [view, refusal] = await loadOrThrow(() =>
		Promise.all([getProposalView(db, locals.actor, proposalId), revisionRefusal(db, locals.actor, proposalId)])
	);
	const linked = view.concept ? await citableEntries(db, locals.actor, view.concept.id) : [];
	// Entries the current revision cites without being linked to the concept stay on offer too.
	const citable = [
		...linked,
		...view.citedEntries
			.filter((cited) => !linked.some((entry) => entry.entryId === cited.entryId))
			.map((cited) => ({
				entryId: cited.entryId,
				stateCode: cited.stateCode,
				stateName: cited.stateName,
				cycleYear: cited.cycleYear,
				distribution: cited.distribution,
				term: cited.original?.term ?? cited.english?.term ?? '',
				language: cited.original?.language ?? 'en',
				englishTerm: cited.original && cited.english ? cited.english.term : null
			}))
	];
	return {
		proposal: {
			id: view.id,
			title: view.title,
			kindLabel: view.kindLabel,
			concept: view.concept,
			currentRevision: view.current.number
		},
		refusal,
		citable,
		// The rationale explains this revision's changes, so it starts empty.
		initial: revisionFormValues(
			view.current.text,
			null,
			view.citedEntries.map((entry) => entry.entryId)
		)
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const data = await request.formData();
		const { input, values, problems } = revisionFormFromRequest(data);
		const basedOn = Number(textField(data, 'basedOnRevision'));
		const outcome = await runAction(values, async () => {
			if (Object.keys(problems).length > 0) throw new ValidationError(problems);
			return postRevision(getServices().db, locals.actor, Number(params.proposal), {
				...input,
				basedOnRevision: Number.isInteger(basedOn) && basedOn > 0 ? basedOn : undefined
			});
		});
		if (!outcome.ok) return outcome.failure;
		redirect(303, `/proposals/${params.proposal}?text=changes&done=revised#text`);
	}
};
