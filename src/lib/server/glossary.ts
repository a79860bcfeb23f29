// The consensus glossary as the public reads it: agreed (and deprecated) concepts with their
// latest adopted text in the six OSCE languages, their version history, and the national entries
// linked to them that the reader may see.
import type { Db } from './db/connection';
import { NotFoundError } from '../domain/errors';
import { preferredTerm, type ConceptText } from '../domain/concept-text';
import type { Equivalence, OsceLanguage } from '../domain/vocabulary';
import { OSCE_LANGUAGES } from '../domain/vocabulary';
import { byStateThenLatestCycle, originalWithEnglish } from '../domain/national-entry';
import type { Viewer } from './permissions';
import { readableLinkedEntries } from './concepts/linked-entries';
import { latestAdoptedVersions, readConceptTexts } from './concepts/texts';
import { interpretiveStatementsOf, type InterpretiveStatementView } from './proposals/adoption';

export interface GlossaryListItem {
	conceptId: number;
	status: 'agreed' | 'deprecated';
	/** The preferred term in the requested language, or in English when that one is pending. */
	term: string;
	language: OsceLanguage;
	translationPending: boolean;
	definition: string;
	version: number;
	adoptedAt: string;
}

export interface ConceptVersionSummary {
	id: number;
	number: number;
	status: 'agreed' | 'deprecated';
	adoptedAt: string;
	proposalId: number | null;
	proposalRevision: number | null;
	releaseNumber: number | null;
}

export interface LinkedEntry {
	entryId: number;
	stateCode: string;
	stateName: string;
	cycleYear: number;
	equivalence: Equivalence;
	language: string;
	term: string;
	definition: string | null;
	englishTerm: string | null;
	englishDefinition: string | null;
}

export interface ConceptPage {
	conceptId: number;
	label: string;
	status: 'agreed' | 'deprecated';
	version: ConceptVersionSummary;
	versions: ConceptVersionSummary[];
	text: ConceptText;
	pendingLanguages: OsceLanguage[];
	linkedEntries: LinkedEntry[];
	firstRelease: { number: number; releasedAt: string; title: string } | null;
	/** Reservations kept with this version when it was adopted. */
	interpretiveStatements: InterpretiveStatementView[];
}

/** The glossary in one language, sorted as that language sorts (A–Z, А–Я). */
export async function listGlossary(
	db: Db,
	language: OsceLanguage,
	options: { includeDeprecated?: boolean } = {}
): Promise<GlossaryListItem[]> {
	const versions = (await latestAdoptedVersions(db)).filter(
		(version) => options.includeDeprecated || version.status === 'agreed'
	);
	const texts = await readConceptTexts(
		db,
		versions.map((version) => version.id)
	);
	const items = versions.flatMap((version): GlossaryListItem[] => {
		const text = texts.get(version.id) ?? {};
		const chosen = text[language] ? language : 'en';
		const term = preferredTerm(text, chosen);
		if (!term) return [];
		return [
			{
				conceptId: version.conceptId,
				status: version.status,
				term,
				language: chosen,
				translationPending: chosen !== language,
				definition: text[chosen]?.definition ?? '',
				version: version.number,
				adoptedAt: version.adoptedAt
			}
		];
	});
	const collator = new Intl.Collator(language, { sensitivity: 'base' });
	return items.sort((a, b) => collator.compare(a.term, b.term));
}

/** The first letter a term is filed under in the A–Z list ("É" under "E", digits under "#"). */
export function indexLetter(term: string, language: OsceLanguage): string {
	const first = term.trim().charAt(0);
	if (!/\p{L}/u.test(first)) return '#';
	const base = first.normalize('NFD').replace(/\p{M}/gu, '').toLocaleUpperCase(language);
	// In Russian, Ё is filed with Е and Й with И in most dictionaries' headings.
	return language === 'ru' ? base.replace('Ё', 'Е') : base;
}

async function linkedEntries(
	db: Db,
	viewer: Viewer,
	conceptId: number,
	language: OsceLanguage
): Promise<LinkedEntry[]> {
	const linked = await readableLinkedEntries(db, viewer, conceptId, language);
	return linked
		.map((entry) => ({
			entryId: entry.entryId,
			stateCode: entry.stateCode,
			stateName: entry.stateName,
			cycleYear: entry.cycleYear,
			equivalence: entry.equivalence,
			...originalWithEnglish(entry.content.languageVersions)
		}))
		.sort(byStateThenLatestCycle(language));
}

/** A concept of the consensus glossary, at its latest version or at `versionNumber`. */
export async function getConceptPage(
	db: Db,
	viewer: Viewer,
	conceptId: number,
	options: { version?: number; language?: OsceLanguage } = {}
): Promise<ConceptPage> {
	const versionNumber = options.version;
	const concept = await db
		.selectFrom('concept')
		.select(['id', 'label', 'status'])
		.where('id', '=', conceptId)
		.executeTakeFirst();
	if (!concept || concept.status === 'candidate')
		throw new NotFoundError('There is no such concept in the consensus glossary.');
	const rows = await db
		.selectFrom('conceptVersion')
		.leftJoin('proposalRevision', 'proposalRevision.id', 'conceptVersion.proposalRevisionId')
		.select([
			'conceptVersion.id',
			'conceptVersion.number',
			'conceptVersion.status',
			'conceptVersion.adoptedAt',
			'proposalRevision.proposalId',
			'proposalRevision.number as proposalRevision'
		])
		.where('conceptVersion.conceptId', '=', conceptId)
		.orderBy('conceptVersion.number')
		.execute();
	const releases = await db
		.selectFrom('glossaryReleaseConcept')
		.innerJoin('glossaryRelease', 'glossaryRelease.id', 'glossaryReleaseConcept.releaseId')
		.select([
			'glossaryReleaseConcept.conceptVersionId',
			'glossaryRelease.number',
			'glossaryRelease.releasedAt',
			'glossaryRelease.title'
		])
		.where('glossaryReleaseConcept.conceptId', '=', conceptId)
		.orderBy('glossaryRelease.number')
		.execute();
	const versions: ConceptVersionSummary[] = rows.map((row) => ({
		id: row.id,
		number: row.number,
		status: row.status,
		adoptedAt: row.adoptedAt,
		proposalId: row.proposalId,
		proposalRevision: row.proposalRevision,
		releaseNumber: releases.find((release) => release.conceptVersionId === row.id)?.number ?? null
	}));
	const version =
		versionNumber === undefined ? versions.at(-1) : versions.find((candidate) => candidate.number === versionNumber);
	if (!version) throw new NotFoundError(`Version ${versionNumber} of this concept does not exist.`);
	const text = (await readConceptTexts(db, [version.id])).get(version.id) ?? {};
	const first = releases[0];
	return {
		conceptId: concept.id,
		label: concept.label,
		status: concept.status,
		version,
		versions,
		text,
		pendingLanguages: OSCE_LANGUAGES.filter((language) => !text[language]),
		linkedEntries: await linkedEntries(db, viewer, conceptId, options.language ?? 'en'),
		firstRelease: first ? { number: first.number, releasedAt: first.releasedAt, title: first.title } : null,
		interpretiveStatements: await interpretiveStatementsOf(db, version.id)
	};
}
