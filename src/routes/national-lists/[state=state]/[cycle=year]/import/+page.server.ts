import { error, redirect } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { getSubmission } from '$lib/server/national-lists/read';
import { createImportJob, parseJobOptions, runImportJob } from '$lib/server/import/jobs';
import { defaultLanguageOf, listLanguageOptions } from '$lib/server/reference';
import { loadOrThrow, runAction, textField } from '$lib/server/http';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.actor) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(url.pathname)}`);
	const { db, config } = getServices();
	const submission = await loadOrThrow(() => getSubmission(db, locals.actor, params.state, Number(params.cycle)));
	if (!submission.canEdit)
		error(403, `Only the editors of ${submission.stateName} and the Secretariat may import into this list.`);
	return {
		submission,
		languages: await listLanguageOptions(db),
		defaultLanguage: await defaultLanguageOf(db, submission.stateCode),
		maxMegabytes: config.importMaxBytes / 1048576
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const { db, config } = getServices();
		const submission = await loadOrThrow(() => getSubmission(db, locals.actor, params.state, Number(params.cycle)));
		const data = await request.formData();
		const file = data.get('file');
		const values = {
			originalLanguage: textField(data, 'originalLanguage'),
			englishStatus: textField(data, 'englishStatus'),
			otherStatus: textField(data, 'otherStatus'),
			mode: textField(data, 'mode')
		};
		const outcome = await runAction(values, async () => {
			const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
			return createImportJob(db, config.dataDir, locals.actor, {
				submissionId: submission.id,
				fileName: file instanceof File ? file.name : '',
				source: bytes,
				options: parseJobOptions(values),
				maxBytes: config.importMaxBytes
			});
		});
		if (!outcome.ok) return outcome.failure;
		// Parsing goes on in the background; the preview page shows its progress.
		void runImportJob(db, config.dataDir, outcome.result.jobId).catch((caught: unknown) =>
			console.error('Import failed', caught)
		);
		redirect(303, `/national-lists/${submission.stateCode}/${submission.cycleYear}/import/${outcome.result.jobId}`);
	}
};
