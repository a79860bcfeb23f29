// Writes the content of a national entry into a draft revision. Callers run inside a transaction
// that also records the audit event and the search outbox row.
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { EntryContent } from '../../domain/national-entry';

export async function insertEntryVersion(
	trx: Transaction<Database>,
	target: { entryId: number; revisionId: number; position: number; withdrawn?: boolean },
	content: EntryContent
): Promise<number> {
	const { id: entryVersionId } = await trx
		.insertInto('entryVersion')
		.values({
			entryId: target.entryId,
			revisionId: target.revisionId,
			position: target.position,
			withdrawn: target.withdrawn ? 1 : 0,
			sourceAct: content.sourceAct,
			sourceArticle: content.sourceArticle,
			sourceDate: content.sourceDate,
			sourceUrl: content.sourceUrl,
			note: content.note
		})
		.returning('id')
		.executeTakeFirstOrThrow();

	for (const version of content.languageVersions) {
		const { id: languageVersionId } = await trx
			.insertInto('entryLanguageVersion')
			.values({
				entryVersionId,
				language: version.language,
				isOriginal: version.isOriginal ? 1 : 0,
				textStatus: version.textStatus,
				term: version.term,
				termType: version.termType,
				partOfSpeech: version.partOfSpeech,
				administrativeStatus: version.administrativeStatus,
				definition: version.definition,
				definitionSource: version.definitionSource,
				note: version.note
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		if (version.additionalTerms.length > 0) {
			await trx
				.insertInto('entryAdditionalTerm')
				.values(
					version.additionalTerms.map((term, index) => ({
						languageVersionId,
						position: index + 1,
						term: term.term,
						termType: term.termType,
						partOfSpeech: term.partOfSpeech,
						administrativeStatus: term.administrativeStatus
					}))
				)
				.execute();
		}
	}
	return entryVersionId;
}
