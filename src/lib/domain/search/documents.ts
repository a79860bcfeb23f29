// The documents of the search index, built from national entries and concepts. One shape for both
// kinds, so one filter (`visibility`) guards every query and one `groupKey` groups a concept with
// the national entries linked to it.
import { englishBesideOriginal, isTranslationPending, originalVersion, type EntryContent } from '../national-entry';
import type { ConceptText } from '../concept-text';
import { OSCE_LANGUAGES, type Distribution } from '../vocabulary';
import { normaliseForSearch } from './normalise';
import { cyrillicStems } from './stems';

export type ConceptStatus = 'agreed' | 'candidate' | 'deprecated';

export interface SearchDocument {
	id: string;
	kind: 'national' | 'consensus';
	/** `c{conceptId}` for a concept and its linked entries, `n{entryId}` for an unlinked entry. */
	groupKey: string;
	/**
	 * The concept of the document's group (the number in `groupKey`), null for an unlinked entry.
	 * Its distinct values among the matches count a search's concept groups: a facet count that
	 * costs Meilisearch far less than its exhaustive count of distinct hits.
	 */
	groupConcept: number | null;
	visibility: Distribution;
	entryId: number | null;
	conceptId: number | null;
	conceptIds: number[];
	/** The status of the concept the document belongs to; "unmapped" for an entry with no concept. */
	conceptStatus: ConceptStatus | 'unmapped';
	stateCode: string | null;
	stateName: string | null;
	cycleYear: number | null;
	revisionNumber: number | null;
	language: string;
	languages: string[];
	translationPending: boolean;
	label: string;
	// Searchable, normalised text (normaliseForSearch); `display` keeps the texts as written.
	term: string;
	definition: string;
	termEn: string;
	definitionEn: string;
	otherTerms: string[];
	otherDefinitions: string[];
	/**
	 * For a national entry linked to an agreed concept: the concept's terms in the six OSCE
	 * languages, so a query in any of them finds the entry (cross-language search from the
	 * consensus, carried by the documents rather than by query-time synonyms).
	 */
	equivalents: string[];
	stems: string;
	display: { term: string; definition: string; termEn: string; definitionEn: string };
}

/**
 * What a results page shows of a document, and all the SQLite mirror keeps of it (mirror.ts): a
 * page reads about a hundred of them, and the searchable texts would double what it reads.
 */
const SHOWN_MEMBERS = [
	'id',
	'kind',
	'groupKey',
	'entryId',
	'conceptStatus',
	'stateCode',
	'stateName',
	'cycleYear',
	'revisionNumber',
	'language',
	'translationPending',
	'otherTerms',
	'display'
] as const satisfies readonly (keyof SearchDocument)[];

export type ShownDocument = Pick<SearchDocument, (typeof SHOWN_MEMBERS)[number]>;

export function shownDocument(document: SearchDocument): ShownDocument {
	return Object.fromEntries(SHOWN_MEMBERS.map((member) => [member, document[member]])) as ShownDocument;
}

export interface NationalEntrySource {
	entryId: number;
	stateCode: string;
	stateName: string;
	cycleYear: number;
	revisionNumber: number;
	distribution: Distribution;
	content: EntryContent;
	/** Concepts the entry is linked to, most recent link first, with the agreed text if any. */
	concepts: { id: number; label: string; status: ConceptStatus; text: ConceptText | null }[];
}

export interface ConceptSource {
	conceptId: number;
	label: string;
	status: ConceptStatus;
	/** The adopted text of the latest version; null for a candidate concept. */
	text: ConceptText | null;
}

