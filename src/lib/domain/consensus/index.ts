// The consensus workflow rules (DESIGN.md §2), pure: no I/O, no clock. Time is always passed in.
export * from './types';
export { decide } from './proposal-state';
export { openProposal, checkRevisionText, type RevisionTextCheck } from './revisions';
export { evaluateDeadline } from './silence';
export { currentObjections, interpretiveStatements } from './positions';
export {
	adoptionPlan,
	refusalForConcept,
	type AdoptionPlan,
	type AdoptionPlanResult,
	type ConceptTarget
} from './adoption';
export { citationDay, citeConceptVersion, citeRelease, GLOSSARY_NAME } from './citation';
export {
	releaseChangelog,
	RELEASE_CHANGES,
	type ConceptVersionRef,
	type ReleaseChange,
	type ReleaseChangelog,
	type ReleaseChangelogEntry,
	type ReleaseSnapshot
} from './release-changelog';
export {
	DEFAULT_LOCALE,
	DEFAULT_TIME_ZONE,
	formatDay,
	formatDeadline,
	formatUtcOffset,
	formatZoneLabel,
	isKnownTimeZone,
	parseInstant,
	parseLocalDeadline,
	utcOffsetMinutes,
	type LocalDeadline
} from './deadline';
