// Loads what the comparison view compares: the current text of national entries the viewer may
// read (those linked to a concept, or chosen by hand), with their State, cycle and source, and the
// texts a baseline can come from (an entry, or a revision of a consensus proposal).
import type { Db } from '../db/connection';
import { readableDistributions, type Viewer } from '../permissions';
import { getCurrentEntries } from '../national-lists/read';
import { NotFoundError } from '../../domain/errors';
import {
	compareDefinitions,
	chooseText,
	type Baseline,
	type ComparedText,
	type ComparisonResult
} from '../../domain/comparison';
import { byStateThenLatestCycle, type EntryContent } from '../../domain/national-entry';
import type { Equivalence, OsceLanguage } from '../../domain/vocabulary';
import { OSCE_LANGUAGES } from '../../domain/vocabulary';

export interface ComparedEntryFacts {
	id: string;
	entryId: number;
	stateCode: string;
	stateName: string;
	cycleYear: number;
	distribution: 'public' | 'restricted';
	equivalence: Equivalence | null;
	content: EntryContent;
}

export interface ConceptFacts {
	conceptId: number;
	label: string;
	status: 'candidate' | 'agreed' | 'deprecated';
}

export type BaselineChoice =
	| { kind: 'none' }
	| { kind: 'entry'; entryId: number }
	| { kind: 'proposal'; proposalId: number; revision: number; language: OsceLanguage };

export interface ComparisonView {
	concept: ConceptFacts | null;
	entries: ComparedEntryFacts[];
	result: ComparisonResult;
	text: ComparedText;
	baselineChoice: BaselineChoice;
	/** Proposal revisions that may serve as a baseline for this concept. */
	proposalBaselines: { proposalId: number; revision: number; title: string; languages: OsceLanguage[] }[];
}

/** Entries in the current revision of their lists, restricted to what the viewer may read. */
async function currentEntries(
	db: Db,
	viewer: Viewer,
	entryIds: readonly number[]
): Promise<Map<number, Omit<ComparedEntryFacts, 'equivalence'>>> {
	const found = new Map<number, Omit<ComparedEntryFacts, 'equivalence'>>();
	if (entryIds.length === 0) return found;
	const rows = await db
		.selectFrom('nationalEntry')
		.innerJoin('submission', 'submission.id', 'nationalEntry.submissionId')
		.innerJoin('state', 'state.code', 'submission.stateCode')
		.select([
			'nationalEntry.id',
			'submission.stateCode',
			'state.nameEn as stateName',
			'submission.cycleYear',
			'submission.distribution'
		])
		.where('nationalEntry.id', 'in', [...entryIds])
		.where('submission.distribution', 'in', readableDistributions(viewer))
		.execute();
	const entries = await getCurrentEntries(
		db,
		rows.map((row) => row.id)
	);
	for (const row of rows) {
		const entry = entries.get(row.id);
		if (!entry) continue; // withdrawn in the current revision, or never submitted
		found.set(row.id, {
			id: `e${row.id}`,
			entryId: row.id,
			stateCode: row.stateCode,
			stateName: row.stateName,
			cycleYear: row.cycleYear,
			distribution: row.distribution,
			content: entry.content
		});
	}
	return found;
}

async function conceptFacts(db: Db, conceptId: number): Promise<ConceptFacts> {
	const concept = await db
		.selectFrom('concept')
		.select(['id', 'label', 'status'])
		.where('id', '=', conceptId)
		.executeTakeFirst();
	if (!concept) throw new NotFoundError('There is no such concept.');
	return { conceptId: concept.id, label: concept.label, status: concept.status };
}

async function linkedEntryIds(db: Db, conceptId: number): Promise<Map<number, Equivalence>> {
	const links = await db
		.selectFrom('conceptLink')
		.select(['entryId', 'equivalence'])
		.where('conceptId', '=', conceptId)
		.where('removedAt', 'is', null)
		.execute();
	return new Map(links.map((link) => [link.entryId, link.equivalence]));
}

