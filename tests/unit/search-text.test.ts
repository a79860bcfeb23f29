import { describe, expect, it } from 'vitest';
import { normaliseForSearch } from '../../src/lib/domain/search/normalise';
import { highlightText } from '../../src/lib/domain/search/highlight';
import { queryWordMatcher } from '../../src/lib/domain/search/word-match';
import { cyrillicStems, expandQuery, queryStems } from '../../src/lib/domain/search/stems';
import { meilisearchFilters, parseSearchRequest, searchRequestParams } from '../../src/lib/domain/search/request';
import { nationalEntryDocument, type NationalEntrySource } from '../../src/lib/domain/search/documents';
import { languageTextFromTerms } from '../../src/lib/domain/concept-text';
import { languageVersion } from '../../src/lib/domain/national-entry';

describe('normaliseForSearch', () => {
	it('folds ё into е, which Meilisearch counts as a typo', () => {
		expect(normaliseForSearch('Ёлка, объём')).toBe('Елка, объем');
	});

	it('rewrites look-alike letters of the other script inside a mixed word', () => {
		expect(normaliseForSearch('критeческая')).toBe('критеческая'); // Latin e in a Cyrillic word
		expect(normaliseForSearch('сritical infrastructure')).toBe('critical infrastructure'); // Cyrillic с
		expect(normaliseForSearch('КРИТИЧЕСКАЯ')).toBe('КРИТИЧЕСКАЯ');
	});

	it('leaves single-script words and Greek alone', () => {
		expect(normaliseForSearch('Cybersicherheit кибербезопасность Κυβερνοχώρος')).toBe(
			'Cybersicherheit кибербезопасность Κυβερνοχώρος'
		);
	});

	it('keeps one character for one character, so positions carry over', () => {
		const text = 'Защита критeческой инфраструктуры и ёлки';
		expect(Array.from(normaliseForSearch(text))).toHaveLength(Array.from(text).length);
	});
});

describe('highlighting the words a query matched', () => {
	const marked = (text: string, query: string, rules?: 'prefix') =>
		highlightText(text, queryWordMatcher(query, rules))
			.filter((piece) => piece.match)
			.map((piece) => piece.text);

	it('marks the words of the original text, ё and look-alike letters included', () => {
		expect(marked('Защита критической инфраструктуры', 'инфраструктуры')).toEqual(['инфраструктуры']);
		expect(marked('ёмкость сети', 'емкость')).toEqual(['ёмкость']);
		expect(marked('Защита критической инфраструктуры', 'критeческой')).toEqual(['критической']); // Latin e typed
	});

	it('marks two adjacent words that spell a query word, as the search engine matches them', () => {
		expect(marked('La cyber sécurité et la cyber-sécurité', 'cybersecurite')).toEqual([
			'cyber sécurité',
			'cyber-sécurité'
		]);
		expect(marked('cyber, sécurité', 'cybersecurite')).toEqual([]); // a comma parts them
		expect(marked('cyber sécurité', 'cybersecurite', 'prefix')).toEqual([]);
		// A split match decides where a long definition is cropped, like any other.
		const long = `${Array.from({ length: 60 }, (_, index) => `w${index}`).join(' ')} cyber security w60 w61`;
		const pieces = highlightText(long, queryWordMatcher('cybersecurity'), 20);
		expect(pieces.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['cyber security']);
	});

	it('splits the French elision off, as the search engine does', () => {
		expect(highlightText('l’État français', queryWordMatcher('etat'))).toEqual([
			{ text: 'l’', match: false },
			{ text: 'État', match: true },
			{ text: ' français', match: false }
		]);
	});

	it('crops a long definition around the first match and marks the cuts', () => {
		const text = `${Array.from({ length: 100 }, (_, index) => `w${index}`).join(' ')}.`;
		const pieces = highlightText(text, (word) => word === 'w60' || word === 'w95', 20);
		const joined = pieces.map((piece) => piece.text).join('');
		expect(joined).toBe(`… ${Array.from({ length: 20 }, (_, index) => `w${index + 54}`).join(' ')} …`);
		// Only the first match decides where the cut falls; one outside what is kept is dropped.
		expect(pieces.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['w60']);
	});

	it('keeps a text no longer than the crop whole, and crops a text whose only match is at its end', () => {
		const short = 'A security incident.';
		expect(
			highlightText(short, (word) => word === 'incident', 3)
				.map((piece) => piece.text)
				.join('')
		).toBe(short);
		const long = Array.from({ length: 50 }, (_, index) => `w${index}`).join(' ');
		const end = highlightText(long, (word) => word === 'w49', 10);
		expect(end[0]).toEqual({ text: '… ', match: false });
		expect(end.at(-1)).toEqual({ text: 'w49', match: true });
		// No match: the beginning.
		expect(
			highlightText(long, () => false, 10)
				.map((piece) => piece.text)
				.join('')
		).toBe(`${Array.from({ length: 10 }, (_, index) => `w${index}`).join(' ')} …`);
	});

	it('marks every word by prefix, ignoring case and accents, for the database fallback', () => {
		expect(marked('La cybersécurité des systèmes', 'CYBERSECU systemes', 'prefix')).toEqual([
			'cybersécurité',
			'systèmes'
		]);
		// The fallback forgives no typos, so neither does its highlighting.
		expect(marked('La cybersécurité des systèmes', 'sytsemes', 'prefix')).toEqual([]);
	});
});

