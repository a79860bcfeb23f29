// How far apart the national definitions of one concept are, as one figure.
//
// Divergence = 1 − mean pairwise similarity, i.e. the expected dissimilarity between the
// definitions of two States picked at random among those that define the concept. It is 0 when
// all texts read the same and tends to 1 when no two share wording; being a mean, it compares
// concepts defined by 3 States with concepts defined by 40; it needs no threshold or choice of
// a "central" text. A concept where most States agree and one differs scores lower (closer to
// consensus) than one where the States split into camps, which is the order a working group
// wants. Undefined (null) with fewer than two texts: there is nothing to compare.
import type { SimilarityMatrix } from './similarity-matrix';

export function conceptDivergence(matrix: SimilarityMatrix): number | null {
	const size = matrix.length;
	if (size < 2) return null;
	let sum = 0;
	for (let row = 0; row < size; row++) {
		for (let column = row + 1; column < size; column++) sum += matrix[row]?.[column] ?? 0;
	}
	const pairs = (size * (size - 1)) / 2;
	return Math.min(1, Math.max(0, 1 - sum / pairs));
}

export interface ConceptDivergence {
	id: string;
	/** null when fewer than two texts define the concept. */
	divergence: number | null;
	textCount: number;
}

/** Concepts from closest to consensus to furthest; concepts that cannot be measured last. */
export function rankByDivergence(concepts: readonly { id: string; matrix: SimilarityMatrix }[]): ConceptDivergence[] {
	return concepts
		.map((concept) => ({
			id: concept.id,
			divergence: conceptDivergence(concept.matrix),
			textCount: concept.matrix.length
		}))
		.sort((left, right) => {
			if (left.divergence === null || right.divergence === null) {
				if (left.divergence !== right.divergence) return left.divergence === null ? 1 : -1;
				return left.id.localeCompare(right.id);
			}
			return left.divergence - right.divergence || right.textCount - left.textCount || left.id.localeCompare(right.id);
		});
}
