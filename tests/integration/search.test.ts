import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/lib/server/config';
import { createSearchService, type SearchService } from '../../src/lib/server/search/client';
import { applySearchSettings } from '../../src/lib/server/search/settings';
import { drainOutbox, outboxState, sendToMeilisearch, syncOutboxOnce } from '../../src/lib/server/search/sync';
import { checkDrift, reindexAll } from '../../src/lib/server/search/reindex';
import { upsertMirrored } from '../../src/lib/server/search/mirror';
import { loadNationalEntrySources } from '../../src/lib/server/search/sources';
import { nationalEntryDocument } from '../../src/lib/domain/search/documents';
import { FALLBACK_NOTICE, searchTerms, type SearchResults } from '../../src/lib/server/search/query';
import { startEmbeddedMeilisearch } from '../../src/lib/server/search/embedded';
import {
	addEntry,
	openDraft,
	setEntryWithdrawn,
	submitDraft,
	updateSubmissionSettings
} from '../../src/lib/server/national-lists/editing';
import { getSubmission } from '../../src/lib/server/national-lists/read';
import { parseSearchRequest } from '../../src/lib/domain/search/request';
import { languageVersion } from '../../src/lib/domain/national-entry';
import type { Db } from '../../src/lib/server/db/connection';
import type { Viewer } from '../../src/lib/server/permissions';
import { createTestDatabase } from '../helpers/database';
import { givenAccount } from '../helpers/actors';
import { freePort } from '../helpers/free-port';

const meilisearch = inject('meilisearch');

function searchServiceFor(url: string, masterKey: string, prefix: string): SearchService {
	return createSearchService(
		loadConfig({ DATA_DIR: os.tmpdir(), MEILI_URL: url, MEILI_MASTER_KEY: masterKey, MEILI_INDEX_PREFIX: prefix })
	);
}

async function find(db: Db, search: SearchService, viewer: Viewer, query: string): Promise<SearchResults> {
	return searchTerms(db, search, viewer, parseSearchRequest(new URLSearchParams(query)));
}

function entryTerms(results: SearchResults): string[] {
	return results.groups.flatMap((group) =>
		group.entries.map((entry) => entry.term.map((piece) => piece.text).join(''))
	);
}

function stateCodes(results: SearchResults): string[] {
	return results.groups.flatMap((group) => group.entries.map((entry) => entry.stateCode));
}

