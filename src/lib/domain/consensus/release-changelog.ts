// Consensus glossary releases (DESIGN.md §2): a numbered, dated, citable snapshot of the agreed
// concepts. The changelog compares the snapshot about to be published with the previous one, per
// concept; it matches glossary_release_concept.change.
import type { ConceptVersionStatus, Instant } from './types';

export interface ConceptVersionRef {
	readonly conceptId: number;
	/** concept_version.id */
	readonly versionId: number;
	/** concept_version.number */
	readonly versionNumber: number;
	readonly status: ConceptVersionStatus;
}

export interface ReleaseSnapshot {
	readonly number: number;
	readonly releasedAt: Instant;
	readonly concepts: readonly ConceptVersionRef[];
}

export const RELEASE_CHANGES = ['added', 'amended', 'deprecated', 'unchanged'] as const;
export type ReleaseChange = (typeof RELEASE_CHANGES)[number];

export interface ReleaseChangelogEntry {
	readonly conceptId: number;
	readonly change: ReleaseChange;
	readonly version: ConceptVersionRef;
	/** The version in the previous release; null when the concept was not in it. */
	readonly previous: ConceptVersionRef | null;
}

export interface ReleaseChangelog {
	/** The number the new release takes. */
	readonly number: number;
	/** One entry per concept, by concept id. */
	readonly entries: readonly ReleaseChangelogEntry[];
	readonly counts: Readonly<Record<ReleaseChange, number>>;
	/** False when the new release would say nothing the previous one did not. */
	readonly hasChanges: boolean;
	/**
	 * Concepts of the previous release that the new snapshot lacks. Nothing is ever deleted, so this
	 * points to a fault upstream: publishing would silently drop agreed text.
	 */
	readonly missing: readonly ConceptVersionRef[];
}

function byConcept(concepts: readonly ConceptVersionRef[], what: string): Map<number, ConceptVersionRef> {
	const map = new Map<number, ConceptVersionRef>();
	for (const concept of concepts) {
		if (map.has(concept.conceptId)) throw new RangeError(`Concept ${concept.conceptId} appears twice in ${what}.`);
		map.set(concept.conceptId, concept);
	}
	return map;
}

function changeOf(version: ConceptVersionRef, previous: ConceptVersionRef | null): ReleaseChange {
	if (previous && previous.versionId === version.versionId) return 'unchanged';
	if (previous && version.versionNumber < previous.versionNumber) {
		throw new RangeError(
			`Concept ${version.conceptId} is at version ${version.versionNumber}, older than version ${previous.versionNumber} of the previous release.`
		);
	}
	// A concept agreed and deprecated between two releases is listed as deprecated: the release still
	// tells readers not to use the term, although its agreed text was never published.
	if (version.status === 'deprecated' && previous?.status !== 'deprecated') return 'deprecated';
	return previous ? 'amended' : 'added';
}

/**
 * The changes of a new release per concept, against the previous release (null for the first one).
 * `agreedNow` is the latest adopted version of every concept that has one, agreed or deprecated.
 */
export function releaseChangelog(
	previous: ReleaseSnapshot | null,
	agreedNow: readonly ConceptVersionRef[]
): ReleaseChangelog {
	const before = byConcept(previous?.concepts ?? [], `release ${previous?.number ?? 0}`);
	const now = byConcept(agreedNow, 'the concepts to release');
	const entries = [...now.values()]
		.sort((a, b) => a.conceptId - b.conceptId)
		.map((version): ReleaseChangelogEntry => {
			const earlier = before.get(version.conceptId) ?? null;
			return { conceptId: version.conceptId, change: changeOf(version, earlier), version, previous: earlier };
		});
	const counts: Record<ReleaseChange, number> = { added: 0, amended: 0, deprecated: 0, unchanged: 0 };
	for (const entry of entries) counts[entry.change] += 1;
	const missing = [...before.values()]
		.filter((concept) => !now.has(concept.conceptId))
		.sort((a, b) => a.conceptId - b.conceptId);
	return {
		number: (previous?.number ?? 0) + 1,
		entries,
		counts,
		hasChanges: counts.added + counts.amended + counts.deprecated > 0 || missing.length > 0,
		missing
	};
}
