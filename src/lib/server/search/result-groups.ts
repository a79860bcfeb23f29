// The groups of a results page, built the same way whichever engine found the matches: each group
// is a concept with its matched consensus text (or the agreed English one) and the national
// entries that matched in it, or one national entry linked to no concept. Texts are highlighted
// with the query's word matcher and long definitions are cropped around the first match.
import type { Db } from '../db/connection';
import { canSeeRestricted, readableDistributions, type Viewer } from '../permissions';
import { mirroredDocuments } from './mirror';
import { highlightText, type TextPiece } from '../../domain/search/highlight';
import type { WordMatcher } from '../../domain/search/word-match';
import type { ConceptStatus, ShownDocument } from '../../domain/search/documents';
import type { SearchRequest } from '../../domain/search/request';

export interface ResultEntry {
	entryId: number;
	stateCode: string;
	stateName: string;
	cycleYear: number;
	revisionNumber: number;
	language: string;
	translationPending: boolean;
	term: TextPiece[];
	definition: TextPiece[];
	termEn: TextPiece[];
	definitionEn: TextPiece[];
	/** Further terms that matched (other languages, abbreviations). */
	otherTerms: TextPiece[][];
}

export interface ResultConcept {
	conceptId: number;
	/** Null when the viewer may not see the working label of a candidate concept. */
	label: string | null;
	status: ConceptStatus;
	/** The consensus text that matched (or the English one), when there is one. */
	language: string | null;
	term: TextPiece[];
	definition: TextPiece[];
}

export interface ResultGroup {
	key: string;
	concept: ResultConcept | null;
	/** The best of the national entries that matched in the group (all of them when the search is scoped to its concept). */
	entries: ResultEntry[];
	/** How many national entries matched in the group. */
	matchedEntries: number;
}

/** A group as the engine found it: its key, the matched documents to show (best first), and how many national entries matched. */
export interface MatchedGroup {
	key: string;
	documents: readonly ShownDocument[];
	matchedEntries: number;
}

/**
 * National entries a page shows per concept group: a concept may be denoted by the entries of
 * dozens of States over several cycles, and twenty concepts should fit on a page; a link leads
 * to all of them (the search scoped to the concept).
 */
export const ENTRIES_PER_GROUP = 5;

/** How many national entries each group of this search shows: all of them when it is scoped to one concept. */
export function entriesPerGroup(request: Pick<SearchRequest, 'concept'>): number {
	return request.concept === null ? ENTRIES_PER_GROUP : Infinity;
}

const CROP_WORDS = 40;

/**
 * What a page shows of a group's matches (best first): the best consensus text and the first
 * `entries` national entries, and how many national entries matched in all.
 */
export function shownMatches<T extends Pick<ShownDocument, 'kind'>>(
	matches: readonly T[],
	entries: number
): { shown: T[]; matchedEntries: number } {
	const national = matches.filter((match) => match.kind === 'national');
	const consensus = matches.find((match) => match.kind === 'consensus');
	return { shown: [...(consensus ? [consensus] : []), ...national.slice(0, entries)], matchedEntries: national.length };
}

export function entryResult(document: ShownDocument, matches: WordMatcher): ResultEntry {
	return {
		entryId: document.entryId ?? 0,
		stateCode: document.stateCode ?? '',
		stateName: document.stateName ?? '',
		cycleYear: document.cycleYear ?? 0,
		revisionNumber: document.revisionNumber ?? 0,
		language: document.language,
		translationPending: document.translationPending,
		term: highlightText(document.display.term, matches),
		definition: highlightText(document.display.definition, matches, CROP_WORDS),
		termEn: highlightText(document.display.termEn, matches),
		definitionEn: highlightText(document.display.definitionEn, matches, CROP_WORDS),
		// Indexed in their normalised form only, which is close enough to show.
		otherTerms: document.otherTerms
			.map((term) => highlightText(term, matches))
			.filter((pieces) => pieces.some((piece) => piece.match))
	};
}

