// Word-level diff between two texts (two revisions of a national definition, two revisions of a
// proposal, a State's definition against a baseline). jsdiff's diffWords aligns the words; this
// module then rebuilds the segments from the original strings so that they cover both texts
// exactly (equal + removed = before, equal + added = after), including changes of spacing that
// diffWords deliberately ignores when aligning.
import { diffWords } from 'diff';
import { wordSegmenter } from './language';

export type DiffSegmentKind = 'equal' | 'added' | 'removed';

export interface DiffSegment {
	kind: DiffSegmentKind;
	text: string;
}

export interface WordDiffOptions {
	/**
	 * Fold a short run of common text that sits between two larger word changes into the change,
	 * so a rewritten sentence reads as one replacement rather than word confetti (default true).
	 * Never folds common words next to a change of punctuation or spacing only.
	 */
	semanticCleanup?: boolean;
}

const HYPHEN = /^[-‐‑]$/u;
const WHITESPACE = /\s/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const WORDS = /[\p{L}\p{N}]+/gu;

interface SegmentLike {
	segment: string;
	index: number;
	input: string;
	isWordLike: boolean;
}

/**
 * Intl.Segmenter splits "Cybersicherheits-Strategie" at the hyphen; a terminologist reads one word,
 * so hyphenated compounds are merged back into one segment. (Apostrophes are already kept inside
 * words by Unicode word boundaries: "l'État", "dell'articolo", "об'єкт".)
 */
class CompoundWordSegmenter {
	readonly #inner: Intl.Segmenter;

	constructor(inner: Intl.Segmenter) {
		this.#inner = inner;
	}

	resolvedOptions(): Intl.ResolvedSegmenterOptions {
		return this.#inner.resolvedOptions();
	}

	segment(input: string): SegmentLike[] {
		const segments: SegmentLike[] = [];
		for (const { segment, index, isWordLike } of this.#inner.segment(input)) {
			segments.push({ segment, index, input, isWordLike: isWordLike ?? false });
		}
		const merged: SegmentLike[] = [];
		for (let position = 0; position < segments.length; position++) {
			const current = segments[position]!;
			const previous = merged[merged.length - 1];
			const next = segments[position + 1];
			if (previous?.isWordLike && next?.isWordLike && HYPHEN.test(current.segment)) {
				previous.segment += current.segment + next.segment;
				position++;
				continue;
			}
			merged.push({ ...current });
		}
		return merged;
	}
}

const compoundSegmenters = new Map<string, CompoundWordSegmenter>();

function compoundSegmenter(locale: string): CompoundWordSegmenter {
	let segmenter = compoundSegmenters.get(locale);
	if (!segmenter) {
		segmenter = new CompoundWordSegmenter(wordSegmenter(locale));
		compoundSegmenters.set(locale, segmenter);
	}
	return segmenter;
}

interface Span {
	start: number;
	end: number;
}

/**
 * The non-whitespace runs that diffWords treats as tokens, with their offsets. Mirrors jsdiff's
 * own splitting (consecutive segments containing whitespace are one separator), so the n-th
 * token of diffWords is the n-th span here.
 */
function tokenSpans(text: string, segmenter: CompoundWordSegmenter): Span[] {
	const parts: { start: number; text: string }[] = [];
	for (const { segment, index } of segmenter.segment(text)) {
		const last = parts[parts.length - 1];
		if (last && WHITESPACE.test(last.text) && WHITESPACE.test(segment)) last.text += segment;
		else parts.push({ start: index, text: segment });
	}
	return parts
		.filter((part) => !WHITESPACE.test(part.text))
		.map((part) => ({ start: part.start, end: part.start + part.text.length }));
}

interface Anchor {
	before: Span;
	after: Span;
}

