// Loads the demonstration data of db/demo into an empty database, in one transaction, with the
// audit events and search outbox rows that the same writes would have made through the app.
import type { Transaction } from 'kysely';
import type { Db } from './db/connection';
import type { Database } from './db/schema';
import { recordAudit } from './audit';
import { nowIso } from './clock';
import { hashPassword } from './auth/password';
import { newUserId } from './accounts';
import { enqueueSearchUpdate } from './outbox';
import { insertEntryVersion } from './national-lists/entry-store';
import { insertConceptVersion } from './concepts/concept-store';
import { insertProposalRevision } from './proposals/proposal-store';
import { languageVersion, type EntryContent } from '../domain/national-entry';
import { languageTextFromTerms, type ConceptText } from '../domain/concept-text';
import { OSCE_LANGUAGES } from '../domain/vocabulary';
import {
	DEMO_ACCOUNTS,
	DEMO_CONCEPTS,
	DEMO_CYCLES,
	DEMO_PASSWORD,
	DEMO_PROPOSAL,
	DEMO_RELEASE,
	DEMO_SUBMISSIONS,
	type ConceptTexts,
	type DemoEntry,
	type DemoLanguageVersion
} from '../../../db/demo/demo-data';

export const DEMO_SETTING = 'demo_data_loaded_at';

export interface DemoAccountInfo {
	email: string;
	password: string;
	roles: string;
}

/** The demo accounts as the start banner prints them. */
export function demoAccountList(): DemoAccountInfo[] {
	return DEMO_ACCOUNTS.map((account) => ({
		email: account.email,
		password: DEMO_PASSWORD,
		roles: [
			account.isAdministrator ? 'administrator' : null,
			account.isStateEditor ? `state editor (${account.stateCode})` : null,
			account.isDelegate ? `delegate (${account.stateCode})` : null
		]
			.filter(Boolean)
			.join(', ')
	}));
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
	const [users, submissions, concepts] = await Promise.all([
		db.selectFrom('user').select('id').limit(1).executeTakeFirst(),
		db.selectFrom('submission').select('id').limit(1).executeTakeFirst(),
		db.selectFrom('concept').select('id').limit(1).executeTakeFirst()
	]);
	return !users && !submissions && !concepts;
}

export async function hasDemoData(db: Db): Promise<boolean> {
	const row = await db.selectFrom('appSetting').select('value').where('key', '=', DEMO_SETTING).executeTakeFirst();
	return row !== undefined;
}

function demoNote(stateName: string): string {
	return `Demonstration text written for this platform; it is not the text of any act of ${stateName}.`;
}

function toLanguageVersion(version: DemoLanguageVersion, isOriginal: boolean) {
	return languageVersion({
		language: version.language,
		term: version.term,
		isOriginal,
		textStatus: version.status,
		termType: version.termType ?? null,
		definition: version.definition ?? null,
		additionalTerms: (version.additionalTerms ?? []).map((term) => ({
			term: term.term,
			termType: term.termType ?? null,
			partOfSpeech: null,
			administrativeStatus: null
		}))
	});
}

function entryContent(entry: DemoEntry, stateName: string): EntryContent {
	return {
		languageVersions: [
			toLanguageVersion(entry.original, true),
			...entry.others.map((other) => toLanguageVersion(other, false))
		],
		sourceAct: null,
		sourceArticle: null,
		sourceDate: null,
		sourceUrl: null,
		note: demoNote(stateName)
	};
}

function conceptText(texts: ConceptTexts): ConceptText {
	const result: ConceptText = {};
	for (const language of OSCE_LANGUAGES) {
		const text = texts[language];
		if (text) result[language] = languageTextFromTerms(text.terms, text.definition);
	}
	return result;
}

/**
 * Loads the demonstration data if the database holds no content yet. Returns whether it did.
 * All of it is written in one transaction: a failure leaves the database empty, as it was.
 */
export async function loadDemoDataIfEmpty(db: Db): Promise<boolean> {
	if (!(await isDatabaseEmpty(db))) return false;
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	await db.transaction().execute(async (trx) => {
		if (!(await isEmptyIn(trx))) return; // another process loaded it meanwhile
		await loadDemoData(trx, passwordHash);
	});
	return true;
}

async function isEmptyIn(trx: Transaction<Database>): Promise<boolean> {
	const user = await trx.selectFrom('user').select('id').limit(1).executeTakeFirst();
	return user === undefined;
}

