// What every importer (TBX, CSV, XLSX) produces: national entries in the model of
// national-entry.ts, and problems that say where they are (XML line, or row and column).
// Importers never write anything; the server stages what they produce, shows a preview and
// commits all or nothing.
import type { EntryContent } from '../national-entry';
import type { TextStatus } from '../vocabulary';

export type ImportFormat = 'tbx-v3' | 'tbx-2008' | 'csv' | 'xlsx';

export interface ImportProblem {
	/** An error blocks the import; a warning is shown in the preview and the import may go on. */
	severity: 'error' | 'warning';
	/** In words a terminologist understands: what is wrong and what to do. */
	message: string;
	/** XML: the line (1-based) where the problem is. */
	line?: number;
	/** XML: the column (1-based). Tabular: the column letter or header name is in `field`. */
	column?: number;
	/** CSV/XLSX: the row number as a spreadsheet shows it (1-based, header row included). */
	row?: number;
	/** The field or column the problem concerns, e.g. "definition (en)" or "C (Definition)". */
	field?: string;
}

export interface ParsedEntry {
	content: EntryContent;
	/** Where the entry starts in the file, for the preview and for problems. */
	line?: number;
	row?: number;
	/** The identifier the file gives the entry (TBX conceptEntry/@id), if any. */
	sourceId?: string;
}

/** Receives the importer's output as it goes, so large files never sit in memory whole. */
export interface ImportSink {
	entry(entry: ParsedEntry): void | Promise<void>;
	problem(problem: ImportProblem): void | Promise<void>;
}

export interface ImportOptions {
	/**
	 * The language of the State's own texts. The language version in this language becomes the
	 * original; an entry without it takes its first language version as the original (with a warning).
	 */
	originalLanguage?: string;
	/** Text status given to an English version that the file does not qualify. */
	englishStatus?: TextStatus;
	/** Text status given to other non-original language versions that the file does not qualify. */
	otherStatus?: TextStatus;
}

export interface ImportLimits {
	/** Largest accepted file, in bytes. */
	maxBytes: number;
	/** Deepest accepted XML element nesting. */
	maxDepth: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
	maxBytes: 50 * 1024 * 1024,
	maxDepth: 64
};

export interface ImportSummary {
	format: ImportFormat;
	entries: number;
	/** Languages met in the file (BCP 47 tags, as normalised). */
	languages: string[];
	/** Things the file holds that the model cannot keep, for the preview ("3 <xref> elements ..."). */
	notKept: string[];
}