/** Pairs of identical tokens that diffWords kept, in order; null when its tokens cannot be mapped. */
function commonTokens(before: string, after: string, segmenter: CompoundWordSegmenter): Anchor[] | null {
	const beforeSpans = tokenSpans(before, segmenter);
	const afterSpans = tokenSpans(after, segmenter);
	if (beforeSpans.length === 0 || afterSpans.length === 0) return [];

	const changes = diffWords(before, after, { intlSegmenter: segmenter, oneChangePerToken: true });
	const anchors: Anchor[] = [];
	let beforeIndex = 0;
	let afterIndex = 0;
	for (const change of changes) {
		for (let count = 0; count < change.count; count++) {
			if (change.added) {
				afterIndex++;
			} else if (change.removed) {
				beforeIndex++;
			} else {
				const beforeSpan = beforeSpans[beforeIndex++];
				const afterSpan = afterSpans[afterIndex++];
				if (!beforeSpan || !afterSpan) return null;
				// diffWords compares trimmed tokens; keep only exact matches as common text.
				if (before.slice(beforeSpan.start, beforeSpan.end) === after.slice(afterSpan.start, afterSpan.end)) {
					anchors.push({ before: beforeSpan, after: afterSpan });
				}
			}
		}
	}
	return beforeIndex === beforeSpans.length && afterIndex === afterSpans.length ? anchors : null;
}

type Block = { kind: 'equal'; text: string } | { kind: 'change'; removed: string; added: string };

function leadingWhitespaceInCommon(left: string, right: string): number {
	let length = 0;
	while (
		length < left.length &&
		length < right.length &&
		left[length] === right[length] &&
		WHITESPACE.test(left[length]!)
	)
		length++;
	return length;
}

function trailingWhitespaceInCommon(left: string, right: string): number {
	let length = 0;
	while (
		length < left.length &&
		length < right.length &&
		left[left.length - 1 - length] === right[right.length - 1 - length] &&
		WHITESPACE.test(left[left.length - 1 - length]!)
	) {
		length++;
	}
	return length;
}

/** The stretch between two common tokens: shared spacing stays common, the rest is a change. */
function gapBlocks(removedGap: string, addedGap: string): Block[] {
	if (removedGap === addedGap) return [{ kind: 'equal', text: removedGap }];
	const head = leadingWhitespaceInCommon(removedGap, addedGap);
	const removedRest = removedGap.slice(head);
	const addedRest = addedGap.slice(head);
	const tail = trailingWhitespaceInCommon(removedRest, addedRest);
	return [
		{ kind: 'equal', text: removedGap.slice(0, head) },
		{
			kind: 'change',
			removed: removedRest.slice(0, removedRest.length - tail),
			added: addedRest.slice(0, addedRest.length - tail)
		},
		{ kind: 'equal', text: removedRest.slice(removedRest.length - tail) }
	];
}

function appendBlock(blocks: Block[], block: Block): void {
	if (block.kind === 'equal' ? block.text === '' : block.removed === '' && block.added === '') return;
	const last = blocks[blocks.length - 1];
	if (last?.kind === 'equal' && block.kind === 'equal') last.text += block.text;
	else if (last?.kind === 'change' && block.kind === 'change') {
		last.removed += block.removed;
		last.added += block.added;
	} else blocks.push({ ...block });
}

function hasWordCharacters(text: string): boolean {
	return WORD_CHARACTER.test(text);
}

// The rule of diff-match-patch's semantic cleanup: a common stretch no longer than the changes on
// both sides of it is noise. Restricted to a single common word ("of", "and") between changes of
// words, so that a changed comma never swallows the word next to it and a terminologist still sees
// every run of two or more words that survived.
function foldShortCommonText(blocks: Block[]): Block[] {
	const result: Block[] = [];
	for (const block of blocks) appendBlock(result, block);
	let index = 1;
	while (index < result.length - 1) {
		const left = result[index - 1]!;
		const middle = result[index]!;
		const right = result[index + 1]!;
		if (left.kind === 'change' && middle.kind === 'equal' && right.kind === 'change') {
			const leftChangesWords = hasWordCharacters(left.removed + left.added);
			const rightChangesWords = hasWordCharacters(right.removed + right.added);
			const short =
				(middle.text.match(WORDS)?.length ?? 0) <= 1 &&
				middle.text.length <= Math.max(left.removed.length, left.added.length) &&
				middle.text.length <= Math.max(right.removed.length, right.added.length);
			if (leftChangesWords && rightChangesWords && short) {
				result.splice(index - 1, 3, {
					kind: 'change',
					removed: left.removed + middle.text + right.removed,
					added: left.added + middle.text + right.added
				});
				index = Math.max(1, index - 1);
				continue;
			}
		}
		index++;
	}
	return result;
}

