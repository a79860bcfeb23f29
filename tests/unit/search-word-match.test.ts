import { describe, expect, it } from 'vitest';
import { foldWord, queryWordMatcher, typoDistance } from '../../src/lib/domain/search/word-match';

const matchedWords = (text: string, query: string, rules?: 'meilisearch' | 'prefix') => {
	const matches = queryWordMatcher(query, rules);
	return text.split(/\s+/).filter((word) => matches(word));
};

describe('typoDistance', () => {
	it('counts insertions, deletions, substitutions and adjacent transpositions as one typo each', () => {
		expect(typoDistance('security', 'security', 2)).toBe(0);
		expect(typoDistance('security', 'secuirty', 2)).toBe(1); // transposition
		expect(typoDistance('security', 'securty', 2)).toBe(1); // deletion
		expect(typoDistance('security', 'secxurity', 2)).toBe(1); // insertion
		expect(typoDistance('security', 'sekurity', 2)).toBe(1); // substitution
	});

	it('stops counting above the limit', () => {
		expect(typoDistance('infrastructure', 'information', 2)).toBe(3);
		expect(typoDistance('abc', 'abcdefgh', 1)).toBe(2);
	});

	it('measures against the closest beginning of the word for a prefix', () => {
		expect(typoDistance('infrastructure', 'infra', 1, true)).toBe(0);
		expect(typoDistance('infrastructure', 'infar', 1, true)).toBe(1);
		expect(typoDistance('informatique', 'infra', 1, true)).toBe(2);
	});

	it('agrees with the full table on random words (only the cells near the diagonal are computed)', () => {
		// The plain Damerau-Levenshtein table (optimal string alignment), every cell.
		const fullDistance = (word: string, term: string, prefix: boolean) => {
			const rows = Array.from({ length: term.length + 1 }, (_, i) =>
				Array.from({ length: word.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
			);
			for (let i = 1; i <= term.length; i++) {
				for (let j = 1; j <= word.length; j++) {
					rows[i]![j] = Math.min(
						rows[i - 1]![j]! + 1,
						rows[i]![j - 1]! + 1,
						rows[i - 1]![j - 1]! + (term[i - 1] === word[j - 1] ? 0 : 1)
					);
					if (i > 1 && j > 1 && term[i - 1] === word[j - 2] && term[i - 2] === word[j - 1])
						rows[i]![j] = Math.min(rows[i]![j]!, rows[i - 2]![j - 2]! + 1);
				}
			}
			return prefix ? Math.min(...rows[term.length]!) : rows[term.length]![word.length]!;
		};
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const randomWord = (alphabet: string) =>
			Array.from(
				{ length: 1 + Math.floor(random() * 11) },
				() => alphabet[Math.floor(random() * alphabet.length)]
			).join('');
		const disagreements: string[] = [];
		for (let round = 0; round < 4000; round++) {
			const alphabet = round % 2 === 0 ? 'abc' : 'абвгд';
			const term = randomWord(alphabet);
			// Words close to the term (a few edits) as well as unrelated ones.
			const word =
				round % 3 === 0
					? randomWord(alphabet)
					: term.slice(0, Math.floor(random() * term.length)) +
						randomWord(alphabet).slice(0, 2) +
						term.slice(Math.floor(random() * term.length));
			const limit = Math.floor(random() * 3);
			const prefix = random() < 0.5;
			const expected = Math.min(fullDistance(word, term, prefix), limit + 1);
			const actual = typoDistance(word, term, limit, prefix);
			if (actual !== expected)
				disagreements.push(`${word} ~ ${term} (limit ${limit}${prefix ? ', prefix' : ''}): ${actual}, not ${expected}`);
		}
		expect(disagreements).toEqual([]);
	});
});

describe('queryWordMatcher, Meilisearch rules', () => {
	it('folds case and accents on both sides', () => {
		expect(foldWord('Sécurité')).toBe('securite');
		expect(matchedWords('La Cybersécurité nationale', 'CYBERSECURITE')).toEqual(['Cybersécurité']);
		expect(matchedWords('España y Ελλάδα', 'espana ελλαδα')).toEqual(['España', 'Ελλάδα']);
	});

	it('forgives one typo from five letters and two from nine, like the index', () => {
		// Not the last word, so not a prefix: "attach" is two typos away.
		expect(matchedWords('attack attach attic', 'attakc now')).toEqual(['attack']);
		expect(matchedWords('tool tools', 'toll')).toEqual([]); // four letters: no typo (and not a prefix of "tool")
		expect(matchedWords('infrastructure', 'infrastrcutrue')).toEqual(['infrastructure']);
		expect(matchedWords('infrastructure', 'infastrcutrue')).toEqual([]); // three typos
	});

	it('counts a typo on the first letter twice', () => {
		expect(matchedWords('security', 'zecurity')).toEqual([]); // 8 letters: one typo, but the first letter costs two
		expect(matchedWords('vulnerability', 'wulnerability')).toEqual(['vulnerability']); // 13 letters: two typos
	});

	it('takes the last query word as a prefix, and only the last', () => {
		expect(matchedWords('critical infrastructure infrastructures', 'critical infra')).toEqual([
			'critical',
			'infrastructure',
			'infrastructures'
		]);
		expect(matchedWords('critical infrastructure', 'crit infrastructure')).toEqual(['infrastructure']);
	});

	it('matches two or three query words written as one word', () => {
		expect(matchedWords('Cybersecurity is defined', 'cyber security')).toEqual(['Cybersecurity']);
		expect(matchedWords('a confidencebuildingmeasure', 'confidence building measure')).toEqual([
			'confidencebuildingmeasure'
		]);
	});

	it('matches a query word written as two adjacent words, without typos', () => {
		const matches = queryWordMatcher('cybersecurity policy');
		expect(matches.pair?.('Cyber', 'security')).toBe(true);
		expect(matches.pair?.('cyber', 'secuirty')).toBe(false);
		expect(matches.pair?.('poli', 'cy')).toBe(true);
		expect(matches.pair?.('cyber', 'securitypolicy')).toBe(false);
		expect(queryWordMatcher('cybersecurity', 'prefix').pair).toBeUndefined(); // FTS5 does not split words
	});

	it('finds inflected Russian words through their stem', () => {
		expect(matchedWords('защита критической инфраструктуры', 'критическая инфраструктура')).toEqual([
			'критической',
			'инфраструктуры'
		]);
		expect(matchedWords('сеть сети сетей', 'сети')).toEqual(['сеть', 'сети', 'сетей']);
	});

	it('uses at most ten query words', () => {
		const query = 'one two three four five six seven eight nine ten eleven';
		expect(matchedWords('ten eleven', query)).toEqual(['ten']);
	});

	it('matches nothing for a query without words', () => {
		expect(matchedWords('anything at all', ' … ')).toEqual([]);
	});
});

describe('queryWordMatcher, fallback rules', () => {
	it('takes every query word as a prefix and forgives no typo', () => {
		expect(matchedWords('critical infrastructure', 'crit infra', 'prefix')).toEqual(['critical', 'infrastructure']);
		expect(matchedWords('critical infrastructure', 'critcal', 'prefix')).toEqual([]);
		expect(matchedWords('Cybersecurity', 'cyber security', 'prefix')).toEqual(['Cybersecurity']); // "cyber" as a prefix
	});
});
