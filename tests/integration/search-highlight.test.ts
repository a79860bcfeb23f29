// The app marks the words a search matched itself (word-match.ts), without asking Meilisearch for
// match positions. Here its marks are compared with Meilisearch's own highlighting, word for word,
// over the demonstration data. (Russian inflected forms are left out: Meilisearch finds them through
// the stems field and so marks nothing in the term, where the app marks the word the stem came from.)
import os from 'node:os';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/lib/server/config';
import { createSearchService } from '../../src/lib/server/search/client';
import { applySearchSettings } from '../../src/lib/server/search/settings';
import { drainOutbox } from '../../src/lib/server/search/sync';
import { indexName, TERMS_INDEX } from '../../src/lib/server/search/index-definitions';
import { highlightText } from '../../src/lib/domain/search/highlight';
import { foldWord, queryWordMatcher, WORD_PATTERN } from '../../src/lib/domain/search/word-match';
import { expandQuery } from '../../src/lib/domain/search/stems';
import { normaliseForSearch } from '../../src/lib/domain/search/normalise';
import type { SearchDocument } from '../../src/lib/domain/search/documents';
import { createTestDatabase } from '../helpers/database';

const meilisearch = inject('meilisearch');
const FIELDS = ['term', 'definition', 'termEn', 'definitionEn'] as const;
const PRE = '\u0001';
const POST = '\u0002';

/** The words of a highlighted text that lie within a mark, or hold one (a prefix), folded. */
function markedByMeilisearch(formatted: string): string[] {
	const words: string[] = [];
	let inside = false;
	// eslint-disable-next-line no-control-regex -- \u0001 and \u0002 are the highlight markers asked of Meilisearch
	for (const found of formatted.matchAll(/[\p{L}\p{M}\p{N}\u0001\u0002]+|[^\p{L}\p{M}\p{N}\u0001\u0002]+/gu)) {
		const piece = found[0];
		const marked = inside || piece.includes(PRE);
		// Still inside a mark after this piece when its last tag opens one.
		const opens = piece.lastIndexOf(PRE);
		const closes = piece.lastIndexOf(POST);
		if (opens !== closes) inside = opens > closes;
		// eslint-disable-next-line no-control-regex -- \u0001 and \u0002 are the highlight markers asked of Meilisearch
		if (marked && /[\p{L}\p{M}\p{N}]/u.test(piece)) words.push(foldWord(piece.replace(/[\u0001\u0002]/g, '')));
	}
	return words;
}

function markedByApp(text: string, query: string): string[] {
	return highlightText(text, queryWordMatcher(query))
		.filter((piece) => piece.match)
		.flatMap((piece) => (piece.text.match(WORD_PATTERN) ?? []).map(foldWord));
}

describe('highlighting, compared with Meilisearch’s own', async () => {
	const { db } = await createTestDatabase({ demoData: true });
	const search = createSearchService(
		loadConfig({
			DATA_DIR: os.tmpdir(),
			MEILI_URL: meilisearch.url,
			MEILI_MASTER_KEY: meilisearch.masterKey,
			MEILI_INDEX_PREFIX: `h${process.pid}_`
		})
	);
	await applySearchSettings(search);
	await drainOutbox(db, search);
	const index = search.client.index<SearchDocument>(indexName(search.indexPrefix, TERMS_INDEX.uid));

	it.each([
		'cybersecurity',
		'cyber security',
		'security incident',
		'secuirty incidnet',
		'infrastructure critique',
		'infra',
		'Cybersicherheit',
		'sicurezza informatica',
		'ciberseguridad',
		'cyberespace',
		'l’état',
		'incident de sécurité',
		'cyberattack',
		'cyber risque',
		'CSIRT',
		'computer emergency',
		'Schwachstele',
		'vulnerabilty',
		'zespol reagowania',
		'кибербезопасность'
	])('marks the same words as Meilisearch for “%s”', async (query) => {
		const results = await index.search(expandQuery(normaliseForSearch(query)), {
			limit: 100,
			attributesToHighlight: [...FIELDS],
			highlightPreTag: PRE,
			highlightPostTag: POST
		});
		expect(results.hits.length).toBeGreaterThan(0);
		for (const hit of results.hits) {
			for (const field of FIELDS) {
				const text = hit[field];
				if (!text) continue;
				expect(markedByApp(text, query), `${hit.id}.${field}: ${text}`).toEqual(
					markedByMeilisearch(hit._formatted![field] as string)
				);
			}
		}
	});
});
