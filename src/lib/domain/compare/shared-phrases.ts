// What do many definitions of one concept share? Words and phrases that occur (after
// normalisation and crude stemming, ignoring stop words) in at least a threshold share of the
// texts, with where they occur in each original text so that the interface can highlight them.
//
// Phrases are runs of content words uninterrupted by punctuation, with at most a few stop words
// between them ("security of network and information systems" matches "security of networks and
// information systems"). They grow as long as they stay shared (Apriori-style: an (n+1)-word
// phrase is only considered where its first n words are already shared), and a phrase is dropped
// when a longer one containing it is in exactly the same texts: "critical infrastructure" is
// reported instead of "critical" and "infrastructure", unless those also occur in other texts.
import { mergeRanges } from './ranges';
import { tokenizeWords, type WordToken } from './tokenize';
import type { ComparableText, TextRange } from './types';

export interface SharedPhraseOptions {
	/** Least number of texts a phrase must occur in. Default: more than half of the texts, at least 2. */
	minTexts?: number;
	/** Alternatively, the least share of texts (0..1), e.g. 0.3; never fewer than 2 texts. */
	minShare?: number;
	/** Longest phrase in content words (default 8; shared runs are rarely longer than punctuation allows). */
	maxPhraseWords?: number;
	/** Stop words allowed between two words of a phrase (default 3). */
	maxStopWordsBetween?: number;
	/** Match inflected forms through the crude stemmer (default true). */
	stem?: boolean;
	/** Return at most this many phrases, the best ranked (default: all). */
	limit?: number;
}

export interface PhraseOccurrences {
	id: string;
	/** Ranges in the original text, in order. */
	ranges: TextRange[];
}

export interface SharedPhrase {
	/** The normalised (stemmed) content words, space-separated: stable across texts and languages. */
	key: string;
	/** The wording as it is most often written in the texts. */
	label: string;
	wordCount: number;
	/** How many texts contain it. */
	textCount: number;
	/** textCount / number of texts compared. */
	coverage: number;
	/** One entry per text that contains it, in the order of the input. */
	occurrences: PhraseOccurrences[];
}

interface PreparedText {
	source: ComparableText;
	content: WordToken[];
	/** joinsPrevious[i]: content word i may follow content word i − 1 inside one phrase. */
	joinsPrevious: boolean[];
}

interface Position {
	text: number;
	/** Index of the first content word. */
	first: number;
}

interface Gram {
	keys: string[];
	textCount: number;
	lastText: number;
	positions: Position[];
	subsumed: boolean;
}

function prepare(
	source: ComparableText,
	options: Required<Pick<SharedPhraseOptions, 'maxStopWordsBetween' | 'stem'>>
): PreparedText {
	const tokens = tokenizeWords(source.text, source.locale, { stem: options.stem });
	const content: WordToken[] = [];
	const joinsPrevious: boolean[] = [];
	let previousContentIndex = -1;
	let breakSincePrevious = false;
	tokens.forEach((token, index) => {
		breakSincePrevious ||= token.afterBreak;
		if (token.isStopWord) return;
		const stopWordsBetween = index - previousContentIndex - 1;
		joinsPrevious.push(
			previousContentIndex >= 0 && !breakSincePrevious && stopWordsBetween <= options.maxStopWordsBetween
		);
		content.push(token);
		previousContentIndex = index;
		breakSincePrevious = false;
	});
	return { source, content, joinsPrevious };
}

function addPosition(grams: Map<string, Gram>, key: string, keys: () => string[], position: Position): void {
	let gram = grams.get(key);
	if (!gram) {
		gram = { keys: keys(), textCount: 0, lastText: -1, positions: [], subsumed: false };
		grams.set(key, gram);
	}
	if (gram.lastText !== position.text) {
		gram.textCount++;
		gram.lastText = position.text;
	}
	gram.positions.push(position);
}

function keepShared(grams: Map<string, Gram>, minTexts: number): Map<string, Gram> {
	for (const [key, gram] of grams) if (gram.textCount < minTexts) grams.delete(key);
	return grams;
}

function minimumTexts(textCount: number, options: SharedPhraseOptions): number {
	if (options.minTexts !== undefined) return Math.max(2, Math.ceil(options.minTexts));
	if (options.minShare !== undefined) return Math.max(2, Math.ceil(options.minShare * textCount - 1e-9));
	return Math.max(2, Math.floor(textCount / 2) + 1);
}

