import { getServices } from '$lib/server/app';
import { listSubmissions } from '$lib/server/national-lists/read';
import { listCycles, listStates } from '$lib/server/reference';
import { editableStates } from '$lib/server/permissions';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db } = getServices();
	const language = getLocale();
	const cycleParam = Number(url.searchParams.get('cycle'));
	const cycleYear = Number.isInteger(cycleParam) && cycleParam > 2000 ? cycleParam : undefined;
	const [submissions, cycles, states] = await Promise.all([
		listSubmissions(db, locals.actor, { cycleYear, language }),
		listCycles(db),
		listStates(db)
	]);
	// One State: a shortcut to its lists; more (the Secretariat): a choice of any.
	const editable = editableStates(locals.actor, states);
	return {
		language,
		submissions,
		cycles,
		cycleYear: cycleYear ?? null,
		ownState: editable.length === 1 ? editable[0]! : null,
		editableStates: editable.length > 1 ? editable : []
	};
};
