// What the proposal forms offer before anything is posted: the concepts a proposal can concern, the
// national entries linked to a concept that the viewer may cite, the agreed text an amendment starts
// from, and whether the rules would accept a new revision now (and if not, why).
import type { Db } from '../db/connection';
import { canReviseProposal, ensure, ensureSignedIn, type Viewer } from '../permissions';
import { readableLinkedEntries } from '../concepts/linked-entries';
import { readConceptTexts } from '../concepts/texts';
import { readRevisionText } from './revision-text';
import { loadProposalState } from './state';
import type { ConceptText } from '../../domain/concept-text';
import { decide, DEFAULT_TIME_ZONE } from '../../domain/consensus';
import { byStateThenLatestCycle, originalWithEnglish } from '../../domain/national-entry';
import type { Distribution } from '../../domain/vocabulary';

export interface ConceptChoice {
	conceptId: number;
	label: string;
	status: 'candidate' | 'agreed';
}

/**
 * Concepts a proposal can concern: agreed ones (to amend or deprecate) and candidates (a new concept
 * drafted on an existing candidate). Deprecated concepts are final and left out. By label.
 */
export async function conceptChoices(db: Db): Promise<ConceptChoice[]> {
	const rows = await db
		.selectFrom('concept')
		.select(['id', 'label', 'status'])
		.where('status', 'in', ['candidate', 'agreed'])
		.execute();
	return rows
		.map((row) => ({ conceptId: row.id, label: row.label, status: row.status as ConceptChoice['status'] }))
		.sort((a, b) => a.label.localeCompare(b.label, 'en') || a.conceptId - b.conceptId);
}

export interface CitableEntry {
	entryId: number;
	stateCode: string;
	stateName: string;
	cycleYear: number;
	distribution: Distribution;
	/** The term in the original language of the entry. */
	term: string;
	language: string;
	/** The English term, when the original is in another language and the State gave one. */
	englishTerm: string | null;
}

/**
 * The national entries linked to `conceptId` that the viewer may cite: in the current submitted
 * revision of a list they may read (withdrawn entries left out). By State, then latest cycle first.
 */
export async function citableEntries(db: Db, viewer: Viewer, conceptId: number): Promise<CitableEntry[]> {
	const linked = await readableLinkedEntries(db, viewer, conceptId);
	return linked
		.map((entry) => {
			const { term, language, englishTerm } = originalWithEnglish(entry.content.languageVersions);
			return {
				entryId: entry.entryId,
				stateCode: entry.stateCode,
				stateName: entry.stateName,
				cycleYear: entry.cycleYear,
				distribution: entry.distribution,
				term,
				language,
				englishTerm
			};
		})
		.sort((a, b) => byStateThenLatestCycle()(a, b) || a.entryId - b.entryId);
}

/** The latest agreed text of a concept, to start an amendment or a deprecation from; null for a candidate. */
export async function agreedConceptText(db: Db, conceptId: number): Promise<ConceptText | null> {
	const latest = await db
		.selectFrom('conceptVersion')
		.innerJoin('concept', 'concept.id', 'conceptVersion.conceptId')
		.select('conceptVersion.id')
		.where('conceptVersion.conceptId', '=', conceptId)
		.where('concept.status', '=', 'agreed')
		.orderBy('conceptVersion.number', 'desc')
		.executeTakeFirst();
	if (!latest) return null;
	return (await readConceptTexts(db, [latest.id])).get(latest.id) ?? null;
}

/**
 * Why the rules would refuse a new revision of the proposal now (a silence running, the proposal
 * closed), or null when one may be posted. Refuses viewers who may not revise the proposal at all.
 */
export async function revisionRefusal(
	db: Db,
	viewer: Viewer,
	proposalId: number,
	now: Date = new Date()
): Promise<string | null> {
	const loaded = await loadProposalState(db, proposalId);
	ensure(
		canReviseProposal(viewer, loaded.proposal),
		'Only the delegates of the State that opened this proposal and the Secretariat may revise it.'
	);
	ensureSignedIn(viewer);
	// The current text passes the text rules, so only a refusal about the proposal's state remains.
	const currentText = await readRevisionText(db, loaded.revisionIds.get(loaded.state.currentRevision)!);
	const decision = decide(loaded.state, { type: 'postRevision', by: viewer.id, text: currentText }, now);
	return decision.ok ? null : decision.reason;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the silence form suggests: noon in Vienna, `days` from now; the Secretariat changes it as needed. */
export function suggestedSilenceDeadline(
	now: Date = new Date(),
	days = 14
): { deadlineDate: string; deadlineTime: string; timeZone: string } {
	// en-CA writes dates as YYYY-MM-DD, the form of the date field.
	const deadlineDate = new Intl.DateTimeFormat('en-CA', {
		timeZone: DEFAULT_TIME_ZONE,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(new Date(now.getTime() + days * DAY_MS));
	return { deadlineDate, deadlineTime: '12:00', timeZone: DEFAULT_TIME_ZONE };
}

/** The IANA time zones a deadline may be announced in, for the form's suggestions. */
export function timeZoneChoices(): string[] {
	// ICU lists the zones of places only; UTC itself is valid too.
	return ['UTC', ...Intl.supportedValuesOf('timeZone')];
}
