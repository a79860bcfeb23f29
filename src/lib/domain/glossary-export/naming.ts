// How a glossary download names itself: its title, the lines to cite it and its concepts by, and
// its file name. Release days are Vienna days, as in citeRelease, so a citation does not depend on
// where it is made; a concept's day is the UTC day the concept page shows, so both cite alike.
import type { ConceptText } from '../concept-text';
import { citeRelease, DEFAULT_TIME_ZONE, formatDay } from '../consensus';
import type { GlossaryExportMeta } from './types';

const GLOSSARY_NAME = 'OSCE CBM 9 consensus glossary';
const CITATION_LOCALE = 'en-GB';

function viennaDay(instant: string): string {
	return formatDay(instant, DEFAULT_TIME_ZONE, CITATION_LOCALE);
}

/** "OSCE CBM 9 consensus glossary, release 1 (1 July 2025)" or "…, current, as of 16 June 2025". */
export function glossaryTitle(scope: GlossaryExportMeta['scope']): string {
	if (scope.kind === 'release') return `${GLOSSARY_NAME}, release ${scope.number} (${viennaDay(scope.releasedAt)})`;
	return scope.asOf ? `${GLOSSARY_NAME}, current, as of ${viennaDay(scope.asOf)}` : `${GLOSSARY_NAME}, current (no concept agreed yet)`;
}

/** The citation of the whole download: a release is cited as its page does (citeRelease). */
export function citeGlossary(scope: GlossaryExportMeta['scope'], url: string): string {
	if (scope.kind === 'release') return citeRelease({ number: scope.number, releasedAt: scope.releasedAt, url });
	return `${glossaryTitle(scope)}. ${url.trim()}`;
}

/** The English preferred term, which names a concept wherever one name is needed. */
export function conceptHeading(text: ConceptText): string | null {
	const english = text.en;
	return english?.terms.find((term) => term.administrativeStatus === 'preferred')?.term ?? english?.terms[0]?.term ?? null;
}

/** The same line as the "Cite as" box of the concept page. */
export function citeConceptVersion(concept: { text: ConceptText; version: number; adoptedAt: string; url: string }): string {
	const heading = conceptHeading(concept.text) ?? 'untitled concept';
	return `${GLOSSARY_NAME}, “${heading}”, version ${concept.version} (${formatDay(concept.adoptedAt, 'UTC', CITATION_LOCALE)}). ${concept.url.trim()}`;
}

const ISO_DAY_IN_VIENNA = new Intl.DateTimeFormat('en-CA', { timeZone: DEFAULT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** "cbm9-consensus-glossary-release-1.tbx"; the current glossary is named by the day of its title ("…-2025-06-16.tbx"). */
export function glossaryFileName(scope: GlossaryExportMeta['scope'], extension: 'tbx' | 'csv' | 'json'): string {
	if (scope.kind === 'release') return `cbm9-consensus-glossary-release-${scope.number}.${extension}`;
	return scope.asOf ? `cbm9-consensus-glossary-${ISO_DAY_IN_VIENNA.format(new Date(scope.asOf))}.${extension}` : `cbm9-consensus-glossary.${extension}`;
}
