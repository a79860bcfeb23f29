// Who has defined what: concepts × States (with the cycle of each definition), and the ranking of
// concepts by how far apart their national definitions are (divergence) and by how many States
// define them (coverage). Only entries the viewer may read count.
import type { Db } from '../db/connection';
import { readableDistributions, type Viewer } from '../permissions';
import { listStates } from '../reference';
import { conceptDivergence, similarityMatrix } from '../../domain/compare';
import { chooseText } from '../../domain/comparison';
import { getRevisionEntries } from '../national-lists/read';
import { primaryLanguage, type EntryContent } from '../../domain/national-entry';

export interface CoverageConcept {
	conceptId: number;
	label: string;
	status: 'candidate' | 'agreed' | 'deprecated';
	stateCount: number;
	entryCount: number;
	/** 1 − mean similarity of the English definitions; null with fewer than two. */
	divergence: number | null;
}

export interface CoverageCell {
	cycles: number[];
	entryIds: number[];
}

export interface CoverageMatrix {
	concepts: CoverageConcept[];
	states: { code: string; name: string }[];
	/** cells[conceptId][stateCode] */
	cells: Record<number, Record<string, CoverageCell>>;
}

export interface CoverageFilter {
	status?: 'candidate' | 'agreed' | 'deprecated';
	cycle?: number;
	/** Only States that define at least one of the listed concepts are shown as columns. */
	onlyStatesWithEntries?: boolean;
}

interface LinkedText {
	conceptId: number;
	entryId: number;
	stateCode: string;
	cycleYear: number;
	content: EntryContent;
}

// Divergence is costly for large concepts and only changes when texts change: remember it per
// concept for the exact set of texts it was computed from.
const divergenceCache = new Map<string, number | null>();

function divergenceOf(conceptId: number, texts: readonly LinkedText[]): number | null {
	const english = texts
		.map((text) => ({ id: `e${text.entryId}`, ...chooseText(text.content, 'english') }))
		.filter((text) => primaryLanguage(text.language) === 'en' && text.text.trim() !== '');
	const key = `${conceptId}|${english.map((text) => `${text.id}:${text.text.length}:${text.text.slice(0, 32)}`).join('|')}`;
	if (divergenceCache.has(key)) return divergenceCache.get(key)!;
	const value =
		english.length < 2
			? null
			: conceptDivergence(
					similarityMatrix(
						english.map((text) => ({ id: text.id, text: text.text, locale: 'en' })),
						{ stem: true }
					)
				);
	if (divergenceCache.size > 5_000) divergenceCache.clear();
	divergenceCache.set(key, value);
	return value;
}

async function linkedTexts(db: Db, viewer: Viewer, cycle?: number): Promise<LinkedText[]> {
	let query = db
		.selectFrom('conceptLink')
		.innerJoin('nationalEntry', 'nationalEntry.id', 'conceptLink.entryId')
		.innerJoin('submission', 'submission.id', 'nationalEntry.submissionId')
		.select([
			'conceptLink.conceptId',
			'conceptLink.entryId',
			'submission.id as submissionId',
			'submission.stateCode',
			'submission.cycleYear'
		])
		.where('conceptLink.removedAt', 'is', null)
		.where('submission.distribution', 'in', readableDistributions(viewer));
	if (cycle) query = query.where('submission.cycleYear', '=', cycle);
	const links = await query.execute();
	const revisions = await db
		.selectFrom('submissionRevision')
		.select(['id', 'submissionId', 'number'])
		.where('status', '=', 'submitted')
		.where('submissionId', 'in', links.length ? [...new Set(links.map((link) => link.submissionId))] : [0])
		.execute();
	const current = new Map<number, { id: number; number: number }>();
	for (const revision of revisions) {
		if ((current.get(revision.submissionId)?.number ?? 0) < revision.number)
			current.set(revision.submissionId, revision);
	}
	const texts: LinkedText[] = [];
	for (const [submissionId, revision] of current) {
		const entries = new Map((await getRevisionEntries(db, revision.id)).map((entry) => [entry.entryId, entry]));
		for (const link of links.filter((candidate) => candidate.submissionId === submissionId)) {
			const entry = entries.get(link.entryId);
			if (entry)
				texts.push({
					conceptId: link.conceptId,
					entryId: link.entryId,
					stateCode: link.stateCode,
					cycleYear: link.cycleYear,
					content: entry.content
				});
		}
	}
	return texts;
}

export async function coverageMatrix(db: Db, viewer: Viewer, filter: CoverageFilter = {}): Promise<CoverageMatrix> {
	let conceptsQuery = db.selectFrom('concept').select(['id', 'label', 'status']);
	if (filter.status) conceptsQuery = conceptsQuery.where('status', '=', filter.status);
	const concepts = await conceptsQuery.execute();
	const texts = await linkedTexts(db, viewer, filter.cycle);
	const cells: CoverageMatrix['cells'] = {};
	const textsByConcept = new Map<number, LinkedText[]>();
	for (const text of texts) {
		textsByConcept.set(text.conceptId, [...(textsByConcept.get(text.conceptId) ?? []), text]);
		const row = (cells[text.conceptId] ??= {});
		const cell = (row[text.stateCode] ??= { cycles: [], entryIds: [] });
		if (!cell.cycles.includes(text.cycleYear)) cell.cycles.push(text.cycleYear);
		cell.entryIds.push(text.entryId);
	}
	for (const row of Object.values(cells)) for (const cell of Object.values(row)) cell.cycles.sort((a, b) => b - a);

	const allStates = await listStates(db);
	const usedStates = new Set(texts.map((text) => text.stateCode));
	return {
		concepts: concepts
			.map((concept) => {
				const conceptTexts = textsByConcept.get(concept.id) ?? [];
				return {
					conceptId: concept.id,
					label: concept.label,
					status: concept.status,
					stateCount: new Set(conceptTexts.map((text) => text.stateCode)).size,
					entryCount: conceptTexts.length,
					divergence: divergenceOf(concept.id, conceptTexts)
				};
			})
			.sort((a, b) => b.stateCount - a.stateCount || a.label.localeCompare(b.label, 'en')),
		states: filter.onlyStatesWithEntries ? allStates.filter((state) => usedStates.has(state.code)) : allStates,
		cells
	};
}

/** Concepts from closest to consensus (lowest divergence) to furthest; unmeasurable ones last. */
export function rankByConsensus(concepts: readonly CoverageConcept[]): CoverageConcept[] {
	return [...concepts].sort((a, b) => {
		if (a.divergence === null || b.divergence === null)
			return a.divergence === b.divergence ? b.stateCount - a.stateCount : a.divergence === null ? 1 : -1;
		return a.divergence - b.divergence || b.stateCount - a.stateCount;
	});
}

/** The coverage filter as the URL holds it. */
export function parseCoverageFilter(params: URLSearchParams): CoverageFilter {
	const status = params.get('status');
	const cycle = Number(params.get('cycle'));
	return {
		status: status === 'agreed' || status === 'candidate' || status === 'deprecated' ? status : undefined,
		cycle: Number.isInteger(cycle) && cycle > 2000 ? cycle : undefined,
		onlyStatesWithEntries: params.get('states') !== 'all'
	};
}

/** Which cells of the matrix are covered, row by row, for the picture. */
export function coveredCells(matrix: CoverageMatrix): boolean[][] {
	return matrix.concepts.map((concept) =>
		matrix.states.map((state) => Boolean(matrix.cells[concept.conceptId]?.[state.code]))
	);
}
