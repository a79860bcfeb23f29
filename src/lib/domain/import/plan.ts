// What an import will do to a list, decided before anything is written, so the preview can show it:
// which entries of the file are new, which change an existing entry, which are unchanged, and
// (when the file replaces the list) which existing entries it withdraws.
//
// An incoming entry matches an existing one by the identifier our own exports carry ("e123"), or
// else by its original term (case, accents and spacing ignored). Matching keeps an entry's identity
// across revisions, so its history, its concept links and the revision diff stay meaningful.
import { termKey } from '../entry-validation';
import { originalVersion, type EntryContent } from '../national-entry';

export type ImportMode = 'replace' | 'add';

/**
 * What matching needs of an entry, instead of its whole content, so that a list of tens of
 * thousands of entries can be planned without holding it in memory: the key of its original term
 * and a fingerprint of its content (equal fingerprints for equal content; see canonicalContent).
 */
export interface PlanningKey {
	termKey: string;
	fingerprint: string;
}

export interface ExistingEntry extends PlanningKey {
	entryId: number;
}

export interface IncomingEntry extends PlanningKey {
	seq: number;
	sourceId: string | null;
}

export interface ImportPlan {
	create: number[];
	update: { seq: number; entryId: number }[];
	unchanged: { seq: number; entryId: number }[];
	/** Existing entries the file does not contain; withdrawn only in "replace" mode. */
	withdraw: number[];
	/**
	 * Incoming entries whose original term is already taken by an earlier entry of the file; they
	 * are created as separate entries (two acts may define one term differently) and flagged.
	 */
	duplicates: number[];
}

export function originalTermKey(content: EntryContent): string {
	return termKey(originalVersion(content.languageVersions)?.term ?? '');
}

/** Content compared for equality regardless of key order. */
export function sameContent(a: EntryContent, b: EntryContent): boolean {
	return canonicalContent(a) === canonicalContent(b);
}

/** The content as text that is equal exactly when the content is, whatever the order of its keys. */
export function canonicalContent(content: EntryContent): string {
	return canonicalJson(content);
}

function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) =>
		inner && typeof inner === 'object' && !Array.isArray(inner)
			? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
			: inner
	);
}

export function planImport(
	existing: readonly ExistingEntry[],
	incoming: readonly IncomingEntry[],
	mode: ImportMode
): ImportPlan {
	const byId = new Map(existing.map((entry) => [entry.entryId, entry]));
	// Several existing entries may share a term; each incoming row takes the first one still free.
	const byTerm = new Map<string, ExistingEntry[]>();
	for (const entry of existing) {
		const list = byTerm.get(entry.termKey);
		if (list) list.push(entry);
		else byTerm.set(entry.termKey, [entry]);
	}

	const plan: ImportPlan = { create: [], update: [], unchanged: [], withdraw: [], duplicates: [] };
	const matched = new Set<number>();
	const termsSeen = new Set<string>();
	for (const entry of incoming) {
		const key = entry.termKey;
		if (termsSeen.has(key)) plan.duplicates.push(entry.seq);
		termsSeen.add(key);
		const idMatch = /^e(\d+)$/.exec(entry.sourceId ?? '');
		const byIdentifier = idMatch ? byId.get(Number(idMatch[1])) : undefined;
		const target =
			byIdentifier && !matched.has(byIdentifier.entryId)
				? byIdentifier
				: (byTerm.get(key) ?? []).find((candidate) => !matched.has(candidate.entryId));
		if (!target) {
			plan.create.push(entry.seq);
			continue;
		}
		matched.add(target.entryId);
		(target.fingerprint === entry.fingerprint ? plan.unchanged : plan.update).push({
			seq: entry.seq,
			entryId: target.entryId
		});
	}
	if (mode === 'replace') {
		plan.withdraw = existing.filter((entry) => !matched.has(entry.entryId)).map((entry) => entry.entryId);
	}
	return plan;
}
