// Turns the match positions Meilisearch reports (UTF-8 byte offsets in the indexed, normalised
// text) into highlighted pieces of the original text, and crops long definitions around the
// first match so a result shows the passage that matched.

export interface BytePosition {
	start: number;
	length: number;
}

export interface TextPiece {
	text: string;
	match: boolean;
}

function utf8Length(codePoint: number): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Character ranges [start, end) in UTF-16 units of `original`, for byte positions in `indexed`.
 * `indexed` must be `original` with code points replaced one for one (normaliseForSearch).
 */
export function byteRangesToCharRanges(original: string, indexed: string, positions: readonly BytePosition[]): [number, number][] {
	const originalPoints = Array.from(original);
	const indexedPoints = Array.from(indexed);
	if (originalPoints.length !== indexedPoints.length) return [];
	// byte offset in `indexed` at the start of each code point, and UTF-16 offset in `original`
	const byteStarts: number[] = [];
	const charStarts: number[] = [];
	let bytes = 0;
	let chars = 0;
	for (let index = 0; index < indexedPoints.length; index++) {
		byteStarts.push(bytes);
		charStarts.push(chars);
		bytes += utf8Length(indexedPoints[index]!.codePointAt(0)!);
		chars += originalPoints[index]!.length;
	}
	byteStarts.push(bytes);
	charStarts.push(chars);

	const toChar = (byteOffset: number) => {
		// first code point whose start is at or after the offset
		let low = 0;
		let high = byteStarts.length - 1;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (byteStarts[middle]! < byteOffset) low = middle + 1;
			else high = middle;
		}
		return charStarts[low]!;
	};
	const ranges = positions
		.map((position): [number, number] => [toChar(position.start), toChar(position.start + position.length)])
		.filter(([start, end]) => end > start)
		.sort((a, b) => a[0] - b[0]);
	// merge overlapping ranges
	const merged: [number, number][] = [];
	for (const range of ranges) {
		const last = merged.at(-1);
		if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push([...range]);
	}
	return merged;
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

/**
 * Keeps about `maxWords` words around the first match (the whole text when it is short enough),
 * marking cut ends with "…".
 */
export function cropPieces(pieces: readonly TextPiece[], maxWords: number): TextPiece[] {
	const text = pieces.map((piece) => piece.text).join('');
	const words = text.split(/\s+/).filter(Boolean);
	if (words.length <= maxWords) return [...pieces];

	const firstMatchOffset = (() => {
		let offset = 0;
		for (const piece of pieces) {
			if (piece.match) return offset;
			offset += piece.text.length;
		}
		return 0;
	})();
	// word boundaries as character offsets
	const starts: number[] = [];
	const wordPattern = /\S+/g;
	for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) starts.push(match.index);
	const matchWord = Math.max(0, starts.findLastIndex((start) => start <= firstMatchOffset));
	const firstWord = Math.max(0, Math.min(matchWord - Math.floor(maxWords / 3), starts.length - maxWords));
	const from = starts[firstWord] ?? 0;
	const lastWord = firstWord + maxWords;
	const to = lastWord < starts.length ? starts[lastWord]! : text.length;

	const cropped: TextPiece[] = [];
	let offset = 0;
	for (const piece of pieces) {
		const start = Math.max(offset, from);
		const end = Math.min(offset + piece.text.length, to);
		if (end > start) cropped.push({ text: piece.text.slice(start - offset, end - offset), match: piece.match });
		offset += piece.text.length;
	}
	if (from > 0) cropped.unshift({ text: '… ', match: false });
	if (to < text.length) {
		const last = cropped.at(-1);
		if (last && !last.match) last.text = last.text.trimEnd();
		cropped.push({ text: ' …', match: false });
	}
	return cropped;
}

function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und');
}

/**
 * Marks the words of `text` that start with one of `tokens`, ignoring case and accents; used where
 * the search engine gives no match positions (the SQLite fallback).
 */
export function highlightWords(text: string, tokens: readonly string[]): TextPiece[] {
	const prefixes = tokens.map(fold).filter(Boolean);
	if (!text || prefixes.length === 0) return text ? [{ text, match: false }] : [];
	const ranges: [number, number][] = [];
	for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
		const word = fold(match[0]);
		if (prefixes.some((prefix) => word.startsWith(prefix))) ranges.push([match.index, match.index + match[0].length]);
	}
	return piecesFromRanges(text, ranges);
}

/** Ranges of the words of `text` for which `matches(word)` holds. */
export function wordRanges(text: string, matches: (word: string) => boolean): [number, number][] {
	const ranges: [number, number][] = [];
	for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
		if (matches(match[0])) ranges.push([match.index, match.index + match[0].length]);
	}
	return ranges;
}

/** Union of two sorted lists of ranges, merged where they overlap. */
export function mergeRanges(a: readonly [number, number][], b: readonly [number, number][]): [number, number][] {
	const all = [...a, ...b].sort((x, y) => x[0] - y[0]);
	const merged: [number, number][] = [];
	for (const range of all) {
		const last = merged.at(-1);
		if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push([range[0], range[1]]);
	}
	return merged;
}
