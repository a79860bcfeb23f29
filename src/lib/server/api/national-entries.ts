// GET /api/v1/national-entries: the entries of the national lists that States published as public, as
// they stand in the current (latest submitted) revision of each list. Restricted lists and drafts
// never appear, whoever asks: the query is built for the anonymous viewer.
import type { Db } from '../db/connection';
import { readableDistributions } from '../permissions';
import { currentRevisionIdsQuery } from '../national-lists/current-revisions';
import { getCurrentEntries } from '../national-lists/read';
import { DEFAULT_PER_PAGE, type NationalEntryQuery } from './parameters';
import { conceptApiUrl, conceptPageUrl, nationalEntryPageUrl, pageLinks, totalPages, type PageLinks } from './links';
import type { AdministrativeStatus, Equivalence, PartOfSpeech, TermType, TextStatus } from '../../domain/vocabulary';

const ANONYMOUS = null;

export interface ApiAdditionalTerm {
	term: string;
	termType: TermType | null;
	partOfSpeech: PartOfSpeech | null;
	administrativeStatus: AdministrativeStatus | null;
}

export interface ApiEntryLanguageVersion {
	language: string;
	isOriginal: boolean;
	/** authentic, official_translation or courtesy_translation. */
	textStatus: TextStatus;
	term: string;
	termType: TermType | null;
	partOfSpeech: PartOfSpeech | null;
	administrativeStatus: AdministrativeStatus | null;
	definition: string | null;
	definitionSource: string | null;
	note: string | null;
	additionalTerms: ApiAdditionalTerm[];
}

export interface ApiNationalEntry {
	id: number;
	stateCode: string;
	stateName: string;
	cycle: number;
	/** The revision of the national list the entry is read from: its current one. */
	revision: number;
	submittedAt: string | null;
	documentReference: string | null;
	/** True while the entry lacks the English term and definition CBM 9 asks for. */
	translationPending: boolean;
	languageVersions: ApiEntryLanguageVersion[];
	source: { act: string | null; article: string | null; date: string | null; url: string | null };
	note: string | null;
	/** The concepts of the consensus glossary the entry is linked to. */
	concepts: { id: number; equivalence: Equivalence; links: { self: string; html: string } }[];
	links: { html: string };
}

export interface ApiNationalEntryList {
	items: ApiNationalEntry[];
	page: number;
	perPage: number;
	total: number;
	totalPages: number;
	links: PageLinks;
}

function entryListParams(query: NationalEntryQuery): URLSearchParams {
	const params = new URLSearchParams();
	if (query.state) params.set('state', query.state);
	if (query.cycle !== undefined) params.set('cycle', String(query.cycle));
	if (query.language) params.set('language', query.language);
	if (query.perPage !== DEFAULT_PER_PAGE) params.set('perPage', String(query.perPage));
	return params;
}

/** Entry versions of current public revisions that pass the filters (not yet paged). */
function matchingEntries(db: Db, query: NationalEntryQuery) {
	let matching = db
		.selectFrom('entryVersion')
		.innerJoin('submissionRevision as revision', 'revision.id', 'entryVersion.revisionId')
		.innerJoin('submission', 'submission.id', 'revision.submissionId')
		.where('entryVersion.revisionId', 'in', currentRevisionIdsQuery(db, readableDistributions(ANONYMOUS)))
		.where('entryVersion.withdrawn', '=', 0);
	if (query.state) matching = matching.where('submission.stateCode', '=', query.state);
	if (query.cycle !== undefined) matching = matching.where('submission.cycleYear', '=', query.cycle);
	const language = query.language;
	if (language) {
		// "de" finds "de" and "de-CH"; LIKE compares ASCII without regard to case, as BCP 47 does.
		matching = matching.where(({ exists, selectFrom }) =>
			exists(
				selectFrom('entryLanguageVersion as version')
					.select('version.id')
					.whereRef('version.entryVersionId', '=', 'entryVersion.id')
					.where((eb) =>
						eb.or([eb('version.language', 'like', language), eb('version.language', 'like', `${language}-%`)])
					)
			)
		);
	}
	return matching;
}

