// Writes the content of national entries into a draft revision. Callers run inside a transaction
// that also records the audit events and the search outbox rows.
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { EntryContent } from '../../domain/national-entry';

export interface EntryVersionTarget {
	entryId: number;
	revisionId: number;
	position: number;
	withdrawn?: boolean;
}

// Rows per INSERT: a long list is written in a few hundred statements instead of a few per entry,
// far below SQLite's limit of 32,766 bound values (the widest row here has 11 columns).
const ROWS_PER_STATEMENT = 200;

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
	for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** Writes one entry's content into a revision; returns the id of the entry version. */
export async function insertEntryVersion(
	trx: Transaction<Database>,
	target: EntryVersionTarget,
	content: EntryContent
): Promise<number> {
	const [id] = await insertEntryVersions(trx, [{ target, content }]);
	return id!;
}

/**
 * Writes many entries' content into revisions; returns the ids of the entry versions in the order
 * given. Generated ids are matched back through the table's unique keys ((revision, entry) and
 * (entry version, language)), never through the order in which RETURNING lists them.
 */
export async function insertEntryVersions(
	trx: Transaction<Database>,
	items: readonly { target: EntryVersionTarget; content: EntryContent }[]
): Promise<number[]> {
	const versionIds = new Map<string, number>();
	const versionKey = (revisionId: number, entryId: number) => `${revisionId}:${entryId}`;
	for (const chunk of chunks(items, ROWS_PER_STATEMENT)) {
		const inserted = await trx
			.insertInto('entryVersion')
			.values(
				chunk.map(({ target, content }) => ({
					entryId: target.entryId,
					revisionId: target.revisionId,
					position: target.position,
					withdrawn: target.withdrawn ? 1 : 0,
					sourceAct: content.sourceAct,
					sourceArticle: content.sourceArticle,
					sourceDate: content.sourceDate,
					sourceUrl: content.sourceUrl,
					note: content.note
				}))
			)
			.returning(['id', 'entryId', 'revisionId'])
			.execute();
		for (const row of inserted) versionIds.set(versionKey(row.revisionId, row.entryId), row.id);
	}
	const versionIdOf = ({ target }: { target: EntryVersionTarget }) =>
		versionIds.get(versionKey(target.revisionId, target.entryId))!;

	const languageRows = items.flatMap((item) =>
		item.content.languageVersions.map((version) => ({ entryVersionId: versionIdOf(item), version }))
	);
	const languageKey = (entryVersionId: number, language: string) => `${entryVersionId}:${language}`;
	const additionalTerms: {
		languageVersionId: number;
		terms: EntryContent['languageVersions'][number]['additionalTerms'];
	}[] = [];
	for (const chunk of chunks(languageRows, ROWS_PER_STATEMENT)) {
		const inserted = await trx
			.insertInto('entryLanguageVersion')
			.values(
				chunk.map(({ entryVersionId, version }) => ({
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
				}))
			)
			.returning(['id', 'entryVersionId', 'language'])
			.execute();
		const languageVersionIds = new Map(inserted.map((row) => [languageKey(row.entryVersionId, row.language), row.id]));
		for (const { entryVersionId, version } of chunk) {
			if (version.additionalTerms.length > 0) {
				additionalTerms.push({
					languageVersionId: languageVersionIds.get(languageKey(entryVersionId, version.language))!,
					terms: version.additionalTerms
				});
			}
		}
	}

	const termRows = additionalTerms.flatMap(({ languageVersionId, terms }) =>
		terms.map((term, index) => ({
			languageVersionId,
			position: index + 1,
			term: term.term,
			termType: term.termType,
			partOfSpeech: term.partOfSpeech,
			administrativeStatus: term.administrativeStatus
		}))
	);
	for (const chunk of chunks(termRows, ROWS_PER_STATEMENT))
		await trx.insertInto('entryAdditionalTerm').values(chunk).execute();

	return items.map(versionIdOf);
}
