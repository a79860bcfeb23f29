// Reading national lists, always through the viewer's rights: a restricted list, or a draft, is
// "not found" for anyone not entitled to it, so its existence is not revealed either.
import type { Selectable, Transaction } from 'kysely';
import type { Db } from '../db/connection';
import type { Database, EntryAdditionalTermTable, EntryLanguageVersionTable, EntryVersionTable } from '../db/schema';
import type { Distribution } from '../../domain/vocabulary';
import { isTranslationPending, type EntryContent, type LanguageVersion } from '../../domain/national-entry';
import { NotFoundError } from '../../domain/errors';
import { canEditNationalList, canRead, readableDistributions, type Viewer } from '../permissions';
import { stateNameColumn } from '../reference';
import { currentRevisionIdsQuery } from './current-revisions';
import type { OsceLanguage } from '../../domain/vocabulary';

export interface RevisionSummary {
	id: number;
	number: number;
	status: 'draft' | 'submitted';
	summary: string | null;
	createdAt: string;
	submittedAt: string | null;
}

export interface SubmissionView {
	id: number;
	stateCode: string;
	stateName: string;
	cycleYear: number;
	distribution: Distribution;
	documentReference: string | null;
	/** Submitted revisions, oldest first; the last is the current one. */
	revisions: RevisionSummary[];
	current: RevisionSummary | null;
	/** The draft being edited; only for those who may edit. */
	draft: RevisionSummary | null;
	canEdit: boolean;
}

export interface EntryView {
	entryId: number;
	versionId: number;
	position: number;
	withdrawn: boolean;
	content: EntryContent;
	translationPending: boolean;
}

export interface SubmissionListing {
	id: number;
	stateCode: string;
	stateName: string;
	cycleYear: number;
	distribution: Distribution;
	currentRevision: number | null;
	submittedAt: string | null;
	entries: number;
	translationPending: number;
	hasDraft: boolean;
}

const NOT_FOUND = 'There is no such national list, or it is restricted to participating States.';

async function revisionsOf(db: Db, submissionId: number): Promise<RevisionSummary[]> {
	return db
		.selectFrom('submissionRevision')
		.select(['id', 'number', 'status', 'summary', 'createdAt', 'submittedAt'])
		.where('submissionId', '=', submissionId)
		.orderBy('number')
		.execute();
}

/** The submission of a State for a cycle, as the viewer may see it (State name in `language`). */
export async function getSubmission(
	db: Db,
	viewer: Viewer,
	stateCode: string,
	cycleYear: number,
	language: OsceLanguage = 'en'
): Promise<SubmissionView> {
	const row = await db
		.selectFrom('submission')
		.innerJoin('state', 'state.code', 'submission.stateCode')
		.select([
			'submission.id',
			'submission.stateCode',
			`state.${stateNameColumn(language)} as stateName`,
			'submission.cycleYear',
			'submission.distribution',
			'submission.documentReference'
		])
		.where('submission.stateCode', '=', stateCode.toUpperCase())
		.where('submission.cycleYear', '=', cycleYear)
		.executeTakeFirst();
	if (!row) throw new NotFoundError(NOT_FOUND);
	const canEdit = canEditNationalList(viewer, row.stateCode);
	if (!canRead(viewer, row.distribution) && !canEdit) throw new NotFoundError(NOT_FOUND);

	const all = await revisionsOf(db, row.id);
	const revisions = all.filter((revision) => revision.status === 'submitted');
	const draft = canEdit ? (all.find((revision) => revision.status === 'draft') ?? null) : null;
	if (revisions.length === 0 && !canEdit) throw new NotFoundError(NOT_FOUND);
	return { ...row, revisions, current: revisions.at(-1) ?? null, draft, canEdit };
}

/** A revision of a submission the viewer may see: a submitted one, or the draft for its editors. */
export function findRevision(submission: SubmissionView, number: number): RevisionSummary {
	const revision =
		submission.revisions.find((candidate) => candidate.number === number) ??
		(submission.draft?.number === number ? submission.draft : undefined);
	if (!revision) throw new NotFoundError(`Revision ${number} of this list does not exist.`);
	return revision;
}

type Reader = Db | Transaction<Database>;
type VersionRow = Selectable<EntryVersionTable>;