/** Public national entries, newest cycle first, then by State and by position in the list. */
export async function listApiNationalEntries(
	db: Db,
	query: NationalEntryQuery,
	origin: string
): Promise<ApiNationalEntryList> {
	const { total } = await matchingEntries(db, query)
		.select((eb) => eb.fn.countAll<number>().as('total'))
		.executeTakeFirstOrThrow();
	const rows = await matchingEntries(db, query)
		.innerJoin('state', 'state.code', 'submission.stateCode')
		.select([
			'entryVersion.entryId',
			'entryVersion.revisionId',
			'revision.number as revisionNumber',
			'revision.submittedAt',
			'submission.stateCode',
			'state.nameEn as stateName',
			'submission.cycleYear',
			'submission.documentReference'
		])
		.orderBy('submission.cycleYear', 'desc')
		.orderBy('state.nameEn')
		.orderBy('entryVersion.position')
		.orderBy('entryVersion.entryId')
		.limit(query.perPage)
		.offset((query.page - 1) * query.perPage)
		.execute();

	// The rows come from the current revisions, which is what getCurrentEntries reads.
	const entries = await getCurrentEntries(
		db,
		rows.map((row) => row.entryId)
	);
	const links = await glossaryLinks(
		db,
		rows.map((row) => row.entryId)
	);
	const pages = totalPages(total, query.perPage);

	return {
		items: rows.flatMap((row): ApiNationalEntry[] => {
			const entry = entries.get(row.entryId);
			if (!entry) return [];
			const { content } = entry;
			return [
				{
					id: row.entryId,
					stateCode: row.stateCode,
					stateName: row.stateName,
					cycle: row.cycleYear,
					revision: row.revisionNumber,
					submittedAt: row.submittedAt,
					documentReference: row.documentReference,
					translationPending: entry.translationPending,
					languageVersions: content.languageVersions.map((version) => ({
						language: version.language,
						isOriginal: version.isOriginal,
						textStatus: version.textStatus,
						term: version.term,
						termType: version.termType,
						partOfSpeech: version.partOfSpeech,
						administrativeStatus: version.administrativeStatus,
						definition: version.definition,
						definitionSource: version.definitionSource,
						note: version.note,
						additionalTerms: version.additionalTerms.map((term) => ({ ...term }))
					})),
					source: {
						act: content.sourceAct,
						article: content.sourceArticle,
						date: content.sourceDate,
						url: content.sourceUrl
					},
					note: content.note,
					concepts: (links.get(row.entryId) ?? []).map((link) => ({
						id: link.conceptId,
						equivalence: link.equivalence,
						links: { self: conceptApiUrl(origin, link.conceptId), html: conceptPageUrl(origin, link.conceptId) }
					})),
					links: { html: nationalEntryPageUrl(origin, row.stateCode, row.cycleYear, row.entryId) }
				}
			];
		}),
		page: query.page,
		perPage: query.perPage,
		total,
		totalPages: pages,
		links: pageLinks(origin, '/national-entries', entryListParams(query), query.page, pages)
	};
}

/**
 * Links to concepts of the consensus glossary only: a candidate concept has no public page or text
 * yet, so a link to it would lead nowhere (and its working label is not public).
 */
async function glossaryLinks(
	db: Db,
	entryIds: readonly number[]
): Promise<Map<number, { conceptId: number; equivalence: Equivalence }[]>> {
	const byEntry = new Map<number, { conceptId: number; equivalence: Equivalence }[]>();
	if (entryIds.length === 0) return byEntry;
	const rows = await db
		.selectFrom('conceptLink')
		.innerJoin('concept', 'concept.id', 'conceptLink.conceptId')
		.select(['conceptLink.entryId', 'conceptLink.conceptId', 'conceptLink.equivalence'])
		.where('conceptLink.entryId', 'in', [...entryIds])
		.where('conceptLink.removedAt', 'is', null)
		.where('concept.status', 'in', ['agreed', 'deprecated'])
		.orderBy('conceptLink.conceptId')
		.execute();
	for (const row of rows)
		byEntry.set(row.entryId, [
			...(byEntry.get(row.entryId) ?? []),
			{ conceptId: row.conceptId, equivalence: row.equivalence }
		]);
	return byEntry;
}