async function proposalBaselines(db: Db, conceptId: number) {
	const rows = await db
		.selectFrom('proposalRevision')
		.innerJoin('proposal', 'proposal.id', 'proposalRevision.proposalId')
		.innerJoin('proposalText', 'proposalText.revisionId', 'proposalRevision.id')
		.select([
			'proposal.id as proposalId',
			'proposal.title',
			'proposalRevision.number as revision',
			'proposalText.language'
		])
		.where('proposal.conceptId', '=', conceptId)
		.orderBy('proposal.id')
		.orderBy('proposalRevision.number')
		.execute();
	const grouped = new Map<string, { proposalId: number; revision: number; title: string; languages: OsceLanguage[] }>();
	for (const row of rows) {
		const key = `${row.proposalId}.${row.revision}`;
		const item = grouped.get(key) ?? {
			proposalId: row.proposalId,
			revision: row.revision,
			title: row.title,
			languages: []
		};
		item.languages.push(row.language);
		grouped.set(key, item);
	}
	return [...grouped.values()].map((item) => ({
		...item,
		languages: OSCE_LANGUAGES.filter((language) => item.languages.includes(language))
	}));
}

async function proposalBaseline(
	db: Db,
	choice: Extract<BaselineChoice, { kind: 'proposal' }>
): Promise<Baseline | null> {
	const row = await db
		.selectFrom('proposalText')
		.innerJoin('proposalRevision', 'proposalRevision.id', 'proposalText.revisionId')
		.innerJoin('proposal', 'proposal.id', 'proposalRevision.proposalId')
		.select(['proposalText.definition', 'proposal.title'])
		.where('proposalRevision.proposalId', '=', choice.proposalId)
		.where('proposalRevision.number', '=', choice.revision)
		.where('proposalText.language', '=', choice.language)
		.executeTakeFirst();
	return row
		? {
				id: `p${choice.proposalId}.${choice.revision}`,
				label: `Proposal ${choice.proposalId}, revision ${choice.revision}`,
				language: choice.language,
				text: row.definition
			}
		: null;
}

function entryBaseline(entry: ComparedEntryFacts | undefined, text: ComparedText): Baseline | null {
	if (!entry) return null;
	const chosen = chooseText(entry.content, text);
	return {
		id: entry.id,
		label: `${entry.stateName}, ${entry.cycleYear}`,
		language: chosen.language,
		text: chosen.text
	};
}

/** Reads "e12", "p3.2.fr" or "" into a baseline choice. */
export function parseBaseline(value: string | null): BaselineChoice {
	const entry = /^e(\d+)$/.exec(value ?? '');
	if (entry) return { kind: 'entry', entryId: Number(entry[1]) };
	const proposal = /^p(\d+)\.(\d+)\.(en|fr|de|it|ru|es)$/.exec(value ?? '');
	if (proposal)
		return {
			kind: 'proposal',
			proposalId: Number(proposal[1]),
			revision: Number(proposal[2]),
			language: proposal[3] as OsceLanguage
		};
	return { kind: 'none' };
}

async function buildView(
	db: Db,
	concept: ConceptFacts | null,
	entries: ComparedEntryFacts[],
	options: { text: ComparedText; baseline: BaselineChoice }
): Promise<ComparisonView> {
	entries.sort(byStateThenLatestCycle());
	const baseline =
		options.baseline.kind === 'entry'
			? entryBaseline(
					entries.find((entry) => entry.entryId === (options.baseline as { entryId: number }).entryId),
					options.text
				)
			: options.baseline.kind === 'proposal'
				? await proposalBaseline(db, options.baseline)
				: null;
	return {
		concept,
		entries,
		result: compareDefinitions(
			entries.map((entry) => ({ id: entry.id, content: entry.content })),
			{ text: options.text, baseline }
		),
		text: options.text,
		baselineChoice: baseline ? options.baseline : { kind: 'none' },
		proposalBaselines: concept ? await proposalBaselines(db, concept.conceptId) : []
	};
}

/** The national entries linked to a concept, compared. */
export async function compareConcept(
	db: Db,
	viewer: Viewer,
	conceptId: number,
	options: { text: ComparedText; baseline: BaselineChoice }
): Promise<ComparisonView> {
	const concept = await conceptFacts(db, conceptId);
	const links = await linkedEntryIds(db, conceptId);
	const entries = [...(await currentEntries(db, viewer, [...links.keys()])).values()].map((entry) => ({
		...entry,
		equivalence: links.get(entry.entryId) ?? null
	}));
	return buildView(db, concept, entries, options);
}

/** National entries chosen by hand, compared. */
export async function compareEntries(
	db: Db,
	viewer: Viewer,
	entryIds: readonly number[],
	options: { text: ComparedText; baseline: BaselineChoice }
): Promise<ComparisonView> {
	const entries = [...(await currentEntries(db, viewer, entryIds.slice(0, 100))).values()].map((entry) => ({
		...entry,
		equivalence: null
	}));
	return buildView(db, null, entries, options);
}