const ONLY_DIGITS = /^\p{N}+$/u;

/** The words and phrases most of the texts share, best first (most texts, then longest). */
export function sharedPhrases(texts: readonly ComparableText[], options: SharedPhraseOptions = {}): SharedPhrase[] {
	if (texts.length < 2) return [];
	const minTexts = minimumTexts(texts.length, options);
	if (minTexts > texts.length) return [];
	const maxWords = Math.max(1, options.maxPhraseWords ?? 8);
	const prepared = texts.map((text) =>
		prepare(text, { maxStopWordsBetween: options.maxStopWordsBetween ?? 3, stem: options.stem ?? true })
	);

	let level = new Map<string, Gram>();
	prepared.forEach((text, textIndex) => {
		text.content.forEach((token, first) =>
			addPosition(level, token.key, () => [token.key], { text: textIndex, first })
		);
	});
	keepShared(level, minTexts);
	const singleWords = level;
	const kept: Gram[] = [];

	for (let length = 1; level.size > 0; length++) {
		const longer = new Map<string, Gram>();
		if (length < maxWords) {
			for (const [key, gram] of level) {
				for (const position of gram.positions) {
					const text = prepared[position.text]!;
					const nextIndex = position.first + length;
					const next = text.content[nextIndex];
					if (!next || !text.joinsPrevious[nextIndex] || !singleWords.has(next.key)) continue;
					addPosition(longer, `${key} ${next.key}`, () => [...gram.keys, next.key], position);
				}
			}
			keepShared(longer, minTexts);
			for (const gram of longer.values()) {
				const prefix = level.get(gram.keys.slice(0, -1).join(' '));
				const suffix = level.get(gram.keys.slice(1).join(' '));
				if (prefix && prefix.textCount === gram.textCount) prefix.subsumed = true;
				if (suffix && suffix.textCount === gram.textCount) suffix.subsumed = true;
			}
		}
		for (const gram of level.values()) {
			if (!gram.subsumed && !(length === 1 && ONLY_DIGITS.test(gram.keys[0]!))) kept.push(gram);
		}
		level = longer;
	}

	const phrases = kept.map((gram) => describe(gram, prepared));
	phrases.sort(
		(left, right) =>
			right.textCount - left.textCount ||
			right.wordCount - left.wordCount ||
			left.label.localeCompare(right.label) ||
			left.key.localeCompare(right.key)
	);
	return options.limit === undefined ? phrases : phrases.slice(0, Math.max(0, options.limit));
}

function describe(gram: Gram, prepared: readonly PreparedText[]): SharedPhrase {
	const wordCount = gram.keys.length;
	const rangesByText = new Map<number, TextRange[]>();
	const labelCounts = new Map<string, number>();
	for (const position of gram.positions) {
		const text = prepared[position.text]!;
		const start = text.content[position.first]!.start;
		const end = text.content[position.first + wordCount - 1]!.end;
		let ranges = rangesByText.get(position.text);
		if (!ranges) rangesByText.set(position.text, (ranges = []));
		ranges.push({ start, end });
		const label = text.source.text.slice(start, end).replace(/\s+/gu, ' ');
		labelCounts.set(label, (labelCounts.get(label) ?? 0) + 1);
	}
	let label = '';
	let labelCount = 0;
	for (const [candidate, count] of labelCounts) {
		if (count > labelCount) {
			label = candidate;
			labelCount = count;
		}
	}
	return {
		key: gram.keys.join(' '),
		label,
		wordCount,
		textCount: gram.textCount,
		coverage: gram.textCount / prepared.length,
		occurrences: [...rangesByText.entries()]
			.sort(([left], [right]) => left - right)
			.map(([textIndex, ranges]) => ({
				id: prepared[textIndex]!.source.id,
				ranges: ranges.sort((left, right) => left.start - right.start)
			}))
	};
}

/** For one text, the ranges to highlight: every shared phrase it contains, merged. */
export function highlightRanges(phrases: readonly SharedPhrase[], id: string): TextRange[] {
	return mergeRanges(
		phrases.flatMap((phrase) =>
			phrase.occurrences.filter((occurrence) => occurrence.id === id).flatMap((occurrence) => occurrence.ranges)
		)
	);
}
