import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit(),
		// The interface language comes from the URL only (/fr/glossary …; English has no prefix), so
		// every page has one stable, shareable and cacheable address per language.
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['url', 'baseLocale']
		})
	],
	test: {
		expect: { requireAssertions: true },
		// Stopping the shared Meilisearch can take a few seconds on a busy machine.
		teardownTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			},
			{
				extends: true,
				test: {
					// Kills the built app and Meilisearch on purpose (npm run test:faults, after npm run build).
					name: 'faults',
					environment: 'node',
					include: ['tests/faults/**/*.test.ts'],
					testTimeout: 300_000,
					hookTimeout: 120_000
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					environment: 'node',
					include: ['tests/integration/**/*.test.ts'],
					globalSetup: ['tests/integration/global-setup.ts'],
					// Argon2 hashing and a real Meilisearch make some tests slower than unit tests.
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
