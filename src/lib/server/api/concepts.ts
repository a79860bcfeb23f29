// The consensus glossary for GET /api/v1/concepts and /api/v1/concepts/{id}. Always the anonymous
// view, whoever asks: the answers are the same for everyone, so any cache may share them, and the
// national entries linked to a concept are the public ones only.
import type { Db } from '../db/connection';
import { getConceptPage, listGlossary, type GlossaryListItem } from '../glossary';
import { interpretiveStatementsOf } from '../proposals/adoption';
import { DEFAULT_PER_PAGE, type ConceptListQuery, type ConceptQuery } from './parameters';
import { toApiTexts, type ApiConceptTexts } from './concept-texts';
import { readConceptTexts } from '../concepts/texts';
import {
	conceptApiUrl,
	conceptPageUrl,
	nationalEntryPageUrl,
	pageLinks,
	releaseApiUrl,
	releasePageUrl,
	totalPages,
	type PageLinks
} from './links';
import { preferredTerm, type ConceptText } from '../../domain/concept-text';
import type { Equivalence, OsceLanguage } from '../../domain/vocabulary';
import { citeConceptVersion } from '../../domain/consensus';

/** The public never signs in; the API answers as it would to them. */
const ANONYMOUS = null;

type ConceptStatus = 'agreed' | 'deprecated';

export interface ApiConceptSummary {
	id: number;
	status: ConceptStatus;
	version: number;
	adoptedAt: string;
	/** The preferred term in the requested language, or in English while that translation is pending. */
	headword: { language: OsceLanguage; term: string; translationPending: boolean };
	texts: ApiConceptTexts;
	links: { self: string; html: string };
}

export interface ApiConceptList {
	items: ApiConceptSummary[];
	page: number;
	perPage: number;
	total: number;
	totalPages: number;
	links: PageLinks;
}

export interface ApiConceptVersion {
	number: number;
	status: ConceptStatus;
	adoptedAt: string;
	/** The release this version first appeared in; null while no release holds it. */
	releaseNumber: number | null;
	links: { self: string; html: string };
}

export interface ApiInterpretiveStatement {
	stateCode: string;
	stateName: string;
	statement: string;
	statedAt: string;
}

export interface ApiLinkedEntry {
	id: number;
	stateCode: string;
	stateName: string;
	cycle: number;
	equivalence: Equivalence;
	language: string;
	term: string;
	definition: string | null;
	englishTerm: string | null;
	englishDefinition: string | null;
	links: { html: string };
}

export interface ApiConcept {
	id: number;
	status: ConceptStatus;
	/** The version shown: the current one, or the one asked for with ?version=. */
	version: number;
	currentVersion: number;
	adoptedAt: string;
	versions: ApiConceptVersion[];
	texts: ApiConceptTexts;
	pendingLanguages: OsceLanguage[];
	interpretiveStatements: ApiInterpretiveStatement[];
	/** The release the concept entered the glossary with. */
	firstRelease: { number: number; title: string; releasedAt: string; links: { self: string; html: string } } | null;
	nationalEntries: ApiLinkedEntry[];
	citeAs: string;
	/** The stable address of this version of the concept, to cite. */
	url: string;
	links: { self: string; html: string };
}

function conceptListParams(query: ConceptListQuery): URLSearchParams {
	const params = new URLSearchParams();
	if (query.status !== 'agreed') params.set('status', query.status);
	if (query.language !== 'en') params.set('language', query.language);
	if (query.perPage !== DEFAULT_PER_PAGE) params.set('perPage', String(query.perPage));
	return params;
}

