// How searches reach Meilisearch (transport.ts): answers, refusals and silence are told apart,
// because a refusal is a bug in our request while silence sends search to its SQLite fallback.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createMultiSearch, SearchResponseError } from '../../src/lib/server/search/transport';
import { freePort } from '../helpers/free-port';

const meilisearch = inject('meilisearch');
const prefix = `transport${process.pid}_${Date.now()}_`;
const headers = { authorization: `Bearer ${meilisearch.masterKey}`, 'content-type': 'application/json' };

afterAll(async () => {
	await fetch(`${meilisearch.url}/indexes/${prefix}terms`, { method: 'DELETE', headers });
});

async function refusal(promise: Promise<unknown>): Promise<SearchResponseError> {
	const error = await promise.then(
		() => null,
		(reason: unknown) => reason
	);
	expect(error).toBeInstanceOf(SearchResponseError);
	return error as SearchResponseError;
}

describe('the search transport', () => {
	const multiSearch = createMultiSearch(meilisearch.url, meilisearch.masterKey, 5_000);

	it('returns the results of each query', async () => {
		const uid = `${prefix}terms`;
		const created = await fetch(`${meilisearch.url}/indexes`, {
			method: 'POST',
			headers,
			body: JSON.stringify({ uid, primaryKey: 'id' })
		});
		expect(created.status).toBe(202);
		let results: Awaited<ReturnType<typeof multiSearch>> = [];
		for (let attempt = 0; attempt < 50; attempt++) {
			try {
				results = await multiSearch([
					{ indexUid: uid, q: 'anything' },
					{ indexUid: uid, q: '', limit: 0 }
				]);
				break;
			} catch {
				await new Promise((resolve) => setTimeout(resolve, 100)); // the index is created by a task
			}
		}
		expect(results).toHaveLength(2);
		expect(results[0]?.hits).toEqual([]);
	});

	it('reports a missing index with its code, and a refused request with its status', async () => {
		const missing = await refusal(multiSearch([{ indexUid: `${prefix}nowhere`, q: 'x' }]));
		expect(missing.code).toBe('index_not_found');
		const refused = await refusal(multiSearch([{ indexUid: `${prefix}nowhere`, q: 'x', limit: -1 } as never]));
		expect(refused.status).toBe(400);
	});

	it('refuses a wrong key', async () => {
		const refused = await refusal(
			createMultiSearch(meilisearch.url, 'not-the-key', 5_000)([{ indexUid: `${prefix}terms`, q: 'x' }])
		);
		expect(refused.status).toBe(403);
	});

	it('fails, without an answer, when nothing listens', async () => {
		const nobody = createMultiSearch(`http://127.0.0.1:${await freePort()}`, undefined, 5_000);
		const error = await nobody([{ indexUid: 'terms', q: 'x' }]).then(
			() => null,
			(reason: unknown) => reason
		);
		expect(error).toBeInstanceOf(Error);
		expect(error).not.toBeInstanceOf(SearchResponseError);
	});
});
