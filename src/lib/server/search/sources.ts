// Reads from SQLite what the search documents are built from. Only the current (latest submitted)
// revision of a list is searchable; an entry withdrawn there, or a list with only a draft, has no
// document, which the sync turns into a deletion.
import type { Db } from '../db/connection';
import { getCurrentEntries, getRevisionEntries, type EntryView } from '../national-lists/read';
import { currentRevisionIdsQuery } from '../national-lists/current-revisions';
import type { ConceptSource, ConceptStatus, NationalEntrySource } from '../../domain/search/documents';
import type { ConceptText } from '../../domain/concept-text';

interface CurrentRevision {
	submissionId: number;
	revisionId: number;
	revisionNumber: number;
	stateCode: string;
	stateName: string;
	cycleYear: number;
	distribution: 'public' | 'restricted';
}

async function currentRevisions(db: Db, submissionIds?: readonly number[]): Promise<CurrentRevision[]> {
	let query = db
		.selectFrom('submissionRevision as revision')
		.innerJoin('submission', 'submission.id', 'revision.submissionId')
		.innerJoin('state', 'state.code', 'submission.stateCode')
		.select([
			'submission.id as submissionId',
			'revision.id as revisionId',
			'revision.number as revisionNumber',
			'submission.stateCode',
			'state.nameEn as stateName',
			'submission.cycleYear',
			'submission.distribution'
		])
		.where('revision.id', 'in', currentRevisionIdsQuery(db));
	if (submissionIds) {
		if (submissionIds.length === 0) return [];
		query = query.where('submission.id', 'in', [...submissionIds]);
	}
	return query.execute();
}

async function conceptLinks(db: Db, entryIds: readonly number[]) {
	const byEntry = new Map<number, NationalEntrySource['concepts']>();
	if (entryIds.length === 0) return byEntry;
	const rows = await db
		.selectFrom('conceptLink')
		.innerJoin('concept', 'concept.id', 'conceptLink.conceptId')
		.select(['conceptLink.entryId', 'concept.id', 'concept.label', 'concept.status'])
		.where('conceptLink.removedAt', 'is', null)
		.where('conceptLink.entryId', 'in', [...entryIds])
		.orderBy('conceptLink.createdAt', 'desc')
		.orderBy('conceptLink.id', 'desc')
		.execute();
	// The agreed text of each linked concept lends the entry its terms in the six languages.
	const agreed = await loadConceptSources(db, [
		...new Set(rows.filter((row) => row.status === 'agreed').map((row) => row.id))
	]);
	for (const row of rows) {
		const text = agreed.get(row.id)?.text ?? null;
		byEntry.set(row.entryId, [
			...(byEntry.get(row.entryId) ?? []),
			{ id: row.id, label: row.label, status: row.status, text }
		]);
	}
	return byEntry;
}

function toSource(
	revision: CurrentRevision,
	entry: EntryView,
	links: Map<number, NationalEntrySource['concepts']>
): NationalEntrySource {
	return {
		entryId: entry.entryId,
		stateCode: revision.stateCode,
		stateName: revision.stateName,
		cycleYear: revision.cycleYear,
		revisionNumber: revision.revisionNumber,
		distribution: revision.distribution,
		content: entry.content,
		concepts: links.get(entry.entryId) ?? []
	};
}

/** The sources of these entries; an entry without one (withdrawn, draft only) maps to null. */
export async function loadNationalEntrySources(
	db: Db,
	entryIds: readonly number[]
): Promise<Map<number, NationalEntrySource | null>> {
	const result = new Map<number, NationalEntrySource | null>(entryIds.map((id) => [id, null]));
	if (entryIds.length === 0) return result;
	const submissionOf = new Map(
		(
			await db
				.selectFrom('nationalEntry')
				.select(['id', 'submissionId'])
				.where('id', 'in', [...entryIds])
				.execute()
		).map((entry) => [entry.id, entry.submissionId])
	);
	const revisions = new Map(
		(await currentRevisions(db, [...new Set(submissionOf.values())])).map((revision) => [
			revision.submissionId,
			revision
		])
	);
	// Only these entries are read, not the whole lists they belong to.
	const entries = await getCurrentEntries(db, entryIds);
	const links = await conceptLinks(db, [...entries.keys()]);
	for (const entry of entries.values()) {
		const revision = revisions.get(submissionOf.get(entry.entryId)!);
		if (revision) result.set(entry.entryId, toSource(revision, entry, links));
	}
	return result;
}

/** Every searchable national entry, list by list, for a full reindex. */
export async function* allNationalEntrySources(db: Db): AsyncGenerator<NationalEntrySource[]> {
	for (const revision of await currentRevisions(db)) {
		const entries = await getRevisionEntries(db, revision.revisionId);
		const links = await conceptLinks(
			db,
			entries.map((entry) => entry.entryId)
		);
		yield entries.map((entry) => toSource(revision, entry, links));
	}
}

/** The latest adopted text of each concept (null text for a candidate); unknown ids map to null. */
export async function loadConceptSources(
	db: Db,
	conceptIds?: readonly number[]
): Promise<Map<number, ConceptSource | null>> {
	let conceptsQuery = db.selectFrom('concept').select(['id', 'label', 'status']);
	if (conceptIds) {
		if (conceptIds.length === 0) return new Map();
		conceptsQuery = conceptsQuery.where('id', 'in', [...conceptIds]);
	}
	const concepts = await conceptsQuery.execute();
	const result = new Map<number, ConceptSource | null>((conceptIds ?? []).map((id) => [id, null]));
	if (concepts.length === 0) return result;

	const versions = await db
		.selectFrom('conceptVersion')
		.select(['id', 'conceptId', 'number'])
		.where(
			'conceptId',
			'in',
			concepts.map((concept) => concept.id)
		)
		.execute();
	const latest = new Map<number, { id: number; number: number }>();
	for (const version of versions) {
		if ((latest.get(version.conceptId)?.number ?? 0) < version.number) latest.set(version.conceptId, version);
	}
	const versionIds = [...latest.values()].map((version) => version.id);
	const [definitions, terms] = versionIds.length
		? await Promise.all([
				db.selectFrom('conceptDefinition').selectAll().where('conceptVersionId', 'in', versionIds).execute(),
				db
					.selectFrom('conceptTerm')
					.selectAll()
					.where('conceptVersionId', 'in', versionIds)
					.orderBy('position')
					.execute()
			])
		: [[], []];
	const texts = new Map<number, ConceptText>();
	for (const definition of definitions) {
		const text = texts.get(definition.conceptVersionId) ?? {};
		text[definition.language] = { terms: [], definition: definition.definition, note: definition.note };
		texts.set(definition.conceptVersionId, text);
	}
	for (const term of terms) {
		const languageText = texts.get(term.conceptVersionId)?.[term.language];
		languageText?.terms.push({
			term: term.term,
			administrativeStatus: term.administrativeStatus,
			termType: term.termType,
			partOfSpeech: term.partOfSpeech
		});
	}
	for (const concept of concepts) {
		const version = latest.get(concept.id);
		result.set(concept.id, {
			conceptId: concept.id,
			label: concept.label,
			status: concept.status as ConceptStatus,
			text: version ? (texts.get(version.id) ?? null) : null
		});
	}
	return result;
}
