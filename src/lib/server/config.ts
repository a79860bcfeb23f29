// Configuration from the environment, with defaults that make `npm start` work on a fresh machine.
// Only this module reads process.env; everything else receives an AppConfig.
import path from 'node:path';

export interface SearchConfig {
	/** Base URL of Meilisearch. */
	url: string;
	/** Key with write access to our indexes; null means "read it from the embedded key file". */
	masterKey: string | null;
	/** True when we run the bundled Meilisearch ourselves (no MEILI_URL given). */
	embedded: boolean;
	/** Port of the bundled Meilisearch, on 127.0.0.1. */
	embeddedPort: number;
	/** Prefix of every index name, so several installations or test runs can share one Meilisearch. */
	indexPrefix: string;
	/** How many recent search results the app keeps in memory (0: none). */
	resultCacheEntries: number;
	/** How long a kept result may be served, in milliseconds. */
	resultCacheMs: number;
}

export interface AppConfig {
	dataDir: string;
	databaseFile: string;
	search: SearchConfig;
	/** Load demonstration data into an empty database. */
	demoData: boolean;
	/** Largest file accepted by an import, in bytes. */
	importMaxBytes: number;
	/** How often the server looks for silence procedures whose deadline has passed, in milliseconds. */
	deadlineCheckIntervalMs: number;
	/** Requests a minute that one client address may make to the public API under /api/v1. */
	apiRateLimitPerMinute: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
	const dataDir = path.resolve(env.DATA_DIR || './data');
	const embedded = !env.MEILI_URL;
	const embeddedPort = parsePort(env.MEILI_PORT, 7700, 'MEILI_PORT');
	return {
		dataDir,
		databaseFile: path.join(dataDir, 'glossary.sqlite'),
		search: {
			url: env.MEILI_URL || `http://127.0.0.1:${embeddedPort}`,
			masterKey: env.MEILI_MASTER_KEY || null,
			embedded,
			embeddedPort,
			indexPrefix: env.MEILI_INDEX_PREFIX ?? '',
			resultCacheEntries: parseCount(env.SEARCH_CACHE_ENTRIES, 1000, 'SEARCH_CACHE_ENTRIES'),
			resultCacheMs: parsePositive(env.SEARCH_CACHE_SECONDS, 60, 'SEARCH_CACHE_SECONDS') * 1000
		},
		demoData: !['off', 'false', '0', 'no'].includes((env.DEMO_DATA ?? 'on').toLowerCase()),
		importMaxBytes: parsePositive(env.IMPORT_MAX_MB, 50, 'IMPORT_MAX_MB') * 1024 * 1024,
		deadlineCheckIntervalMs: parsePositive(env.DEADLINE_CHECK_INTERVAL_MS, 60_000, 'DEADLINE_CHECK_INTERVAL_MS'),
		apiRateLimitPerMinute: parsePositive(env.API_RATE_LIMIT_PER_MINUTE, 300, 'API_RATE_LIMIT_PER_MINUTE')
	};
}

function parsePort(value: string | undefined, fallback: number, name: string): number {
	if (value === undefined || value === '') return fallback;
	const port = Number(value);
	if (!Number.isInteger(port) || port < 1 || port > 65535) {
		throw new Error(`${name} must be a port number between 1 and 65535, not "${value}"`);
	}
	return port;
}

function parsePositive(value: string | undefined, fallback: number, name: string): number {
	if (value === undefined || value === '') return fallback;
	const number = Number(value);
	if (!Number.isFinite(number) || number <= 0) throw new Error(`${name} must be a positive number, not "${value}"`);
	return number;
}

function parseCount(value: string | undefined, fallback: number, name: string): number {
	if (value === undefined || value === '') return fallback;
	const number = Number(value);
	if (!Number.isInteger(number) || number < 0)
		throw new Error(`${name} must be a whole number, 0 or more, not "${value}"`);
	return number;
}
