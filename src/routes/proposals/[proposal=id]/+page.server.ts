import { redirect, type ActionFailure } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { loadOrThrow, optionalField, runAction, textField, type FormFailure } from '$lib/server/http';
import { getProposalView, type PositionFilter } from '$lib/server/proposals/read';
import { addComment, editComment, listComments } from '$lib/server/proposals/comments';
import { cancelSilence, startSilence, statePosition, withdrawProposal } from '$lib/server/proposals/workflow';
import { followProposal, markProposalRead, unfollowProposal, unreadCount } from '$lib/server/notifications/inbox';
import { suggestedSilenceDeadline, timeZoneChoices } from '$lib/server/proposals/form-choices';
import { revisionChanges } from '$lib/server/proposals/revision-diff';
import { STANCES, type Stance } from '$lib/domain/vocabulary';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const POSITION_FILTERS: readonly PositionFilter[] = [...STANCES, 'no_response'];

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { db } = getServices();
	const proposalId = Number(params.proposal);
	const positionFilter = POSITION_FILTERS.find((filter) => filter === url.searchParams.get('positions')) ?? null;
	const [view, comments] = await loadOrThrow(() =>
		Promise.all([
			getProposalView(db, locals.actor, proposalId, { positions: positionFilter ?? undefined }),
			listComments(db, locals.actor, proposalId)
		])
	);
	await markProposalRead(db, locals.actor, proposalId);
	// The layout counted in parallel, before this page marked its notifications read: give the header the count after.
	const unreadNotifications = await unreadCount(db, locals.actor);
	const showChanges = url.searchParams.get('text') === 'changes' && view.previous !== null;
	return {
		view,
		comments,
		positionFilter,
		changes: showChanges && view.previous ? revisionChanges(view.previous.text, view.current.text) : null,
		silenceForm: view.permissions.canRunSilence
			? { ...suggestedSilenceDeadline(), timeZones: timeZoneChoices() }
			: null,
		done: url.searchParams.get('done'),
		unreadNotifications
	};
};

/** Back to the proposal page, saying what was done, at the part of the page it concerns. */
function backToProposal(event: RequestEvent, done: string, anchor: string): never {
	redirect(303, `/proposals/${event.params.proposal}?done=${done}#${anchor}`);
}

/** A positive whole number from a form field, or NaN (which the rules refuse with a reason). */
function numberField(data: FormData, name: string): number {
	const value = textField(data, name);
	return /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
}

/**
 * Each comment form has its own text field (`body-new`, `body-reply-12`, `body-edit-15`), so that
 * an error shows next to the form it concerns.
 */
function forCommentForm<V>(failure: ActionFailure<FormFailure<V>>, formKey: string): ActionFailure<FormFailure<V>> {
	failure.data.errors = Object.fromEntries(
		Object.entries(failure.data.errors).map(([field, message]) => [`${field}-${formKey}`, message])
	);
	return failure;
}

export const actions: Actions = {
	position: async (event) => {
		const data = await event.request.formData();
		const values = { form: 'position', stance: textField(data, 'stance'), statement: textField(data, 'statement') };
		const outcome = await runAction(values, () =>
			statePosition(getServices().db, event.locals.actor, Number(event.params.proposal), {
				stateCode: textField(data, 'stateCode'),
				revision: numberField(data, 'revision'),
				stance: values.stance as Stance,
				statement: optionalField(data, 'statement')
			})
		);
		if (!outcome.ok) return outcome.failure;
		backToProposal(
			event,
			outcome.result.silenceBroken ? 'silence-broken' : 'position',
			outcome.result.silenceBroken ? 'status' : 'positions'
		);
	},
	startSilence: async (event) => {
		const data = await event.request.formData();
		const values = {
			form: 'silence',
			deadlineDate: textField(data, 'deadlineDate'),
			deadlineTime: textField(data, 'deadlineTime'),
			timeZone: textField(data, 'timeZone')
		};
		const outcome = await runAction(values, () =>
			startSilence(getServices().db, event.locals.actor, Number(event.params.proposal), {
				revision: numberField(data, 'revision'),
				...values
			})
		);
		if (!outcome.ok) return outcome.failure;
		backToProposal(event, 'silence-started', 'status');
	},
	cancelSilence: async (event) => {
		const outcome = await runAction({ form: 'status' }, () =>
			cancelSilence(getServices().db, event.locals.actor, Number(event.params.proposal))
		);
		if (!outcome.ok) return outcome.failure;
		backToProposal(event, 'silence-cancelled', 'status');
	},
	comment: async (event) => {
		const data = await event.request.formData();
		const parentId = textField(data, 'parentId') ? numberField(data, 'parentId') : null;
		const formKey = parentId === null ? 'new' : `reply-${parentId}`;
		const body = textField(data, 'body');
		const outcome = await runAction({ form: formKey, body }, () =>
			addComment(getServices().db, event.locals.actor, Number(event.params.proposal), numberField(data, 'revision'), {
				body,
				parentId
			})
		);
		if (!outcome.ok) return forCommentForm(outcome.failure, formKey);
		backToProposal(event, 'commented', `comment-${outcome.result}`);
	},
	editComment: async (event) => {
		const data = await event.request.formData();
		const commentId = numberField(data, 'commentId');
		const formKey = `edit-${commentId}`;
		const body = textField(data, 'body');
		const outcome = await runAction({ form: formKey, body }, () =>
			editComment(getServices().db, event.locals.actor, commentId, body)
		);
		if (!outcome.ok) return forCommentForm(outcome.failure, formKey);
		backToProposal(event, 'comment-edited', `comment-${commentId}`);
	},
	follow: async (event) => {
		await loadOrThrow(() => followProposal(getServices().db, event.locals.actor, Number(event.params.proposal)));
		backToProposal(event, 'followed', 'follow');
	},
	unfollow: async (event) => {
		await loadOrThrow(() => unfollowProposal(getServices().db, event.locals.actor, Number(event.params.proposal)));
		backToProposal(event, 'unfollowed', 'follow');
	},
	withdraw: async (event) => {
		const outcome = await runAction({ form: 'withdraw' }, () =>
			withdrawProposal(getServices().db, event.locals.actor, Number(event.params.proposal))
		);
		if (!outcome.ok) return outcome.failure;
		backToProposal(event, 'withdrawn', 'status');
	}
};
