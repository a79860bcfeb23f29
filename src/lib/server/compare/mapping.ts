// Linking national entries to concepts, with a degree of equivalence. Links are never deleted: a
// removed link keeps its row with removed_at, and every change is audited. A link changes what
// search shows (entries are grouped under their concept), so the entry and concept are re-indexed.
import type { Transaction } from 'kysely';
import type { Db } from '../db/connection';
import type { Database } from '../db/schema';
import { recordAudit } from '../audit';
import { nowIso } from '../clock';
import { enqueueSearchUpdate } from '../outbox';
import {
	canMapEntries,
	canRead,
	ensure,
	ensureSignedIn,
	readableDistributions,
	recordedUserId,
	type Viewer
} from '../permissions';
import type { SearchService } from '../search/client';
import { searchTerms } from '../search/query';
import { parseSearchRequest } from '../../domain/search/request';
import {
	byStateThenLatestCycle,
	englishVersion,
	originalVersion,
	originalWithEnglish
} from '../../domain/national-entry';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors';
import { EQUIVALENCES, type Equivalence } from '../../domain/vocabulary';
import { findRevisionEntry, getRevisionEntries } from '../national-lists/read';
import { currentRevisionIdsQuery } from '../national-lists/current-revisions';

const MAY_NOT_MAP = 'Only the terminology experts of the States and the Secretariat link national entries to concepts.';

async function requireEntry(db: Db | Transaction<Database>, viewer: Viewer, entryId: number) {
	const entry = await db
		.selectFrom('nationalEntry')
		.innerJoin('submission', 'submission.id', 'nationalEntry.submissionId')
		.select(['nationalEntry.id', 'submission.id as submissionId', 'submission.stateCode', 'submission.distribution'])
		.where('nationalEntry.id', '=', entryId)
		.executeTakeFirst();
	if (!entry || !canRead(viewer, entry.distribution)) throw new NotFoundError('There is no such national entry.');
	return entry;
}

async function requireConcept(db: Db | Transaction<Database>, conceptId: number) {
	const concept = await db
		.selectFrom('concept')
		.select(['id', 'label', 'status'])
		.where('id', '=', conceptId)
		.executeTakeFirst();
	if (!concept) throw new NotFoundError('There is no such concept.');
	return concept;
}

function checkEquivalence(value: string): Equivalence {
	if (!(EQUIVALENCES as readonly string[]).includes(value)) {
		throw new ValidationError({
			equivalence: 'Choose how the national entry relates to the concept: equivalent, broader, narrower or related.'
		});
	}
	return value as Equivalence;
}

/** Links an entry to a concept, or changes the degree of equivalence of an existing link. */
export async function linkEntry(
	db: Db,
	viewer: Viewer,
	input: { conceptId: number; entryId: number; equivalence: string; note?: string | null }
): Promise<void> {
	ensure(canMapEntries(viewer), MAY_NOT_MAP);
	ensureSignedIn(viewer);
	const equivalence = checkEquivalence(input.equivalence);
	await db.transaction().execute(async (trx) => {
		const entry = await requireEntry(trx, viewer, input.entryId);
		const concept = await requireConcept(trx, input.conceptId);
		const existing = await trx
			.selectFrom('conceptLink')
			.select(['id', 'equivalence', 'note'])
			.where('conceptId', '=', concept.id)
			.where('entryId', '=', entry.id)
			.where('removedAt', 'is', null)
			.executeTakeFirst();
		const now = nowIso();
		if (existing) {
			if (existing.equivalence === equivalence && (input.note ?? null) === existing.note) return;
			// A changed degree is a new link: the earlier one stays as history.
			await trx
				.updateTable('conceptLink')
				.set({ removedAt: now, removedBy: recordedUserId(viewer) })
				.where('id', '=', existing.id)
				.execute();
		}
		await trx
			.insertInto('conceptLink')
			.values({
				conceptId: concept.id,
				entryId: entry.id,
				equivalence,
				note: input.note ?? null,
				createdAt: now,
				createdBy: recordedUserId(viewer)
			})
			.execute();
		await recordAudit(trx, {
			actorId: recordedUserId(viewer),
			action: existing ? 'concept_link.change' : 'concept_link.create',
			entityType: 'concept_link',
			entityId: `${concept.id}:${entry.id}`,
			stateCode: entry.stateCode,
			before: existing ? { equivalence: existing.equivalence, note: existing.note } : undefined,
			after: { conceptId: concept.id, entryId: entry.id, equivalence, note: input.note ?? null }
		});
		await enqueueSearchUpdate(trx, 'national_entry', [entry.id]);
		await enqueueSearchUpdate(trx, 'concept', [concept.id]);
	});
}

