// Editing a State's national list. Every change happens in the submission's draft revision, in one
// transaction with its audit event; submitting the draft makes it the current revision, which is
// what others read and what search indexes (hence the outbox rows on submit, not on each edit).
import type { Db, Tx } from '../db/connection';
import { recordAudit } from '../audit';
import { nowIso } from '../clock';
import { enqueueSearchUpdate } from '../outbox';
import {
	canEditNationalList,
	canStartListInCycle,
	ensure,
	ensureSignedIn,
	recordedUserId,
	type Actor,
	type Viewer
} from '../permissions';
import { insertEntryVersion, insertEntryVersions } from './entry-store';
import { getRevisionEntries } from './read';
import { canonicalLanguageTag, validateEntryContent } from '../../domain/entry-validation';
import type { EntryContent } from '../../domain/national-entry';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors';
import type { Distribution } from '../../domain/vocabulary';

export interface SubmissionSettings {
	distribution: Distribution;
	documentReference: string | null;
}

const DOCUMENT_REFERENCE = /^[A-Z][A-Z.]*\/[\w./-]+$/;

/** Refuses settings the list cannot take (a malformed document reference), before anything is written. */
export function validateSubmissionSettings(settings: SubmissionSettings): void {
	if (settings.documentReference && !DOCUMENT_REFERENCE.test(settings.documentReference)) {
		throw new ValidationError({
			documentReference: `"${settings.documentReference}" does not look like an OSCE document reference such as PC.DEL/123/25.`
		});
	}
}

async function submissionFor(db: Db | Tx, submissionId: number) {
	const submission = await db
		.selectFrom('submission')
		.select(['id', 'stateCode', 'cycleYear', 'distribution', 'documentReference'])
		.where('id', '=', submissionId)
		.executeTakeFirst();
	if (!submission) throw new NotFoundError('There is no such national list.');
	return submission;
}

/** Loads the submission and checks that the viewer may edit it. */
async function editableSubmission(db: Db | Tx, viewer: Viewer, submissionId: number) {
	const submission = await submissionFor(db, submissionId);
	ensure(
		canEditNationalList(viewer, submission.stateCode),
		'Only the editors of this State and the Secretariat may change this list.'
	);
	ensureSignedIn(viewer);
	return { submission, actor: viewer };
}

