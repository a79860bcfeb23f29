// Search in SQLite (FTS5 over the mirror of the search documents) for when Meilisearch is down:
// word-prefix matching with accents folded and Russian stems, the same filters, the same grouping
// by concept, the same visibility rule. No typo tolerance.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../db/connection';
import { readableDistributions, type Viewer } from '../permissions';
import type { SearchRequest } from '../../domain/search/request';
import type { ShownDocument } from '../../domain/search/documents';
import { normaliseForSearch } from '../../domain/search/normalise';
import { queryWordMatcher } from '../../domain/search/word-match';
import { russianStem } from '../../domain/search/stems';
import { entriesPerGroup, resultGroups, shownMatches } from './result-groups';
import type { SearchResults } from './results';

// The facets and the search_document columns they count.
const FACET_COLUMNS = {
	stateCode: 'state_code',
	language: 'language',
	cycleYear: 'cycle_year',
	kind: 'kind',
	conceptStatus: 'concept_status',
	translationPending: 'translation_pending'
} as const;

/** Query words, for FTS5 and for highlighting. */
function queryTokens(q: string): string[] {
	return [...normaliseForSearch(q).matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((match) => match[0]).slice(0, 10);
}

/** An FTS5 MATCH expression: every word as a prefix (or its Russian stem), all required. */
export function ftsExpression(tokens: readonly string[]): string {
	return tokens
		.map((token) => {
			const quoted = `"${token.replace(/"/g, '""')}"*`;
			if (!/\p{Script=Cyrillic}/u.test(token)) return quoted;
			const stem = russianStem(token);
			return stem && stem !== token.toLocaleLowerCase('ru') ? `(${quoted} OR "${stem.replace(/"/g, '""')}"*)` : quoted;
		})
		.join(' AND ');
}

function conditions(request: SearchRequest, viewer: Viewer): Expression<SqlBool>[] {
	const list: Expression<SqlBool>[] = [sql<SqlBool>`d.visibility in (${sql.join(readableDistributions(viewer))})`];
	if (request.states.length) list.push(sql<SqlBool>`d.state_code in (${sql.join(request.states)})`);
	if (request.languages.length) list.push(sql<SqlBool>`d.language in (${sql.join(request.languages)})`);
	if (request.cycles.length) list.push(sql<SqlBool>`d.cycle_year in (${sql.join(request.cycles)})`);
	if (request.kinds.length) list.push(sql<SqlBool>`d.kind in (${sql.join(request.kinds)})`);
	if (request.statuses.length) list.push(sql<SqlBool>`d.concept_status in (${sql.join(request.statuses)})`);
	if (request.translationPending) list.push(sql<SqlBool>`d.translation_pending = 1`);
	if (request.concept !== null) list.push(sql<SqlBool>`d.group_key = ${`c${request.concept}`}`);
	return list;
}

export async function fallbackSearch(db: Db, viewer: Viewer, request: SearchRequest): Promise<SearchResults> {
	const started = Date.now();
	const tokens = queryTokens(request.q);
	const where = sql.join(conditions(request, viewer), sql` and `);
	// FTS5 first (CROSS JOIN fixes the join order): otherwise SQLite may scan the documents first.
	// The matches come from the narrow search_document: a short prefix can match most of the index,
	// and only the page's documents need their JSON. Ranking (bm25) costs as much as the rest, so
	// only the page asks for it; there the matches are computed once (MATERIALIZED).
	const matched = (ranked: boolean) =>
		tokens.length
			? sql`select d.doc_no, d.group_key, d.state_code, d.language, d.cycle_year, d.kind, d.concept_status, d.translation_pending, ${ranked ? sql`f.rank` : sql`0`} as rank
				from search_fts f cross join search_document d on d.doc_no = f.rowid
				where search_fts match ${ftsExpression(tokens)} and ${where}`
			: sql`select d.doc_no, d.group_key, d.state_code, d.language, d.cycle_year, d.kind, d.concept_status, d.translation_pending, 0 as rank
				from search_document d where ${where}`;

	// The facets from one grouping by all their columns together (a few hundred combinations at
	// most), summed here: one sort of the matches instead of one per facet.
	const total = await sql<{
		count: number;
	}>`select count(distinct group_key) as count from (${matched(false)})`.execute(db);
	const columns = Object.values(FACET_COLUMNS).map((column) => sql.ref(column));
	const combinations = await sql<Record<keyof typeof FACET_COLUMNS, string | number | null> & { count: number }>`
		select ${sql.join(
			Object.entries(FACET_COLUMNS).map(([facet, column]) => sql`${sql.ref(column)} as ${sql.ref(facet)}`),
			sql`, `
		)}, count(*) as count
		from (${matched(false)}) group by ${sql.join(columns, sql`, `)}`.execute(db);
	const offset = (request.page - 1) * request.perPage;
	const documents = await sql<{ groupKey: string; documentJson: string }>`
		with m as materialized (${matched(true)}),
			page as (select group_key, min(rank) as best from m group by group_key order by best, group_key limit ${request.perPage} offset ${offset})
		select m.group_key, c.document_json
		from page join m on m.group_key = page.group_key join search_document_content c on c.doc_no = m.doc_no
		order by page.best, page.group_key, m.rank`.execute(db);
	const keys = [...new Set(documents.rows.map((row) => row.groupKey))];

	const facets = {} as SearchResults['facets'];
	for (const facet of Object.keys(FACET_COLUMNS) as (keyof typeof FACET_COLUMNS)[]) {
		const counts = new Map<string, number>();
		for (const row of combinations.rows) {
			const value = row[facet];
			if (value === null) continue;
			const key = facet === 'translationPending' ? String(value === 1) : String(value);
			counts.set(key, (counts.get(key) ?? 0) + row.count);
		}
		facets[facet] = [...counts]
			.map(([value, count]) => ({ value, count }))
			.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
	}

	// Raw results come back through the CamelCasePlugin too: document_json → documentJson.
	const parsed = documents.rows.map((row) => JSON.parse(row.documentJson) as ShownDocument);
	const groups = await resultGroups(
		db,
		viewer,
		keys.map((key) => {
			const { shown, matchedEntries } = shownMatches(
				parsed.filter((document) => document.groupKey === key),
				entriesPerGroup(request)
			);
			return { key, documents: shown, matchedEntries };
		}),
		queryWordMatcher(request.q, 'prefix')
	);
	const totalGroups = total.rows[0]?.count ?? 0;
	return {
		engine: 'database',
		notice: null,
		total: totalGroups,
		page: request.page,
		perPage: request.perPage,
		totalPages: Math.ceil(totalGroups / request.perPage),
		groups,
		facets,
		tookMs: Date.now() - started
	};
}