function blocksToSegments(blocks: readonly Block[]): DiffSegment[] {
	const segments: DiffSegment[] = [];
	for (const block of blocks) {
		if (block.kind === 'equal') {
			if (block.text) segments.push({ kind: 'equal', text: block.text });
		} else {
			if (block.removed) segments.push({ kind: 'removed', text: block.removed });
			if (block.added) segments.push({ kind: 'added', text: block.added });
		}
	}
	return segments;
}

/**
 * Word-level diff. Words are whole Unicode words of the locale (and hyphenated compounds);
 * punctuation marks are tokens of their own, so a changed comma never takes a word with it.
 * Within a change, the removed text comes before the added text.
 */
export function wordDiff(before: string, after: string, locale: string, options: WordDiffOptions = {}): DiffSegment[] {
	if (before === after) return before ? [{ kind: 'equal', text: before }] : [];
	const segmenter = compoundSegmenter(locale);
	const anchors = commonTokens(before, after, segmenter) ?? [];

	const blocks: Block[] = [];
	let beforePosition = 0;
	let afterPosition = 0;
	for (const anchor of anchors) {
		for (const block of gapBlocks(
			before.slice(beforePosition, anchor.before.start),
			after.slice(afterPosition, anchor.after.start)
		)) {
			appendBlock(blocks, block);
		}
		appendBlock(blocks, { kind: 'equal', text: before.slice(anchor.before.start, anchor.before.end) });
		beforePosition = anchor.before.end;
		afterPosition = anchor.after.end;
	}
	for (const block of gapBlocks(before.slice(beforePosition), after.slice(afterPosition))) appendBlock(blocks, block);

	return blocksToSegments((options.semanticCleanup ?? true) ? foldShortCommonText(blocks) : blocks);
}

/** The text before the change: common and removed segments. */
export function textBefore(segments: readonly DiffSegment[]): string {
	return segments
		.filter((segment) => segment.kind !== 'added')
		.map((segment) => segment.text)
		.join('');
}

/** The text after the change: common and added segments. */
export function textAfter(segments: readonly DiffSegment[]): string {
	return segments
		.filter((segment) => segment.kind !== 'removed')
		.map((segment) => segment.text)
		.join('');
}

export interface DiffStats {
	wordsAdded: number;
	wordsRemoved: number;
	wordsUnchanged: number;
}

function countWords(text: string, segmenter: CompoundWordSegmenter): number {
	return segmenter.segment(text).filter((segment) => segment.isWordLike).length;
}

/** How many words were added, removed and kept (a hyphenated compound counts as one word). */
export function diffStats(segments: readonly DiffSegment[], locale = 'en'): DiffStats {
	const segmenter = compoundSegmenter(locale);
	const stats: DiffStats = { wordsAdded: 0, wordsRemoved: 0, wordsUnchanged: 0 };
	for (const segment of segments) {
		const words = countWords(segment.text, segmenter);
		if (segment.kind === 'added') stats.wordsAdded += words;
		else if (segment.kind === 'removed') stats.wordsRemoved += words;
		else stats.wordsUnchanged += words;
	}
	return stats;
}

export type ChangeSummary = 'unchanged' | 'punctuation-or-spacing' | 'changed';

export const CHANGE_SUMMARY_LABELS: Readonly<Record<ChangeSummary, string>> = {
	unchanged: 'Unchanged',
	'punctuation-or-spacing': 'Only punctuation or spacing changed',
	changed: 'Changed'
};

/** Whether a diff changes nothing, only punctuation or spacing, or words (letters or digits). */
export function summariseChange(segments: readonly DiffSegment[]): ChangeSummary {
	const changed = segments.filter((segment) => segment.kind !== 'equal');
	if (changed.length === 0) return 'unchanged';
	return changed.some((segment) => hasWordCharacters(segment.text)) ? 'changed' : 'punctuation-or-spacing';
}
