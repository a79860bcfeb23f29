import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// The end-to-end suite runs the built app through the same launcher as `npm start`, with its own
// data folder, demo data and bundled Meilisearch, in Debian's Chromium (Playwright's own browser
// download does not work offline).
const port = Number(process.env.E2E_PORT ?? 4173);
const meiliPort = Number(process.env.E2E_MEILI_PORT ?? 7719);
const dataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), 'cbm9-e2e');
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? 'list' : [['list']],
	timeout: 30_000,
	use: {
		baseURL,
		trace: 'off',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: `rm -rf ${dataDir} && node build/cli/start.js`,
		url: `${baseURL}/healthz`,
		reuseExistingServer: false,
		timeout: 120_000,
		stderr: 'pipe',
		stdout: process.env.E2E_SERVER_LOG ? 'pipe' : 'ignore',
		env: {
			DATA_DIR: dataDir,
			PORT: String(port),
			HOST: '127.0.0.1',
			MEILI_PORT: String(meiliPort),
			MEILI_URL: '',
			DEMO_DATA: 'on',
			// Silence deadlines are checked every second, so a test can wait for an adoption.
			DEADLINE_CHECK_INTERVAL_MS: '1000',
			// Far above what the other specs use, low enough for api.spec.ts to exceed in a few seconds.
			API_RATE_LIMIT_PER_MINUTE: '600'
		}
	}
});
