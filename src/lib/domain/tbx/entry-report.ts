// The problems and "not kept" labels of one entry while it is mapped, phrased with the entry's
// name so that a terminologist finds it in the file.
import type { ImportProblem } from '../import/types';
import type { FileContext } from './file-context';
import { entryName, type RawEntry } from './raw-entry';

export class EntryReport {
	readonly problems: ImportProblem[];
	/** 'Entry "c12" (line 40)', for the start of messages. */
	readonly name: string;

	constructor(
		private readonly raw: RawEntry,
		private readonly context: FileContext
	) {
		this.problems = [...raw.problems];
		this.name = entryName(raw);
	}

	error(message: string, line: number): void {
		this.problems.push({ severity: 'error', message, line });
	}

	warning(message: string, line: number): void {
		this.problems.push({ severity: 'warning', message, line });
	}

	/** A warning about the whole file, given once however many entries share the problem. */
	warnOnce(key: string, message: string, line: number): void {
		this.context.reportOnce(key, this.problems, { severity: 'warning', message, line });
	}

	notKept(label: string): void {
		this.raw.notKept.add(label);
	}

	hasError(): boolean {
		return this.problems.some((problem) => problem.severity === 'error');
	}
}
