import { error, redirect } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { commitImportJob, discardImportJob, getImportPreview, reconfigureImportJob } from '$lib/server/import/jobs';
import { loadOrThrow, runAction, textField } from '$lib/server/http';
import { columnTargetFromKey, columnTargetChoices, type ColumnMapping } from '$lib/domain/tabular';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.actor) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(url.pathname)}`);
	const preview = await loadOrThrow(() => getImportPreview(getServices().db, locals.actor, params.job));
	if (preview.stateCode !== params.state.toUpperCase() || String(preview.cycleYear) !== params.cycle)
		error(404, 'There is no such import.');
	const languages = preview.details?.summary?.languages ?? [];
	return {
		preview,
		targetChoices: preview.kind === 'tbx' ? [] : columnTargetChoices(languages.length ? languages : ['en'])
	};
};

const base = (params: { state: string; cycle: string }) =>
	`/national-lists/${params.state.toUpperCase()}/${params.cycle}`;

export const actions: Actions = {
	commit: async ({ locals, params }) => {
		const { db, config } = getServices();
		const outcome = await runAction({}, () => commitImportJob(db, config.dataDir, locals.actor, params.job));
		if (!outcome.ok) return outcome.failure;
		const { created, updated, withdrawn, revision } = outcome.result;
		const message = `Imported into the draft of revision ${revision}: ${created} new, ${updated} changed, ${withdrawn} withdrawn. Check the list, then submit it.`;
		redirect(303, `${base(params)}/edit?saved=${encodeURIComponent(message)}`);
	},
	discard: async ({ locals, params }) => {
		const { db, config } = getServices();
		await loadOrThrow(() => discardImportJob(db, config.dataDir, locals.actor, params.job));
		redirect(
			303,
			`${base(params)}/edit?saved=${encodeURIComponent('The import was discarded; the list did not change.')}`
		);
	},
	reconfigure: async ({ request, locals, params }) => {
		const { db, config } = getServices();
		const data = await request.formData();
		const preview = await loadOrThrow(() => getImportPreview(db, locals.actor, params.job));
		const headers = preview.details?.header?.headers ?? [];
		const mapping: ColumnMapping | undefined = headers.length
			? headers.map((header, index) => ({
					header,
					target: columnTargetFromKey(textField(data, `column-${index}`)) ?? { kind: 'ignore' }
				}))
			: undefined;
		const sheetName = textField(data, 'sheetName') || undefined;
		const mode = textField(data, 'mode') === 'add' ? 'add' : 'replace';
		const originalLanguage = textField(data, 'originalLanguage') || undefined;
		const outcome = await runAction({}, () =>
			reconfigureImportJob(db, config.dataDir, locals.actor, params.job, {
				mode,
				originalLanguage,
				...(mapping ? { mapping } : {}),
				...(sheetName && sheetName !== preview.options.sheetName ? { sheetName, mapping: undefined } : {})
			})
		);
		if (!outcome.ok) return outcome.failure;
		return { reconfigured: true };
	}
};
