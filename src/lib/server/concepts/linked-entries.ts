// The national entries linked to a concept, as a viewer may read them: live links only, lists the
// viewer may read, each entry as the current submitted revision of its list holds it (an entry
// withdrawn there is left out).
import type { Db } from '../db/connection';
import type { EntryContent } from '../../domain/national-entry';
import type { Distribution, Equivalence, OsceLanguage } from '../../domain/vocabulary';
import { getCurrentEntries } from '../national-lists/read';
import { readableDistributions, type Viewer } from '../permissions';
import { stateNameColumn } from '../reference';

export interface ReadableLinkedEntry {
	entryId: number;
	equivalence: Equivalence;
	stateCode: string;
	/** In `language`. */
	stateName: string;
	cycleYear: number;
	distribution: Distribution;
	content: EntryContent;
}

export async function readableLinkedEntries(
	db: Db,
	viewer: Viewer,
	conceptId: number,
	language: OsceLanguage = 'en'
): Promise<ReadableLinkedEntry[]> {
	const links = await db
		.selectFrom('conceptLink')
		.innerJoin('nationalEntry', 'nationalEntry.id', 'conceptLink.entryId')
		.innerJoin('submission', 'submission.id', 'nationalEntry.submissionId')
		.innerJoin('state', 'state.code', 'submission.stateCode')
		.select([
			'conceptLink.entryId',
			'conceptLink.equivalence',
			'submission.stateCode',
			`state.${stateNameColumn(language)} as stateName`,
			'submission.cycleYear',
			'submission.distribution'
		])
		.where('conceptLink.conceptId', '=', conceptId)
		.where('conceptLink.removedAt', 'is', null)
		.where('submission.distribution', 'in', readableDistributions(viewer))
		.execute();
	const entries = await getCurrentEntries(
		db,
		links.map((link) => link.entryId)
	);
	return links.flatMap((link) => {
		const entry = entries.get(link.entryId);
		return entry ? [{ ...link, content: entry.content }] : [];
	});
}
