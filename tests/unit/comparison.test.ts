import { describe, expect, it } from 'vitest';
import { compareDefinitions, type ComparisonInput } from '../../src/lib/domain/comparison';
import { languageVersion } from '../../src/lib/domain/national-entry';

function input(id: string, original: [string, string, string], english?: [string, string]): ComparisonInput {
	return {
		id,
		content: {
			languageVersions: [
				languageVersion({ language: original[0], term: original[1], definition: original[2], isOriginal: true }),
				...(english ? [languageVersion({ language: 'en', term: english[0], definition: english[1] })] : [])
			],
			sourceAct: null,
			sourceArticle: null,
			sourceDate: null,
			sourceUrl: null,
			note: null
		}
	};
}

const entries = [
	input(
		'e1',
		['de', 'Cyberraum', 'Der virtuelle Raum aller vernetzten Systeme.'],
		['cyberspace', 'The virtual space of all networked information systems.']
	),
	input(
		'e2',
		['pl', 'cyberprzestrzeń', 'Przestrzeń wymiany informacji.'],
		['cyberspace', 'The space of all networked information systems and their users.']
	),
	input(
		'e3',
		['ru', 'киберпространство', 'Сфера деятельности в информационном пространстве.'],
		['cyberspace', 'The sphere of activity in the information space.']
	),
	input('e4', ['fr', 'cyberespace', 'Espace de communication constitué par l’interconnexion des équipements.']),
	input('e5', ['en', 'cyberspace', 'As defined in Article 2 of Regulation (EU) 2019/881.'])
];

describe('comparing national definitions', () => {
	it('compares English texts, falls back to the original when there is none, and recognises references', () => {
		const result = compareDefinitions(entries, { text: 'english', baseline: null });
		const card = (id: string) => result.cards.find((item) => item.id === id)!;
		expect(card('e1').language).toBe('en');
		expect(card('e4')).toMatchObject({ language: 'fr', fellBackToOriginal: true });
		expect(card('e5').reference).toMatchObject({ kind: 'reference' });
		expect(card('e5').sharedRanges).toEqual([]);
	});

	it('shows the wording most English texts share, in their own characters', () => {
		const result = compareDefinitions(entries, { text: 'english', baseline: null });
		expect(result.shared.map((phrase) => phrase.label)).toContain('space of all networked information systems');
		const e2 = result.cards.find((item) => item.id === 'e2')!;
		expect(e2.sharedRanges.map((range) => e2.text.slice(range.start, range.end))).toContain(
			'space of all networked information systems'
		);
	});

	it('leaves texts alone in their language and references out of the similarity matrix', () => {
		const result = compareDefinitions(entries, { text: 'english', baseline: null });
		const inMatrix = result.order.filter((id) =>
			result.matrix[result.order.indexOf(id)]?.some((value) => value !== null)
		);
		expect(inMatrix.sort()).toEqual(['e1', 'e2', 'e3']);
		expect(result.divergence).not.toBeNull();
	});

	it('diffs every text of the baseline’s language against it, with a similarity', () => {
		const baseline = {
			id: 'e1',
			label: 'Germany, 2025',
			language: 'en',
			text: 'The virtual space of all networked information systems.'
		};
		const result = compareDefinitions(entries, { text: 'english', baseline });
		const e2 = result.cards.find((item) => item.id === 'e2')!;
		expect(e2.diff?.filter((segment) => segment.kind === 'added').map((segment) => segment.text.trim())).toContain(
			'and their users'
		);
		expect(e2.similarity).toBeGreaterThan(0.6);
		expect(result.cards.find((item) => item.id === 'e4')!.diff).toBeNull(); // French, not comparable with English
		expect(result.cards.find((item) => item.id === 'e1')!.diff).toBeNull(); // the baseline itself
		expect(result.shared).toEqual([]);
	});
});
