// Links that keep the reader's interface language (/fr/glossary …), without the trailing slash
// Paraglide adds to a language's home page ("/fr/"), which SvelteKit would redirect.
import { getLocale, localizeHref, type Locale } from '$lib/paraglide/runtime';

export function localHref(path: string, locale: Locale = getLocale()): string {
	const href = localizeHref(path, { locale });
	return href.replace(/^(\/[a-z]{2})\/(?=$|\?|#)/, '$1');
}