export async function createSubmission(
	db: Db,
	viewer: Viewer,
	input: SubmissionSettings & { stateCode: string; cycleYear: number }
): Promise<number> {
	ensure(
		canEditNationalList(viewer, input.stateCode),
		'Only the editors of this State and the Secretariat may create its list.'
	);
	ensureSignedIn(viewer);
	validateSubmissionSettings(input);
	const cycle = await db
		.selectFrom('exchangeCycle')
		.select(['year', 'isOpen'])
		.where('year', '=', input.cycleYear)
		.executeTakeFirst();
	if (!cycle) throw new ValidationError({ cycleYear: `There is no ${input.cycleYear} exchange cycle.` });
	if (!canStartListInCycle(viewer, input.stateCode, { isOpen: cycle.isOpen === 1 })) {
		throw new ValidationError({
			cycleYear: `The ${input.cycleYear} exchange is closed; ask the Secretariat to add a late submission.`
		});
	}
	const existing = await db
		.selectFrom('submission')
		.select('id')
		.where('stateCode', '=', input.stateCode)
		.where('cycleYear', '=', input.cycleYear)
		.executeTakeFirst();
	if (existing) throw new ConflictError(`There is already a ${input.cycleYear} list for this State.`);

	return db.transaction().execute(async (trx) => {
		const now = nowIso();
		const { id } = await trx
			.insertInto('submission')
			.values({
				stateCode: input.stateCode,
				cycleYear: input.cycleYear,
				distribution: input.distribution,
				documentReference: input.documentReference,
				createdAt: now,
				createdBy: recordedUserId(viewer)
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await trx
			.insertInto('submissionRevision')
			.values({
				submissionId: id,
				number: 1,
				status: 'draft',
				summary: null,
				createdAt: now,
				createdBy: recordedUserId(viewer)
			})
			.execute();
		await recordAudit(trx, {
			actorId: recordedUserId(viewer),
			action: 'submission.create',
			entityType: 'submission',
			entityId: id,
			stateCode: input.stateCode,
			after: {
				cycleYear: input.cycleYear,
				distribution: input.distribution,
				documentReference: input.documentReference
			}
		});
		return id;
	});
}

export async function updateSubmissionSettings(
	db: Db,
	viewer: Viewer,
	submissionId: number,
	settings: SubmissionSettings
): Promise<void> {
	const { submission, actor } = await editableSubmission(db, viewer, submissionId);
	validateSubmissionSettings(settings);
	await db.transaction().execute(async (trx) => {
		await trx
			.updateTable('submission')
			.set({ distribution: settings.distribution, documentReference: settings.documentReference })
			.where('id', '=', submissionId)
			.execute();
		await recordAudit(trx, {
			actorId: recordedUserId(actor),
			action: 'submission.update_settings',
			entityType: 'submission',
			entityId: submissionId,
			stateCode: submission.stateCode,
			before: { distribution: submission.distribution, documentReference: submission.documentReference },
			after: settings
		});
		// Who may find the entries in search depends on the distribution.
		if (settings.distribution !== submission.distribution) await enqueueAllEntries(trx, submissionId);
	});
}

async function enqueueAllEntries(trx: Tx, submissionId: number): Promise<void> {
	const entries = await trx.selectFrom('nationalEntry').select('id').where('submissionId', '=', submissionId).execute();
	await enqueueSearchUpdate(
		trx,
		'national_entry',
		entries.map((entry) => entry.id)
	);
}

async function draftOf(trx: Db | Tx, submissionId: number) {
	return trx
		.selectFrom('submissionRevision')
		.select(['id', 'number'])
		.where('submissionId', '=', submissionId)
		.where('status', '=', 'draft')
		.executeTakeFirst();
}

/**
 * The draft revision of a submission, created when missing as a copy of the current revision
 * (its entries that are not withdrawn), so that editing never touches what others read.
 */
export async function openDraft(db: Db, viewer: Viewer, submissionId: number): Promise<{ id: number; number: number }> {
	const { submission, actor } = await editableSubmission(db, viewer, submissionId);
	const existing = await draftOf(db, submissionId);
	if (existing) return existing;
	return db.transaction().execute(async (trx) => {
		const raced = await draftOf(trx, submissionId);
		if (raced) return raced;
		return createDraftIn(trx, actor, submission.id, submission.stateCode);
	});
}

async function createDraftIn(trx: Tx, actor: Actor, submissionId: number, stateCode: string) {
	const latest = await trx
		.selectFrom('submissionRevision')
		.select(['id', 'number'])
		.where('submissionId', '=', submissionId)
		.orderBy('number', 'desc')
		.executeTakeFirst();
	const number = (latest?.number ?? 0) + 1;
	const { id } = await trx
		.insertInto('submissionRevision')
		.values({
			submissionId,
			number,
			status: 'draft',
			summary: null,
			createdAt: nowIso(),
			createdBy: recordedUserId(actor)
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	if (latest) {
		const entries = await getRevisionEntries(trx, latest.id);
		await insertEntryVersions(
			trx,
			entries.map((entry, index) => ({
				target: { entryId: entry.entryId, revisionId: id, position: index + 1 },
				content: entry.content
			}))
		);
	}
	await recordAudit(trx, {
		actorId: recordedUserId(actor),
		action: 'submission.start_revision',
		entityType: 'submission',
		entityId: submissionId,
		stateCode,
		after: { revision: number }
	});
	return { id, number };
}

/**
 * Canonical language tags and trimmed texts in Unicode NFC (so "é" is always one code point and
 * search positions match); empty optional texts become null.
 */
export function normaliseEntryContent(content: EntryContent): EntryContent {
	const text = (value: string | null) => (value && value.trim() ? value.trim().normalize('NFC') : null);
	return {
		sourceAct: text(content.sourceAct),
		sourceArticle: text(content.sourceArticle),
		sourceDate: text(content.sourceDate),
		sourceUrl: text(content.sourceUrl),
		note: text(content.note),
		languageVersions: content.languageVersions.map((version) => ({
			...version,
			language: canonicalLanguageTag(version.language) ?? version.language.trim(),
			term: version.term.trim().normalize('NFC'),
			definition: text(version.definition),
			definitionSource: text(version.definitionSource),
			note: text(version.note),
			additionalTerms: version.additionalTerms
				.filter((term) => term.term.trim())
				.map((term) => ({ ...term, term: term.term.trim().normalize('NFC') }))
		}))
	};
}

function validOrThrow(content: EntryContent): EntryContent {
	const normalised = normaliseEntryContent(content);
	const errors = validateEntryContent(normalised);
	if (Object.keys(errors).length > 0) throw new ValidationError(errors);
	return normalised;
}

export async function addEntry(db: Db, viewer: Viewer, submissionId: number, content: EntryContent): Promise<number> {
	const { submission, actor } = await editableSubmission(db, viewer, submissionId);
	const valid = validOrThrow(content);
	const draft = await openDraft(db, viewer, submissionId);
	return db.transaction().execute(async (trx) => {
		const { id: entryId } = await trx
			.insertInto('nationalEntry')
			.values({ submissionId, createdAt: nowIso(), createdBy: recordedUserId(actor) })
			.returning('id')
			.executeTakeFirstOrThrow();
		const last = await trx
			.selectFrom('entryVersion')
			.select((eb) => eb.fn.max('position').as('position'))
			.where('revisionId', '=', draft.id)
			.executeTakeFirst();
		await insertEntryVersion(trx, { entryId, revisionId: draft.id, position: (last?.position ?? 0) + 1 }, valid);
		await recordAudit(trx, {
			actorId: recordedUserId(actor),
			action: 'entry.create',
			entityType: 'national_entry',
			entityId: entryId,
			stateCode: submission.stateCode,
			after: valid
		});
		return entryId;
	});
}

async function draftVersionOf(trx: Db | Tx, draftId: number, entryId: number) {
	const version = await trx
		.selectFrom('entryVersion')
		.selectAll()
		.where('revisionId', '=', draftId)
		.where('entryId', '=', entryId)
		.executeTakeFirst();
	if (!version) throw new NotFoundError('This entry is not part of the list being edited.');
	return version;
}

/** The entry as it stands in the draft, for the edit form. */
export async function getDraftEntry(db: Db, viewer: Viewer, submissionId: number, entryId: number) {
	await editableSubmission(db, viewer, submissionId);
	const draft = await openDraft(db, viewer, submissionId);
	const entries = await getRevisionEntries(db, draft.id, { includeWithdrawn: true });
	const entry = entries.find((candidate) => candidate.entryId === entryId);
	if (!entry) throw new NotFoundError('This entry is not part of the list being edited.');
	return entry;
}

export async function updateEntry(
	db: Db,
	viewer: Viewer,
	submissionId: number,
	entryId: number,
	content: EntryContent
): Promise<void> {
	const { submission, actor } = await editableSubmission(db, viewer, submissionId);
	const valid = validOrThrow(content);
	const draft = await openDraft(db, viewer, submissionId);
	const before = await getDraftEntry(db, viewer, submissionId, entryId);
	await db.transaction().execute(async (trx) => {
		const version = await draftVersionOf(trx, draft.id, entryId);
		await trx.deleteFrom('entryVersion').where('id', '=', version.id).execute();
		await insertEntryVersion(
			trx,
			{ entryId, revisionId: draft.id, position: version.position, withdrawn: version.withdrawn === 1 },
			valid
		);
		await recordAudit(trx, {
			actorId: recordedUserId(actor),
			action: 'entry.update',
			entityType: 'national_entry',
			entityId: entryId,
			stateCode: submission.stateCode,
			before: before.content,
			after: valid
		});
	});
}

export async function setEntryWithdrawn(
	db: Db,
	viewer: Viewer,
	submissionId: number,
	entryId: number,
	withdrawn: boolean
): Promise<void> {
	const { submission, actor } = await editableSubmission(db, viewer, submissionId);
	const draft = await openDraft(db, viewer, submissionId);
	await db.transaction().execute(async (trx) => {
		const version = await draftVersionOf(trx, draft.id, entryId);
		if ((version.withdrawn === 1) === withdrawn) return;
		await trx
			.updateTable('entryVersion')
			.set({ withdrawn: withdrawn ? 1 : 0 })
			.where('id', '=', version.id)
			.execute();
		await recordAudit(trx, {
			actorId: recordedUserId(actor),
			action: withdrawn ? 'entry.withdraw' : 'entry.restore',
			entityType: 'national_entry',
			entityId: entryId,
			stateCode: submission.stateCode,
			before: { withdrawn: !withdrawn },
			after: { withdrawn }
		});
	});
}

/** Moves an entry one place up or down in the draft's order. */
export async function moveEntry(
	db: Db,
	viewer: Viewer,
	submissionId: number,
	entryId: number,
	direction: 'up' | 'down'
): Promise<void> {
	const { submission, actor } = await editableSubmission(db, viewer, submissionId);
	const draft = await openDraft(db, viewer, submissionId);
	await db.transaction().execute(async (trx) => {
		const ordered = await trx
			.selectFrom('entryVersion')
			.select(['id', 'entryId', 'position'])
			.where('revisionId', '=', draft.id)
			.orderBy('position')
			.orderBy('entryId')
			.execute();
		const index = ordered.findIndex((version) => version.entryId === entryId);
		if (index < 0) throw new NotFoundError('This entry is not part of the list being edited.');
		const swapWith = direction === 'up' ? index - 1 : index + 1;
		if (swapWith < 0 || swapWith >= ordered.length) return;
		const reordered = [...ordered];
		[reordered[index], reordered[swapWith]] = [reordered[swapWith]!, reordered[index]!];
		// Renumber 1..n so that positions stay dense and unambiguous.
		for (const [position, version] of reordered.entries()) {
			if (version.position !== position + 1) {
				await trx
					.updateTable('entryVersion')
					.set({ position: position + 1 })
					.where('id', '=', version.id)
					.execute();
			}
		}
		await recordAudit(trx, {
			actorId: recordedUserId(actor),
			action: 'entry.move',
			entityType: 'national_entry',
			entityId: entryId,
			stateCode: submission.stateCode,
			before: { position: index + 1 },
			after: { position: swapWith + 1 }
		});
	});
}

/** Submits the draft: it becomes the current revision that everyone entitled reads and finds. */
export async function submitDraft(
	db: Db,
	viewer: Viewer,
	submissionId: number,
	summary: string | null
): Promise<number> {
	const { submission, actor } = await editableSubmission(db, viewer, submissionId);
	const draft = await draftOf(db, submissionId);
	if (!draft) throw new ConflictError('There is no draft to submit; the list has not changed since its last revision.');
	const active = await getRevisionEntries(db, draft.id);
	if (active.length === 0)
		throw new ValidationError({ summary: 'A list needs at least one entry before it can be submitted.' });
	await db.transaction().execute(async (trx) => {
		await trx
			.updateTable('submissionRevision')
			.set({
				status: 'submitted',
				submittedAt: nowIso(),
				submittedBy: recordedUserId(actor),
				summary: summary?.trim() || null
			})
			.where('id', '=', draft.id)
			.where('status', '=', 'draft')
			.execute();
		await recordAudit(trx, {
			actorId: recordedUserId(actor),
			action: 'submission.submit',
			entityType: 'submission',
			entityId: submissionId,
			stateCode: submission.stateCode,
			after: { revision: draft.number, entries: active.length, summary }
		});
		await enqueueAllEntries(trx, submissionId);
	});
	return draft.number;
}