describe('with the demonstration data indexed', async () => {
	const { db } = await createTestDatabase({ demoData: true });
	const search = searchServiceFor(meilisearch.url, meilisearch.masterKey, `s${process.pid}_${Date.now()}_`);
	await applySearchSettings(search);
	const drained = await drainOutbox(db, search);
	const reader = await givenAccount(db, { stateCode: 'AT' });
	const editorDe = await givenAccount(db, { isStateEditor: true, stateCode: 'DE' });
	// Poland's 2025 list, restricted in the demonstration data, and the one word that finds it.
	const admin = await givenAccount(db, { isAdministrator: true });
	const setPolishListDistribution = async (distribution: 'public' | 'restricted') =>
		updateSubmissionSettings(db, admin, (await getSubmission(db, admin, 'PL', 2025)).id, {
			distribution,
			documentReference: null
		});
	const statesThePublicFinds = async () => stateCodes(await find(db, search, null, 'q=CSIRT'));

	it('indexes every current national entry and every concept text from the outbox', async () => {
		expect(drained.failed).toBe(0);
		const drift = await checkDrift(db, search);
		expect(drift).toMatchObject({ inSync: true, pendingOutbox: 0, expected: { national: 24, consensus: 20 } });
		expect(drift.meilisearch).toBe(44);
	});

	it('keeps in its SQLite copy what results show of each document, not the searchable texts', async () => {
		const rows = await db.selectFrom('searchDocumentContent').select('documentJson').execute();
		expect(rows).toHaveLength(44);
		const members = new Set(rows.flatMap((row) => Object.keys(JSON.parse(row.documentJson) as object)));
		expect([...members].sort()).toEqual(
			[
				'conceptStatus',
				'cycleYear',
				'display',
				'entryId',
				'groupKey',
				'id',
				'kind',
				'language',
				'otherTerms',
				'revisionNumber',
				'stateCode',
				'stateName',
				'translationPending'
			].sort()
		);
	});

	it('finds an inflected Russian form, and highlights the matching words in the original text', async () => {
		const results = await find(db, search, reader, 'q=критической инфраструктуры');
		expect(stateCodes(results)[0]).toBe('KZ');
		const term = results.groups[0]!.entries[0]!.term;
		expect(term.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['критическая', 'инфраструктура']);
	});

	it('groups national entries under their concept: one result per concept', async () => {
		const results = await find(db, search, reader, 'q=cybersecurity');
		const group = results.groups.find((candidate) => candidate.concept?.label === 'cybersecurity');
		expect(group?.concept?.status).toBe('agreed');
		expect(group?.entries.map((entry) => entry.stateCode).sort()).toEqual(['DE', 'FR', 'GB', 'KZ', 'PL']);
		expect(results.groups.filter((candidate) => candidate.concept?.label === 'cybersecurity')).toHaveLength(1);
		expect(group?.matchedEntries).toBe(5);
		const scoped = await find(db, search, reader, `q=cybersecurity&concept=${group?.concept?.conceptId}`);
		expect(scoped.total).toBe(1);
		expect(scoped.groups.map((candidate) => candidate.key)).toEqual([group?.key]);

		// Where only national entries matched, the group still shows the agreed English text.
		const nationalOnly = await find(db, search, reader, 'q=cybersecurity&kind=national');
		const concept = nationalOnly.groups.find((candidate) => candidate.concept?.label === 'cybersecurity')?.concept;
		expect(concept?.language).toBe('en');
		expect(concept?.term.map((piece) => piece.text).join('')).toBe('cybersecurity');
		expect(concept?.definition.length).toBeGreaterThan(0);
	});

	it('counts results exactly and pages through them', async () => {
		const all = await find(db, search, reader, 'q=&perPage=10');
		const second = await find(db, search, reader, 'q=&perPage=10&page=2');
		expect(all.total).toBeGreaterThan(10);
		expect(all.totalPages).toBe(Math.ceil(all.total / 10));
		expect(second.page).toBe(2);
		const firstKeys = new Set(all.groups.map((group) => group.key));
		expect(second.groups.some((group) => firstKeys.has(group.key))).toBe(false);

		// The total is the number of groups the pages hold, whoever asks and whatever the filter.
		for (const [viewer, query] of [
			[reader, 'q=&perPage=10'],
			[null, 'q=&perPage=10'],
			[reader, 'q=cyber&perPage=10'],
			[reader, 'q=&state=DE&perPage=10'],
			[null, 'q=security&kind=national&perPage=10']
		] as const) {
			const first = await find(db, search, viewer, query);
			const keys = new Set(first.groups.map((group) => group.key));
			for (let page = 2; page <= first.totalPages; page++) {
				for (const group of (await find(db, search, viewer, `${query}&page=${page}`)).groups) keys.add(group.key);
			}
			expect(keys.size, query).toBe(first.total);
			expect(first.totalPages, query).toBe(Math.ceil(first.total / 10));
		}
	});

	it('filters by State, language, cycle, kind and status, and counts facets', async () => {
		const german2024 = await find(db, search, reader, 'q=&state=DE&cycle=2024');
		expect(german2024.groups.flatMap((group) => group.entries.map((entry) => entry.cycleYear))).toEqual([
			2024, 2024, 2024
		]);
		const consensusOnly = await find(db, search, reader, 'q=vulnerability&kind=consensus');
		expect(consensusOnly.groups.every((group) => group.concept !== null)).toBe(true);
		const pending = await find(db, search, reader, 'q=&pending=1');
		expect(pending.groups.flatMap((group) => group.entries).every((entry) => entry.translationPending)).toBe(true);
		const facets = (await find(db, search, reader, 'q=')).facets;
		expect(facets.stateCode.map((facet) => facet.value).sort()).toEqual(['CH', 'DE', 'FR', 'GB', 'KZ', 'PL']);
	});

	describe('never shows restricted content to the public', () => {
		const crafted = [
			'q=',
			'q=критической инфраструктуры',
			'q=cyberbezpieczeństwo',
			'q=CSIRT',
			'q=&state=PL',
			'q=&state=KZ&state=PL',
			'q=&language=ru',
			'q=&status=candidate',
			'q=&kind=national&perPage=50',
			'q=&visibility=restricted',
			'q=&state=PL" OR visibility = "restricted',
			'q=&language=ru] OR visibility IN [restricted',
			'q=&page=2&perPage=10',
			// Scoped to one concept (cybersecurity, which Poland and Kazakhstan denote too), every entry of it is listed.
			'q=&concept=1',
			'q=cyber&concept=1&state=PL&perPage=50',
			'q=&concept=1 OR visibility = "restricted"'
		];
		it.each(crafted)('%s', async (query) => {
			const results = await find(db, search, null, query);
			expect(stateCodes(results).filter((code) => code === 'PL' || code === 'KZ')).toEqual([]);
			expect(results.facets.stateCode.map((facet) => facet.value)).not.toContain('PL');
			expect(results.facets.stateCode.map((facet) => facet.value)).not.toContain('KZ');
			for (const group of results.groups) {
				if (group.concept?.status === 'candidate') expect(group.concept.label).toBeNull();
			}
		});

		it('while a signed-in user of a participating State finds them', async () => {
			expect(stateCodes(await find(db, search, reader, 'q=CSIRT'))).toContain('PL');
			expect(stateCodes(await find(db, search, reader, 'q=&concept=1&perPage=50'))).toEqual(
				expect.arrayContaining(['PL', 'KZ'])
			);
		});
	});

	it('follows edits through the outbox: a submitted entry is found, a withdrawn one no longer', async () => {
		const { id } = await getSubmission(db, editorDe, 'DE', 2025);
		const entryId = await addEntry(db, editorDe, id, {
			languageVersions: [
				languageVersion({
					language: 'de',
					term: 'Informationssicherheitsbeauftragter',
					definition: 'Person, die die Informationssicherheit einer Behörde koordiniert.',
					isOriginal: true
				}),
				languageVersion({
					language: 'en',
					term: 'information security officer',
					definition: 'Person who coordinates the information security of an authority.',
					textStatus: 'courtesy_translation'
				})
			],
			sourceAct: null,
			sourceArticle: null,
			sourceDate: null,
			sourceUrl: null,
			note: null
		});
		await drainOutbox(db, search);
		expect(entryTerms(await find(db, search, null, 'q=Informationssicherheitsbeauftragter'))).toEqual([]); // still a draft
		await submitDraft(db, editorDe, id, 'Added the information security officer');
		await drainOutbox(db, search);
		expect(entryTerms(await find(db, search, null, 'q=Informationssicherheitsbeauftragter'))).toEqual([
			'Informationssicherheitsbeauftragter'
		]);

		await openDraft(db, editorDe, id);
		await setEntryWithdrawn(db, editorDe, id, entryId, true);
		await submitDraft(db, editorDe, id, 'Withdrawn again');
		await drainOutbox(db, search);
		expect(entryTerms(await find(db, search, null, 'q=Informationssicherheitsbeauftragter'))).toEqual([]);
	});

	it('makes a list findable by the public once its State publishes it', async () => {
		await setPolishListDistribution('public');
		await drainOutbox(db, search);
		expect(await statesThePublicFinds()).toContain('PL');
		await setPolishListDistribution('restricted');
		await drainOutbox(db, search);
		expect(await statesThePublicFinds()).not.toContain('PL');
	});

	it('rebuilds the index from the database and swaps it in, with the same results', async () => {
		const before = await find(db, search, reader, 'q=cyber');
		const report = await reindexAll(db, search);
		expect(report.documents).toBe(
			(await checkDrift(db, search)).expected.national + (await checkDrift(db, search)).expected.consensus
		);
		const after = await find(db, search, reader, 'q=cyber');
		expect(after.total).toBe(before.total);
		expect((await checkDrift(db, search)).inSync).toBe(true);
	});

	it('keeps answering with whole entries while it rebuilds, and then drops what the database no longer holds', async () => {
		const source = (await loadNationalEntrySources(db, [1])).get(1);
		await db
			.transaction()
			.execute(async (trx) => upsertMirrored(trx, [{ ...nationalEntryDocument(source!), id: 'n999999' }]));
		const drift = await checkDrift(db, search);
		expect(drift.mirror).toBe(drift.expected.national + drift.expected.consensus + 1);

		const before = await find(db, search, reader, 'q=cyber&perPage=50');
		// Small batches: searches are made between them, with the old index still live.
		const during: SearchResults[] = [];
		await reindexAll(db, search, {
			batchSize: 10,
			onProgress: async () => {
				search.recentResults.clear();
				during.push(await find(db, search, reader, 'q=cyber&perPage=50'));
			}
		});
		expect(during.length).toBeGreaterThanOrEqual(2);
		for (const results of during) expect(entryTerms(results)).toEqual(entryTerms(before));
		expect(await db.selectFrom('searchDocument').select('id').where('id', '=', 'n999999').execute()).toEqual([]);
		expect((await checkDrift(db, search)).inSync).toBe(true);
	});

	it('sends again, after the swap, an edit the worker sent to the old index during the rebuild', async () => {
		expect(await statesThePublicFinds()).not.toContain('PL');
		let published = false;
		await reindexAll(db, search, {
			onProgress: async () => {
				if (published) return;
				published = true;
				// Every document has been read by now; the worker sends the change to the live, old index.
				await setPolishListDistribution('public');
				await drainOutbox(db, search);
			}
		});
		await drainOutbox(db, search);
		expect(await statesThePublicFinds()).toContain('PL');

		await setPolishListDistribution('restricted');
		await drainOutbox(db, search);
		expect(await statesThePublicFinds()).not.toContain('PL');
	});

	it('sends again an edit the worker was still sending to the old index when the new one was swapped in', async () => {
		// A worker whose Meilisearch task is enqueued at once but whose wait for it is held back.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		let enqueued!: () => void;
		const sent = new Promise<void>((resolve) => (enqueued = resolve));
		const slowClient = new Proxy(search.client, {
			get(client, property) {
				if (property !== 'index') return Reflect.get(client, property, client);
				return (uid: string) => {
					const index = client.index(uid);
					return new Proxy(index, {
						get(target, name) {
							const value = Reflect.get(target, name, target);
							if (name !== 'addDocuments') return typeof value === 'function' ? value.bind(target) : value;
							return (...args: Parameters<typeof index.addDocuments>) => {
								const task = target.addDocuments(...args);
								enqueued();
								return { waitTask: async (options?: { timeout?: number }) => (await held, task.waitTask(options)) };
							};
						}
					});
				};
			}
		});
		const slowWorker = { ...search, client: slowClient } as SearchService;

		let inFlight: Promise<unknown> | null = null;
		await reindexAll(db, search, {
			onProgress: async () => {
				if (inFlight) return;
				await setPolishListDistribution('public');
				inFlight = syncOutboxOnce(db, slowWorker);
				await sent; // its task reaches the old index before the swap
			}
		});
		release();
		await inFlight;
		await drainOutbox(db, search);
		expect(await statesThePublicFinds()).toContain('PL');

		await setPolishListDistribution('restricted');
		await drainOutbox(db, search);
		expect(await statesThePublicFinds()).not.toContain('PL');
	});

	it('reports drift when Meilisearch lost documents behind the database’s back', async () => {
		await search.client.index(`${search.indexPrefix}terms`).deleteDocuments(['c1-fr']).waitTask();
		const drift = await checkDrift(db, search);
		expect(drift.inSync).toBe(false);
		expect(drift.meilisearch).toBe(drift.expected.national + drift.expected.consensus - 1);
	});

	it('detects a task that Meilisearch refused instead of taking it for done', async () => {
		const bad = { id: 'not a valid id!' } as never;
		await expect(sendToMeilisearch(search, [bad], [])).rejects.toThrow(/Meilisearch could not index 1 document/);
	});
});

