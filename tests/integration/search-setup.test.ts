import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/lib/server/config';
import { createSearchService } from '../../src/lib/server/search/client';
import { applySearchSettings } from '../../src/lib/server/search/settings';
import { INDEX_DEFINITIONS, indexName } from '../../src/lib/server/search/index-definitions';
import { checkHealth } from '../../src/lib/server/health';
import { checkBinaryVersion, prepareBinary, readOrCreateMasterKey } from '../../src/lib/server/search/embedded';
import { createTestDatabase } from '../helpers/database';
import { freePort } from '../helpers/free-port';

const meilisearch = inject('meilisearch');
const prefix = `t${process.pid}_${Date.now()}_`;
const config = loadConfig({
	DATA_DIR: os.tmpdir(),
	MEILI_URL: meilisearch.url,
	MEILI_MASTER_KEY: meilisearch.masterKey,
	MEILI_INDEX_PREFIX: prefix
});
const search = createSearchService(config);
const { db } = await createTestDatabase();

describe('index settings from search-config/', () => {
	it('creates every index with its primary key and settings', async () => {
		await applySearchSettings(search);
		for (const definition of INDEX_DEFINITIONS) {
			const index = await search.client.getIndex(indexName(prefix, definition.uid));
			expect(index.primaryKey).toBe(definition.primaryKey);
			const settings = await index.getSettings();
			expect([...(settings.filterableAttributes ?? [])].map(String).sort()).toEqual(
				[...(definition.settings.filterableAttributes ?? [])].map(String).sort()
			);
			expect(settings.searchableAttributes).toEqual(definition.settings.searchableAttributes);
		}
	});

	it('puts back settings that were changed in Meilisearch behind its back', async () => {
		const uid = indexName(prefix, 'terms');
		await search.client.index(uid).updateSearchableAttributes(['term']).waitTask();
		await applySearchSettings(search);
		const definition = INDEX_DEFINITIONS.find((candidate) => candidate.uid === 'terms')!;
		expect(await search.client.index(uid).getSearchableAttributes()).toEqual(definition.settings.searchableAttributes);
	});
});

describe('/healthz report', () => {
	it('is ok with the database migrated and Meilisearch answering', async () => {
		const report = await checkHealth(db, search);
		expect(report.status).toBe('ok');
		expect(report.database).toMatchObject({ status: 'ok' });
		expect(report.database.migration).toBe(report.database.expectedMigration);
		expect(report.search).toMatchObject({ status: 'ok', version: '1.21.0', outbox: { pending: 0, failing: 0 } });
	});

	it('is degraded, not down, when Meilisearch does not answer', async () => {
		const unreachable = createSearchService(
			loadConfig({ DATA_DIR: os.tmpdir(), MEILI_URL: `http://127.0.0.1:${await freePort()}`, MEILI_MASTER_KEY: 'x' })
		);
		const report = await checkHealth(db, unreachable);
		expect(report.status).toBe('degraded');
		expect(report.search.status).toBe('unavailable');
		expect(report.search.error).toBeTruthy();
	});
});

describe('the bundled Meilisearch', () => {
	it('is executable and of the pinned version', () => {
		const binary = prepareBinary();
		expect(fs.statSync(binary).mode & 0o111).toBe(0o111);
		expect(() => checkBinaryVersion(binary)).not.toThrow();
	});

	it('keeps its master key in DATA_DIR, readable by the owner only, and reuses it', () => {
		const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbm9-key-'));
		const key = readOrCreateMasterKey(dataDir);
		expect(key.length).toBeGreaterThanOrEqual(32);
		expect(fs.statSync(path.join(dataDir, 'meilisearch', 'master-key')).mode & 0o777).toBe(0o600);
		expect(readOrCreateMasterKey(dataDir)).toBe(key);
		fs.rmSync(dataDir, { recursive: true, force: true });
	});
});