async function loadDemoData(trx: Transaction<Database>, passwordHash: string): Promise<void> {
	const now = nowIso();
	await trx.insertInto('appSetting').values({ key: DEMO_SETTING, value: now, updatedAt: now }).execute();

	const userIds = new Map<string, string>();
	for (const account of DEMO_ACCOUNTS) {
		const id = newUserId();
		userIds.set(account.key, id);
		await trx
			.insertInto('user')
			.values({
				id,
				email: account.email,
				displayName: account.displayName,
				passwordHash,
				stateCode: account.stateCode,
				isAdministrator: account.isAdministrator ? 1 : 0,
				isStateEditor: account.isStateEditor ? 1 : 0,
				isDelegate: account.isDelegate ? 1 : 0,
				createdAt: now,
				updatedAt: now,
				passwordChangedAt: now,
				disabledAt: null
			})
			.execute();
	}
	const user = (key: string) => {
		const id = userIds.get(key);
		if (!id) throw new Error(`Demo data refers to an unknown account "${key}"`);
		return id;
	};

	for (const cycle of DEMO_CYCLES) {
		await trx
			.insertInto('exchangeCycle')
			.values({
				year: cycle.year,
				submissionDeadline: cycle.submissionDeadline,
				isOpen: cycle.isOpen ? 1 : 0,
				note: null,
				createdAt: now
			})
			.execute();
	}

	const stateNames = new Map(
		(await trx.selectFrom('state').select(['code', 'nameEn']).execute()).map((state) => [state.code, state.nameEn])
	);
	// The entry of the most recent cycle carries the key, for concept links and citations.
	const entryIds = new Map<string, number>();
	for (const submission of DEMO_SUBMISSIONS) {
		const stateName = stateNames.get(submission.stateCode) ?? submission.stateCode;
		const { id: submissionId } = await trx
			.insertInto('submission')
			.values({
				stateCode: submission.stateCode,
				cycleYear: submission.cycleYear,
				distribution: submission.distribution,
				documentReference: null,
				createdAt: submission.revisions[0]!.submittedAt,
				createdBy: null
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const idsInSubmission = new Map<string, number>();
		for (const [index, revision] of submission.revisions.entries()) {
			const { id: revisionId } = await trx
				.insertInto('submissionRevision')
				.values({
					submissionId,
					number: index + 1,
					status: 'draft',
					summary: revision.summary ?? null,
					createdAt: revision.submittedAt,
					createdBy: null
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			for (const [position, entry] of revision.entries.entries()) {
				let entryId = idsInSubmission.get(entry.key);
				if (entryId === undefined) {
					({ id: entryId } = await trx
						.insertInto('nationalEntry')
						.values({ submissionId, createdAt: revision.submittedAt, createdBy: null })
						.returning('id')
						.executeTakeFirstOrThrow());
					idsInSubmission.set(entry.key, entryId);
				}
				await insertEntryVersion(trx, { entryId, revisionId, position: position + 1 }, entryContent(entry, stateName));
			}
			await trx
				.updateTable('submissionRevision')
				.set({ status: 'submitted', submittedAt: revision.submittedAt })
				.where('id', '=', revisionId)
				.execute();
		}
		for (const [key, id] of idsInSubmission) entryIds.set(key, id);
		await recordAudit(trx, {
			actorId: null,
			action: 'submission.load_demo',
			entityType: 'submission',
			entityId: submissionId,
			stateCode: submission.stateCode,
			after: { cycleYear: submission.cycleYear, revisions: submission.revisions.length, entries: idsInSubmission.size }
		});
		await enqueueSearchUpdate(trx, 'national_entry', [...idsInSubmission.values()]);
	}
	const entry = (key: string) => {
		const id = entryIds.get(key);
		if (id === undefined) throw new Error(`Demo data refers to an unknown national entry "${key}"`);
		return id;
	};

	const conceptIds = new Map<string, number>();
	const conceptVersionIds = new Map<string, number>();
	for (const concept of DEMO_CONCEPTS) {
		const { id: conceptId } = await trx
			.insertInto('concept')
			.values({
				label: concept.label,
				status: concept.agreed ? 'agreed' : 'candidate',
				createdAt: concept.agreed?.adoptedAt ?? now,
				createdBy: null
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		conceptIds.set(concept.key, conceptId);
		if (concept.agreed) {
			const versionId = await insertConceptVersion(
				trx,
				{ conceptId, number: 1, status: 'agreed', adoptedAt: concept.agreed.adoptedAt, proposalRevisionId: null },
				conceptText(concept.agreed.texts)
			);
			conceptVersionIds.set(concept.key, versionId);
		}
		for (const link of concept.links) {
			await trx
				.insertInto('conceptLink')
				.values({
					conceptId,
					entryId: entry(link.entryKey),
					equivalence: link.equivalence,
					note: null,
					createdAt: now,
					createdBy: user('secretariat')
				})
				.execute();
		}
		await recordAudit(trx, {
			actorId: null,
			action: 'concept.load_demo',
			entityType: 'concept',
			entityId: conceptId,
			after: { label: concept.label, status: concept.agreed ? 'agreed' : 'candidate', links: concept.links.length }
		});
		await enqueueSearchUpdate(trx, 'concept', [conceptId]);
		// The linked entries' documents name their concepts, so they change too.
		await enqueueSearchUpdate(
			trx,
			'national_entry',
			concept.links.map((link) => entry(link.entryKey))
		);
	}

	const { id: releaseId } = await trx
		.insertInto('glossaryRelease')
		.values({
			number: DEMO_RELEASE.number,
			title: DEMO_RELEASE.title,
			releasedAt: DEMO_RELEASE.releasedAt,
			releasedBy: user('secretariat'),
			notes: null
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	await trx
		.insertInto('glossaryReleaseConcept')
		.values(
			DEMO_RELEASE.conceptKeys.map((key) => ({
				releaseId,
				conceptId: conceptIds.get(key)!,
				conceptVersionId: conceptVersionIds.get(key)!,
				change: 'added' as const
			}))
		)
		.execute();

	await loadDemoProposal(trx, { user, entry, conceptId: conceptIds.get(DEMO_PROPOSAL.conceptKey)! });
}

async function loadDemoProposal(
	trx: Transaction<Database>,
	refs: { user: (key: string) => string; entry: (key: string) => number; conceptId: number }
): Promise<void> {
	const proposal = DEMO_PROPOSAL;
	const { id: proposalId } = await trx
		.insertInto('proposal')
		.values({
			kind: 'new_concept',
			conceptId: refs.conceptId,
			title: proposal.title,
			status: 'discussion',
			openedBy: refs.user(proposal.openedBy),
			openedForState: proposal.openedForState,
			openedAt: proposal.openedAt,
			closedAt: null
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	const revisionIds: number[] = [];
	for (const [index, revision] of proposal.revisions.entries()) {
		revisionIds.push(
			await insertProposalRevision(
				trx,
				{
					proposalId,
					number: index + 1,
					rationale: revision.rationale,
					createdBy: refs.user(revision.author),
					createdAt: revision.createdAt
				},
				conceptText(revision.texts),
				revision.citedEntryKeys.map(refs.entry)
			)
		);
	}
	const commentIds: number[] = [];
	for (const comment of proposal.comments) {
		const author = refs.user(comment.author);
		const authorState = await trx
			.selectFrom('user')
			.select('stateCode')
			.where('id', '=', author)
			.executeTakeFirstOrThrow();
		const { id } = await trx
			.insertInto('comment')
			.values({
				revisionId: revisionIds[comment.revision - 1]!,
				parentId: 'replyTo' in comment && comment.replyTo !== undefined ? commentIds[comment.replyTo]! : null,
				authorId: author,
				authorStateCode: authorState.stateCode,
				body: comment.body,
				createdAt: comment.createdAt
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		commentIds.push(id);
	}
	for (const position of proposal.positions) {
		await trx
			.insertInto('statePosition')
			.values({
				revisionId: revisionIds[position.revision - 1]!,
				stateCode: position.stateCode,
				stance: position.stance,
				statement: 'statement' in position ? (position.statement ?? null) : null,
				statedBy: refs.user(position.author),
				statedAt: position.statedAt
			})
			.execute();
	}
	// Those who took part follow the proposal, as they would had they acted through the app.
	const participants = new Set([
		proposal.openedBy,
		...proposal.comments.map((comment) => comment.author),
		...proposal.positions.map((position) => position.author)
	]);
	await trx
		.insertInto('proposalFollow')
		.values([...participants].map((key) => ({ userId: refs.user(key), proposalId, createdAt: proposal.openedAt })))
		.execute();
	await recordAudit(trx, {
		actorId: null,
		action: 'proposal.load_demo',
		entityType: 'proposal',
		entityId: proposalId,
		stateCode: proposal.openedForState,
		after: { title: proposal.title, revisions: revisionIds.length }
	});
}
