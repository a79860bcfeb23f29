// One spreadsheet row → one national entry, with every problem naming its row and column.
// A row with an error gives no entry (the import cannot go on with it); warnings keep the entry.
import type { ImportOptions, ImportProblem, ParsedEntry } from '../import/types';
import { primaryLanguage, type EntryContent, type LanguageVersion } from '../national-entry';
import { TERM_TYPE_LABELS, TEXT_STATUS_LABELS, ADMINISTRATIVE_STATUS_LABELS, type TextStatus } from '../vocabulary';
import { readAdditionalTerms } from './additional-terms';
import { columnLabel, columnLetter, columnMention } from './column-names';
import { LANGUAGE_FIELD_LABELS, type ColumnMapping, type LanguageField } from './column-target';
import { canonicalLanguageTag, languageFromText, languageName } from './language-names';
import { mappingLayout, type MappingLayout } from './mapping-layout';
import { readSourceDate } from './source-date';
import {
	PART_OF_SPEECH_LABELS,
	acceptedWords,
	readAdministrativeStatus,
	readPartOfSpeech,
	readTermType,
	readTextStatus
} from './vocabulary-cells';

export interface RowReading {
	entry?: ParsedEntry;
	problems: ImportProblem[];
	/** The original term, even when the row has errors, so duplicates are found in one pass. */
	originalTerm?: { term: string; language: string; column: number };
}

/** The status a translation gets when its cell is empty: we never claim more than the file says. */
export const DEFAULT_TRANSLATION_STATUS: TextStatus = 'courtesy_translation';

interface Cell {
	value: string;
	column: number;
}

type LanguageCells = Partial<Record<LanguageField, Cell>>;

export function rowToEntry(
	cells: readonly string[],
	mapping: ColumnMapping,
	rowNumber: number,
	options: ImportOptions
): RowReading {
	return new RowReader(cells, mapping, rowNumber, options).read();
}

/** Cell text as the model keeps it: without surrounding spaces, line breaks as "\n". */
export function cellText(cell: string | undefined): string {
	return (cell ?? '').replace(/\r\n?/g, '\n').trim();
}

class RowReader {
	private readonly problems: ImportProblem[] = [];
	private readonly layout: MappingLayout;
	private hasError = false;
	private originalTerm: RowReading['originalTerm'];

	constructor(
		private readonly cells: readonly string[],
		private readonly mapping: ColumnMapping,
		private readonly row: number,
		private readonly options: ImportOptions
	) {
		this.layout = mappingLayout(mapping);
	}

	read(): RowReading {
		if (this.cells.every((cell) => cellText(cell) === '')) return { problems: [] };
		this.checkCellsBeyondHeader();
		if (this.layout.importedColumns.every((column) => this.text(column) === '')) {
			this.warn(
				`Row ${this.row} has text only in columns that are not imported (${this.ignoredColumnsWithText()}); the row is skipped.`
			);
			return { problems: this.problems };
		}

		const originalLanguage = this.originalLanguage();
		const versions = this.languageVersions(originalLanguage);
		const content: EntryContent = {
			languageVersions: versions,
			sourceAct: this.entryText('sourceAct'),
			sourceArticle: this.entryText('sourceArticle'),
			sourceDate: this.sourceDate(),
			sourceUrl: this.sourceUrl(),
			note: this.entryText('note')
		};
		const reading: RowReading = { problems: this.problems };
		if (this.originalTerm) reading.originalTerm = this.originalTerm;
		if (this.hasError) return reading;
		reading.entry = { content, row: this.row };
		const sourceId = this.entryText('sourceId');
		if (sourceId) reading.entry.sourceId = sourceId;
		return reading;
	}

	// ---- the original language ----------------------------------------------------------------

	/** The original language of the row: its own column first, then the State's language; null if unknown. */
	private originalLanguage(): string | null {
		const column = this.layout.entryColumns.originalLanguage;
		const stateLanguage = this.options.originalLanguage ? canonicalLanguageTag(this.options.originalLanguage) : null;
		if (column === undefined) return stateLanguage;
		const value = this.text(column);
		if (!value) {
			if (stateLanguage) return stateLanguage;
			this.error(column, 'the original language is empty; write a language tag such as “de”, “sr-Latn” or “fr-CH”');
			return null;
		}
		const language = languageFromText(value, stateLanguage ? [stateLanguage] : []);
		if (!language) {
			this.error(
				column,
				`“${value}” is not a language; write a language tag such as “de”, “sr-Latn” or “fr-CH”, or a language name such as German`
			);
		}
		return language;
	}

	// ---- language versions --------------------------------------------------------------------

