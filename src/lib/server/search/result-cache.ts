// Recent search results, kept in memory so that the same search (the same words, filters and page,
// for viewers who may read the same distributions) is answered without asking Meilisearch again.
// People look up the same few hundred terms over and over, and the search box asks again as they
// type; the index changes only when the outbox applies an edit. So the cache is emptied whenever
// this process applies changes to the index, and an entry also expires after `ttlMs`, which bounds
// how long a change applied by another process (a reindex from the command line) can go unseen.

export interface ResultCacheOptions {
	/** How many results to keep; 0 turns the cache off. */
	maxEntries: number;
	ttlMs: number;
	now?: () => number;
}

export interface ResultCache<T> {
	get(key: string): T | undefined;
	/** Keeps `value` unless the index changed since `generation` was read (the result may predate the change). */
	set(key: string, value: T, generation: number): void;
	/** Read before searching and passed to `set`. */
	readonly generation: number;
	/** The index changed: forget everything. */
	clear(): void;
	readonly size: number;
}

export function createResultCache<T>({ maxEntries, ttlMs, now = Date.now }: ResultCacheOptions): ResultCache<T> {
	// A Map iterates in insertion order, so re-inserting on every hit makes its first key the least
	// recently used one.
	const entries = new Map<string, { value: T; expiresAt: number }>();
	let generation = 0;
	return {
		get(key) {
			const entry = entries.get(key);
			if (!entry) return undefined;
			entries.delete(key);
			if (entry.expiresAt <= now()) return undefined;
			entries.set(key, entry);
			return entry.value;
		},
		set(key, value, readAt) {
			if (maxEntries <= 0 || readAt !== generation) return;
			entries.delete(key);
			entries.set(key, { value, expiresAt: now() + ttlMs });
			while (entries.size > maxEntries) {
				const oldest = entries.keys().next().value;
				if (oldest === undefined) break;
				entries.delete(oldest);
			}
		},
		get generation() {
			return generation;
		},
		clear() {
			generation += 1;
			entries.clear();
		},
		get size() {
			return entries.size;
		}
	};
}
