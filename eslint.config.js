// Lint rules, and the layering rules that keep the architecture of DESIGN.md without relying on
// discipline: routes and components never reach the database or the search engine, the domain
// never does I/O, and no module imports itself round a circle.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const STORAGE_AND_SEARCH = ['kysely', 'better-sqlite3', 'meilisearch', 'undici'].map((name) => ({
	name,
	message:
		'Routes and components go through $lib/server services; only lib/server talks to the database and the search engine.'
}));

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'src/lib/paraglide/',
			'test-results/',
			'playwright-report/',
			'data/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }
			],
			// Links carry the interface language through paraglide's localHref and the app has no base
			// path: resolve() would add nothing to the 125 links it asks for. Turn it on with a base path.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		plugins: { 'import-x': importX },
		settings: {
			...importX.flatConfigs.typescript.settings,
			'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })]
		},
		rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] }
	},
	{
		files: ['src/routes/**', 'src/lib/components/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: STORAGE_AND_SEARCH,
					patterns: [
						{
							group: ['$lib/server/db/*', '**/server/db/*'],
							message: 'Routes and components never touch the database directly; call a $lib/server service.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/domain/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: STORAGE_AND_SEARCH,
					patterns: [
						{
							group: ['$lib/server/*', '**/server/*', '**/server/**'],
							message: 'The domain is pure logic: it never imports lib/server.'
						},
						{
							group: [
								'node:*',
								'fs',
								'path',
								'os',
								'child_process',
								'http',
								'https',
								'net',
								'crypto',
								'stream',
								'zlib'
							],
							message: 'The domain does no I/O.'
						},
						{
							group: ['**/db/*', '**/db/**'],
							message: 'The domain does not reach into db/; what it needs lives in lib/domain.'
						}
					]
				}
			]
		}
	}
);
