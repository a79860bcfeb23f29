import { describe, expect, it } from 'vitest';
import { foldWord, queryWordMatcher, typoDistance } from '../../src/lib/domain/search/word-match';

const letters = (word: string) => Array.from(word);
const matchedWords = (text: string, query: string, rules?: 'meilisearch' | 'prefix') => {
	const matches = queryWordMatcher(query, rules);
	return text.split(/\s+/).filter((word) => matches(word));
};

describe('typoDistance', () => {
	it('counts insertions, deletions, substitutions and adjacent transpositions as one typo each', () => {
		expect(typoDistance(letters('security'), letters('security'), 2)).toBe(0);
		expect(typoDistance(letters('security'), letters('secuirty'), 2)).toBe(1); // transposition
		expect(typoDistance(letters('security'), letters('securty'), 2)).toBe(1); // deletion
		expect(typoDistance(letters('security'), letters('secxurity'), 2)).toBe(1); // insertion
		expect(typoDistance(letters('security'), letters('sekurity'), 2)).toBe(1); // substitution
	});

	it('stops counting above the limit', () => {
		expect(typoDistance(letters('infrastructure'), letters('information'), 2)).toBe(3);
		expect(typoDistance(letters('abc'), letters('abcdefgh'), 1)).toBe(2);
	});

	it('measures against the closest beginning of the word for a prefix', () => {
		expect(typoDistance(letters('infrastructure'), letters('infra'), 1, true)).toBe(0);
		expect(typoDistance(letters('infrastructure'), letters('infar'), 1, true)).toBe(1);
		expect(typoDistance(letters('informatique'), letters('infra'), 1, true)).toBe(2);
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
		expect(matchedWords('critical infrastructure infrastructures', 'critical infra')).toEqual(['critical', 'infrastructure', 'infrastructures']);
		expect(matchedWords('critical infrastructure', 'crit infrastructure')).toEqual(['infrastructure']);
	});

	it('matches two or three query words written as one word', () => {
		expect(matchedWords('Cybersecurity is defined', 'cyber security')).toEqual(['Cybersecurity']);
		expect(matchedWords('a confidencebuildingmeasure', 'confidence building measure')).toEqual(['confidencebuildingmeasure']);
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
		expect(matchedWords('защита критической инфраструктуры', 'критическая инфраструктура')).toEqual(['критической', 'инфраструктуры']);
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