export async function unlinkEntry(
	db: Db,
	viewer: Viewer,
	input: { conceptId: number; entryId: number }
): Promise<void> {
	ensure(canMapEntries(viewer), MAY_NOT_MAP);
	ensureSignedIn(viewer);
	await db.transaction().execute(async (trx) => {
		const entry = await requireEntry(trx, viewer, input.entryId);
		const existing = await trx
			.selectFrom('conceptLink')
			.select(['id', 'equivalence'])
			.where('conceptId', '=', input.conceptId)
			.where('entryId', '=', entry.id)
			.where('removedAt', 'is', null)
			.executeTakeFirst();
		if (!existing) throw new ConflictError('This entry is not linked to the concept (any more).');
		await trx
			.updateTable('conceptLink')
			.set({ removedAt: nowIso(), removedBy: recordedUserId(viewer) })
			.where('id', '=', existing.id)
			.execute();
		await recordAudit(trx, {
			actorId: recordedUserId(viewer),
			action: 'concept_link.remove',
			entityType: 'concept_link',
			entityId: `${input.conceptId}:${entry.id}`,
			stateCode: entry.stateCode,
			before: { equivalence: existing.equivalence }
		});
		await enqueueSearchUpdate(trx, 'national_entry', [entry.id]);
		await enqueueSearchUpdate(trx, 'concept', [input.conceptId]);
	});
}

/** Creates a candidate concept from a national entry and links the entry to it as equivalent. */
export async function createCandidateFromEntry(
	db: Db,
	viewer: Viewer,
	input: { entryId: number; label: string }
): Promise<number> {
	ensure(canMapEntries(viewer), MAY_NOT_MAP);
	ensureSignedIn(viewer);
	const label = input.label.trim();
	if (!label) throw new ValidationError({ label: 'Give the new concept a working name, usually its English term.' });
	const conceptId = await db.transaction().execute(async (trx) => {
		const entry = await requireEntry(trx, viewer, input.entryId);
		const now = nowIso();
		const { id } = await trx
			.insertInto('concept')
			.values({ label, status: 'candidate', createdAt: now, createdBy: recordedUserId(viewer) })
			.returning('id')
			.executeTakeFirstOrThrow();
		await recordAudit(trx, {
			actorId: recordedUserId(viewer),
			action: 'concept.create_candidate',
			entityType: 'concept',
			entityId: id,
			stateCode: entry.stateCode,
			after: { label, fromEntry: entry.id }
		});
		return id;
	});
	await linkEntry(db, viewer, { conceptId, entryId: input.entryId, equivalence: 'equivalent' });
	return conceptId;
}

export interface ConceptSuggestion {
	conceptId: number;
	label: string | null;
	status: 'agreed' | 'candidate' | 'deprecated';
	/** Why it was suggested: the words that matched. */
	matchedOn: string;
}

/**
 * Concepts a national entry probably denotes, found by searching its English and original terms
 * (then its English definition): the top concept groups that are not linked to it yet.
 */
