import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	diffStats,
	summariseChange,
	textAfter,
	textBefore,
	wordDiff,
	type DiffSegment
} from '../../src/lib/domain/compare';

const removed = (segments: DiffSegment[]) =>
	segments.filter((segment) => segment.kind === 'removed').map((segment) => segment.text);
const added = (segments: DiffSegment[]) =>
	segments.filter((segment) => segment.kind === 'added').map((segment) => segment.text);

describe('word diff between two revisions', () => {
	it('shows an unchanged text as one common segment', () => {
		const text = 'Cyberspace: the global domain of interconnected information systems.';
		expect(wordDiff(text, text, 'en')).toEqual([{ kind: 'equal', text }]);
		expect(wordDiff('', '', 'en')).toEqual([]);
	});

	it('marks an inserted word and keeps its neighbours common', () => {
		const segments = wordDiff(
			'Protection of information systems against threats.',
			'Protection of information systems against cyber threats.',
			'en'
		);
		expect(segments).toEqual([
			{ kind: 'equal', text: 'Protection of information systems against ' },
			{ kind: 'added', text: 'cyber ' },
			{ kind: 'equal', text: 'threats.' }
		]);
	});

	it('changes a whole Russian word, not its ending', () => {
		const segments = wordDiff(
			'Защита критической информационной инфраструктуры от компьютерных атак.',
			'Защита значимых объектов критической информационной инфраструктуры от компьютерных атак.',
			'ru'
		);
		expect(added(segments)).toEqual(['значимых объектов ']);
		expect(removed(segments)).toEqual([]);

		const inflected = wordDiff(
			'обеспечение критической инфраструктуры',
			'обеспечение критическую инфраструктуры',
			'ru'
		);
		expect(removed(inflected)).toEqual(['критической']);
		expect(added(inflected)).toEqual(['критическую']);
	});

	it('changes a whole accented French word, elided article included', () => {
		const segments = wordDiff(
			"La sécurité de l'État et des opérateurs d'importance vitale.",
			"La sécurité de l'Etat et des opérateurs d'importance vitale.",
			'fr'
		);
		expect(removed(segments)).toEqual(["l'État"]);
		expect(added(segments)).toEqual(["l'Etat"]);
	});

	it('changes a whole Greek word', () => {
		const segments = wordDiff('Ο Κυβερνοχώρος είναι ψηφιακός χώρος.', 'Ο κυβερνοχώρος αποτελεί ψηφιακό χώρο.', 'el');
		expect(removed(segments)).toEqual(['Κυβερνοχώρος είναι ψηφιακός χώρος']);
		expect(added(segments)).toEqual(['κυβερνοχώρος αποτελεί ψηφιακό χώρο']);
		expect(segments[0]).toEqual({ kind: 'equal', text: 'Ο ' });
	});

	it('treats a hyphenated German compound as one word', () => {
		const merged = wordDiff(
			'Die Cybersicherheits-Strategie des Bundes',
			'Die Cybersicherheitsstrategie des Bundes',
			'de'
		);
		expect(removed(merged)).toEqual(['Cybersicherheits-Strategie']);
		expect(added(merged)).toEqual(['Cybersicherheitsstrategie']);

		const replaced = wordDiff('die Cybersicherheits-Strategie 2021', 'die Cybersicherheits-Agenda 2021', 'de');
		expect(removed(replaced)).toEqual(['Cybersicherheits-Strategie']);
		expect(added(replaced)).toEqual(['Cybersicherheits-Agenda']);
	});

	it('keeps Polish and Czech diacritics inside whole words', () => {
		const polish = wordDiff(
			'system teleinformatyczny służący do przetwarzania danych',
			'system teleinformatyczny służący do przechowywania danych',
			'pl'
		);
		expect(removed(polish)).toEqual(['przetwarzania']);
		expect(added(polish)).toEqual(['przechowywania']);

		const czech = wordDiff('kybernetická bezpečnost státu', 'kybernetická bezpečnost České republiky', 'cs');
		expect(removed(czech)).toEqual(['státu']);
		expect(added(czech)).toEqual(['České republiky']);
	});

	it('isolates a change of punctuation from the words around it', () => {
		const segments = wordDiff(
			'availability, integrity and confidentiality',
			'availability; integrity and confidentiality',
			'en'
		);
		expect(segments).toEqual([
			{ kind: 'equal', text: 'availability' },
			{ kind: 'removed', text: ',' },
			{ kind: 'added', text: ';' },
			{ kind: 'equal', text: ' integrity and confidentiality' }
		]);
		expect(summariseChange(segments)).toBe('punctuation-or-spacing');
	});

	it('shows a change of spacing as such, without touching the words', () => {
		const segments = wordDiff('сети  электросвязи', 'сети электросвязи', 'ru');
		expect(segments).toEqual([
			{ kind: 'equal', text: 'сети ' },
			{ kind: 'removed', text: ' ' },
			{ kind: 'equal', text: 'электросвязи' }
		]);
		expect(summariseChange(segments)).toBe('punctuation-or-spacing');
		expect(summariseChange(wordDiff('Informationssicherheit.', 'Informationssicherheit;\n', 'de'))).toBe(
			'punctuation-or-spacing'
		);
	});

	it('reads a rewritten passage as one replacement rather than word confetti', () => {
		const before = 'The protection of networks and systems against attacks.';
		const after = 'The resilience of services and data against attacks.';
		expect(wordDiff(before, after, 'en')).toEqual([
			{ kind: 'equal', text: 'The ' },
			{ kind: 'removed', text: 'protection of networks and systems' },
			{ kind: 'added', text: 'resilience of services and data' },
			{ kind: 'equal', text: ' against attacks.' }
		]);
		const wordByWord = wordDiff(before, after, 'en', { semanticCleanup: false });
		expect(wordByWord.filter((segment) => segment.kind === 'equal').map((segment) => segment.text)).toEqual([
			'The ',
			' of ',
			' and ',
			' against attacks.'
		]);
	});

	it('never folds a common word into a change of punctuation', () => {
		const segments = wordDiff('a, y. b', 'a; y! b', 'es');
		expect(segments.filter((segment) => segment.kind === 'equal').map((segment) => segment.text.trim())).toContain('y');
		expect(summariseChange(segments)).toBe('punctuation-or-spacing');
	});
});

