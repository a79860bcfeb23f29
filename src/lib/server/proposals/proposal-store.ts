// Writes proposal revisions: a complete text in the OSCE languages, a rationale and the national
// entries it draws on. Revisions are immutable once written; a change is a new revision.
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { ConceptText } from '../../domain/concept-text';
import { OSCE_LANGUAGES } from '../../domain/vocabulary';

export async function insertProposalRevision(
	trx: Transaction<Database>,
	revision: {
		proposalId: number;
		number: number;
		rationale: string | null;
		createdBy: string | null;
		createdAt: string;
	},
	text: ConceptText,
	citedEntryIds: readonly number[]
): Promise<number> {
	const { id } = await trx.insertInto('proposalRevision').values(revision).returning('id').executeTakeFirstOrThrow();
	for (const language of OSCE_LANGUAGES) {
		const languageText = text[language];
		if (!languageText) continue;
		await trx
			.insertInto('proposalText')
			.values({ revisionId: id, language, definition: languageText.definition, note: languageText.note })
			.execute();
		await trx
			.insertInto('proposalTerm')
			.values(
				languageText.terms.map((term, index) => ({
					revisionId: id,
					language,
					position: index + 1,
					term: term.term,
					administrativeStatus: term.administrativeStatus,
					termType: term.termType,
					partOfSpeech: term.partOfSpeech
				}))
			)
			.execute();
	}
	if (citedEntryIds.length > 0) {
		await trx
			.insertInto('proposalCitation')
			.values(citedEntryIds.map((entryId) => ({ revisionId: id, entryId })))
			.execute();
	}
	return id;
}
