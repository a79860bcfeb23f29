import { error, redirect } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { loadOrThrow, runAction, textField } from '$lib/server/http';
import { canOpenProposal } from '$lib/server/permissions';
import { openProposal } from '$lib/server/proposals/workflow';
import { PROPOSAL_KIND_LABELS } from '$lib/server/proposals/read';
import { agreedConceptText, citableEntries, conceptChoices } from '$lib/server/proposals/form-choices';
import { revisionFormFromRequest, revisionFormValues } from '$lib/server/proposals/revision-form';
import { ValidationError } from '$lib/domain/errors';
import type { ProposalKind } from '$lib/domain/consensus';
import type { Actions, PageServerLoad } from './$types';

const KINDS = Object.keys(PROPOSAL_KIND_LABELS) as ProposalKind[];

function kindFrom(value: string | null): ProposalKind {
	return KINDS.find((kind) => kind === value) ?? 'new_concept';
}

function conceptIdFrom(value: string | null): number | null {
	return value && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : null;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.actor) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	if (!canOpenProposal(locals.actor)) error(403, 'Only delegates and the Secretariat may open a proposal.');
	const { db } = getServices();
	const kind = kindFrom(url.searchParams.get('kind'));
	const concepts = await conceptChoices(db);
	const concept =
		concepts.find((choice) => choice.conceptId === conceptIdFrom(url.searchParams.get('concept'))) ?? null;
	const [citable, agreedText] = concept
		? await loadOrThrow(() =>
				Promise.all([citableEntries(db, locals.actor, concept.conceptId), agreedConceptText(db, concept.conceptId)])
			)
		: [[], null];
	return {
		kind,
		kinds: KINDS.map((value) => ({ value, label: PROPOSAL_KIND_LABELS[value] })),
		concepts,
		concept,
		citable,
		// An amendment or a deprecation starts from the agreed text; a new concept from nothing.
		initial: revisionFormValues(agreedText ?? {}, null, []),
		startsFromAgreedText: agreedText !== null
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const data = await request.formData();
		const { input, values, problems } = revisionFormFromRequest(data);
		const kind = textField(data, 'kind') as ProposalKind;
		const conceptId = conceptIdFrom(textField(data, 'conceptId'));
		const title = textField(data, 'title');
		const outcome = await runAction({ ...values, title }, async () => {
			if (Object.keys(problems).length > 0) throw new ValidationError(problems);
			return openProposal(getServices().db, locals.actor, { kind, conceptId, title, ...input });
		});
		if (!outcome.ok) return outcome.failure;
		redirect(303, `/proposals/${outcome.result.proposalId}?done=opened`);
	}
};
