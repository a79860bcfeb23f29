// Which words of a result the query matched, decided the way Meilisearch 1.21 matches them, so
// results are highlighted without asking Meilisearch for match positions: positions cost it about
// half of a search's time (npm run bench:search), and the SQLite fallback has none to give.
//
// Meilisearch's rules, with the typo settings of search-config/terms.json:
// - words compare with case and accents folded;
// - a query word of 5 letters or more may be one typo away, of 9 or more two typos; a typo is an
//   insertion, deletion, substitution or transposition of adjacent letters (Damerau-Levenshtein),
//   and a typo on the first letter counts as two;
// - the last query word also matches as a prefix (with the same typo allowance);
// - two or three adjacent query words also match written as one word ("cyber security" finds
//   "cybersecurity"), and a query word also matches two adjacent words that spell it ("cybersecurity"
//   finds "cyber security"; Meilisearch tries one split per word, the likeliest, with no typo);
// - at most 10 query words count.
// On top, Cyrillic words match through their Russian stem, as the index's "stems" field makes them
// match (stems.ts).
import { normaliseForSearch } from './normalise';
import { russianStem } from './stems';

/** True when a word of a result matches the query. */
export interface WordMatcher {
	(word: string): boolean;
	/** True when two adjacent words of a result, read as one, are a query word. */
	pair?: (first: string, second: string) => boolean;
}

export type MatchRules =
	/** Meilisearch: typo tolerance, the last word as a prefix, joined words, Russian stems. */
	| 'meilisearch'
	/** The SQLite FTS5 fallback: every query word as a prefix, no typos, Russian stems. */
	| 'prefix';

/** A word, as the search engine splits text: letters, marks and digits. */
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const MAX_QUERY_WORDS = 10;
const ONE_TYPO_FROM = 5;
const TWO_TYPOS_FROM = 9;

const ASCII_WORD = /^[A-Za-z0-9]*$/;
// Folding is the costly part of matching a word, and results use the same words over and over
// (a page holds thousands of words); a bounded memo of folded non-ASCII words keeps it cheap.
const FOLDED_LIMIT = 50_000;
const folded = new Map<string, string>();

/**
 * Lower case without accents, after the normalisation documents and queries get. Not
 * tabular/words.ts's foldWords: that one also turns ß into ss, which Meilisearch 1.21 does not
 * ("strasse" does not find "Straße"), and would mark words the search did not match.
 */
export function foldWord(word: string): string {
	if (ASCII_WORD.test(word)) return word.toLowerCase();
	let result = folded.get(word);
	if (result === undefined) {
		result = normaliseForSearch(word).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
		if (folded.size >= FOLDED_LIMIT) folded.clear();
		folded.set(word, result);
	}
	return result;
}

/** The words of a text, in order, as a search engine splits them. */
export function textWords(text: string): string[] {
	return text.match(WORD_PATTERN) ?? [];
}

// Words are compared by UTF-16 code unit: the scripts of the OSCE States' languages all lie in the
// Basic Multilingual Plane, where a code unit is a letter.
interface QueryTerm {
	letters: string;
	typos: number;
	prefix: boolean;
}

function typoAllowance(length: number): number {
	return length >= TWO_TYPOS_FROM ? 2 : length >= ONE_TYPO_FROM ? 1 : 0;
}

// Rows of typoDistance, reused: it runs for thousands of words on every results page.
let rowBuffers = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Damerau-Levenshtein distance (optimal string alignment) of `word` to `term`, or of the closest
 * prefix of `word` when `prefix` is set; anything above `limit` is reported as `limit + 1`.
 * Only the cells within `limit` of the diagonal are computed: any path through the others costs
 * more than `limit`.
 */