	private languageVersions(originalLanguage: string | null): LanguageVersion[] {
		const byLanguage = this.cellsByLanguage(originalLanguage);
		if (byLanguage === null) return [];
		let original = originalLanguage;
		if (original === null) {
			// Nothing says which language is the original: the first one given is (the mapping check warned once).
			original = [...byLanguage.keys()][0] ?? null;
			if (original === null) return [];
		}
		const originalCells = byLanguage.get(original);
		if (!originalCells) {
			this.missingOriginal(original);
			return [];
		}
		const ordered = [...byLanguage.keys()].sort((a, b) => rank(a, original) - rank(b, original));
		const versions: LanguageVersion[] = [];
		for (const language of ordered) {
			const version = this.languageVersion(language, byLanguage.get(language)!, language === original);
			if (version) versions.push(version);
		}
		return versions;
	}

	/** Non-empty cells per language; 'original' columns count as the original language's. */
	private cellsByLanguage(originalLanguage: string | null): Map<string, LanguageCells> | null {
		const byLanguage = new Map<string, LanguageCells>();
		for (const { language, columns } of this.layout.languages) {
			const filled = this.filledCells(columns);
			if (Object.keys(filled).length === 0) continue;
			const tag = language === 'original' ? originalLanguage : language;
			if (tag === null) {
				// Only reachable when the row's own language cell is wrong (already said) or nothing names the language.
				if (this.layout.entryColumns.originalLanguage === undefined) {
					const first = Object.values(filled)[0]!;
					this.error(
						first.column,
						'the language of this text is not known; choose the original language for the import, or add a column “Original language”'
					);
				}
				return null;
			}
			const merged = byLanguage.get(tag) ?? {};
			for (const [field, cell] of Object.entries(filled) as [LanguageField, Cell][]) {
				const earlier = merged[field];
				if (earlier && earlier.value !== cell.value) {
					this.error(
						cell.column,
						`column ${this.label(earlier.column)} already gives the ${LANGUAGE_FIELD_LABELS[field].toLowerCase()} in ${languageName(tag)}, and differently; keep one of them`
					);
				} else {
					merged[field] = cell;
				}
			}
			byLanguage.set(tag, merged);
		}
		return byLanguage;
	}

	private filledCells(columns: Partial<Record<LanguageField, number>>): LanguageCells {
		const filled: LanguageCells = {};
		for (const [field, column] of Object.entries(columns) as [LanguageField, number][]) {
			const value = this.text(column);
			if (value) filled[field] = { value, column };
		}
		return filled;
	}

	private missingOriginal(original: string): void {
		const language = languageName(original);
		const termColumn = this.languageColumn(original, 'term', true);
		if (termColumn !== undefined) {
			this.error(termColumn, `the term is empty; every entry needs its term in the original language (${language})`);
			const definitionColumn = this.languageColumn(original, 'definition', true);
			if (definitionColumn !== undefined) {
				this.error(
					definitionColumn,
					'the definition is empty; every entry needs its definition in the original language'
				);
			}
			return;
		}
		const languageColumn = this.layout.entryColumns.originalLanguage;
		const message = `the original language is ${language}, but the row has no ${language} term; give the term in ${language} or correct the original language`;
		if (languageColumn !== undefined) this.error(languageColumn, message);
		else this.rowError(`Row ${this.row}: ${message}.`);
	}

	private languageVersion(language: string, cells: LanguageCells, isOriginal: boolean): LanguageVersion | null {
		const term = cells.term?.value;
		const definition = cells.definition?.value ?? null;
		if (isOriginal && !definition) {
			const column = this.languageColumn(language, 'definition', true);
			const message = 'the definition is empty; every entry needs its definition in the original language';
			if (column !== undefined) this.error(column, message);
			else this.rowError(`Row ${this.row}: ${message}.`);
		}
		if (!term) {
			const name = languageName(language);
			const termColumn = this.languageColumn(language, 'term', isOriginal);
			this.error(
				isOriginal && termColumn !== undefined ? termColumn : Object.values(cells)[0]!.column,
				isOriginal
					? `the term is empty; every entry needs its term in the original language (${name})`
					: `there is ${name} text but no ${name} term; ${termColumn === undefined ? 'add a column for the term' : `add the term in column ${this.label(termColumn)}`} or leave the ${name} columns empty`
			);
			return null;
		}
		if (isOriginal) this.originalTerm = { term, language, column: cells.term!.column };
		return {
			language,
			isOriginal,
			textStatus: this.textStatus(cells.textStatus, language, isOriginal),
			term,
			termType: this.controlled(cells.termType, readTermType, 'a term type', TERM_TYPE_LABELS),
			partOfSpeech: this.controlled(cells.partOfSpeech, readPartOfSpeech, 'a part of speech', PART_OF_SPEECH_LABELS),
			administrativeStatus: this.controlled(
				cells.administrativeStatus,
				readAdministrativeStatus,
				'an administrative status',
				ADMINISTRATIVE_STATUS_LABELS
			),
			definition,
			definitionSource: cells.definitionSource?.value ?? null,
			note: cells.note?.value ?? null,
			additionalTerms: cells.additionalTerms ? readAdditionalTerms(cells.additionalTerms.value) : []
		};
	}

