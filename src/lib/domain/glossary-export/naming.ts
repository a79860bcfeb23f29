// How a glossary download names itself: its title, the lines to cite it and its concepts by, and
// its file name. Every day is a Vienna day, as in all citations (domain/consensus/citation.ts).
import { preferredTerm, type ConceptText } from '../concept-text';
import { citationDay, citeConceptVersion, citeRelease, DEFAULT_TIME_ZONE, GLOSSARY_NAME } from '../consensus';
import type { GlossaryExportMeta } from './types';

/** "OSCE CBM 9 consensus glossary, release 1 (1 July 2025)" or "…, current, as of 16 June 2025". */
export function glossaryTitle(scope: GlossaryExportMeta['scope']): string {
	if (scope.kind === 'release') return `${GLOSSARY_NAME}, release ${scope.number} (${citationDay(scope.releasedAt)})`;
	return scope.asOf
		? `${GLOSSARY_NAME}, current, as of ${citationDay(scope.asOf)}`
		: `${GLOSSARY_NAME}, current (no concept agreed yet)`;
}

/** The citation of the whole download: a release is cited as its page does (citeRelease). */
export function citeGlossary(scope: GlossaryExportMeta['scope'], url: string): string {
	if (scope.kind === 'release') return citeRelease({ number: scope.number, releasedAt: scope.releasedAt, url });
	return `${glossaryTitle(scope)}. ${url.trim()}`;
}

/** The English preferred term, which names a concept wherever one name is needed. */
export function conceptHeading(text: ConceptText): string | null {
	return preferredTerm(text, 'en');
}

/** The same line as the "Cite as" box of the concept page. */
export function citeConcept(concept: { text: ConceptText; version: number; adoptedAt: string; url: string }): string {
	return citeConceptVersion({
		term: conceptHeading(concept.text) ?? 'untitled concept',
		version: concept.version,
		adoptedAt: concept.adoptedAt,
		url: concept.url
	});
}

const ISO_DAY_IN_VIENNA = new Intl.DateTimeFormat('en-CA', {
	timeZone: DEFAULT_TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** "cbm9-consensus-glossary-release-1.tbx"; the current glossary is named by the day of its title ("…-2025-06-16.tbx"). */
export function glossaryFileName(scope: GlossaryExportMeta['scope'], extension: 'tbx' | 'csv' | 'json'): string {
	if (scope.kind === 'release') return `cbm9-consensus-glossary-release-${scope.number}.${extension}`;
	return scope.asOf
		? `cbm9-consensus-glossary-${ISO_DAY_IN_VIENNA.format(new Date(scope.asOf))}.${extension}`
		: `cbm9-consensus-glossary.${extension}`;
}
