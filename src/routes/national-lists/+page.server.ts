import { getServices } from '$lib/server/app';
import { listSubmissions } from '$lib/server/national-lists/read';
import { listCycles, listStates } from '$lib/server/reference';
import { canEditNationalList } from '$lib/server/permissions';
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
	const ownState = locals.actor?.stateCode ?? null;
	return {
		language,
		submissions,
		cycles,
		cycleYear: cycleYear ?? null,
		ownState:
			ownState && canEditNationalList(locals.actor, ownState)
				? (states.find((state) => state.code === ownState) ?? null)
				: null,
		editableStates: locals.actor?.isAdministrator ? states : []
	};
};