export async function suggestConcepts(
	db: Db,
	search: SearchService,
	viewer: Viewer,
	entryId: number,
	limit = 5
): Promise<ConceptSuggestion[]> {
	ensure(canMapEntries(viewer), MAY_NOT_MAP);
	const entry = await requireEntry(db, viewer, entryId);
	const current = await db
		.selectFrom('submissionRevision')
		.select('id')
		.where('submissionId', '=', entry.submissionId)
		.orderBy('number', 'desc')
		.executeTakeFirstOrThrow();
	const content = (await findRevisionEntry(db, current.id, entryId))?.content;
	if (!content) return [];
	const linked = new Set(
		(
			await db
				.selectFrom('conceptLink')
				.select('conceptId')
				.where('entryId', '=', entryId)
				.where('removedAt', 'is', null)
				.execute()
		).map((row) => row.conceptId)
	);
	const original = originalVersion(content.languageVersions);
	const english = englishVersion(content.languageVersions);
	const queries = [english?.term, original?.term, english?.definition?.split(/\s+/).slice(0, 8).join(' ')].filter(
		(query): query is string => Boolean(query?.trim())
	);
	const suggestions = new Map<number, ConceptSuggestion>();
	for (const q of queries) {
		const results = await searchTerms(
			db,
			search,
			viewer,
			parseSearchRequest(new URLSearchParams({ q, perPage: '10' }))
		);
		for (const group of results.groups) {
			const concept = group.concept;
			if (!concept || linked.has(concept.conceptId) || suggestions.has(concept.conceptId)) continue;
			suggestions.set(concept.conceptId, {
				conceptId: concept.conceptId,
				label: concept.label,
				status: concept.status,
				matchedOn: q
			});
		}
		if (suggestions.size >= limit) break;
	}
	return [...suggestions.values()].slice(0, limit);
}

export interface UnmappedEntry {
	entryId: number;
	stateCode: string;
	stateName: string;
	cycleYear: number;
	term: string;
	language: string;
	englishTerm: string | null;
}

/** Entries of current revisions that no concept links yet, that the viewer may read. */
export async function listUnmappedEntries(db: Db, viewer: Viewer): Promise<UnmappedEntry[]> {
	ensure(canMapEntries(viewer), MAY_NOT_MAP);
	const revisions = await db
		.selectFrom('submissionRevision as revision')
		.innerJoin('submission', 'submission.id', 'revision.submissionId')
		.innerJoin('state', 'state.code', 'submission.stateCode')
		.select(['revision.id', 'submission.stateCode', 'state.nameEn as stateName', 'submission.cycleYear'])
		.where('revision.id', 'in', currentRevisionIdsQuery(db, readableDistributions(viewer)))
		.execute();
	const linked = new Set(
		(await db.selectFrom('conceptLink').select('entryId').where('removedAt', 'is', null).execute()).map(
			(row) => row.entryId
		)
	);
	const result: UnmappedEntry[] = [];
	for (const revision of revisions) {
		for (const entry of await getRevisionEntries(db, revision.id)) {
			if (linked.has(entry.entryId)) continue;
			const { term, language, englishTerm } = originalWithEnglish(entry.content.languageVersions);
			result.push({
				entryId: entry.entryId,
				stateCode: revision.stateCode,
				stateName: revision.stateName,
				cycleYear: revision.cycleYear,
				term,
				language,
				englishTerm
			});
		}
	}
	return result.sort((a, b) => byStateThenLatestCycle()(a, b) || a.term.localeCompare(b.term));
}

/** Concepts to link to, for pickers: every concept, agreed ones first. */
export async function listConceptOptions(
	db: Db,
	viewer: Viewer
): Promise<{ conceptId: number; label: string; status: string }[]> {
	ensure(canMapEntries(viewer), MAY_NOT_MAP);
	const rows = await db
		.selectFrom('concept')
		.select(['id', 'label', 'status'])
		.where('status', '!=', 'deprecated')
		.execute();
	return rows
		.map((row) => ({ conceptId: row.id, label: row.label, status: row.status }))
		.sort((a, b) => (a.status === b.status ? a.label.localeCompare(b.label, 'en') : a.status === 'agreed' ? -1 : 1));
}
