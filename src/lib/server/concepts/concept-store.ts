// Writes adopted concept versions and links. Adopted versions are immutable (see the migration);
// a change is always a new version.
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { ConceptText } from '../../domain/concept-text';
import { OSCE_LANGUAGES } from '../../domain/vocabulary';

export async function insertConceptVersion(
	trx: Transaction<Database>,
	version: {
		conceptId: number;
		number: number;
		status: 'agreed' | 'deprecated';
		adoptedAt: string;
		proposalRevisionId: number | null;
	},
	text: ConceptText
): Promise<number> {
	const { id } = await trx.insertInto('conceptVersion').values(version).returning('id').executeTakeFirstOrThrow();
	for (const language of OSCE_LANGUAGES) {
		const languageText = text[language];
		if (!languageText) continue;
		await trx
			.insertInto('conceptDefinition')
			.values({ conceptVersionId: id, language, definition: languageText.definition, note: languageText.note })
			.execute();
		await trx
			.insertInto('conceptTerm')
			.values(
				languageText.terms.map((term, index) => ({
					conceptVersionId: id,
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
	return id;
}
