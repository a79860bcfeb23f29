// Pairwise similarity of many texts (the heatmap of one concept's national definitions).
import { comparisonKeys, encodedSimilarityParts, encodeKeys, KeyCodes, type SimilarityOptions } from './similarity';
import type { ComparableText } from './types';

/** Square, symmetric, 1 on the diagonal; row and column i belong to the i-th text given. */
export type SimilarityMatrix = number[][];

/** textSimilarity for every pair, each text tokenised once. */
export function similarityMatrix(texts: readonly ComparableText[], options: SimilarityOptions = {}): SimilarityMatrix {
	const codes = new KeyCodes();
	const encoded = texts.map((text) => encodeKeys(comparisonKeys(text.text, text.locale, options), codes));
	const matrix: SimilarityMatrix = encoded.map(() => new Array<number>(encoded.length).fill(1));
	for (let row = 0; row < encoded.length; row++) {
		for (let column = row + 1; column < encoded.length; column++) {
			const score = encodedSimilarityParts(encoded[row]!, encoded[column]!).score;
			matrix[row]![column] = score;
			matrix[column]![row] = score;
		}
	}
	return matrix;
}

/** Throws when the matrix is not square with one row per id. */
export function assertSquareMatrix(matrix: SimilarityMatrix, size: number): void {
	if (matrix.length !== size || matrix.some((row) => row.length !== size)) {
		throw new RangeError(`Expected a ${size}×${size} similarity matrix.`);
	}
}
