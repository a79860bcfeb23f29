import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// /fr/glossary and /glossary are the same route; the locale comes from the URL prefix.
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
