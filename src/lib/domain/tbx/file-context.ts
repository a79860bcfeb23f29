// What the entries of one file share while it is read: its version, its default language, the
// problems already reported once for the whole file, and the tally of what the model cannot keep.
import type { ImportProblem } from '../import/types';
import type { TbxVersion } from './elements';

export class FileContext {
	private readonly reported = new Set<string>();
	private readonly notKeptEntries = new Map<string, number>();
	private readonly notKeptInFile = new Set<string>();

	constructor(
		readonly version: TbxVersion,
		/** xml:lang of the root element as written, inherited by sections without their own. */
		readonly rootLanguage: string | null
	) {}

	/** True the first time a key is seen: for problems worth reporting once per file, not per entry. */
	firstTime(key: string): boolean {
		if (this.reported.has(key)) return false;
		this.reported.add(key);
		return true;
	}

	/** Adds the problem to `problems` unless one with the same key was reported before. */
	reportOnce(key: string, problems: ImportProblem[], problem: ImportProblem): void {
		if (this.firstTime(key)) problems.push(problem);
	}

	countNotKept(labels: Iterable<string>): void {
		for (const label of labels) this.notKeptEntries.set(label, (this.notKeptEntries.get(label) ?? 0) + 1);
	}

	notKeptOutsideEntries(label: string): void {
		this.notKeptInFile.add(label);
	}

	/** "subjectField (12 entries)", in the order first met; then what lies outside the entries. */
	notKeptSummary(): string[] {
		const perEntry = [...this.notKeptEntries].map(
			([label, count]) => `${label} (${count} ${count === 1 ? 'entry' : 'entries'})`
		);
		return [...perEntry, ...[...this.notKeptInFile].map((label) => `${label} (outside the entries)`)];
	}
}
