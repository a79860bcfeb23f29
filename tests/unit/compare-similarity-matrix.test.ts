import { describe, expect, it } from 'vitest';
import {
	clusterOrder,
	conceptDivergence,
	rankByDivergence,
	similarityMatrix,
	textSimilarity,
	type ComparableText,
	type SimilarityMatrix
} from '../../src/lib/domain/compare';

// Nine definitions of "cyberspace" in three families of wording, given interleaved as a list of
// States would be (alphabetically), not grouped.
const CYBERSPACE: ComparableText[] = [
	{
		id: 'I1',
		locale: 'en',
		text: 'Cyberspace is the global domain of interconnected information technology infrastructures, including the Internet, telecommunications networks and computer systems.'
	},
	{
		id: 'V1',
		locale: 'en',
		text: 'The virtual environment in which people interact by means of software and services connected to the Internet through networks and devices.'
	},
	{
		id: 'S1',
		locale: 'en',
		text: 'The sphere of activity related to the formation, transformation, transmission, use and storage of information that affects individual and public consciousness.'
	},
	{
		id: 'I2',
		locale: 'en',
		text: 'A global domain consisting of interconnected information technology infrastructures, such as the Internet, telecommunications networks, computer systems and embedded processors.'
	},
	{
		id: 'V2',
		locale: 'en',
		text: 'A virtual environment where people interact through software and online services, using devices and networks connected to the Internet.'
	},
	{
		id: 'S2',
		locale: 'en',
		text: 'Sphere of activity connected with the formation, transmission, use and storage of information, affecting individual and public consciousness and the information infrastructure.'
	},
	{
		id: 'I3',
		locale: 'en',
		text: 'The global domain made up of interconnected information technology infrastructures, including the Internet and telecommunications networks.'
	},
	{
		id: 'V3',
		locale: 'en',
		text: 'The virtual environment resulting from the interaction of people, software and services on the Internet by means of devices and networks.'
	},
	{
		id: 'S3',
		locale: 'en',
		text: 'The sphere of activity related to the creation, transformation, transmission, use and storage of information which influences individual and social consciousness.'
	}
];
const IDS = CYBERSPACE.map((text) => text.id);
const family = (id: string) => id[0];

describe('similarity matrix', () => {
	it('is square, symmetric, 1 on the diagonal, and holds the similarity of each pair', () => {
		const matrix = similarityMatrix(CYBERSPACE);
		expect(matrix).toHaveLength(CYBERSPACE.length);
		CYBERSPACE.forEach((left, row) => {
			expect(matrix[row]).toHaveLength(CYBERSPACE.length);
			expect(matrix[row]![row]).toBe(1);
			CYBERSPACE.forEach((right, column) => {
				expect(matrix[row]![column]).toBe(matrix[column]![row]);
				if (row !== column) expect(matrix[row]![column]).toBeCloseTo(textSimilarity(left.text, right.text, 'en'), 12);
			});
		});
	});

	it('compares each text in its own language', () => {
		const matrix = similarityMatrix([
			{ id: 'RU', locale: 'ru', text: 'Защита критической информационной инфраструктуры.' },
			{ id: 'BY', locale: 'be', text: 'Защита критической информационной инфраструктуры.' },
			{ id: 'GR', locale: 'el', text: 'Προστασία των κρίσιμων υποδομών πληροφοριών.' },
			{ id: 'CY', locale: 'el', text: 'ΠΡΟΣΤΑΣΊΑ ΤΩΝ ΚΡΊΣΙΜΩΝ ΥΠΟΔΟΜΏΝ ΠΛΗΡΟΦΟΡΙΏΝ.' }
		]);
		expect(matrix[0]![1]).toBe(1);
		expect(matrix[2]![3]).toBe(1);
		expect(matrix[0]![2]).toBe(0);
	});

	it('is empty for no texts', () => {
		expect(similarityMatrix([])).toEqual([]);
	});
});