describe('Russian stems', () => {
	it('puts the stems of inflected Cyrillic words in front of the query', () => {
		expect(expandQuery('критической инфраструктуры')).toBe('критическ инфраструктур критической инфраструктуры');
		expect(expandQuery('сети')).toBe('сет сети');
		expect(expandQuery('cyber security')).toBe('cyber security');
	});

	it('indexes the distinct stems of a text', () => {
		expect(cyrillicStems('Защита сетей и сети')).toBe('защит сет и');
		expect(queryStems('сеть')).toEqual(new Set(['сет']));
	});
});

describe('search requests from the URL', () => {
	it('keeps well-formed values and drops the rest', () => {
		const request = parseSearchRequest(
			new URLSearchParams(
				'q=  cyber   attack &state=de&state=XYZ&state=PL" OR 1&language=sr-Latn&language=../x&cycle=2025&cycle=99&kind=national&kind=secret&status=agreed&page=-3&perPage=1000&pending=1'
			)
		);
		expect(request).toEqual({
			q: 'cyber attack',
			states: ['DE'],
			languages: ['sr-Latn'],
			cycles: [2025],
			kinds: ['national'],
			statuses: ['agreed'],
			translationPending: true,
			concept: null,
			page: 1,
			perPage: 20
		});
		expect(parseSearchRequest(new URLSearchParams('concept=12')).concept).toBe(12);
		expect(parseSearchRequest(new URLSearchParams('concept=1.5')).concept).toBeNull();
		expect(parseSearchRequest(new URLSearchParams('concept=0')).concept).toBeNull();
	});

	it('always puts the viewer’s visibility first, and quotes every value', () => {
		const request = parseSearchRequest(new URLSearchParams('state=FR&cycle=2025'));
		expect(meilisearchFilters(request, ['public'])).toEqual([
			'visibility IN ["public"]',
			'stateCode IN ["FR"]',
			'cycleYear IN [2025]'
		]);
		expect(meilisearchFilters(parseSearchRequest(new URLSearchParams('concept=7')), ['public', 'restricted'])).toEqual([
			'visibility IN ["public", "restricted"]',
			'groupConcept = 7'
		]);
	});

	it('writes the same request back as canonical URL parameters', () => {
		const params = 'q=incident&state=DE&state=FR&cycle=2025&kind=national&pending=1&concept=4&perPage=50&page=3';
		expect(searchRequestParams(parseSearchRequest(new URLSearchParams(params))).toString()).toBe(params);
	});
});

describe('search documents', () => {
	it('keep the original texts for display and index normalised ones', () => {
		const document = nationalEntryDocument({
			entryId: 7,
			stateCode: 'KZ',
			stateName: 'Kazakhstan',
			cycleYear: 2025,
			revisionNumber: 1,
			distribution: 'restricted',
			concepts: [{ id: 3, label: 'critical information infrastructure', status: 'candidate', text: null }],
			content: {
				languageVersions: [
					languageVersion({
						language: 'ru',
						term: 'критическая инфраструктура',
						definition: 'Объекты, нарушение работы которых…',
						isOriginal: true
					}),
					languageVersion({ language: 'kk', term: 'сыни инфрақұрылым', definition: null })
				],
				sourceAct: null,
				sourceArticle: null,
				sourceDate: null,
				sourceUrl: null,
				note: null
			}
		});
		expect(document).toMatchObject({
			id: 'n7',
			groupKey: 'c3',
			groupConcept: 3,
			visibility: 'restricted',
			conceptStatus: 'candidate',
			translationPending: true,
			otherTerms: ['сыни инфрақұрылым'],
			display: { term: 'критическая инфраструктура' }
		});
		expect(document.stems.split(' ')).toContain('критическ');
	});

	it('carry the six-language terms of the agreed concept an entry is linked to, so any of them finds it', () => {
		const source: NationalEntrySource = {
			entryId: 8,
			stateCode: 'DE',
			stateName: 'Germany',
			cycleYear: 2025,
			revisionNumber: 1,
			distribution: 'public',
			concepts: [
				{
					id: 1,
					label: 'critical infrastructure',
					status: 'agreed',
					text: {
						en: languageTextFromTerms(['critical infrastructure'], 'd'),
						fr: languageTextFromTerms(['infrastructure critique'], 'd'),
						ru: languageTextFromTerms(['критическая инфраструктура'], 'd')
					}
				},
				{ id: 2, label: 'a candidate', status: 'candidate', text: null }
			],
			content: {
				languageVersions: [
					languageVersion({
						language: 'de',
						term: 'Kritische Infrastrukturen',
						definition: 'Einrichtungen von hoher Bedeutung.',
						isOriginal: true
					})
				],
				sourceAct: null,
				sourceArticle: null,
				sourceDate: null,
				sourceUrl: null,
				note: null
			}
		};
		const document = nationalEntryDocument(source);
		expect(document.equivalents).toEqual([
			'critical infrastructure',
			'infrastructure critique',
			'критическая инфраструктура'
		]);
		// Inflected Russian finds the German entry too: the stems of the Russian equivalent are indexed.
		expect(document.stems.split(' ')).toEqual(expect.arrayContaining([...queryStems('критической инфраструктуры')]));
		// A candidate concept has no agreed text to lend.
		expect(nationalEntryDocument({ ...source, concepts: [source.concepts[1]!] }).equivalents).toEqual([]);
	});
});
