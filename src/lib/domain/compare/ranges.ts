// Character ranges for highlighting.
import type { TextRange } from './types';

/** Sorted, with overlapping and touching ranges merged: what the interface wraps in <mark>. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
	const sorted = ranges
		.filter((range) => range.end > range.start)
		.sort((left, right) => left.start - right.start || left.end - right.end);
	const merged: TextRange[] = [];
	for (const range of sorted) {
		const last = merged[merged.length - 1];
		if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
		else merged.push({ ...range });
	}
	return merged;
}
