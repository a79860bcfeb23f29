// Words of a text for matching, with their place in the ORIGINAL string so that the interface can
// highlight them. Segmentation is Intl.Segmenter's (Unicode word boundaries, locale-aware), which
// keeps Cyrillic, Greek and accented Latin words whole.
import { wordSegmenter } from './language';
import { normaliseWord } from './normalise-word';
import { crudeStem } from './stem';
import { isStopWord } from './stop-words';

export interface WordToken {
	/** The word as written, i.e. `text.slice(start, end)`. */
	surface: string;
	/** UTF-16 offsets into the original text, end exclusive. */
	start: number;
	end: number;
	normalized: string;
	/** What comparisons match on: the normalised word, stemmed unless stemming is off. */
	key: string;
	isStopWord: boolean;
	/** True when punctuation other than a hyphen, slash or apostrophe separates it from the previous word. */
	afterBreak: boolean;
}

export interface TokenizeOptions {
	/** Strip common endings so inflected forms match (default true). */
	stem?: boolean;
}

const APOSTROPHE = /['’ʼ‘]/u;
const APOSTROPHES = /['’ʼ‘]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
// Hyphens, slashes and apostrophes join words ("cyber-attack", "2019/881"); any other punctuation
// (comma, full stop, bracket, quotation mark, dash) ends a phrase.
const PUNCTUATION = /\p{P}/u;
const JOINING_PUNCTUATION_ONLY = /^[-‐‑/\\'’ʼ‘·]+$/u;

interface RawWord {
	surface: string;
	start: number;
}

// French and Italian elide articles with an apostrophe ("l'État", "dell'articolo"): split so that
// "l'État" matches "État". Ukrainian and Belarusian spell some words with an apostrophe ("об'єкт"):
// those stay whole and lose the apostrophe when normalised.
function splitAtApostrophes(surface: string, start: number): RawWord[] {
	if (!APOSTROPHE.test(surface) || CYRILLIC.test(surface)) return [{ surface, start }];
	const parts: RawWord[] = [];
	let partStart = 0;
	for (let index = 0; index <= surface.length; index++) {
		if (index === surface.length || APOSTROPHE.test(surface[index]!)) {
			if (index > partStart) parts.push({ surface: surface.slice(partStart, index), start: start + partStart });
			partStart = index + 1;
		}
	}
	return parts;
}

interface WordAnalysis {
	normalized: string;
	stem: string;
	isStopWord: boolean;
}

// The same few thousand words recur across the definitions of one concept: analyse each once.
const analyses = new Map<string, WordAnalysis>();
const ANALYSIS_CACHE_LIMIT = 50_000;

function analyseWord(surface: string, locale: string): WordAnalysis {
	const cacheKey = `${locale}\u0000${surface}`;
	const cached = analyses.get(cacheKey);
	if (cached) return cached;
	const normalized = normaliseWord(surface, locale).replace(APOSTROPHES, '');
	const analysis = { normalized, stem: crudeStem(normalized, locale), isStopWord: isStopWord(normalized, locale) };
	if (analyses.size >= ANALYSIS_CACHE_LIMIT) analyses.clear();
	analyses.set(cacheKey, analysis);
	return analysis;
}

/** The words of a text in order, normalised and marked as stop words or not. */
export function tokenizeWords(text: string, locale: string, options: TokenizeOptions = {}): WordToken[] {
	const stem = options.stem ?? true;
	const tokens: WordToken[] = [];
	let pendingBreak = false;
	for (const segment of wordSegmenter(locale).segment(text)) {
		if (!segment.isWordLike) {
			if (PUNCTUATION.test(segment.segment) && !JOINING_PUNCTUATION_ONLY.test(segment.segment.trim()))
				pendingBreak = true;
			continue;
		}
		for (const word of splitAtApostrophes(segment.segment, segment.index)) {
			const analysis = analyseWord(word.surface, locale);
			if (!analysis.normalized) continue;
			tokens.push({
				surface: word.surface,
				start: word.start,
				end: word.start + word.surface.length,
				normalized: analysis.normalized,
				key: stem ? analysis.stem : analysis.normalized,
				isStopWord: analysis.isStopWord,
				afterBreak: pendingBreak && tokens.length > 0
			});
			pendingBreak = false;
		}
	}
	return tokens;
}

/** The keys of the words that carry meaning (no stop words), in order. */
export function contentKeys(text: string, locale: string, options: TokenizeOptions = {}): string[] {
	return tokenizeWords(text, locale, options)
		.filter((token) => !token.isStopWord)
		.map((token) => token.key);
}