export function nationalEntryDocument(source: NationalEntrySource): SearchDocument {
	const versions = source.content.languageVersions;
	const original = originalVersion(versions) ?? versions[0];
	const english = englishBesideOriginal(versions);
	const others = versions.filter((version) => version !== original && version !== english);
	const allTexts = versions.flatMap((version) => [
		version.term,
		version.definition ?? '',
		...version.additionalTerms.map((term) => term.term)
	]);
	const concept = source.concepts[0];
	const equivalents = consensusEquivalents(source.concepts);
	return {
		id: `n${source.entryId}`,
		kind: 'national',
		groupKey: concept ? `c${concept.id}` : `n${source.entryId}`,
		groupConcept: concept?.id ?? null,
		visibility: source.distribution,
		entryId: source.entryId,
		conceptId: null,
		conceptIds: source.concepts.map((linked) => linked.id),
		conceptStatus: concept?.status ?? 'unmapped',
		stateCode: source.stateCode,
		stateName: source.stateName,
		cycleYear: source.cycleYear,
		revisionNumber: source.revisionNumber,
		language: original?.language ?? '',
		languages: versions.map((version) => version.language),
		translationPending: isTranslationPending(versions),
		label: concept?.label ?? '',
		term: normaliseForSearch(original?.term ?? ''),
		definition: normaliseForSearch(original?.definition ?? ''),
		termEn: normaliseForSearch(english?.term ?? ''),
		definitionEn: normaliseForSearch(english?.definition ?? ''),
		otherTerms: [
			...(original?.additionalTerms ?? []).map((term) => term.term),
			...(english?.additionalTerms ?? []).map((term) => term.term),
			...others.flatMap((version) => [version.term, ...version.additionalTerms.map((term) => term.term)])
		].map(normaliseForSearch),
		otherDefinitions: others.flatMap((version) => (version.definition ? [normaliseForSearch(version.definition)] : [])),
		equivalents: equivalents.map(normaliseForSearch),
		stems: cyrillicStems([...allTexts, ...equivalents].join(' ')),
		display: {
			term: original?.term ?? '',
			definition: original?.definition ?? '',
			termEn: english?.term ?? '',
			definitionEn: english?.definition ?? ''
		}
	};
}

/**
 * One document per OSCE language of a concept. A candidate concept, which has no adopted text yet,
 * is one English document carrying its working label; it is restricted, because its label may come
 * from a national entry that is.
 */
export function conceptDocuments(source: ConceptSource): SearchDocument[] {
	const base = {
		kind: 'consensus' as const,
		groupKey: `c${source.conceptId}`,
		groupConcept: source.conceptId,
		entryId: null,
		conceptId: source.conceptId,
		conceptIds: [source.conceptId],
		conceptStatus: source.status,
		stateCode: null,
		stateName: null,
		cycleYear: null,
		revisionNumber: null,
		translationPending: false,
		label: normaliseForSearch(source.label),
		termEn: '',
		definitionEn: '',
		otherDefinitions: [],
		equivalents: []
	};
	if (!source.text) {
		return [
			{
				...base,
				id: `c${source.conceptId}-en`,
				visibility: 'restricted',
				language: 'en',
				languages: ['en'],
				term: normaliseForSearch(source.label),
				definition: '',
				otherTerms: [],
				stems: '',
				display: { term: source.label, definition: '', termEn: '', definitionEn: '' }
			}
		];
	}
	const languages = OSCE_LANGUAGES.filter((language) => source.text?.[language]);
	return languages.map((language) => {
		const text = source.text![language]!;
		const [first, ...rest] = text.terms;
		return {
			...base,
			id: `c${source.conceptId}-${language}`,
			visibility: 'public',
			language,
			languages,
			term: normaliseForSearch(first?.term ?? source.label),
			definition: normaliseForSearch(text.definition),
			otherTerms: rest.map((term) => normaliseForSearch(term.term)),
			stems:
				language === 'ru' ? cyrillicStems([...text.terms.map((term) => term.term), text.definition].join(' ')) : '',
			display: { term: first?.term ?? source.label, definition: text.definition, termEn: '', definitionEn: '' }
		};
	});
}

/** The terms, in every OSCE language, of the agreed concepts an entry is linked to, each once. */
export function consensusEquivalents(concepts: NationalEntrySource['concepts']): string[] {
	const terms = new Set<string>();
	for (const concept of concepts) {
		if (concept.status !== 'agreed' || !concept.text) continue;
		for (const language of OSCE_LANGUAGES) for (const term of concept.text[language]?.terms ?? []) terms.add(term.term);
	}
	return [...terms];
}
