// Ordering for the heatmap: texts that are alike end up next to each other, so that groups of
// States with shared wording show as blocks along the diagonal.
//
// Average-linkage (UPGMA) agglomerative clustering on the similarity matrix: repeatedly merge
// the two clusters with the highest mean similarity between their members. Average linkage sits
// between single linkage (chains unrelated texts through one intermediate) and complete linkage
// (splits a group over one odd pair), and its merge similarities never increase, so cutting the
// tree at a threshold gives well-defined clusters. The leaves in tree order are the ordering;
// at each merge the two halves are turned so that the most similar ends meet.
import { assertSquareMatrix, type SimilarityMatrix } from './similarity-matrix';

export interface ClusterOptions {
	/** Texts end in one cluster when their clusters' mean similarity is at least this (default 0.5). */
	threshold?: number;
}

export interface ClusterMerge {
	/** The ids of the two clusters merged (in display order). */
	left: string[];
	right: string[];
	/** Mean pairwise similarity between the two clusters' members. */
	similarity: number;
}

export interface ClusterOrdering {
	/** Every id once; similar texts adjacent. */
	order: string[];
	/** Groups at the threshold, in display order, each in display order; singletons included. */
	clusters: string[][];
	/** The merges in the order made (highest similarity first): the dendrogram. */
	merges: ClusterMerge[];
}

function bestOrientation(left: number[], right: number[], matrix: SimilarityMatrix): number[] {
	const candidates = [
		[left, right],
		[left, [...right].reverse()],
		[[...left].reverse(), right],
		[[...left].reverse(), [...right].reverse()]
	] as const;
	let best: readonly [number[], number[]] = candidates[0];
	let bestSimilarity = -Infinity;
	for (const candidate of candidates) {
		const similarity = matrix[candidate[0][candidate[0].length - 1]!]![candidate[1][0]!]!;
		if (similarity > bestSimilarity + 1e-12) {
			best = candidate;
			bestSimilarity = similarity;
		}
	}
	return [...best[0], ...best[1]];
}

/** Order the ids so similar texts are adjacent and group them at the threshold. */
export function clusterOrder(
	matrix: SimilarityMatrix,
	ids: readonly string[],
	options: ClusterOptions = {}
): ClusterOrdering {
	assertSquareMatrix(matrix, ids.length);
	const threshold = options.threshold ?? 0.5;
	// Each active cluster's members (indices into the matrix) in display order; null once merged away.
	const active: (number[] | null)[] = ids.map((_, index) => [index]);
	// The clusters at the threshold: merge similarities never increase under average linkage, so
	// they are the active clusters just before the first merge below the threshold.
	let groupsAtThreshold: number[][] | null = null;
	// Mean similarity between active clusters, kept up to date with the Lance–Williams formula.
	const linkage = matrix.map((row) => [...row]);
	const merges: ClusterMerge[] = [];

	for (let remaining = ids.length; remaining > 1; remaining--) {
		let bestLeft = -1;
		let bestRight = -1;
		let bestSimilarity = -Infinity;
		for (let left = 0; left < active.length; left++) {
			if (!active[left]) continue;
			const row = linkage[left]!;
			for (let right = left + 1; right < active.length; right++) {
				// The first pair is taken even if the matrix holds NaN, so the loop always progresses.
				if (active[right] && (row[right]! > bestSimilarity || bestLeft < 0)) {
					bestSimilarity = row[right]!;
					bestLeft = left;
					bestRight = right;
				}
			}
		}
		const leftMembers = active[bestLeft]!;
		const rightMembers = active[bestRight]!;
		if (bestSimilarity < threshold && !groupsAtThreshold)
			groupsAtThreshold = active.filter((members) => members !== null);
		active[bestLeft] = bestOrientation(leftMembers, rightMembers, matrix);
		active[bestRight] = null;
		merges.push({
			left: leftMembers.map((index) => ids[index]!),
			right: rightMembers.map((index) => ids[index]!),
			similarity: bestSimilarity
		});
		const leftSize = leftMembers.length;
		const rightSize = rightMembers.length;
		for (let other = 0; other < active.length; other++) {
			if (!active[other] || other === bestLeft) continue;
			const merged =
				(leftSize * linkage[bestLeft]![other]! + rightSize * linkage[bestRight]![other]!) / (leftSize + rightSize);
			linkage[bestLeft]![other] = merged;
			linkage[other]![bestLeft] = merged;
		}
	}

	const root = active.find((members) => members !== null);
	if (!root) return { order: [], clusters: [], merges };
	return {
		order: root.map((index) => ids[index]!),
		clusters: orderGroups(groupsAtThreshold ?? [root], root).map((group) => group.map((index) => ids[index]!)),
		merges
	};
}

function orderGroups(groups: number[][], displayOrder: readonly number[]): number[][] {
	const position = new Map(displayOrder.map((index, place) => [index, place]));
	return groups
		.map((group) => [...group].sort((left, right) => position.get(left)! - position.get(right)!))
		.sort((left, right) => position.get(left[0]!)! - position.get(right[0]!)!);
}
