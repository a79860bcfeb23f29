// What CSV and XLSX reading share once a file is rows of cells: finding the header, guessing and
// checking the mapping, turning rows into entries, spotting duplicate terms, counting for the summary.
// It holds no rows: each goes to the sink as soon as it is read.
import type { ImportFormat, ImportOptions, ImportProblem, ImportSink, ImportSummary } from '../import/types';
import { columnLabel, columnLetter } from './column-names';
import { describeColumnTarget, type ColumnMapping } from './column-target';
import { guessColumnMapping } from './guess-mapping';
import { cellText, rowToEntry, type RowReading } from './row-to-entry';
import { validateColumnMapping } from './validate-mapping';
import { termFingerprint } from './term-fingerprint';

export type CsvDelimiter = ',' | ';' | '\t';

/** Facts about the file the preview shows next to the mapping. */
export interface TabularFileFacts {
	/** CSV: the separator found in the header line. */
	delimiter?: CsvDelimiter;
	/** CSV: whether the file starts with a UTF-8 byte order mark. */
	byteOrderMark?: boolean;
	/** XLSX: the sheet read, and every sheet of the workbook in order. */
	sheetName?: string;
	sheetNames?: string[];
}

export interface TabularColumn {
	letter: string;
	header: string;
	/** The target in words, e.g. "Definition (English)" or "Not imported". */
	description: string;
}

export interface TabularHeader extends TabularFileFacts {
	/** The row of the header as the spreadsheet numbers it. */
	row: number;
	headers: string[];
	/** What the headers alone suggest. */
	guessedMapping: ColumnMapping;
	/** What the import uses: the mapping given, or else the guess. */
	mapping: ColumnMapping;
	columns: TabularColumn[];
	/** "Column F ‘Bemerkung intern’ is ignored." */
	ignored: string[];
}

/** Something wrong in one cell that the format reader found (an Excel error value, a formula without result). */
export interface CellProblem {
	column: number;
	severity: ImportProblem['severity'];
	/** Completes "Row 5, column C (Definition): …". */
	detail: string;
}

/** An import sink that also hears about the header (once, before any entry) and progress. */
export interface TabularSink extends ImportSink {
	header?(header: TabularHeader): void | Promise<void>;
	progress?(progress: { rows: number; bytes: number }): void | Promise<void>;
}

export interface TabularImportSummary extends ImportSummary, TabularFileFacts {
	header: TabularHeader | null;
	/** Rows read below the header, blank rows not counted. */
	rows: number;
	errors: number;
	warnings: number;
}

const PROGRESS_EVERY_ROWS = 1000;
// Title rows ("National terminology, 2025") above the header have one filled cell; a header has more.
const MAX_TITLE_ROWS = 5;

export class TableReader {
	readonly facts: TabularFileFacts = {};
	private header: TabularHeader | null = null;
	private stopped = false;
	private readonly titleRows: number[] = [];
	private readonly firstRowOfTerm = new Map<number, number>();
	private readonly languages = new Set<string>();
	private readonly notKept: string[] = [];
	private rows = 0;
	private entries = 0;
	private errors = 0;
	private warnings = 0;
	private bytes = 0;

	constructor(
		private readonly format: ImportFormat,
		private readonly sink: TabularSink,
		private readonly options: ImportOptions,
		private readonly mapping?: ColumnMapping
	) {}

	/** False once reading should stop because the mapping cannot be used. */
	get wantsRows(): boolean {
		return !this.stopped;
	}

	/** Bytes of the file read so far, for progress. */
	countBytes(bytes: number): void {
		this.bytes += bytes;
	}

	/** One row as the file numbers it; `cellProblems` are what the format reader found in its cells. */
	async row(cells: readonly string[], rowNumber: number, cellProblems: readonly CellProblem[] = []): Promise<void> {
		if (this.stopped) return;
		for (const { column, severity, detail } of cellProblems) {
			const field = columnLabel(column, this.header?.headers[column]);
			await this.problem({ severity, message: `Row ${rowNumber}, column ${field}: ${detail}.`, row: rowNumber, field });
		}
		if (!this.header) {
			await this.headerCandidate(cells, rowNumber);
			return;
		}
		if (cells.every((cell) => cellText(cell) === '')) return;
		this.rows++;
		const reading = rowToEntry(cells, this.header.mapping, rowNumber, this.options);
		for (const problem of reading.problems) await this.problem(problem);
		if (reading.originalTerm) await this.checkDuplicate(reading.originalTerm, rowNumber);
		if (reading.entry && !cellProblems.some((problem) => problem.severity === 'error')) {
			for (const version of reading.entry.content.languageVersions) this.languages.add(version.language);
			this.entries++;
			await this.sink.entry(reading.entry);
		}
		if (this.rows % PROGRESS_EVERY_ROWS === 0) await this.sink.progress?.({ rows: this.rows, bytes: this.bytes });
	}

