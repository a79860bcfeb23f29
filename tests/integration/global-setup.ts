// Starts one real Meilisearch (the bundled binary) for the whole integration suite, in a
// temporary folder on a free port; each test file uses its own index prefix.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedMeilisearch } from '../../src/lib/server/search/embedded';
import { freePort } from '../helpers/free-port';

declare module 'vitest' {
	export interface ProvidedContext {
		meilisearch: { url: string; masterKey: string };
	}
}

export default async function setup(project: TestProject) {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbm9-meili-'));
	const meilisearch = await startEmbeddedMeilisearch({ dataDir, port: await freePort() });
	project.provide('meilisearch', { url: meilisearch.url, masterKey: meilisearch.masterKey });
	return async () => {
		await meilisearch.stop();
		fs.rmSync(dataDir, { recursive: true, force: true });
	};
}