describe('when Meilisearch is down', async () => {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbm9-meili-down-'));
	const port = await freePort();
	let own = await startEmbeddedMeilisearch({ dataDir, port });
	afterAll(async () => {
		await own.stop();
		fs.rmSync(dataDir, { recursive: true, force: true });
	});
	const { db } = await createTestDatabase({ demoData: true });
	const search = searchServiceFor(own.url, own.masterKey, 'down_');
	await applySearchSettings(search);
	await drainOutbox(db, search);
	const editorFr = await givenAccount(db, { isStateEditor: true, stateCode: 'FR' });

	it('falls back to the database, says so, keeps the visibility rule, and catches up when it returns', async () => {
		const exact = await find(db, search, null, 'q=cyberespace');
		expect(exact.engine).toBe('meilisearch');

		await own.stop();
		// A search made a moment ago is answered from memory, still exact; a new one falls back.
		const remembered = await find(db, search, null, 'q=cyberespace');
		expect(remembered.engine).toBe('meilisearch');
		expect(remembered.groups).toEqual(exact.groups);
		const fallback = await find(db, search, null, 'q=cyberespace&perPage=50');
		expect(fallback.engine).toBe('database');
		expect(fallback.notice).toBe(FALLBACK_NOTICE);
		expect(entryTerms(fallback)).toContain('cyberespace');
		expect(stateCodes(await find(db, search, null, 'q=&perPage=50'))).not.toContain('PL');
		expect(entryTerms(await find(db, search, null, 'q=критической'))).toEqual([]);
		// Scoped to one concept, as the link under a group asks.
		const cybersecurity = (
			await db.selectFrom('concept').select('id').where('label', '=', 'cybersecurity').executeTakeFirstOrThrow()
		).id;
		const scoped = await find(db, search, null, `q=cyber&concept=${cybersecurity}`);
		expect(scoped.engine).toBe('database');
		expect(scoped.groups.map((group) => group.concept?.conceptId)).toEqual([cybersecurity]);
		expect(scoped.groups[0]!.entries.length).toBe(scoped.groups[0]!.matchedEntries);
		expect(stateCodes(await find(db, search, null, `q=&concept=${cybersecurity}&perPage=50`))).not.toContain('PL');

		// Editing keeps working; the change waits in the outbox.
		const { id } = await getSubmission(db, editorFr, 'FR', 2025);
		await addEntry(db, editorFr, id, {
			languageVersions: [
				languageVersion({
					language: 'fr',
					term: 'rançongiciel',
					definition: 'Logiciel malveillant qui chiffre des données et exige une rançon.',
					isOriginal: true
				})
			],
			sourceAct: null,
			sourceArticle: null,
			sourceDate: null,
			sourceUrl: null,
			note: null
		});
		await submitDraft(db, editorFr, id, null);
		const failed = await drainOutbox(db, search);
		expect(failed.failed).toBeGreaterThan(0);
		expect((await outboxState(db)).pending).toBeGreaterThan(0);
		// The SQLite mirror already has it.
		expect(entryTerms(await find(db, search, null, 'q=rançongiciel'))).toEqual(['rançongiciel']);

		own = await startEmbeddedMeilisearch({ dataDir, port });
		await db
			.updateTable('searchOutbox')
			.set({ nextAttemptAt: new Date(0).toISOString() })
			.where('processedAt', 'is', null)
			.execute();
		const caughtUp = await drainOutbox(db, search);
		expect(caughtUp.failed).toBe(0);
		expect((await outboxState(db)).pending).toBe(0);
		const again = await find(db, search, null, 'q=rancongiciel');
		expect(again.engine).toBe('meilisearch');
		expect(entryTerms(again)).toEqual(['rançongiciel']);
	});
});
