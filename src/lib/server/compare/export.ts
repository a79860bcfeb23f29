// CSV downloads of a comparison and of the coverage matrix, for working papers and spreadsheets
// (shaped as every CSV of the platform is: tabular/csv-writing).
import type { ComparisonView } from './comparison';
import type { CoverageMatrix } from './coverage';
import { originalWithEnglish } from '../../domain/national-entry';
import { csvDocument } from '../../domain/tabular/csv-writing';

export function comparisonCsv(view: ComparisonView): string {
	const cards = new Map(view.result.cards.map((card) => [card.id, card]));
	const rows = view.entries.map((entry) => {
		const texts = originalWithEnglish(entry.content.languageVersions);
		const card = cards.get(entry.id);
		return [
			entry.stateCode,
			entry.stateName,
			entry.cycleYear,
			entry.equivalence ?? '',
			texts.language,
			texts.term,
			texts.definition ?? '',
			texts.englishTerm ?? '',
			texts.englishDefinition ?? '',
			card?.reference.kind === 'reference'
				? `${card.reference.instrument}${card.reference.provision ? `, ${card.reference.provision}` : ''}`
				: '',
			card?.similarity === null || card?.similarity === undefined ? '' : card.similarity.toFixed(2),
			[entry.content.sourceAct, entry.content.sourceArticle, entry.content.sourceDate, entry.content.sourceUrl]
				.filter(Boolean)
				.join('; ')
		];
	});
	const header = [
		'State code',
		'State',
		'Cycle',
		'Equivalence',
		'Original language',
		'Term (original)',
		'Definition (original)',
		'Term (English)',
		'Definition (English)',
		'Refers to',
		view.result.baseline ? `Similarity to ${view.result.baseline.label}` : 'Similarity',
		'Source'
	];
	return csvDocument(header, rows);
}

export function coverageCsv(matrix: CoverageMatrix): string {
	const header = ['Concept', 'Status', 'States', 'Divergence', ...matrix.states.map((state) => state.code)];
	const rows = matrix.concepts.map((concept) => [
		concept.label,
		concept.status,
		concept.stateCount,
		concept.divergence === null ? '' : concept.divergence.toFixed(2),
		...matrix.states.map((state) => matrix.cells[concept.conceptId]?.[state.code]?.cycles.join(' ') ?? '')
	]);
	return csvDocument(header, rows);
}
