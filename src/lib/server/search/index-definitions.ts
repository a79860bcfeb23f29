// The Meilisearch index and its settings, versioned as JSON in search-config/.
//
// One index, "terms", holds both national entries and consensus concepts (one document per
// concept and language), with the same fields. DESIGN.md §5 sketched two indexes; we measured
// (shared/research/meilisearch.md §1.1) that uniform documents in one index are what make the
// rest work: a single `visibility` filter guards every query, facets by language and State span
// both kinds, and `distinct` on `groupKey` gives one hit per concept, with an exact total from the
// facet counts over both kinds, which a federated search over two indexes cannot (it only
// estimates totals).
// `localizedAttributes` is not set: on Meilisearch 1.21 it changes nothing for ru/fr/it/es and
// turns on a German compound splitter that breaks words it does not know (same note, §1.3).
import type { Settings } from 'meilisearch';
import terms from '../../../../search-config/terms.json';

export interface IndexDefinition {
	uid: string;
	primaryKey: string;
	settings: Settings;
}

export const TERMS_INDEX: IndexDefinition = terms as IndexDefinition;

export const INDEX_DEFINITIONS: readonly IndexDefinition[] = [TERMS_INDEX];

/** The name of an index in Meilisearch: a prefix lets several installations share one instance. */
export function indexName(prefix: string, uid: string): string {
	return `${prefix}${uid}`;
}
