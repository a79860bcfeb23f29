import { getServices } from '$lib/server/app';
import { getConceptPage } from '$lib/server/glossary';
import { loadOrThrow } from '$lib/server/http';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const versionParam = url.searchParams.get('version');
	const version = versionParam && /^\d+$/.test(versionParam) ? Number(versionParam) : undefined;
	const language = getLocale();
	const concept = await loadOrThrow(() =>
		getConceptPage(getServices().db, locals.actor, Number(params.concept), { version, language })
	);
	return { concept, language, requestedVersion: version ?? null };
};
