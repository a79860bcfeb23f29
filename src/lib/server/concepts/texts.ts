// Reading adopted concept texts: the one place that turns concept_definition and concept_term rows
// back into a ConceptText, for the glossary pages, the API and the downloads alike.
import type { Db } from '../db/connection';
import type { ConceptText } from '../../domain/concept-text';
import type { ConceptVersionStatus } from '../../domain/consensus/types';
import { OSCE_LANGUAGES } from '../../domain/vocabulary';

export interface AdoptedVersionRow {
	id: number;
	conceptId: number;
	number: number;
	status: ConceptVersionStatus;
	adoptedAt: string;
}

/** The texts of several concept versions at once, keyed by version id, languages in the OSCE order. */
export async function readConceptTexts(db: Db, versionIds: readonly number[]): Promise<Map<number, ConceptText>> {
	const texts = new Map<number, ConceptText>();
	if (versionIds.length === 0) return texts;
	const [definitions, terms] = await Promise.all([
		db
			.selectFrom('conceptDefinition')
			.selectAll()
			.where('conceptVersionId', 'in', [...versionIds])
			.execute(),
		db
			.selectFrom('conceptTerm')
			.selectAll()
			.where('conceptVersionId', 'in', [...versionIds])
			.orderBy('conceptVersionId')
			.orderBy('position')
			.execute()
	]);
	for (const definition of definitions) {
		const text = texts.get(definition.conceptVersionId) ?? {};
		text[definition.language] = { terms: [], definition: definition.definition, note: definition.note };
		texts.set(definition.conceptVersionId, text);
	}
	for (const term of terms) {
		texts.get(term.conceptVersionId)?.[term.language]?.terms.push({
			term: term.term,
			administrativeStatus: term.administrativeStatus,
			termType: term.termType,
			partOfSpeech: term.partOfSpeech
		});
	}
	for (const [versionId, text] of texts) {
		texts.set(
			versionId,
			Object.fromEntries(
				OSCE_LANGUAGES.flatMap((language) => (text[language] ? [[language, text[language]]] : []))
			) as ConceptText
		);
	}
	return texts;
}

/** The latest version of every concept that has an adopted text (agreed or deprecated). */
export async function latestAdoptedVersions(db: Db): Promise<AdoptedVersionRow[]> {
	const versions = await db
		.selectFrom('conceptVersion')
		.innerJoin('concept', 'concept.id', 'conceptVersion.conceptId')
		.select([
			'conceptVersion.id',
			'conceptVersion.conceptId',
			'conceptVersion.number',
			'conceptVersion.status',
			'conceptVersion.adoptedAt'
		])
		.where('concept.status', 'in', ['agreed', 'deprecated'])
		.execute();
	const latest = new Map<number, AdoptedVersionRow>();
	for (const version of versions) {
		if ((latest.get(version.conceptId)?.number ?? 0) < version.number) latest.set(version.conceptId, version);
	}
	return [...latest.values()];
}
