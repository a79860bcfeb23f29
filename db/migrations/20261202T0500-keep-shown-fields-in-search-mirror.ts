// The search mirror's JSON keeps only what a results page shows of a document (ShownDocument in
// src/lib/domain/search/documents.ts): a page reads about a hundred documents, and the searchable
// texts (normalised copies, stems, the concept's equivalents) made each one twice as long. Reading
// and parsing a hundred random documents of bench:search's 80,000: 1.7 → 1.1 ms; its database
// needs 179 MB instead of 263 (the file itself keeps its size until a VACUUM). Meilisearch and the
// FTS table keep the searchable texts.
import { type Kysely } from 'kysely';
import { runStatements } from './support/run-statements';

// The members of a search document that results do not show, as they were when this was written.
const SEARCH_ONLY_MEMBERS = [
	'groupConcept',
	'visibility',
	'conceptId',
	'conceptIds',
	'languages',
	'label',
	'term',
	'definition',
	'termEn',
	'definitionEn',
	'otherDefinitions',
	'equivalents',
	'stems'
];

export async function up(db: Kysely<unknown>): Promise<void> {
	await runStatements(db, [
		`UPDATE search_document_content SET document_json = json_remove(document_json, ${SEARCH_ONLY_MEMBERS.map((member) => `'$.${member}'`).join(', ')})`
	]);
}

// What was removed is derived data: `npm run reindex` writes the documents again, and the code
// before this migration reads only the members that are kept.
export async function down(): Promise<void> {}
