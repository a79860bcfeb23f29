// Building blocks for the consensus workflow tests: texts, a clock, national entries to cite, and a
// proposal taken all the way to adoption through the real services.
import type { Db } from '../../src/lib/server/db/connection';
import type { Actor } from '../../src/lib/server/permissions';
import { addEntry, createSubmission, openDraft, submitDraft } from '../../src/lib/server/national-lists/editing';
import { openProposal, startSilence, type OpenProposalInput } from '../../src/lib/server/proposals/workflow';
import { evaluateDueDeadlines } from '../../src/lib/server/proposals/deadlines';
import { languageTextFromTerms, type ConceptText } from '../../src/lib/domain/concept-text';
import { languageVersion } from '../../src/lib/domain/national-entry';
import type { Distribution } from '../../src/lib/domain/vocabulary';

/** Instants counted in minutes from `start`, so a test reads as a sequence of days and hours. */
export function clock(start: string) {
	const base = Date.parse(start);
	return (minutes: number) => new Date(base + minutes * 60_000);
}

export const DAY = 24 * 60;

export function englishText(term: string, definition: string): ConceptText {
	return { en: languageTextFromTerms([term], definition) };
}

export function withFrench(text: ConceptText, term: string, definition: string): ConceptText {
	return { ...text, fr: languageTextFromTerms([term], definition) };
}

export async function givenOpenCycle(db: Db, year = 2026): Promise<void> {
	await db
		.insertInto('exchangeCycle')
		.values({ year, submissionDeadline: `${year}-12-15`, isOpen: 1, note: null, createdAt: new Date().toISOString() })
		.onConflict((conflict) => conflict.column('year').doNothing())
		.execute();
}

/** One national entry in a list of `stateCode`, submitted unless `draftOnly`. Returns the entry id. */
export async function givenNationalEntry(
	db: Db,
	secretariat: Actor,
	options: {
		stateCode: string;
		distribution: Distribution;
		term: string;
		definition: string;
		language?: string;
		draftOnly?: boolean;
	}
): Promise<number> {
	await givenOpenCycle(db);
	const submissionId = await createSubmission(db, secretariat, {
		stateCode: options.stateCode,
		cycleYear: 2026,
		distribution: options.distribution,
		documentReference: null
	});
	await openDraft(db, secretariat, submissionId);
	const entryId = await addEntry(db, secretariat, submissionId, {
		languageVersions: [
			languageVersion({
				language: options.language ?? 'en',
				term: options.term,
				definition: options.definition,
				isOriginal: true
			})
		],
		sourceAct: 'Demonstration act written for the tests',
		sourceArticle: null,
		sourceDate: null,
		sourceUrl: null,
		note: null
	});
	if (!options.draftOnly) await submitDraft(db, secretariat, submissionId, null);
	return entryId;
}

/**
 * Opens a proposal, puts revision 1 under silence and lets the deadline pass: the quickest way to an
 * adopted text. Every step happens at `at` plus a few minutes; returns the proposal id.
 */
export async function adoptThroughSilence(
	db: Db,
	people: { proposer: Actor; secretariat: Actor },
	input: Partial<OpenProposalInput> & Pick<OpenProposalInput, 'title' | 'text'>,
	at: Date
): Promise<number> {
	const minutes = clock(at.toISOString());
	const { proposalId } = await openProposal(
		db,
		people.proposer,
		{ kind: 'new_concept', conceptId: null, rationale: null, citedEntryIds: [], ...input },
		minutes(0)
	);
	const deadline = minutes(DAY);
	await startSilence(
		db,
		people.secretariat,
		proposalId,
		{
			revision: 1,
			deadlineDate: deadline.toISOString().slice(0, 10),
			deadlineTime: deadline.toISOString().slice(11, 16),
			timeZone: 'UTC'
		},
		minutes(1)
	);
	const run = await evaluateDueDeadlines(db, minutes(DAY + 1));
	if (!run.adopted.includes(proposalId))
		throw new Error(`Proposal ${proposalId} was not adopted: ${JSON.stringify(run)}`);
	return proposalId;
}
