// Highlighted pieces of result texts: the words a query matched (word-match.ts), and long
// definitions cropped around the first match so a result shows the passage that matched.
import { WORD_PATTERN, type WordMatcher } from './word-match';

export interface TextPiece {
	text: string;
	match: boolean;
}

export function piecesFromRanges(text: string, ranges: readonly [number, number][]): TextPiece[] {
	const pieces: TextPiece[] = [];
	let cursor = 0;
	for (const [start, end] of ranges) {
		if (start > cursor) pieces.push({ text: text.slice(cursor, start), match: false });
		pieces.push({ text: text.slice(start, end), match: true });
		cursor = end;
	}
	if (cursor < text.length) pieces.push({ text: text.slice(cursor), match: false });
	return pieces;
}

// One pattern for every text: exec() keeps its place in lastIndex, reset for each text.
const WORDS = new RegExp(WORD_PATTERN);
// Words next to each other for the search engine: apart by spaces or a hyphen only.
const SOFT_GAP = /^[\s\-‐‑]+$/u;

/**
 * `text` in pieces, the words `matches` accepts marked, and two adjacent words that spell a query
 * word together. With `cropWords`, a text of more words keeps about that many around its first
 * match (a third of them before it), and "…" marks the cuts; words outside what is kept are not
 * looked at.
 */
export function highlightText(text: string, matches: WordMatcher, cropWords = Infinity): TextPiece[] {
	if (!text) return [];
	const starts: number[] = [];
	const ends: number[] = [];
	// Each word taken once: matching looks a word up by its text, and a string keeps its hash.
	const words: string[] = [];
	WORDS.lastIndex = 0;
	for (let found = WORDS.exec(text); found; found = WORDS.exec(text)) {
		starts.push(found.index);
		ends.push(found.index + found[0].length);
		words.push(found[0]);
	}
	const count = starts.length;
	const { pair } = matches;
	// How many words a match starting at word `index` covers: 0, 1, or 2 for a split query word.
	const matchedWords = (index: number, end: number) => {
		const current = words[index]!;
		if (matches(current)) return 1;
		if (!pair || index + 1 >= end || !pair(current, words[index + 1]!)) return 0;
		return SOFT_GAP.test(text.slice(ends[index], starts[index + 1])) ? 2 : 0;
	};

	let first = 0;
	let last = count; // words [first, last) are kept
	if (count > cropWords) {
		let firstMatch = 0;
		while (firstMatch < count && matchedWords(firstMatch, count) === 0) firstMatch++;
		if (firstMatch === count) firstMatch = 0;
		first = Math.max(0, Math.min(firstMatch - Math.floor(cropWords / 3), count - cropWords));
		last = first + cropWords;
	}
	const from = first === 0 ? 0 : starts[first]!;
	const to = last === count ? text.length : starts[last]!;
	const ranges: [number, number][] = [];
	for (let index = first; index < last; index++) {
		const covered = matchedWords(index, last);
		// A split query word is one mark over both words, as Meilisearch draws it.
		if (covered > 0) ranges.push([starts[index]! - from, ends[index + covered - 1]! - from]);
		if (covered === 2) index++;
	}

	const kept = text.slice(from, to);
	const pieces = piecesFromRanges(last === count ? kept : kept.trimEnd(), ranges);
	if (from > 0) pieces.unshift({ text: '… ', match: false });
	if (to < text.length) pieces.push({ text: ' …', match: false });
	return pieces;
}
