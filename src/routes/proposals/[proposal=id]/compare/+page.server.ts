import { getServices } from '$lib/server/app';
import { loadOrThrow } from '$lib/server/http';
import { getProposalView, getRevisionText } from '$lib/server/proposals/read';
import { revisionChanges } from '$lib/server/proposals/revision-diff';
import type { PageServerLoad } from './$types';

function revisionParam(value: string | null, fallback: number, last: number): number {
	const number = value && /^\d{1,6}$/.test(value) ? Number(value) : fallback;
	return number >= 1 && number <= last ? number : fallback;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { db } = getServices();
	const proposalId = Number(params.proposal);
	const view = await loadOrThrow(() => getProposalView(db, locals.actor, proposalId));
	const last = view.current.number;
	// By default, the changes the current revision made.
	const from = revisionParam(url.searchParams.get('from'), Math.max(1, last - 1), last);
	const to = revisionParam(url.searchParams.get('to'), last, last);
	const [before, after] = await loadOrThrow(() =>
		Promise.all([getRevisionText(db, proposalId, from), getRevisionText(db, proposalId, to)])
	);
	return {
		proposal: { id: view.id, title: view.title, revisions: view.revisions },
		from: before,
		to: after,
		changes: revisionChanges(before.text, after.text)
	};
};
