// Similarity of two definitions, 0 (nothing in common) to 1 (same wording).
//
// Both texts are reduced to their content words (normalised, crudely stemmed, stop words out),
// then two measures are blended:
//  - shared vocabulary: the Dice coefficient of the two bags of words, 2·|A∩B| / (|A|+|B|).
//    It ignores word order, so "protection of critical infrastructure against cyber threats"
//    and "protecting against cyber threats the critical infrastructure" still score high, which
//    is what national definitions do: the same elements in a different sentence structure.
//  - shared sequence: 2·LCS(A,B) / (|A|+|B|), the longest common subsequence of words. It rewards
//    wording taken over in the same order (a revision, a transposed EU definition) above a mere
//    shared vocabulary, so a faithful revision ranks above a paraphrase.
// Both are symmetric, equal 1 only for the same word sequence, and LCS ≤ bag overlap, so the
// blend stays in 0..1 and a reordering costs at most SEQUENCE_WEIGHT. Vocabulary weighs more
// because reordering is the normal variation between States, not a difference of meaning.
//
// Empty texts: two texts without words are identical (1); a text without words and one with
// words have nothing in common (0). Text with only stop words is compared on those.
import { tokenizeWords } from './tokenize';

export const VOCABULARY_WEIGHT = 0.65;
export const SEQUENCE_WEIGHT = 0.35;

export interface SimilarityOptions {
	/** Let inflected forms match through a crude stemmer (default true). */
	stem?: boolean;
}

/** The words of a text as compared: content keys, or all keys when it has only stop words. */
export function comparisonKeys(text: string, locale: string, options: SimilarityOptions = {}): string[] {
	const tokens = tokenizeWords(text, locale, { stem: options.stem ?? true });
	const content = tokens.filter((token) => !token.isStopWord);
	return (content.length > 0 ? content : tokens).map((token) => token.key);
}

/** Words as small integers (the same key, the same code) so pairwise work is cheap. */
export class KeyCodes {
	readonly #codes = new Map<string, number>();

	encode(keys: readonly string[]): Int32Array {
		const codes = new Int32Array(keys.length);
		keys.forEach((key, index) => {
			let code = this.#codes.get(key);
			if (code === undefined) {
				code = this.#codes.size;
				this.#codes.set(key, code);
			}
			codes[index] = code;
		});
		return codes;
	}
}

/** A text ready for repeated comparison: its word codes in order and sorted. */
export interface EncodedText {
	sequence: Int32Array;
	sorted: Int32Array;
}

export function encodeKeys(keys: readonly string[], codes: KeyCodes): EncodedText {
	const sequence = codes.encode(keys);
	return { sequence, sorted: sequence.slice().sort() };
}

function sharedWordCount(left: Int32Array, right: Int32Array): number {
	let shared = 0;
	let leftIndex = 0;
	let rightIndex = 0;
	while (leftIndex < left.length && rightIndex < right.length) {
		const leftCode = left[leftIndex]!;
		const rightCode = right[rightIndex]!;
		if (leftCode === rightCode) {
			shared++;
			leftIndex++;
			rightIndex++;
		} else if (leftCode < rightCode) leftIndex++;
		else rightIndex++;
	}
	return shared;
}

function longestCommonSubsequence(left: Int32Array, right: Int32Array): number {
	const [outer, inner] = left.length >= right.length ? [left, right] : [right, left];
	let previous = new Int32Array(inner.length + 1);
	let current = new Int32Array(inner.length + 1);
	for (let outerIndex = 0; outerIndex < outer.length; outerIndex++) {
		const outerCode = outer[outerIndex]!;
		for (let innerIndex = 0; innerIndex < inner.length; innerIndex++) {
			current[innerIndex + 1] =
				inner[innerIndex] === outerCode
					? previous[innerIndex]! + 1
					: Math.max(previous[innerIndex + 1]!, current[innerIndex]!);
		}
		[previous, current] = [current, previous];
	}
	return previous[inner.length]!;
}

export interface SimilarityParts {
	/** Dice coefficient of the two bags of words. */
	vocabulary: number;
	/** 2·LCS / total words. */
	sequence: number;
	/** The blend used everywhere: VOCABULARY_WEIGHT·vocabulary + SEQUENCE_WEIGHT·sequence. */
	score: number;
}

export function encodedSimilarityParts(left: EncodedText, right: EncodedText): SimilarityParts {
	const total = left.sequence.length + right.sequence.length;
	if (total === 0) return { vocabulary: 1, sequence: 1, score: 1 };
	if (left.sequence.length === 0 || right.sequence.length === 0) return { vocabulary: 0, sequence: 0, score: 0 };
	const vocabulary = (2 * sharedWordCount(left.sorted, right.sorted)) / total;
	// The subsequence can only be as long as the shared bag; skip the quadratic part when it is empty.
	const sequence = vocabulary === 0 ? 0 : (2 * longestCommonSubsequence(left.sequence, right.sequence)) / total;
	return { vocabulary, sequence, score: Math.min(1, VOCABULARY_WEIGHT * vocabulary + SEQUENCE_WEIGHT * sequence) };
}

/** The similarity of two texts of one language with its two components. */
export function similarityParts(
	left: string,
	right: string,
	locale: string,
	options: SimilarityOptions = {}
): SimilarityParts {
	const codes = new KeyCodes();
	return encodedSimilarityParts(
		encodeKeys(comparisonKeys(left, locale, options), codes),
		encodeKeys(comparisonKeys(right, locale, options), codes)
	);
}

/** Similarity of two definitions in one language, 0..1; see the comment at the top of this file. */
export function textSimilarity(left: string, right: string, locale: string, options: SimilarityOptions = {}): number {
	return similarityParts(left, right, locale, options).score;
}
