import { describe, expect, it } from 'vitest';
import {
	contentKeys,
	highlightRanges,
	sharedPhrases,
	type ComparableText,
	type SharedPhrase
} from '../../src/lib/domain/compare';

const CYBERSPACE_EN: ComparableText[] = [
	{
		id: 'A',
		locale: 'en',
		text: 'Cyberspace is a global domain within the information environment consisting of interconnected networks of information technology infrastructures, including the Internet and telecommunications networks.'
	},
	{
		id: 'B',
		locale: 'en',
		text: 'Cyberspace means the global domain of interconnected information technology infrastructures, including the Internet, telecommunications networks and computer systems, and the data they hold.'
	},
	{
		id: 'C',
		locale: 'en-GB',
		text: 'A global domain consisting of interconnected information technology infrastructures and the information they process.'
	},
	{
		id: 'D',
		locale: 'en',
		text: 'The virtual space in which electronic communications take place, including the Internet.'
	},
	{
		id: 'E',
		locale: 'en',
		text: 'An environment formed by the interaction of people, software and services on the Internet by means of technology devices and networks connected to it.'
	}
];

const CYBERSPACE_FR: ComparableText[] = [
	{
		id: 'FR',
		locale: 'fr',
		text: "Le cyberespace est l'espace de communication constitué par l'interconnexion mondiale d'équipements de traitement automatisé de données numériques."
	},
	{
		id: 'BE',
		locale: 'fr-BE',
		text: 'Espace de communication formé par l’interconnexion des systèmes d’information et des réseaux, à l’échelle mondiale.'
	},
	{
		id: 'CH',
		locale: 'fr-CH',
		text: "Domaine virtuel né de l'interconnexion des réseaux et des systèmes d'information, où circulent des données numériques."
	}
];

const CRITICAL_INFRASTRUCTURE_RU: ComparableText[] = [
	{
		id: 'RU',
		locale: 'ru',
		text: 'Объекты критической информационной инфраструктуры — информационные системы и сети электросвязи государственных органов.'
	},
	{
		id: 'BY',
		locale: 'ru',
		text: 'Критическая информационная инфраструктура — совокупность объектов, обеспечивающих функционирование сетей электросвязи.'
	},
	{
		id: 'KZ',
		locale: 'ru',
		text: 'Под критической информационной инфраструктурой понимаются информационные системы, нарушение работы которых влечёт ущерб.'
	}
];

function summary(phrases: SharedPhrase[]) {
	return phrases.map((phrase) => [
		phrase.label,
		phrase.textCount,
		phrase.occurrences.map((occurrence) => occurrence.id).join('')
	]);
}

function surfaces(phrase: SharedPhrase | undefined, texts: readonly ComparableText[]): string[] {
	return (phrase?.occurrences ?? []).flatMap((occurrence) => {
		const text = texts.find((candidate) => candidate.id === occurrence.id)!.text;
		return occurrence.ranges.map((range) => text.slice(range.start, range.end));
	});
}

