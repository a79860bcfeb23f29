// How the consensus glossary is cited, in one wording wherever a citation appears (concept and
// release pages, the API, the downloads). Days are Vienna days, where the OSCE sits, in British
// English, so a citation is the same wherever and in whatever interface language it is made.
import { DEFAULT_TIME_ZONE, formatDay } from './deadline';
import type { Instant } from './types';

export const GLOSSARY_NAME = 'OSCE CBM 9 consensus glossary';

/** "16 June 2025": the day of `instant` in Vienna. */
export function citationDay(instant: Instant): string {
	return formatDay(instant, DEFAULT_TIME_ZONE, 'en-GB');
}

/** "OSCE CBM 9 consensus glossary, release 3 (12 March 2027). <url>" */
export function citeRelease(release: {
	readonly number: number;
	readonly releasedAt: Instant;
	readonly url: string;
}): string {
	return `${GLOSSARY_NAME}, release ${release.number} (${citationDay(release.releasedAt)}). ${release.url.trim()}`;
}

/** "OSCE CBM 9 consensus glossary, “cyber incident”, version 3 (12 March 2027). <url>" */
export function citeConceptVersion(concept: {
	readonly term: string;
	readonly version: number;
	readonly adoptedAt: Instant;
	readonly url: string;
}): string {
	return `${GLOSSARY_NAME}, “${concept.term}”, version ${concept.version} (${citationDay(concept.adoptedAt)}). ${concept.url.trim()}`;
}
