import { describe, expect, it } from 'vitest';
import { createResultCache } from '../../src/lib/server/search/result-cache';

function clock(start = 0) {
	let time = start;
	return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('the cache of recent search results', () => {
	it('answers a search it has seen, until the entry expires', () => {
		const time = clock();
		const cache = createResultCache<string>({ maxEntries: 10, ttlMs: 60_000, now: time.now });
		cache.set('q=cyber', 'results', cache.generation);
		expect(cache.get('q=cyber')).toBe('results');
		expect(cache.get('q=cyberespace')).toBeUndefined();
		time.advance(60_000);
		expect(cache.get('q=cyber')).toBeUndefined();
		expect(cache.size).toBe(0);
	});

	it('forgets everything when the index changes', () => {
		const cache = createResultCache<string>({ maxEntries: 10, ttlMs: 60_000 });
		cache.set('q=cyber', 'before the edit', cache.generation);
		cache.clear();
		expect(cache.get('q=cyber')).toBeUndefined();
	});

	it('does not keep a result that was being computed while the index changed', () => {
		const cache = createResultCache<string>({ maxEntries: 10, ttlMs: 60_000 });
		const readBefore = cache.generation;
		cache.clear(); // the outbox applied an edit while the search was running
		cache.set('q=cyber', 'possibly stale', readBefore);
		expect(cache.get('q=cyber')).toBeUndefined();
	});

	it('keeps the most recently used results when it is full', () => {
		const cache = createResultCache<number>({ maxEntries: 2, ttlMs: 60_000 });
		cache.set('a', 1, cache.generation);
		cache.set('b', 2, cache.generation);
		expect(cache.get('a')).toBe(1); // "b" is now the least recently used
		cache.set('c', 3, cache.generation);
		expect(cache.get('b')).toBeUndefined();
		expect(cache.get('a')).toBe(1);
		expect(cache.get('c')).toBe(3);
		expect(cache.size).toBe(2);
	});

	it('keeps nothing when turned off', () => {
		const cache = createResultCache<number>({ maxEntries: 0, ttlMs: 60_000 });
		cache.set('a', 1, cache.generation);
		expect(cache.get('a')).toBeUndefined();
	});
});