/** The entries of one revision, in order, with every language version and additional term. */
export async function getRevisionEntries(
	db: Reader,
	revisionId: number,
	options: { includeWithdrawn?: boolean } = {}
): Promise<EntryView[]> {
	const versions = await db
		.selectFrom('entryVersion')
		.selectAll()
		.where('revisionId', '=', revisionId)
		.$if(!options.includeWithdrawn, (query) => query.where('withdrawn', '=', 0))
		.orderBy('position')
		.orderBy('entryId')
		.execute();
	if (versions.length === 0) return [];

	const languageRows = await db
		.selectFrom('entryLanguageVersion')
		.innerJoin('entryVersion', 'entryVersion.id', 'entryLanguageVersion.entryVersionId')
		.selectAll('entryLanguageVersion')
		.where('entryVersion.revisionId', '=', revisionId)
		.orderBy('entryLanguageVersion.isOriginal', 'desc')
		.orderBy('entryLanguageVersion.id')
		.execute();
	const termRows = await db
		.selectFrom('entryAdditionalTerm')
		.innerJoin('entryLanguageVersion', 'entryLanguageVersion.id', 'entryAdditionalTerm.languageVersionId')
		.innerJoin('entryVersion', 'entryVersion.id', 'entryLanguageVersion.entryVersionId')
		.selectAll('entryAdditionalTerm')
		.where('entryVersion.revisionId', '=', revisionId)
		.orderBy('entryAdditionalTerm.position')
		.execute();
	return assembleEntries(versions, languageRows, termRows);
}

/** One entry as a revision holds it (withdrawn or not), without reading the rest of the list; undefined if it has none there. */
export async function findRevisionEntry(
	db: Reader,
	revisionId: number,
	entryId: number
): Promise<EntryView | undefined> {
	const versions = await db
		.selectFrom('entryVersion')
		.selectAll()
		.where('revisionId', '=', revisionId)
		.where('entryId', '=', entryId)
		.execute();
	return (await withContent(db, versions))[0];
}

// Ids per IN list, well under SQLite's limit on bound values.
const IDS_PER_QUERY = 500;

/**
 * Some entries as the current (latest submitted) revision of their lists holds them, without
 * reading those whole lists; entries withdrawn there, or never submitted, are left out.
 */
export async function getCurrentEntries(db: Reader, entryIds: readonly number[]): Promise<Map<number, EntryView>> {
	const found = new Map<number, EntryView>();
	for (let start = 0; start < entryIds.length; start += IDS_PER_QUERY) {
		const versions = await db
			.selectFrom('entryVersion')
			.selectAll()
			.where('entryVersion.entryId', 'in', entryIds.slice(start, start + IDS_PER_QUERY))
			.where('entryVersion.withdrawn', '=', 0)
			.where('entryVersion.revisionId', 'in', currentRevisionIdsQuery(db))
			.execute();
		for (const entry of await withContent(db, versions)) found.set(entry.entryId, entry);
	}
	return found;
}

/** The language versions and additional terms of at most IDS_PER_QUERY entry versions, assembled in their order. */
async function withContent(db: Reader, versions: readonly VersionRow[]): Promise<EntryView[]> {
	if (versions.length === 0) return [];
	const versionIds = versions.map((version) => version.id);
	const languageRows = await db
		.selectFrom('entryLanguageVersion')
		.selectAll()
		.where('entryVersionId', 'in', versionIds)
		.orderBy('isOriginal', 'desc')
		.orderBy('id')
		.execute();
	const termRows = await db
		.selectFrom('entryAdditionalTerm')
		.innerJoin('entryLanguageVersion', 'entryLanguageVersion.id', 'entryAdditionalTerm.languageVersionId')
		.selectAll('entryAdditionalTerm')
		.where('entryLanguageVersion.entryVersionId', 'in', versionIds)
		.orderBy('entryAdditionalTerm.position')
		.execute();
	return assembleEntries(versions, languageRows, termRows);
}

function assembleEntries(
	versions: readonly VersionRow[],
	languageRows: readonly Selectable<EntryLanguageVersionTable>[],
	termRows: readonly Selectable<EntryAdditionalTermTable>[]
): EntryView[] {
	const termsByLanguageVersion = new Map<number, LanguageVersion['additionalTerms']>();
	for (const term of termRows) {
		const list = termsByLanguageVersion.get(term.languageVersionId) ?? [];
		list.push({
			term: term.term,
			termType: term.termType,
			partOfSpeech: term.partOfSpeech,
			administrativeStatus: term.administrativeStatus
		});
		termsByLanguageVersion.set(term.languageVersionId, list);
	}
	const languagesByVersion = new Map<number, LanguageVersion[]>();
	for (const row of languageRows) {
		const list = languagesByVersion.get(row.entryVersionId) ?? [];
		list.push({
			language: row.language,
			isOriginal: row.isOriginal === 1,
			textStatus: row.textStatus,
			term: row.term,
			termType: row.termType,
			partOfSpeech: row.partOfSpeech,
			administrativeStatus: row.administrativeStatus,
			definition: row.definition,
			definitionSource: row.definitionSource,
			note: row.note,
			additionalTerms: termsByLanguageVersion.get(row.id) ?? []
		});
		languagesByVersion.set(row.entryVersionId, list);
	}

	return versions.map((version) => {
		const languageVersions = languagesByVersion.get(version.id) ?? [];
		return {
			entryId: version.entryId,
			versionId: version.id,
			position: version.position,
			withdrawn: version.withdrawn === 1,
			translationPending: isTranslationPending(languageVersions),
			content: {
				languageVersions,
				sourceAct: version.sourceAct,
				sourceArticle: version.sourceArticle,
				sourceDate: version.sourceDate,
				sourceUrl: version.sourceUrl,
				note: version.note
			}
		};
	});
}

