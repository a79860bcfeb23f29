import { error, redirect } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { getRevisionEntries, getSubmission } from '$lib/server/national-lists/read';
import {
	moveEntry,
	openDraft,
	setEntryWithdrawn,
	submitDraft,
	updateSubmissionSettings
} from '$lib/server/national-lists/editing';
import { loadOrThrow, optionalField, runAction, textField } from '$lib/server/http';
import { findDuplicateTerms } from '$lib/domain/entry-validation';
import { originalVersion } from '$lib/domain/national-entry';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function loadSubmission(event: Pick<RequestEvent, 'locals' | 'params'>) {
	const submission = await loadOrThrow(() =>
		getSubmission(getServices().db, event.locals.actor, event.params.state, Number(event.params.cycle))
	);
	if (!submission.canEdit)
		error(403, `Only the editors of ${submission.stateName} and the Secretariat may edit this list.`);
	return submission;
}

export const load: PageServerLoad = async (event) => {
	if (!event.locals.actor) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(event.url.pathname)}`);
	const submission = await loadSubmission(event);
	const entries = submission.draft
		? await getRevisionEntries(getServices().db, submission.draft.id, { includeWithdrawn: true })
		: [];
	const duplicates = findDuplicateTerms(
		entries
			.filter((entry) => !entry.withdrawn)
			.map((entry) => ({ id: entry.entryId, term: originalVersion(entry.content.languageVersions)?.term ?? '' }))
	);
	return {
		submission,
		entries,
		duplicateEntryIds: duplicates.flat().map((entry) => entry.id),
		saved: event.url.searchParams.get('saved')
	};
};

function entryIdFrom(data: FormData): number {
	const id = Number(textField(data, 'entryId'));
	if (!Number.isInteger(id) || id <= 0) error(400, 'No entry was named.');
	return id;
}

export const actions: Actions = {
	startRevision: async (event) => {
		const submission = await loadSubmission(event);
		await loadOrThrow(() => openDraft(getServices().db, event.locals.actor, submission.id));
		redirect(303, event.url.pathname);
	},
	settings: async (event) => {
		const submission = await loadSubmission(event);
		const data = await event.request.formData();
		const values = {
			distribution: textField(data, 'distribution'),
			documentReference: textField(data, 'documentReference')
		};
		const outcome = await runAction(values, () =>
			updateSubmissionSettings(getServices().db, event.locals.actor, submission.id, {
				distribution: values.distribution === 'public' ? 'public' : 'restricted',
				documentReference: optionalField(data, 'documentReference')
			})
		);
		if (!outcome.ok) return outcome.failure;
		return { settingsSaved: true };
	},
	move: async (event) => {
		const submission = await loadSubmission(event);
		const data = await event.request.formData();
		const direction = textField(data, 'direction') === 'up' ? 'up' : 'down';
		await loadOrThrow(() =>
			moveEntry(getServices().db, event.locals.actor, submission.id, entryIdFrom(data), direction)
		);
		return { moved: true };
	},
	withdraw: async (event) => {
		const submission = await loadSubmission(event);
		const data = await event.request.formData();
		await loadOrThrow(() =>
			setEntryWithdrawn(getServices().db, event.locals.actor, submission.id, entryIdFrom(data), true)
		);
		return { withdrawn: true };
	},
	restore: async (event) => {
		const submission = await loadSubmission(event);
		const data = await event.request.formData();
		await loadOrThrow(() =>
			setEntryWithdrawn(getServices().db, event.locals.actor, submission.id, entryIdFrom(data), false)
		);
		return { restored: true };
	},
	submit: async (event) => {
		const submission = await loadSubmission(event);
		const data = await event.request.formData();
		const values = { summary: textField(data, 'summary') };
		const outcome = await runAction(values, () =>
			submitDraft(getServices().db, event.locals.actor, submission.id, values.summary || null)
		);
		if (!outcome.ok) return outcome.failure;
		redirect(303, `/national-lists/${submission.stateCode}/${submission.cycleYear}?revision=${outcome.result}`);
	}
};
