// Text comparison for national definitions and consensus proposals: word-level diff, similarity,
// reference-only definitions, shared wording, similarity matrix with clustering, divergence.
// Pure functions: no I/O, usable on the server and in the browser.
export type { ComparableText, TextRange } from './types';
export { mergeRanges } from './ranges';
export { normaliseWord } from './normalise-word';
export { isStopWord } from './stop-words';
export { crudeStem } from './stem';
export { tokenizeWords, contentKeys, type WordToken, type TokenizeOptions } from './tokenize';
export {
	wordDiff,
	textBefore,
	textAfter,
	diffStats,
	summariseChange,
	CHANGE_SUMMARY_LABELS,
	type DiffSegment,
	type DiffSegmentKind,
	type DiffStats,
	type ChangeSummary,
	type WordDiffOptions
} from './word-diff';
export {
	textSimilarity,
	similarityParts,
	comparisonKeys,
	VOCABULARY_WEIGHT,
	SEQUENCE_WEIGHT,
	type SimilarityOptions,
	type SimilarityParts
} from './similarity';
export { detectReferenceDefinition, type ReferenceDetection } from './reference-definition';
export {
	sharedPhrases,
	highlightRanges,
	type SharedPhrase,
	type SharedPhraseOptions,
	type PhraseOccurrences
} from './shared-phrases';
export { similarityMatrix, type SimilarityMatrix } from './similarity-matrix';
export { clusterOrder, type ClusterOrdering, type ClusterOptions, type ClusterMerge } from './clustering';
export { conceptDivergence, rankByDivergence, type ConceptDivergence } from './divergence';