describe('clustering order for the heatmap', () => {
	it('puts the definitions of each family of wording next to each other', () => {
		const { order, clusters } = clusterOrder(similarityMatrix(CYBERSPACE), IDS);
		expect([...order].sort()).toEqual([...IDS].sort());
		const familiesInOrder = order.map(family).join('');
		expect(familiesInOrder).toMatch(/^(?:III|VVV|SSS){3}$/u);
		expect(clusters.map((cluster) => cluster.map(family).join(''))).toEqual(familiesInOrder.match(/(.)\1\1/gu));
		expect(clusters.flat()).toEqual(order);
	});

	it('merges the most similar texts first, at their mean similarity', () => {
		const matrix: SimilarityMatrix = [
			[1, 0.1, 0.9, 0.2],
			[0.1, 1, 0.15, 0.8],
			[0.9, 0.15, 1, 0.1],
			[0.2, 0.8, 0.1, 1]
		];
		const { order, clusters, merges } = clusterOrder(matrix, ['a', 'b', 'c', 'd']);
		expect(merges.map((merge) => [merge.left, merge.right])).toEqual([
			[['a'], ['c']],
			[['b'], ['d']],
			[
				['a', 'c'],
				['b', 'd']
			]
		]);
		expect(merges.map((merge) => merge.similarity)).toEqual([
			0.9,
			0.8,
			expect.closeTo((0.1 + 0.2 + 0.15 + 0.1) / 4, 12)
		]);
		expect(Math.abs(order.indexOf('a') - order.indexOf('c'))).toBe(1);
		expect(Math.abs(order.indexOf('b') - order.indexOf('d'))).toBe(1);
		expect(clusters.map((cluster) => [...cluster].sort())).toEqual(
			order.indexOf('a') < order.indexOf('b')
				? [
						['a', 'c'],
						['b', 'd']
					]
				: [
						['b', 'd'],
						['a', 'c']
					]
		);
	});

	it('joins two groups where their most similar members meet', () => {
		const matrix: SimilarityMatrix = [
			[1, 0.9, 0.6],
			[0.9, 1, 0.2],
			[0.6, 0.2, 1]
		];
		const { order } = clusterOrder(matrix, ['x', 'y', 'z']);
		expect(Math.abs(order.indexOf('x') - order.indexOf('z'))).toBe(1);
		expect(Math.abs(order.indexOf('x') - order.indexOf('y'))).toBe(1);
	});

	it('cuts the groups at the threshold asked for', () => {
		const matrix = similarityMatrix(CYBERSPACE);
		expect(clusterOrder(matrix, IDS, { threshold: 0 }).clusters).toHaveLength(1);
		expect(
			clusterOrder(matrix, IDS, { threshold: 0.1 })
				.clusters.map((cluster) => cluster.length)
				.sort()
		).toEqual([3, 6]);
		expect(
			clusterOrder(matrix, IDS, { threshold: 0.8 })
				.clusters.map((cluster) => cluster.length)
				.sort()
		).toEqual([1, 1, 1, 2, 2, 2]);
		expect(clusterOrder(matrix, IDS, { threshold: 1.01 }).clusters).toEqual(
			clusterOrder(matrix, IDS).order.map((id) => [id])
		);
	});

	it('handles no text and a single text', () => {
		expect(clusterOrder([], [])).toEqual({ order: [], clusters: [], merges: [] });
		expect(clusterOrder([[1]], ['MT'])).toEqual({ order: ['MT'], clusters: [['MT']], merges: [] });
	});

	it('refuses a matrix that does not match the ids', () => {
		expect(() => clusterOrder([[1, 0.5]], ['a'])).toThrow(RangeError);
		expect(() => clusterOrder([[1]], ['a', 'b'])).toThrow(RangeError);
	});
});

describe('divergence of a concept', () => {
	it('is undefined with fewer than two texts', () => {
		expect(conceptDivergence([])).toBeNull();
		expect(conceptDivergence([[1]])).toBeNull();
	});

	it('is 0 when all States use the same wording and one minus the mean similarity otherwise', () => {
		const same = similarityMatrix([
			{ id: 'AT', locale: 'de', text: 'Die Fähigkeit, Sicherheitsvorfällen vorzubeugen und sie zu beseitigen.' },
			{ id: 'DE', locale: 'de', text: 'die Fähigkeit, Sicherheitsvorfällen vorzubeugen und sie zu beseitigen;' },
			{ id: 'LI', locale: 'de', text: 'DIE FÄHIGKEIT, SICHERHEITSVORFÄLLEN VORZUBEUGEN UND SIE ZU BESEITIGEN' }
		]);
		expect(conceptDivergence(same)).toBe(0);
		expect(
			conceptDivergence([
				[1, 0.5, 0.2],
				[0.5, 1, 0.8],
				[0.2, 0.8, 1]
			])
		).toBeCloseTo(0.5, 12);
	});

	it('is higher for the concept whose definitions diverge more', () => {
		const close = conceptDivergence(similarityMatrix(CYBERSPACE.filter((text) => family(text.id) === 'I')))!;
		const all = conceptDivergence(similarityMatrix(CYBERSPACE))!;
		expect(close).toBeLessThan(0.3);
		expect(all).toBeGreaterThan(0.6);
	});

	it('ranks concepts from closest to consensus to furthest, unmeasurable ones last', () => {
		const outlier = 0.1;
		// Four States agree and one differs …
		const oneOutlier: SimilarityMatrix = [
			[1, 1, 1, 1, outlier],
			[1, 1, 1, 1, outlier],
			[1, 1, 1, 1, outlier],
			[1, 1, 1, 1, outlier],
			[outlier, outlier, outlier, outlier, 1]
		];
		// … against two camps of two and three.
		const twoCamps: SimilarityMatrix = [
			[1, 1, outlier, outlier, outlier],
			[1, 1, outlier, outlier, outlier],
			[outlier, outlier, 1, 1, 1],
			[outlier, outlier, 1, 1, 1],
			[outlier, outlier, 1, 1, 1]
		];
		const ranking = rankByDivergence([
			{ id: 'cyberspace', matrix: similarityMatrix(CYBERSPACE) },
			{ id: 'single-state', matrix: [[1]] },
			{ id: 'two-camps', matrix: twoCamps },
			{ id: 'one-outlier', matrix: oneOutlier }
		]);
		expect(ranking.map((concept) => concept.id)).toEqual(['one-outlier', 'two-camps', 'cyberspace', 'single-state']);
		expect(ranking[0]).toEqual({
			id: 'one-outlier',
			divergence: expect.closeTo(1 - (6 + 4 * outlier) / 10, 12),
			textCount: 5
		});
		expect(ranking[3]).toEqual({ id: 'single-state', divergence: null, textCount: 1 });
	});
});
