// What every exporter (TBX-Basic, CSV, XLSX) receives: the entries of one submission revision,
// in order, and the facts about the submission that the file should carry.
import type { EntryContent } from '../national-entry';
import type { Distribution } from '../vocabulary';

export interface ExportEntry {
	/** The platform's identifier of the national entry (stable across revisions). */
	entryId: number;
	content: EntryContent;
}

export interface SubmissionExportMeta {
	stateCode: string;
	stateName: string;
	cycleYear: number;
	revisionNumber: number;
	/** ISO 8601, or null for a draft. */
	submittedAt: string | null;
	distribution: Distribution;
	/** OSCE document reference such as "PC.DEL/123/25", if any. */
	documentReference: string | null;
}
