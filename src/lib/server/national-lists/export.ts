// Downloads of a submitted revision of a national list: TBX-Basic, CSV or XLSX, with the facts of
// the submission the file should carry. Only what the viewer may read can be exported.
import type { Db } from '../db/connection';
import type { Viewer } from '../permissions';
import { findRevision, getRevisionEntries, getSubmission } from './read';
import { tbxToString } from '../../domain/tbx';
import { exportFileName } from '../../domain/tabular';
import { writeCsv, xlsxBuffer } from '../tabular';
import type { ExportEntry, SubmissionExportMeta } from '../../domain/export/types';
import { NotFoundError } from '../../domain/errors';

export type ExportFormat = 'tbx' | 'csv' | 'xlsx';

export interface ExportFile {
	fileName: string;
	contentType: string;
	body: string | Buffer;
	/** Restricted lists must not be kept by shared caches. */
	restricted: boolean;
}

export async function exportRevision(
	db: Db,
	viewer: Viewer,
	input: { stateCode: string; cycleYear: number; revision: number | null; format: ExportFormat }
): Promise<ExportFile> {
	const submission = await getSubmission(db, viewer, input.stateCode, input.cycleYear);
	const revision = input.revision === null ? submission.current : findRevision(submission, input.revision);
	if (!revision || revision.status !== 'submitted')
		throw new NotFoundError('Only submitted revisions can be downloaded.');
	const entries: ExportEntry[] = (await getRevisionEntries(db, revision.id)).map((entry) => ({
		entryId: entry.entryId,
		content: entry.content
	}));
	const meta: SubmissionExportMeta = {
		stateCode: submission.stateCode,
		stateName: submission.stateName,
		cycleYear: submission.cycleYear,
		revisionNumber: revision.number,
		submittedAt: revision.submittedAt,
		distribution: submission.distribution,
		documentReference: submission.documentReference
	};
	const restricted = submission.distribution === 'restricted';
	switch (input.format) {
		case 'tbx':
			return {
				fileName: `cbm9-${meta.stateCode.toLowerCase()}-${meta.cycleYear}-revision-${meta.revisionNumber}.tbx`,
				contentType: 'application/x-tbx+xml; charset=utf-8',
				body: tbxToString(entries, meta),
				restricted
			};
		case 'csv':
			return {
				fileName: exportFileName(meta, 'csv'),
				contentType: 'text/csv; charset=utf-8',
				body: [...writeCsv(entries, meta)].join(''),
				restricted
			};
		case 'xlsx':
			return {
				fileName: exportFileName(meta, 'xlsx'),
				contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				body: await xlsxBuffer(entries, meta),
				restricted
			};
	}
}