	private textStatus(cell: Cell | undefined, language: string, isOriginal: boolean): TextStatus {
		const fallback: TextStatus = isOriginal
			? 'authentic'
			: primaryLanguage(language) === 'en'
				? (this.options.englishStatus ?? DEFAULT_TRANSLATION_STATUS)
				: (this.options.otherStatus ?? DEFAULT_TRANSLATION_STATUS);
		if (!cell) return fallback;
		const status = readTextStatus(cell.value);
		if (!status) {
			this.error(cell.column, `“${cell.value}” is not a text status; write ${acceptedWords(TEXT_STATUS_LABELS)}`);
			return fallback;
		}
		if (isOriginal && status !== 'authentic') {
			this.error(
				cell.column,
				`the original text is the authentic text, but the cell says “${cell.value}”; leave it empty or write authentic text`
			);
			return fallback;
		}
		return status;
	}

	private controlled<T extends string>(
		cell: Cell | undefined,
		read: (value: string) => T | null,
		what: string,
		labels: Record<T, string>
	): T | null {
		if (!cell) return null;
		const value = read(cell.value);
		if (!value)
			this.error(
				cell.column,
				`“${cell.value}” is not ${what}; write ${acceptedWords(labels)}, or leave the cell empty`
			);
		return value;
	}

	/** The column giving a field of a language, looking at 'original' columns too for the original. */
	private languageColumn(language: string, field: LanguageField, isOriginal: boolean): number | undefined {
		for (const group of this.layout.languages) {
			if (group.language === language || (isOriginal && group.language === 'original')) {
				const column = group.columns[field];
				if (column !== undefined) return column;
			}
		}
		return undefined;
	}

	// ---- entry fields ---------------------------------------------------------------------------

	private entryText(field: 'sourceId' | 'sourceAct' | 'sourceArticle' | 'note'): string | null {
		const column = this.layout.entryColumns[field];
		return column === undefined ? null : this.text(column) || null;
	}

	private sourceDate(): string | null {
		const column = this.layout.entryColumns.sourceDate;
		const value = column === undefined ? '' : this.text(column);
		if (column === undefined || !value) return null;
		const reading = readSourceDate(value);
		if ('date' in reading) return reading.date;
		this.error(column, reading.problem);
		return null;
	}

	private sourceUrl(): string | null {
		const column = this.layout.entryColumns.sourceUrl;
		const value = column === undefined ? '' : this.text(column);
		if (column === undefined || !value) return null;
		if (isHttpUrl(value)) return value;
		this.error(column, `“${value}” is not a web address; a link must start with http:// or https://`);
		return null;
	}

	// ---- cells beyond the header ------------------------------------------------------------------

	private checkCellsBeyondHeader(): void {
		const width = this.mapping.length;
		const extra: number[] = [];
		for (let column = width; column < this.cells.length; column++) if (this.text(column)) extra.push(column);
		if (extra.length === 0) return;
		const first = columnLetter(extra[0]!);
		const last = columnLetter(extra.at(-1)!);
		const where = first === last ? `column ${first}` : `columns ${first}–${last}`;
		this.warn(
			`Row ${this.row} has more cells than the header (${width} columns); the text in ${where} has no header and is not imported.`
		);
	}

	private ignoredColumnsWithText(): string {
		const mentions: string[] = [];
		this.cells.forEach((_, column) => {
			if (this.text(column)) mentions.push(columnMention(column, this.mapping[column]?.header));
		});
		return mentions.join(', ');
	}

	// ---- helpers ----------------------------------------------------------------------------------

	private text(column: number): string {
		return cellText(this.cells[column]);
	}

	private label(column: number): string {
		return columnLabel(column, this.mapping[column]?.header);
	}

	private error(column: number, detail: string): void {
		this.hasError = true;
		const field = this.label(column);
		this.problems.push({
			severity: 'error',
			message: `Row ${this.row}, column ${field}: ${detail}.`,
			row: this.row,
			field
		});
	}

	private rowError(message: string): void {
		this.hasError = true;
		this.problems.push({ severity: 'error', message, row: this.row });
	}

	private warn(message: string): void {
		this.problems.push({ severity: 'warning', message, row: this.row });
	}
}

/** Order of language versions: the original, then English, then the others as the columns give them. */
function rank(language: string, original: string): number {
	if (language === original) return 0;
	return primaryLanguage(language) === 'en' ? 1 : 2;
}

export function isHttpUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}
