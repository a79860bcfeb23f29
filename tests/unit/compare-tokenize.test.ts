import { describe, expect, it } from 'vitest';
import { crudeStem, isStopWord, normaliseWord, tokenizeWords } from '../../src/lib/domain/compare';

describe('normalising a word for matching', () => {
	it('strips accents in Latin script, whatever the language', () => {
		expect(normaliseWord('État', 'fr')).toBe('etat');
		expect(normaliseWord('Bezpieczeństwo', 'pl')).toBe('bezpieczenstwo');
		expect(normaliseWord('bezpečnost', 'cs')).toBe('bezpecnost');
		expect(normaliseWord('Sicherheitslücke', 'de')).toBe('sicherheitslucke');
	});

	it('folds letters that have no accent to strip but are often typed without it', () => {
		expect(normaliseWord('łączność', 'pl')).toBe('lacznosc');
		expect(normaliseWord('Straße', 'de')).toBe('strasse');
		expect(normaliseWord('Međunarodni', 'hr')).toBe('medunarodni');
	});

	it('strips Greek accents and treats final sigma as sigma', () => {
		expect(normaliseWord('Κυβερνοχώρος', 'el')).toBe('κυβερνοχωροσ');
		expect(normaliseWord('ΚΥΒΕΡΝΟΧΏΡΟΣ', 'el')).toBe(normaliseWord('κυβερνοχώρος', 'el'));
	});

	it('keeps Cyrillic letters distinct except ё, which is folded to е', () => {
		expect(normaliseWord('Определённом', 'ru')).toBe('определенном');
		expect(normaliseWord('безопасный', 'ru')).toBe('безопасный');
		expect(normaliseWord('Україна', 'uk')).toBe('україна');
		expect(normaliseWord('Їжак', 'uk')).toBe('їжак');
	});

	it('treats composed and decomposed accents, ligatures and soft hyphens alike', () => {
		expect(normaliseWord('e\u0301tat', 'fr')).toBe(normaliseWord('\u00e9tat', 'fr'));
		expect(normaliseWord('ﬁrewall', 'en')).toBe('firewall');
		expect(normaliseWord('Cyber\u00adsicherheit', 'de')).toBe('cybersicherheit');
	});

	it('folds Turkish dotted and dotless i, and survives a malformed language tag', () => {
		expect(normaliseWord('İNTERNET', 'tr')).toBe('internet');
		expect(normaliseWord('ISTANBUL', 'tr')).toBe('istanbul');
		expect(normaliseWord('ıstanbul', 'tr')).toBe('istanbul');
		expect(normaliseWord('Sécurité', 'not a tag!')).toBe('securite');
	});
});

describe('tokenising a text', () => {
	it('gives each word with its place in the original text', () => {
		const text = "La sécurité de l'État — Κυβερνοχώρος, кибербезопасность и «критической» инфраструктуры.";
		const tokens = tokenizeWords(text, 'fr');
		for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.surface);
		expect(tokens.map((token) => token.surface)).toEqual([
			'La',
			'sécurité',
			'de',
			'l',
			'État',
			'Κυβερνοχώρος',
			'кибербезопасность',
			'и',
			'критической',
			'инфраструктуры'
		]);
	});

	it('splits French and Italian elisions but keeps Ukrainian apostrophe words whole', () => {
		expect(tokenizeWords("dell'articolo", 'it').map((token) => token.normalized)).toEqual(['dell', 'articolo']);
		expect(tokenizeWords('l’État', 'fr').map((token) => token.normalized)).toEqual(['l', 'etat']);
		expect(tokenizeWords("об'єкт критичної інфраструктури", 'uk').map((token) => token.normalized)).toEqual([
			'обєкт',
			'критичної',
			'інфраструктури'
		]);
	});

	it('marks where punctuation interrupts the text, but not at hyphens or slashes', () => {
		const tokens = tokenizeWords('cyber-attack on systems, networks (EU) 2019/881', 'en');
		const afterBreak = Object.fromEntries(tokens.map((token) => [token.surface, token.afterBreak]));
		expect(afterBreak).toEqual({
			cyber: false,
			attack: false,
			on: false,
			systems: false,
			networks: true,
			EU: true,
			'2019': true,
			'881': false
		});
	});

	it('marks stop words of the text language', () => {
		const stop = (text: string, locale: string) =>
			tokenizeWords(text, locale)
				.filter((token) => token.isStopWord)
				.map((token) => token.surface);
		expect(stop('the security of the networks', 'en')).toEqual(['the', 'of', 'the']);
		expect(stop('la sécurité des réseaux et des systèmes', 'fr')).toEqual(['la', 'des', 'et', 'des']);
		expect(stop('die Sicherheit der Netze und Systeme', 'de')).toEqual(['die', 'der', 'und']);
		expect(stop('безопасность сетей и систем в целом', 'ru')).toEqual(['и', 'в']);
		expect(stop('ασφάλεια των δικτύων και των συστημάτων', 'el')).toEqual(['των', 'και', 'των']);
	});

	it('has no stop words for a language without a list, except one-letter words', () => {
		expect(isStopWord('the', 'hy')).toBe(false);
		expect(isStopWord('b', 'hy')).toBe(true);
		expect(isStopWord('2', 'en')).toBe(false);
	});
});

describe('crude stemming', () => {
	const sameStem = (locale: string, ...words: string[]) =>
		new Set(words.map((word) => crudeStem(normaliseWord(word, locale), locale))).size === 1;

	it('lets the inflected forms of one word match', () => {
		expect(sameStem('ru', 'критической', 'критическая', 'критических')).toBe(true);
		expect(sameStem('ru', 'инфраструктуры', 'инфраструктура', 'инфраструктурой')).toBe(true);
		expect(sameStem('uk', 'кібербезпеки', 'кібербезпека')).toBe(true);
		expect(sameStem('sr', 'безбедности', 'безбедност')).toBe(true);
		expect(sameStem('pl', 'cyberbezpieczeństwa', 'cyberbezpieczeństwo')).toBe(true);
		expect(sameStem('cs', 'kybernetické', 'kybernetická')).toBe(true);
		expect(sameStem('el', 'κυβερνοχώρος', 'κυβερνοχώρου')).toBe(true);
		expect(sameStem('fr', 'réseaux', 'réseau')).toBe(true);
		expect(sameStem('fr', 'systèmes', 'système')).toBe(true);
		expect(sameStem('de', 'Systeme', 'Systemen', 'Systems')).toBe(true);
		expect(sameStem('it', 'informatici', 'informatico', 'informatica')).toBe(true);
		expect(sameStem('es', 'sistemas', 'sistema')).toBe(true);
		expect(sameStem('en', 'devices', 'device')).toBe(true);
		expect(sameStem('en', 'processes', 'processed', 'process')).toBe(true);
	});

	it('keeps different words apart', () => {
		expect(sameStem('en', 'network', 'netbook')).toBe(false);
		expect(sameStem('fr', 'information', 'informatique')).toBe(false);
		expect(sameStem('ru', 'сеть', 'система')).toBe(false);
	});

	it('leaves numbers and languages it does not know alone', () => {
		expect(crudeStem('2019', 'en')).toBe('2019');
		expect(crudeStem('kiberbiztonság', 'hu')).toBe('kiberbiztonság');
	});
});
