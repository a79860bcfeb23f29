// The side-by-side comparison of national definitions of one concept: which text of each entry is
// compared (English or original), definitions that only refer to another instrument, word diffs
// against a chosen baseline with a similarity score, and — without a baseline — the wording most
// texts share and the pairwise similarity of all texts, ordered so that similar States sit together.
import {
	clusterOrder,
	conceptDivergence,
	detectReferenceDefinition,
	highlightRanges,
	sharedPhrases,
	similarityMatrix,
	textSimilarity,
	wordDiff,
	type DiffSegment,
	type ReferenceDetection,
	type SharedPhrase,
	type TextRange
} from './compare';
import { englishVersion, originalVersion, primaryLanguage, type EntryContent } from './national-entry';

export type ComparedText = 'english' | 'original';

export interface ComparisonInput {
	/** `e{entryId}` for national entries; the baseline may also be a proposal text. */
	id: string;
	content: EntryContent;
}

export interface Baseline {
	id: string;
	label: string;
	language: string;
	text: string;
}

export interface ComparisonCard {
	id: string;
	/** The text compared: the English definition, or the original one. */
	language: string;
	term: string;
	text: string;
	/** True when English was asked for but the entry has none, so the original is shown. */
	fellBackToOriginal: boolean;
	reference: ReferenceDetection;
	/** Against the baseline, when there is one and the languages match. */
	diff: DiffSegment[] | null;
	similarity: number | null;
	/** Ranges of the text that belong to the shared wording (no baseline). */
	sharedRanges: TextRange[];
}

export interface ComparisonResult {
	cards: ComparisonCard[];
	baseline: Baseline | null;
	shared: SharedPhrase[];
	/** Ids in the order that puts similar texts next to each other. */
	order: string[];
	clusters: string[][];
	/** similarity[i][j] for ids in `order`; null where the two texts are in different languages or are references. */
	matrix: (number | null)[][];
	divergence: number | null;
}

export function chooseText(
	content: EntryContent,
	wanted: ComparedText
): { language: string; term: string; text: string; fellBack: boolean } {
	const original = originalVersion(content.languageVersions);
	const english = englishVersion(content.languageVersions);
	const useEnglish = wanted === 'english' && english?.definition;
	const version = useEnglish ? english : original;
	return {
		language: version?.language ?? 'und',
		term: version?.term ?? '',
		text: version?.definition ?? '',
		fellBack: wanted === 'english' && !useEnglish && primaryLanguage(original?.language ?? '') !== 'en'
	};
}

export function compareDefinitions(
	inputs: readonly ComparisonInput[],
	options: { text: ComparedText; baseline: Baseline | null }
): ComparisonResult {
	const chosen = inputs.map((input) => {
		const text = chooseText(input.content, options.text);
		return { id: input.id, ...text, reference: detectReferenceDefinition(text.text, text.language) };
	});
	// References are shown as such, never compared word by word; and wording is only compared
	// between texts of one language, so a text alone in its language is left out of the matrix.
	const withText = chosen.filter((card) => card.reference.kind === 'definition' && card.text.trim() !== '');
	const perLanguage = new Map<string, number>();
	for (const card of withText)
		perLanguage.set(primaryLanguage(card.language), (perLanguage.get(primaryLanguage(card.language)) ?? 0) + 1);
	const comparable = withText.filter((card) => (perLanguage.get(primaryLanguage(card.language)) ?? 0) >= 2);
	const mainLanguage = [...perLanguage].sort((a, b) => b[1] - a[1])[0]?.[0];
	const shared = options.baseline
		? []
		: sharedPhrases(
				comparable
					.filter((card) => primaryLanguage(card.language) === mainLanguage)
					.map((card) => ({ id: card.id, text: card.text, locale: card.language }))
			);

	const baseline = options.baseline;
	const cards: ComparisonCard[] = chosen.map((card) => {
		const sameLanguage = baseline && primaryLanguage(baseline.language) === primaryLanguage(card.language);
		const compared = card.reference.kind === 'definition' && sameLanguage && card.id !== baseline.id;
		return {
			id: card.id,
			language: card.language,
			term: card.term,
			text: card.text,
			fellBackToOriginal: card.fellBack,
			reference: card.reference,
			diff: compared ? wordDiff(baseline.text, card.text, card.language) : null,
			similarity: compared ? textSimilarity(baseline.text, card.text, card.language, { stem: true }) : null,
			sharedRanges: shared.length ? highlightRanges(shared, card.id) : []
		};
	});

	const raw = similarityMatrix(
		comparable.map((card) => ({ id: card.id, text: card.text, locale: card.language })),
		{ stem: true }
	);
	const ids = comparable.map((card) => card.id);
	const ordering = ids.length > 1 ? clusterOrder(raw, ids) : { order: ids, clusters: ids.map((id) => [id]) };
	const position = new Map(ids.map((id, index) => [id, index]));
	const languageOf = new Map(comparable.map((card) => [card.id, primaryLanguage(card.language)]));
	const matrix = ordering.order.map((row) =>
		ordering.order.map((column) => {
			if (languageOf.get(row) !== languageOf.get(column)) return null;
			return raw[position.get(row)!]?.[position.get(column)!] ?? null;
		})
	);
	// Divergence only over texts in the most common language, where similarity means something.
	const mainIds = ids.filter((id) => languageOf.get(id) === mainLanguage);
	const mainMatrix = mainIds.map((row) => mainIds.map((column) => raw[position.get(row)!]![position.get(column)!]!));

	return {
		cards,
		baseline,
		shared,
		order: [...ordering.order, ...chosen.filter((card) => !position.has(card.id)).map((card) => card.id)],
		clusters: ordering.clusters,
		matrix,
		divergence: conceptDivergence(mainMatrix)
	};
}
