import { describe, expect, it } from 'vitest';
import {
	addEntry,
	createSubmission,
	moveEntry,
	openDraft,
	setEntryWithdrawn,
	submitDraft,
	updateEntry,
	updateSubmissionSettings
} from '../../src/lib/server/national-lists/editing';
import {
	getCurrentEntries,
	getRevisionEntries,
	findRevisionEntry,
	getSubmission,
	listSubmissions
} from '../../src/lib/server/national-lists/read';
import { languageVersion, type EntryContent } from '../../src/lib/domain/national-entry';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../src/lib/domain/errors';
import { createTestDatabase } from '../helpers/database';
import { givenAccount } from '../helpers/actors';

const { db } = await createTestDatabase();
const now = new Date().toISOString();
await db
	.insertInto('exchangeCycle')
	.values([
		{ year: 2025, submissionDeadline: '2025-12-15', isOpen: 0, note: null, createdAt: now },
		{ year: 2026, submissionDeadline: '2026-12-15', isOpen: 1, note: null, createdAt: now }
	])
	.execute();

const admin = await givenAccount(db, { isAdministrator: true });
const editorAt = await givenAccount(db, { isStateEditor: true, stateCode: 'AT' });
const editorCz = await givenAccount(db, { isStateEditor: true, stateCode: 'CZ' });
const delegateAt = await givenAccount(db, { isDelegate: true, stateCode: 'AT' });
const readerSk = await givenAccount(db, { stateCode: 'SK' });

function entry(term: string, definition: string, english?: { term: string; definition?: string }): EntryContent {
	return {
		languageVersions: [
			languageVersion({ language: 'de-AT', term, definition, isOriginal: true }),
			...(english
				? [
						languageVersion({
							language: 'en',
							term: english.term,
							definition: english.definition ?? null,
							textStatus: 'courtesy_translation'
						})
					]
				: [])
		],
		sourceAct: 'Netz- und Informationssystemsicherheitsgesetz',
		sourceArticle: '§ 3',
		sourceDate: '2018-12-28',
		sourceUrl: 'https://example.org/nisg',
		note: null
	};
}

describe('creating a list', () => {
	it('lets an editor create their State’s list for an open cycle, with a draft revision 1', async () => {
		const id = await createSubmission(db, editorAt, {
			stateCode: 'AT',
			cycleYear: 2026,
			distribution: 'restricted',
			documentReference: 'PC.DEL/12/26'
		});
		const submission = await getSubmission(db, editorAt, 'AT', 2026);
		expect(submission).toMatchObject({
			id,
			canEdit: true,
			current: null,
			draft: { number: 1, status: 'draft' },
			documentReference: 'PC.DEL/12/26'
		});
	});

	it('refuses a closed cycle to editors but not to the Secretariat', async () => {
		const error = await createSubmission(db, editorAt, {
			stateCode: 'AT',
			cycleYear: 2025,
			distribution: 'public',
			documentReference: null
		}).catch((caught) => caught);
		expect(error).toBeInstanceOf(ValidationError);
		expect(error.fieldErrors.cycleYear).toBe(
			'The 2025 exchange is closed; ask the Secretariat to add a late submission.'
		);
		await expect(
			createSubmission(db, admin, { stateCode: 'AT', cycleYear: 2025, distribution: 'public', documentReference: null })
		).resolves.toBeGreaterThan(0);
	});

	it('refuses a second list for the same cycle and a malformed document reference', async () => {
		await expect(
			createSubmission(db, editorAt, {
				stateCode: 'AT',
				cycleYear: 2026,
				distribution: 'public',
				documentReference: null
			})
		).rejects.toBeInstanceOf(ConflictError);
		const error = await createSubmission(db, editorCz, {
			stateCode: 'CZ',
			cycleYear: 2026,
			distribution: 'public',
			documentReference: 'our letter of 3 May'
		}).catch((caught) => caught);
		expect(error.fieldErrors.documentReference).toMatch(/does not look like an OSCE document reference/);
	});

	it('refuses editors of other States, delegates and readers', async () => {
		for (const viewer of [editorCz, delegateAt, readerSk, null]) {
			await expect(
				createSubmission(db, viewer, {
					stateCode: 'AT',
					cycleYear: 2026,
					distribution: 'public',
					documentReference: null
				})
			).rejects.toBeInstanceOf(ForbiddenError);
		}
	});
});

