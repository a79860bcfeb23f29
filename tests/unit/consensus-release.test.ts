// Release changelogs and citations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	citeRelease,
	releaseChangelog,
	type ConceptVersionRef,
	type ReleaseSnapshot
} from '../../src/lib/domain/consensus';

const version = (
	conceptId: number,
	versionNumber: number,
	status: 'agreed' | 'deprecated' = 'agreed'
): ConceptVersionRef => ({
	conceptId,
	versionId: conceptId * 100 + versionNumber,
	versionNumber,
	status
});

describe('releaseChangelog', () => {
	it('lists every concept as added in the first release', () => {
		const changelog = releaseChangelog(null, [version(2, 1), version(1, 1)]);
		expect(changelog.number).toBe(1);
		expect(changelog.entries).toEqual([
			{ conceptId: 1, change: 'added', version: version(1, 1), previous: null },
			{ conceptId: 2, change: 'added', version: version(2, 1), previous: null }
		]);
		expect(changelog.counts).toEqual({ added: 2, amended: 0, deprecated: 0, unchanged: 0 });
		expect(changelog.hasChanges).toBe(true);
	});

	it('tells added, amended, deprecated and unchanged apart, in concept order', () => {
		const previous: ReleaseSnapshot = {
			number: 3,
			releasedAt: '2027-03-12T10:00:00Z',
			concepts: [version(1, 1), version(2, 1), version(3, 2), version(4, 1, 'deprecated')]
		};
		const changelog = releaseChangelog(previous, [
			version(5, 1),
			version(4, 1, 'deprecated'),
			version(3, 3, 'deprecated'),
			version(2, 2),
			version(1, 1)
		]);
		expect(changelog.number).toBe(4);
		expect(changelog.entries.map((entry) => [entry.conceptId, entry.change])).toEqual([
			[1, 'unchanged'],
			[2, 'amended'],
			[3, 'deprecated'],
			[4, 'unchanged'],
			[5, 'added']
		]);
		expect(changelog.entries[1]?.previous).toEqual(version(2, 1));
		expect(changelog.counts).toEqual({ added: 1, amended: 1, deprecated: 1, unchanged: 2 });
		expect(changelog.missing).toEqual([]);
	});

	it('lists a concept agreed and deprecated between two releases as deprecated', () => {
		expect(releaseChangelog(null, [version(1, 2, 'deprecated')]).entries[0]?.change).toBe('deprecated');
	});

	it('calls a new text of a deprecated concept an amendment', () => {
		const previous = { number: 1, releasedAt: '2027-03-12T10:00:00Z', concepts: [version(1, 2, 'deprecated')] };
		expect(releaseChangelog(previous, [version(1, 3, 'deprecated')]).entries[0]?.change).toBe('amended');
		expect(releaseChangelog(previous, [version(1, 3, 'agreed')]).entries[0]?.change).toBe('amended');
	});

	it('says when nothing changed', () => {
		const previous = { number: 1, releasedAt: '2027-03-12T10:00:00Z', concepts: [version(1, 1)] };
		expect(releaseChangelog(previous, [version(1, 1)]).hasChanges).toBe(false);
	});

	it('reports concepts of the previous release that are missing now, which must never be silently dropped', () => {
		const previous = { number: 1, releasedAt: '2027-03-12T10:00:00Z', concepts: [version(1, 1), version(2, 1)] };
		const changelog = releaseChangelog(previous, [version(1, 1)]);
		expect(changelog.missing).toEqual([version(2, 1)]);
		expect(changelog.hasChanges).toBe(true);
	});

	it('throws on input that cannot come from the glossary: a concept twice, or a version going back', () => {
		expect(() => releaseChangelog(null, [version(1, 1), version(1, 2)])).toThrow(
			'Concept 1 appears twice in the concepts to release.'
		);
		const previous = { number: 1, releasedAt: '2027-03-12T10:00:00Z', concepts: [version(1, 3)] };
		expect(() => releaseChangelog(previous, [version(1, 2)])).toThrow(
			'Concept 1 is at version 2, older than version 3 of the previous release.'
		);
	});

	it('is deterministic: the order of the input does not matter', () => {
		const concepts = fc.uniqueArray(
			fc.record({
				conceptId: fc.integer({ min: 1, max: 40 }),
				versionNumber: fc.integer({ min: 1, max: 5 }),
				deprecated: fc.boolean()
			}),
			{ selector: (concept) => concept.conceptId, maxLength: 20 }
		);
		fc.assert(
			fc.property(concepts, concepts, (before, after) => {
				const toRef = (concept: { conceptId: number; versionNumber: number; deprecated: boolean }) =>
					version(concept.conceptId, concept.versionNumber, concept.deprecated ? 'deprecated' : 'agreed');
				const previous = { number: 2, releasedAt: '2027-03-12T10:00:00Z', concepts: before.map(toRef) };
				const agreedNow = after.map((concept) => {
					const earlier = before.find((candidate) => candidate.conceptId === concept.conceptId);
					return toRef({ ...concept, versionNumber: Math.max(concept.versionNumber, earlier?.versionNumber ?? 1) });
				});
				const forward = releaseChangelog(previous, agreedNow);
				expect(releaseChangelog(previous, [...agreedNow].reverse())).toEqual(forward);
				expect(forward.entries.map((entry) => entry.conceptId)).toEqual(
					agreedNow.map((ref) => ref.conceptId).sort((a, b) => a - b)
				);
				expect(forward.entries.length + forward.missing.length).toBeGreaterThanOrEqual(before.length);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('citeRelease', () => {
	it('gives a stable citation with the release day in Vienna', () => {
		expect(
			citeRelease({
				number: 3,
				releasedAt: '2027-03-12T10:00:00Z',
				url: 'https://glossary.example.org/glossary/releases/3'
			})
		).toBe(
			'OSCE CBM 9 consensus glossary, release 3 (12 March 2027). https://glossary.example.org/glossary/releases/3'
		);
	});

	it('dates a release published late in the evening UTC by the Vienna day', () => {
		expect(
			citeRelease({
				number: 4,
				releasedAt: '2027-06-30T22:30:00Z',
				url: 'https://glossary.example.org/glossary/releases/4'
			})
		).toBe('OSCE CBM 9 consensus glossary, release 4 (1 July 2027). https://glossary.example.org/glossary/releases/4');
	});
});