/** Agreed (and, on request, deprecated) concepts in A–Z order of their headword, a page at a time. */
export async function listApiConcepts(db: Db, query: ConceptListQuery, origin: string): Promise<ApiConceptList> {
	const all = (await listGlossary(db, query.language, { includeDeprecated: query.status !== 'agreed' })).filter(
		(item) => query.status === 'all' || item.status === query.status
	);
	const pages = totalPages(all.length, query.perPage);
	const onPage = all.slice((query.page - 1) * query.perPage, query.page * query.perPage);
	const texts = await textsOfListed(db, onPage);
	return {
		items: onPage.map((item) => ({
			id: item.conceptId,
			status: item.status,
			version: item.version,
			adoptedAt: item.adoptedAt,
			headword: { language: item.language, term: item.term, translationPending: item.translationPending },
			texts: toApiTexts(texts.get(item.conceptId) ?? {}),
			links: { self: conceptApiUrl(origin, item.conceptId), html: conceptPageUrl(origin, item.conceptId) }
		})),
		page: query.page,
		perPage: query.perPage,
		total: all.length,
		totalPages: pages,
		links: pageLinks(origin, '/concepts', conceptListParams(query), query.page, pages)
	};
}

/** The texts of the listed versions, keyed by concept id. */
async function textsOfListed(db: Db, items: readonly GlossaryListItem[]): Promise<Map<number, ConceptText>> {
	if (items.length === 0) return new Map();
	const versions = await db
		.selectFrom('conceptVersion')
		.select(['id', 'conceptId', 'number'])
		.where(
			'conceptId',
			'in',
			items.map((item) => item.conceptId)
		)
		.execute();
	const listed = versions.filter((version) =>
		items.some((item) => item.conceptId === version.conceptId && item.version === version.number)
	);
	const texts = await readConceptTexts(
		db,
		listed.map((version) => version.id)
	);
	return new Map(listed.map((version) => [version.conceptId, texts.get(version.id) ?? {}]));
}

/** One concept at its current version, or at `query.version`. Throws NotFoundError for anything else. */
export async function getApiConcept(
	db: Db,
	conceptId: number,
	query: ConceptQuery,
	origin: string
): Promise<ApiConcept> {
	const page = await getConceptPage(db, ANONYMOUS, conceptId, { version: query.version, language: 'en' });
	const current = page.versions.at(-1) ?? page.version;
	const url = conceptPageUrl(origin, conceptId, page.version.number);
	const term = preferredTerm(page.text, 'en') ?? page.label;
	const statements = await interpretiveStatementsOf(db, page.version.id);
	return {
		id: page.conceptId,
		status: page.status,
		version: page.version.number,
		currentVersion: current.number,
		adoptedAt: page.version.adoptedAt,
		versions: page.versions.map((version) => ({
			number: version.number,
			status: version.status,
			adoptedAt: version.adoptedAt,
			releaseNumber: version.releaseNumber,
			links: {
				self: conceptApiUrl(origin, conceptId, version.number),
				html: conceptPageUrl(origin, conceptId, version.number)
			}
		})),
		texts: toApiTexts(page.text),
		pendingLanguages: page.pendingLanguages,
		interpretiveStatements: statements.map((statement) => ({
			stateCode: statement.stateCode,
			stateName: statement.stateName,
			statement: statement.statement,
			statedAt: statement.statedAt
		})),
		firstRelease: page.firstRelease
			? {
					number: page.firstRelease.number,
					title: page.firstRelease.title,
					releasedAt: page.firstRelease.releasedAt,
					links: {
						self: releaseApiUrl(origin, page.firstRelease.number),
						html: releasePageUrl(origin, page.firstRelease.number)
					}
				}
			: null,
		nationalEntries: page.linkedEntries.map((entry) => ({
			id: entry.entryId,
			stateCode: entry.stateCode,
			stateName: entry.stateName,
			cycle: entry.cycleYear,
			equivalence: entry.equivalence,
			language: entry.language,
			term: entry.term,
			definition: entry.definition,
			englishTerm: entry.englishTerm,
			englishDefinition: entry.englishDefinition,
			links: { html: nationalEntryPageUrl(origin, entry.stateCode, entry.cycleYear, entry.entryId) }
		})),
		citeAs: citeConceptVersion({ term, version: page.version.number, adoptedAt: page.version.adoptedAt, url }),
		url,
		links: { self: conceptApiUrl(origin, conceptId, query.version), html: conceptPageUrl(origin, conceptId) }
	};
}