function consensusText(
	document: ShownDocument | undefined,
	matches: WordMatcher
): Pick<ResultConcept, 'language' | 'term' | 'definition'> {
	// A candidate concept has only a working label, no text.
	if (!document || document.conceptStatus === 'candidate') return { language: null, term: [], definition: [] };
	return {
		language: document.language,
		term: highlightText(document.display.term, matches),
		definition: highlightText(document.display.definition, matches, CROP_WORDS)
	};
}

function conceptIdOf(key: string): number | null {
	return key.startsWith('c') ? Number(key.slice(1)) : null;
}

async function conceptFacts(db: Db, ids: number[]): Promise<Map<number, { label: string; status: ConceptStatus }>> {
	if (ids.length === 0) return new Map();
	const rows = await db.selectFrom('concept').select(['id', 'label', 'status']).where('id', 'in', ids).execute();
	return new Map(rows.map((row) => [row.id, { label: row.label, status: row.status }]));
}

/** What a page's concept groups show besides their matches: the concept's label and status, and its English consensus text. */
export interface GroupContext {
	facts: Map<number, { label: string; status: ConceptStatus }>;
	englishByGroup: Map<string, ShownDocument>;
}

/**
 * The context of the groups with these keys. `withConsensus` are the groups known to show a
 * consensus text that matched; the others get the agreed English one, read here.
 */
export async function groupContext(
	db: Db,
	viewer: Viewer,
	keys: readonly string[],
	withConsensus: ReadonlySet<string>
): Promise<GroupContext> {
	const conceptKeys = keys.filter((key) => conceptIdOf(key) !== null);
	const [facts, english] = await Promise.all([
		conceptFacts(
			db,
			conceptKeys.map((key) => conceptIdOf(key)!)
		),
		mirroredDocuments(
			db,
			conceptKeys.filter((key) => !withConsensus.has(key)).map((key) => `${key}-en`),
			readableDistributions(viewer)
		)
	]);
	return { facts, englishByGroup: new Map(english.map((document) => [document.groupKey, document])) };
}

/** The groups of a page, from what matched in them and their context. */
export function buildResultGroups(
	viewer: Viewer,
	groups: readonly MatchedGroup[],
	context: GroupContext,
	matches: WordMatcher
): ResultGroup[] {
	const showCandidateLabels = canSeeRestricted(viewer);
	return groups.map((group) => {
		const entries = group.documents
			.filter((document) => document.kind === 'national')
			.map((document) => entryResult(document, matches));
		const conceptId = conceptIdOf(group.key);
		if (conceptId === null) return { key: group.key, concept: null, entries, matchedEntries: group.matchedEntries };
		const fact = context.facts.get(conceptId);
		// Where only national entries matched, the group still shows the agreed English text.
		const text =
			group.documents.find((document) => document.kind === 'consensus') ?? context.englishByGroup.get(group.key);
		return {
			key: group.key,
			concept: {
				conceptId,
				label: fact && (fact.status !== 'candidate' || showCandidateLabels) ? fact.label : null,
				status: fact?.status ?? 'candidate',
				...consensusText(text, matches)
			},
			entries,
			matchedEntries: group.matchedEntries
		};
	});
}

/** The groups of a page whose matches are all known at once (the SQLite fallback's). */
export async function resultGroups(
	db: Db,
	viewer: Viewer,
	groups: readonly MatchedGroup[],
	matches: WordMatcher
): Promise<ResultGroup[]> {
	const withConsensus = new Set(
		groups
			.filter((group) => group.documents.some((document) => document.kind === 'consensus'))
			.map((group) => group.key)
	);
	const context = await groupContext(
		db,
		viewer,
		groups.map((group) => group.key),
		withConsensus
	);
	return buildResultGroups(viewer, groups, context, matches);
}