describe('editing the draft and submitting', () => {
	it('adds, edits, reorders and withdraws entries, then submits revision 1 with search outbox rows', async () => {
		const { id } = await getSubmission(db, editorAt, 'AT', 2026);
		const first = await addEntry(
			db,
			editorAt,
			id,
			entry('Cybersicherheit', 'Schutz von Netz- und Informationssystemen.', {
				term: 'cybersecurity',
				definition: 'Protection of network and information systems.'
			})
		);
		const second = await addEntry(
			db,
			editorAt,
			id,
			entry('Sicherheitsvorfall', 'Ein Ereignis mit nachteiligen Auswirkungen.')
		);
		const third = await addEntry(db, editorAt, id, entry('Risiko', 'Möglichkeit eines Verlustes.', { term: 'risk' }));
		await updateEntry(
			db,
			editorAt,
			id,
			second,
			entry('Sicherheitsvorfall', 'Ein Ereignis mit tatsächlich nachteiligen Auswirkungen.', {
				term: 'incident',
				definition: 'An event having an actual adverse effect.'
			})
		);
		await moveEntry(db, editorAt, id, third, 'up');
		await setEntryWithdrawn(db, editorAt, id, first, true);

		const draft = await openDraft(db, editorAt, id);
		const entries = await getRevisionEntries(db, draft.id, { includeWithdrawn: true });
		expect(entries.map((item) => [item.entryId, item.position, item.withdrawn])).toEqual([
			[first, 1, true],
			[third, 2, false],
			[second, 3, false]
		]);
		expect(entries.find((item) => item.entryId === third)?.translationPending).toBe(true);
		expect(entries.find((item) => item.entryId === second)?.translationPending).toBe(false);

		const before = await db.selectFrom('searchOutbox').select('id').execute();
		expect(await submitDraft(db, editorAt, id, 'First list of Austria')).toBe(1);
		const submitted = await getSubmission(db, editorAt, 'AT', 2026);
		expect(submitted.current).toMatchObject({ number: 1, status: 'submitted', summary: 'First list of Austria' });
		expect(submitted.draft).toBeNull();
		const outbox = await db
			.selectFrom('searchOutbox')
			.select('documentId')
			.where('id', '>', before.at(-1)?.id ?? 0)
			.execute();
		expect(outbox.map((row) => row.documentId).sort()).toEqual([first, second, third].sort());

		const audit = await db
			.selectFrom('auditEvent')
			.select('action')
			.where('stateCode', '=', 'AT')
			.where('entityType', '!=', 'user')
			.orderBy('id')
			.execute();
		expect(audit.map((event) => event.action)).toEqual([
			'submission.create',
			'submission.create',
			'entry.create',
			'entry.create',
			'entry.create',
			'entry.update',
			'entry.move',
			'entry.withdraw',
			'submission.submit'
		]);
	});

	it('reports every problem of an entry by its field', async () => {
		const { id } = await getSubmission(db, editorAt, 'AT', 2026);
		const bad: EntryContent = {
			languageVersions: [
				languageVersion({ language: 'xx-invalid-tag-!', term: '', definition: null, isOriginal: true }),
				languageVersion({ language: 'en', term: '', definition: 'No term.' })
			],
			sourceAct: null,
			sourceArticle: null,
			sourceDate: '31.02.2020',
			sourceUrl: 'ftp://example.org',
			note: null
		};
		const error = await addEntry(db, editorAt, id, bad).catch((caught) => caught);
		expect(error).toBeInstanceOf(ValidationError);
		expect(error.fieldErrors).toEqual({
			'original.language':
				'"xx-invalid-tag-!" is not a language tag; use a BCP 47 tag such as "de", "sr-Latn" or "fr-CH".',
			'original.term': 'Enter the term in the original language.',
			'original.definition': 'Enter the definition in the original language.',
			'en.term': 'Enter the term of this language version.',
			sourceDate: '"31.02.2020" is not a date; write it as YYYY-MM-DD, e.g. 2019-06-07.',
			sourceUrl: 'The link must be a web address starting with http:// or https://.'
		});
	});

	it('keeps a submitted revision as it was: corrections go into a new revision copied from it', async () => {
		const { id } = await getSubmission(db, editorAt, 'AT', 2026);
		const revision1 = (await getSubmission(db, editorAt, 'AT', 2026)).current!;
		const revision1Entries = await getRevisionEntries(db, revision1.id);
		const draft = await openDraft(db, editorAt, id);
		expect(draft.number).toBe(2);
		const copied = await getRevisionEntries(db, draft.id, { includeWithdrawn: true });
		expect(copied.map((item) => item.entryId)).toEqual(revision1Entries.map((item) => item.entryId));
		expect(copied.map((item) => item.content)).toEqual(revision1Entries.map((item) => item.content));
		// One entry can be read without its whole list, exactly as the whole list holds it.
		const last = revision1Entries.at(-1)!;
		expect(await findRevisionEntry(db, revision1.id, last.entryId)).toEqual(last);
		expect(await findRevisionEntry(db, revision1.id, -1)).toBeUndefined();

		const changed = revision1Entries[0]!;
		await updateEntry(
			db,
			editorAt,
			id,
			changed.entryId,
			entry('Risiko', 'Möglichkeit eines Verlustes oder Schadens.', {
				term: 'risk',
				definition: 'The possibility of loss or damage.'
			})
		);
		expect(await getRevisionEntries(db, revision1.id)).toEqual(revision1Entries);
		await submitDraft(db, editorAt, id, null);
		const submission = await getSubmission(db, editorAt, 'AT', 2026);
		expect(submission.revisions.map((revision) => revision.number)).toEqual([1, 2]);
		expect(submission.current?.number).toBe(2);
	});

	it('does not submit an empty draft, nor when there is no draft', async () => {
		const { id } = await getSubmission(db, editorAt, 'AT', 2026);
		await expect(submitDraft(db, editorAt, id, null)).rejects.toBeInstanceOf(ConflictError);
		const lateId = (await getSubmission(db, admin, 'AT', 2025)).id;
		const error = await submitDraft(db, admin, lateId, null).catch((caught) => caught);
		expect(error.fieldErrors).toEqual({ summary: 'A list needs at least one entry before it can be submitted.' });
	});

	it('refuses every change by an editor of another State', async () => {
		const { id } = await getSubmission(db, editorAt, 'AT', 2026);
		await expect(addEntry(db, editorCz, id, entry('X', 'Y'))).rejects.toBeInstanceOf(ForbiddenError);
		await expect(openDraft(db, editorCz, id)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(submitDraft(db, editorCz, id, null)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			updateSubmissionSettings(db, editorCz, id, { distribution: 'public', documentReference: null })
		).rejects.toBeInstanceOf(ForbiddenError);
	});
});

describe('who reads what', () => {
	it('hides a restricted list from the public as if it did not exist, and shows it to participating States', async () => {
		await expect(getSubmission(db, null, 'AT', 2026)).rejects.toBeInstanceOf(NotFoundError);
		expect((await listSubmissions(db, null)).map((item) => item.stateCode)).not.toContain('AT');
		const forReader = await getSubmission(db, readerSk, 'AT', 2026);
		expect(forReader).toMatchObject({ canEdit: false, draft: null });
		expect(
			(await listSubmissions(db, readerSk)).find((item) => item.stateCode === 'AT' && item.cycleYear === 2026)
		).toMatchObject({
			currentRevision: 2,
			entries: 2,
			translationPending: 0
		});
	});

	it('shows a draft-only list to its editors and to nobody else', async () => {
		await createSubmission(db, editorCz, {
			stateCode: 'CZ',
			cycleYear: 2026,
			distribution: 'public',
			documentReference: null
		});
		await expect(getSubmission(db, readerSk, 'CZ', 2026)).rejects.toBeInstanceOf(NotFoundError);
		await expect(getSubmission(db, null, 'CZ', 2026)).rejects.toBeInstanceOf(NotFoundError);
		expect((await getSubmission(db, editorCz, 'CZ', 2026)).draft?.number).toBe(1);
	});

	it('makes a list public for everyone once its distribution changes, and queues its entries for search', async () => {
		const { id } = await getSubmission(db, editorAt, 'AT', 2026);
		const before = (
			await db
				.selectFrom('searchOutbox')
				.select((eb) => eb.fn.countAll<number>().as('count'))
				.executeTakeFirstOrThrow()
		).count;
		await updateSubmissionSettings(db, editorAt, id, { distribution: 'public', documentReference: 'PC.DEL/12/26' });
		expect((await getSubmission(db, null, 'AT', 2026)).current?.number).toBe(2);
		const after = (
			await db
				.selectFrom('searchOutbox')
				.select((eb) => eb.fn.countAll<number>().as('count'))
				.executeTakeFirstOrThrow()
		).count;
		expect(after - before).toBe(3);
	});
});

describe('reading single entries as their lists stand now', () => {
	it('gives the latest submitted text, leaving out what was withdrawn there or only drafted since', async () => {
		const submissionId = await createSubmission(db, admin, {
			stateCode: 'SK',
			cycleYear: 2026,
			distribution: 'public',
			documentReference: null
		});
		const kept = await addEntry(
			db,
			admin,
			submissionId,
			entry('Kybernetická bezpečnost', 'Ochrana systémů.', { term: 'cyber security' })
		);
		const withdrawn = await addEntry(db, admin, submissionId, entry('Incident', 'Událost.'));
		await submitDraft(db, admin, submissionId, null);
		await openDraft(db, admin, submissionId);
		await updateEntry(
			db,
			admin,
			submissionId,
			kept,
			entry('Kybernetická bezpečnost', 'Ochrana informačních systémů.', { term: 'cyber security' })
		);
		await setEntryWithdrawn(db, admin, submissionId, withdrawn, true);
		await submitDraft(db, admin, submissionId, 'Second revision');
		await openDraft(db, admin, submissionId);
		const drafted = await addEntry(db, admin, submissionId, entry('Zranitelnost', 'Slabina.'));
		await updateEntry(db, admin, submissionId, kept, entry('Kybernetická bezpečnost', 'Not yet submitted.'));

		const current = await getCurrentEntries(db, [kept, withdrawn, drafted]);
		expect([...current.keys()]).toEqual([kept]);
		expect(current.get(kept)!.content.languageVersions[0]!.definition).toBe('Ochrana informačních systémů.');
		expect(current.get(kept)!.content.languageVersions.map((version) => version.language)).toEqual(['de-AT', 'en']);
	});
});