describe('diff statistics and summary', () => {
	it('counts words added, removed and kept, a hyphenated compound as one', () => {
		const segments = wordDiff(
			'Die Cybersicherheits-Strategie schützt kritische Infrastrukturen.',
			'Die neue Cybersicherheitsstrategie schützt kritische Anlagen und Dienste.',
			'de'
		);
		expect(segments).toEqual([
			{ kind: 'equal', text: 'Die ' },
			{ kind: 'removed', text: 'Cybersicherheits-Strategie' },
			{ kind: 'added', text: 'neue Cybersicherheitsstrategie' },
			{ kind: 'equal', text: ' schützt kritische ' },
			{ kind: 'removed', text: 'Infrastrukturen' },
			{ kind: 'added', text: 'Anlagen und Dienste' },
			{ kind: 'equal', text: '.' }
		]);
		expect(diffStats(segments, 'de')).toEqual({ wordsAdded: 5, wordsRemoved: 2, wordsUnchanged: 3 });
	});

	it('says whether a text is unchanged, changed, or only re-punctuated', () => {
		expect(summariseChange(wordDiff('Вредоносная программа', 'Вредоносная программа', 'ru'))).toBe('unchanged');
		expect(summariseChange(wordDiff('Вредоносная программа', 'Вредоносное программное обеспечение', 'ru'))).toBe(
			'changed'
		);
		expect(summariseChange(wordDiff('cyber attack', 'cyber-attack', 'en'))).toBe('changed');
		expect(summariseChange(wordDiff('(EU) 2019/881', '(EU) 2019/882', 'en'))).toBe('changed');
		expect(summariseChange(wordDiff('« incident »', '"incident"', 'fr'))).toBe('punctuation-or-spacing');
	});
});

describe('diff covers both texts completely', () => {
	const vocabulary = [
		'sécurité',
		"l'État",
		'критической',
		'інфраструктури',
		'Κυβερνοχώρος',
		'Cybersicherheits-Strategie',
		'bezpečnost',
		'cyberbezpieczeństwa',
		'безбедност',
		'information',
		'of',
		'2019/881',
		'§',
		',',
		'.',
		';',
		'(',
		')',
		'«',
		'»',
		'-',
		"'",
		'e\u0301',
		'\u0301',
		' ',
		'  ',
		'\n',
		'\t',
		'\u00a0'
	];
	const realistic = fc.array(fc.constantFrom(...vocabulary), { maxLength: 30 }).map((parts) => parts.join(''));
	// A lone combining mark would attach to the space inserted before it: keep those out here.
	const wholeWords = vocabulary.filter((part) => part !== '\u0301');
	const spacedWords = fc.array(fc.constantFrom(...wholeWords), { maxLength: 30 }).map((parts) => parts.join(' '));
	const locales = fc.constantFrom('en', 'fr', 'de', 'ru', 'uk', 'sr-Cyrl', 'pl', 'cs', 'el', 'bogus tag');

	function expectCovers(before: string, after: string, segments: DiffSegment[]): void {
		expect(textBefore(segments)).toBe(before);
		expect(textAfter(segments)).toBe(after);
		for (const [index, segment] of segments.entries()) {
			expect(segment.text).not.toBe('');
			const next = segments[index + 1];
			if (next) expect(next.kind === segment.kind).toBe(false);
			if (segment.kind === 'added' && next) expect(next.kind).toBe('equal');
		}
	}

	it('for texts built from words, punctuation and spacing of several scripts', () => {
		fc.assert(
			fc.property(realistic, realistic, locales, fc.boolean(), (before, after, locale, semanticCleanup) => {
				expectCovers(before, after, wordDiff(before, after, locale, { semanticCleanup }));
			}),
			{ numRuns: 400 }
		);
	});

	it('for arbitrary Unicode strings', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'grapheme', maxLength: 40 }),
				fc.string({ unit: 'binary', maxLength: 40 }),
				locales,
				(before, after, locale) => {
					expectCovers(before, after, wordDiff(before, after, locale));
					expectCovers(after, before, wordDiff(after, before, locale));
				}
			),
			{ numRuns: 400 }
		);
	});

	it('for a text and the same text with one more word, removing nothing but spacing', () => {
		fc.assert(
			fc.property(spacedWords, fc.nat(), fc.constantFrom(...wholeWords), locales, (text, at, insertion, locale) => {
				const boundaries = [0, ...[...text.matchAll(/ /gu)].map((match) => match.index)];
				const position = boundaries[at % boundaries.length]!;
				const edited = `${text.slice(0, position)} ${insertion} ${text.slice(position)}`;
				const segments = wordDiff(text, edited, locale);
				expectCovers(text, edited, segments);
				for (const text of removed(segments)) expect(text.trim()).toBe('');
			}),
			{ numRuns: 300 }
		);
	});
});