/**
 * Every national list the viewer may read, with the figures of its current revision; a State's
 * editors also see their lists that have only a draft so far.
 */
export async function listSubmissions(
	db: Db,
	viewer: Viewer,
	filter: { stateCode?: string; cycleYear?: number; language?: OsceLanguage } = {}
): Promise<SubmissionListing[]> {
	let query = db
		.selectFrom('submission')
		.innerJoin('state', 'state.code', 'submission.stateCode')
		.select([
			'submission.id',
			'submission.stateCode',
			`state.${stateNameColumn(filter.language ?? 'en')} as stateName`,
			'submission.cycleYear',
			'submission.distribution'
		]);
	if (filter.stateCode) query = query.where('submission.stateCode', '=', filter.stateCode.toUpperCase());
	if (filter.cycleYear) query = query.where('submission.cycleYear', '=', filter.cycleYear);
	const submissions = (await query.orderBy('submission.cycleYear', 'desc').execute()).sort(
		(a, b) => b.cycleYear - a.cycleYear || a.stateName.localeCompare(b.stateName, filter.language ?? 'en')
	);
	const visible = submissions.filter(
		(submission) =>
			readableDistributions(viewer).includes(submission.distribution) ||
			canEditNationalList(viewer, submission.stateCode)
	);
	if (visible.length === 0) return [];

	const revisions = await db
		.selectFrom('submissionRevision')
		.select(['id', 'submissionId', 'number', 'status', 'submittedAt'])
		.where(
			'submissionId',
			'in',
			visible.map((submission) => submission.id)
		)
		.execute();
	const currentBySubmission = new Map<number, (typeof revisions)[number]>();
	const draftSubmissions = new Set<number>();
	for (const revision of revisions) {
		if (revision.status === 'draft') draftSubmissions.add(revision.submissionId);
		else if ((currentBySubmission.get(revision.submissionId)?.number ?? 0) < revision.number) {
			currentBySubmission.set(revision.submissionId, revision);
		}
	}
	const currentIds = [...currentBySubmission.values()].map((revision) => revision.id);
	const figures = new Map<number, { entries: number; pending: number }>();
	if (currentIds.length > 0) {
		for (const entry of await entryFigures(db, currentIds)) figures.set(entry.revisionId, entry);
	}

	return visible.flatMap((submission) => {
		const current = currentBySubmission.get(submission.id);
		const hasDraft = draftSubmissions.has(submission.id) && canEditNationalList(viewer, submission.stateCode);
		if (!current && !hasDraft) return [];
		const counts = current ? figures.get(current.id) : undefined;
		return [
			{
				...submission,
				currentRevision: current?.number ?? null,
				submittedAt: current?.submittedAt ?? null,
				entries: counts?.entries ?? 0,
				translationPending: counts?.pending ?? 0,
				hasDraft
			}
		];
	});
}

/** Entries and "translation pending" entries per revision. */
async function entryFigures(
	db: Db,
	revisionIds: number[]
): Promise<{ revisionId: number; entries: number; pending: number }[]> {
	const rows = await db
		.selectFrom('entryVersion')
		.leftJoin('entryLanguageVersion as english', (join) =>
			join
				.onRef('english.entryVersionId', '=', 'entryVersion.id')
				.on((eb) => eb.or([eb('english.language', '=', 'en'), eb('english.language', 'like', 'en-%')]))
				.on('english.definition', 'is not', null)
		)
		.select((eb) => [
			'entryVersion.revisionId',
			eb.fn.count<number>('entryVersion.id').distinct().as('entries'),
			eb.fn.count<number>('english.id').as('translated')
		])
		.where('entryVersion.revisionId', 'in', revisionIds)
		.where('entryVersion.withdrawn', '=', 0)
		.groupBy('entryVersion.revisionId')
		.execute();
	return rows.map((row) => ({
		revisionId: row.revisionId,
		entries: row.entries,
		pending: row.entries - row.translated
	}));
}