describe('shared wording across definitions of one concept', () => {
	it('reports what most texts share, most widely shared first, then longest', () => {
		expect(summary(sharedPhrases(CYBERSPACE_EN))).toEqual([
			['Internet', 4, 'ABDE'],
			['technology', 4, 'ABCE'],
			['information technology infrastructures', 3, 'ABC'],
			['global domain', 3, 'ABC'],
			['interconnected', 3, 'ABC'],
			['networks', 3, 'ABE']
		]);
	});

	it('prefers a phrase to its words when they occur in the same texts', () => {
		const keys = sharedPhrases(CYBERSPACE_EN).map((phrase) => phrase.key);
		expect(keys).toContain('global domain');
		expect(keys).not.toContain('global');
		expect(keys).not.toContain('domain');
		expect(keys).not.toContain('information');
		// "technology" also occurs in E, outside the phrase: it is reported on its own too.
		expect(keys).toContain('technology');
	});

	it('never reports stop words', () => {
		const labels = sharedPhrases(CYBERSPACE_EN, { minTexts: 2 }).map((phrase) => phrase.label.toLowerCase());
		for (const stopWord of ['the', 'of', 'and', 'including', 'a']) expect(labels).not.toContain(stopWord);
	});

	it('needs most texts by default, and fewer when asked', () => {
		const byDefault = sharedPhrases(CYBERSPACE_EN).map((phrase) => phrase.label);
		expect(byDefault).not.toContain('telecommunications networks');
		const withTwoOfFive = sharedPhrases(CYBERSPACE_EN, { minShare: 0.4 });
		expect(summary(withTwoOfFive)).toContainEqual(['telecommunications networks', 2, 'AB']);
		expect(summary(withTwoOfFive)).toContainEqual(['interconnected information technology infrastructures', 2, 'BC']);
		expect(sharedPhrases(CYBERSPACE_EN, { minTexts: 5 })).toEqual([]);
	});

	it('needs both texts when there are two, and nothing with fewer', () => {
		const pair = sharedPhrases(CYBERSPACE_EN.slice(0, 2));
		expect(pair.every((phrase) => phrase.textCount === 2)).toBe(true);
		expect(pair.map((phrase) => phrase.label)).toContain('telecommunications networks');
		expect(sharedPhrases(CYBERSPACE_EN.slice(0, 1))).toEqual([]);
		expect(sharedPhrases([])).toEqual([]);
	});

	it('lets stop words vary inside a phrase but not punctuation', () => {
		const texts: ComparableText[] = [
			{ id: 'X', locale: 'en', text: 'The security of network and information systems against cyber threats.' },
			{ id: 'Y', locale: 'en', text: 'Security of networks and of information systems, whatever the threat.' },
			{ id: 'Z', locale: 'en', text: 'Security: networks, information, systems.' }
		];
		const phrases = sharedPhrases(texts, { minTexts: 2 });
		const phrase = phrases.find((candidate) => candidate.key === 'security network information system');
		expect(phrase?.occurrences.map((occurrence) => occurrence.id)).toEqual(['X', 'Y']);
		expect(surfaces(phrase, texts)).toEqual([
			'security of network and information systems',
			'Security of networks and of information systems'
		]);
	});

	it('matches inflected Russian forms and highlights each as written', () => {
		const phrases = sharedPhrases(CRITICAL_INFRASTRUCTURE_RU);
		const infrastructure = phrases.find((phrase) => phrase.wordCount === 3);
		expect(infrastructure?.textCount).toBe(3);
		expect(surfaces(infrastructure, CRITICAL_INFRASTRUCTURE_RU)).toEqual([
			'критической информационной инфраструктуры',
			'Критическая информационная инфраструктура',
			'критической информационной инфраструктурой'
		]);
		expect(infrastructure?.label).toBe('критической информационной инфраструктуры');
		expect(phrases[0]).toBe(infrastructure);
	});

	it('gives ranges into the original French text, apostrophes and accents included', () => {
		const phrases = sharedPhrases(CYBERSPACE_FR);
		expect(summary(phrases)).toEqual([
			['interconnexion', 3, 'FRBECH'],
			['données numériques', 2, 'FRCH'],
			['espace de communication', 2, 'FRBE'],
			['systèmes d’information', 2, 'BECH'],
			['mondiale', 2, 'FRBE'],
			['réseaux', 2, 'BECH']
		]);
		const information = phrases.find((phrase) => phrase.label === 'systèmes d’information');
		expect(surfaces(information, CYBERSPACE_FR)).toEqual(['systèmes d’information', "systèmes d'information"]);
		expect(
			surfaces(
				phrases.find((phrase) => phrase.label === 'espace de communication'),
				CYBERSPACE_FR
			)
		).toEqual(['espace de communication', 'Espace de communication']);
	});

	it('gives ranges into a text with decomposed accents', () => {
		const decomposed = CYBERSPACE_FR.map((text) => ({ ...text, text: text.text.normalize('NFD') }));
		const phrase = sharedPhrases(decomposed).find(
			(candidate) => candidate.label.normalize('NFC') === 'données numériques'
		);
		expect(surfaces(phrase, decomposed)).toEqual([
			'données numériques'.normalize('NFD'),
			'données numériques'.normalize('NFD')
		]);
	});

	it('gives ranges whose words are those of the phrase, in every text', () => {
		for (const texts of [CYBERSPACE_EN, CYBERSPACE_FR, CRITICAL_INFRASTRUCTURE_RU]) {
			const phrases = sharedPhrases(texts, { minTexts: 2 });
			expect(phrases.length).toBeGreaterThan(3);
			for (const phrase of phrases) {
				for (const occurrence of phrase.occurrences) {
					const source = texts.find((text) => text.id === occurrence.id)!;
					for (const range of occurrence.ranges) {
						expect(contentKeys(source.text.slice(range.start, range.end), source.locale).join(' ')).toBe(phrase.key);
					}
				}
			}
		}
	});

	it('merges the highlights of one text into sorted, non-overlapping ranges', () => {
		const phrases = sharedPhrases(CYBERSPACE_EN, { minTexts: 2 });
		// "global domain", "cyberspace … global domain" and "interconnected … infrastructures" overlap in B.
		expect(
			phrases.filter((phrase) => phrase.occurrences.some((occurrence) => occurrence.id === 'B')).length
		).toBeGreaterThan(4);
		const text = CYBERSPACE_EN[1]!.text;
		const ranges = highlightRanges(phrases, 'B');
		expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual([
			'Cyberspace means the global domain',
			'interconnected information technology infrastructures',
			'Internet',
			'telecommunications networks'
		]);
		expect(highlightRanges(phrases, 'nobody')).toEqual([]);
	});

	it('keeps the best phrases when limited', () => {
		expect(sharedPhrases(CYBERSPACE_EN, { limit: 2 }).map((phrase) => phrase.label)).toEqual([
			'Internet',
			'technology'
		]);
	});
});