	async problem(problem: ImportProblem): Promise<void> {
		if (problem.severity === 'error') this.errors++;
		else this.warnings++;
		await this.sink.problem(problem);
	}

	/** A problem with the file as a whole; an error stops the reading. */
	async fileProblem(severity: ImportProblem['severity'], message: string): Promise<void> {
		if (severity === 'error') this.stopped = true;
		await this.problem({ severity, message });
	}

	async finish(): Promise<TabularImportSummary> {
		if (!this.header && this.errors === 0) {
			await this.fileProblem('error', 'The file is empty: it has no header row and no entries.');
		} else if (this.header && this.rows === 0 && this.errors === 0) {
			await this.fileProblem('error', `The file has a header row (row ${this.header.row}) but no entries below it.`);
		}
		if (this.rows > 0 && this.rows % PROGRESS_EVERY_ROWS !== 0)
			await this.sink.progress?.({ rows: this.rows, bytes: this.bytes });
		return {
			format: this.format,
			entries: this.entries,
			languages: [...this.languages],
			notKept: this.notKept,
			header: this.header,
			rows: this.rows,
			errors: this.errors,
			warnings: this.warnings,
			...this.facts
		};
	}

	private async headerCandidate(cells: readonly string[], rowNumber: number): Promise<void> {
		const filled = cells.filter((cell) => cellText(cell) !== '').length;
		if (filled === 0) return;
		if (filled === 1 && this.titleRows.length < MAX_TITLE_ROWS) {
			this.titleRows.push(rowNumber);
			return;
		}
		for (const row of this.titleRows)
			this.notKept.push(`Row ${row}, above the header, is taken as a title and not imported.`);

		const headers = withoutTrailingEmpty(cells.map(cellText));
		const guessedMapping = guessColumnMapping(headers, this.options.originalLanguage);
		const mapping = this.mapping ?? guessedMapping;
		const columns = headers.map((header, index) => ({
			letter: columnLetter(index),
			header,
			description: mapping[index] ? describeColumnTarget(mapping[index].target) : 'Not imported'
		}));
		const ignored = columns
			.filter((_, index) => mapping[index]?.target.kind !== 'language' && mapping[index]?.target.kind !== 'entry')
			.map(({ letter, header }) =>
				header ? `Column ${letter} ‘${header}’ is ignored.` : `Column ${letter}, which has no header, is ignored.`
			);
		this.notKept.push(...ignored);
		this.header = { row: rowNumber, headers, guessedMapping, mapping, columns, ignored, ...this.facts };

		await this.sink.header?.(this.header);
		const problems = validateColumnMapping(mapping, headers, this.options);
		for (const problem of problems) await this.problem(problem);
		if (problems.some((problem) => problem.severity === 'error')) this.stopped = true;
	}

	/** Same original term in the same language, ignoring case and accents: warn on the later row. */
	private async checkDuplicate(original: NonNullable<RowReading['originalTerm']>, rowNumber: number): Promise<void> {
		const key = termFingerprint(original.language, original.term);
		const firstRow = this.firstRowOfTerm.get(key);
		if (firstRow === undefined) {
			this.firstRowOfTerm.set(key, rowNumber);
			return;
		}
		const field = columnLabel(original.column, this.header?.headers[original.column]);
		await this.problem({
			severity: 'warning',
			message: `Row ${rowNumber}, column ${field}: the term “${original.term}” is also in row ${firstRow}; check whether the two rows are the same entry.`,
			row: rowNumber,
			field
		});
	}
}

function withoutTrailingEmpty(cells: string[]): string[] {
	let end = cells.length;
	while (end > 0 && cells[end - 1] === '') end--;
	return cells.slice(0, end);
}
