import { getServices } from '$lib/server/app';
import { indexLetter, listGlossary } from '$lib/server/glossary';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const language = getLocale();
	const includeDeprecated = url.searchParams.get('deprecated') === '1';
	const items = await listGlossary(getServices().db, language, { includeDeprecated });
	const letters = [...new Set(items.map((item) => indexLetter(item.term, language)))];
	return {
		language,
		includeDeprecated,
		letters,
		items: items.map((item) => ({ ...item, letter: indexLetter(item.term, language) }))
	};
};
