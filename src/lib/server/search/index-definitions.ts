// The Meilisearch indexes and their settings, versioned as JSON in search-config/.
import type { Settings } from 'meilisearch';
import nationalEntries from '../../../../search-config/national_entries.json';
import concepts from '../../../../search-config/concepts.json';

export interface IndexDefinition {
	uid: string;
	primaryKey: string;
	settings: Settings;
}

export const INDEX_DEFINITIONS: readonly IndexDefinition[] = [
	nationalEntries as IndexDefinition,
	concepts as IndexDefinition
];

/** The name of an index in Meilisearch: a prefix lets several installations share one instance. */
export function indexName(prefix: string, uid: string): string {
	return `${prefix}${uid}`;
}