export function typoDistance(word: string, term: string, limit: number, prefix = false): number {
	const over = limit + 1;
	if (!prefix && Math.abs(word.length - term.length) > limit) return over;
	if (prefix && word.length < term.length - limit) return over;
	// rows[i][j]: distance between the first i letters of term and the first j letters of word.
	const columns = prefix ? Math.min(word.length, term.length + limit) : word.length;
	if (rowBuffers[0]!.length < columns + 2) rowBuffers = rowBuffers.map(() => new Int32Array(2 * (columns + 2)));
	let [beforePrevious, previous, current] = rowBuffers as [Int32Array, Int32Array, Int32Array];
	for (let j = 0; j <= columns + 1; j++) previous[j] = Math.min(j, over);
	for (let i = 1; i <= term.length; i++) {
		const low = Math.max(1, i - limit);
		const high = Math.min(columns, i + limit);
		current[low - 1] = low === 1 ? Math.min(i, over) : over;
		const termLetter = term.charCodeAt(i - 1);
		let rowMinimum = current[low - 1]!;
		for (let j = low; j <= high; j++) {
			const wordLetter = word.charCodeAt(j - 1);
			let value = previous[j - 1]! + (termLetter === wordLetter ? 0 : 1);
			const insertion = current[j - 1]! + 1;
			const deletion = previous[j]! + 1;
			if (insertion < value) value = insertion;
			if (deletion < value) value = deletion;
			if (i > 1 && j > 1 && termLetter === word.charCodeAt(j - 2) && term.charCodeAt(i - 2) === wordLetter) {
				const transposition = beforePrevious[j - 2]! + 1;
				if (transposition < value) value = transposition;
			}
			if (value > over) value = over;
			current[j] = value;
			if (value < rowMinimum) rowMinimum = value;
		}
		if (high + 1 <= columns) current[high + 1] = over;
		if (rowMinimum > limit) return over;
		[beforePrevious, previous, current] = [previous, current, beforePrevious];
	}
	const row = term.length;
	if (!prefix) return previous[columns]!;
	let distance = over;
	for (let j = Math.max(0, row - limit); j <= Math.min(columns, row + limit); j++)
		distance = Math.min(distance, previous[j]!);
	return distance;
}

function termMatches(letters: string, term: QueryTerm): boolean {
	// A typo on the first letter counts twice, so it leaves one typo less for the rest.
	const sameFirst = letters[0] === term.letters[0];
	const limit = sameFirst ? term.typos : term.typos - 1;
	if (limit < 0 || (!sameFirst && limit === 0)) return false;
	if (limit === 0) {
		return term.prefix ? letters.startsWith(term.letters) : letters === term.letters;
	}
	return typoDistance(letters, term.letters, limit, term.prefix) <= limit;
}

/** The matcher for a query; it remembers its answers, since the same words recur across results. */
export function queryWordMatcher(query: string, rules: MatchRules = 'meilisearch'): WordMatcher {
	const words = textWords(query).map(foldWord).filter(Boolean).slice(0, MAX_QUERY_WORDS);
	if (words.length === 0) return () => false;

	const terms: QueryTerm[] = [];
	const addTerm = (text: string, isLast: boolean) => {
		const typos = rules === 'meilisearch' ? typoAllowance(text.length) : 0;
		terms.push({ letters: text, typos, prefix: rules === 'prefix' || isLast });
	};
	words.forEach((word, index) => addTerm(word, index === words.length - 1));
	if (rules === 'meilisearch') {
		for (let size = 2; size <= 3; size++) {
			for (let index = 0; index + size <= words.length; index++)
				addTerm(words.slice(index, index + size).join(''), index + size === words.length);
		}
	}
	const stems = new Set(words.filter((word) => CYRILLIC.test(word)).map(russianStem));

	const splittable = new Set(rules === 'meilisearch' ? words.filter((word) => word.length >= 2) : []);
	const beginnings = new Set(
		[...splittable].flatMap((word) => Array.from({ length: word.length - 1 }, (_, end) => word.slice(0, end + 1)))
	);

	// What a word of a result is to the query: it matches (MATCHES), and it begins a query word that
	// may be split in two (BEGINS_SPLIT). Keyed by the word as written: results repeat the same
	// words, and folding costs more than a look-up.
	const MATCHES = 1;
	const BEGINS_SPLIT = 2;
	const known = new Map<string, number>();
	const classify = (word: string): number => {
		let answer = known.get(word);
		if (answer !== undefined) return answer;
		const folded = foldWord(word);
		let matches = terms.some((term) => termMatches(folded, term));
		// Snowball stems are beginnings of the word, so only a word that starts with one can have it.
		if (!matches && stems.size > 0 && CYRILLIC.test(folded)) {
			const candidates = [...stems].filter((stem) => folded.startsWith(stem));
			matches = candidates.length > 0 && candidates.includes(russianStem(folded));
		}
		answer = (matches ? MATCHES : 0) | (beginnings.has(folded) ? BEGINS_SPLIT : 0);
		known.set(word, answer);
		return answer;
	};
	const matcher: WordMatcher = (word) => (classify(word) & MATCHES) !== 0;
	if (splittable.size > 0) {
		matcher.pair = (first, second) =>
			(classify(first) & BEGINS_SPLIT) !== 0 && splittable.has(foldWord(first) + foldWord(second));
	}
	return matcher;
}
