// npm run bench:soak — the app under a steady public load: 32 connections for 60 s over a mix of
// public pages in several languages, searches and the JSON API, as the public and the ministries'
// scripts would use it (the API rate limit raised for the run). Prints throughput and latency
// percentiles, and fails (exit 1) on any error or any answer other than 2xx (issue 15).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { figures, ms, percentile, startApp, table } from './support';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const MIX = [
	'/',
	'/fr',
	'/glossary',
	'/glossary/1',
	'/ru/glossary/1',
	'/de/glossary',
	'/glossary/releases/1',
	'/national-lists',
	'/national-lists/DE/2025',
	'/es/national-lists/FR/2025',
	'/compare/1',
	'/compare/coverage',
	'/search?q=cyber',
	'/search?q=%D0%BA%D0%B8%D0%B1%D0%B5%D1%80%D0%B1%D0%B5%D0%B7%D0%BE%D0%BF%D0%B0%D1%81%D0%BD%D0%BE%D1%81%D1%82%D1%8C',
	'/fr/search?q=s%C3%A9curit%C3%A9',
	'/de/search?q=Sicherheitsvorfall',
	'/search?q=incdent',
	'/api/v1/concepts',
	'/api/v1/concepts/1',
	'/api/v1/search?q=incident',
	'/api/v1/national-entries?state=DE',
	'/api/v1/releases/1',
	'/sitemap.xml',
	'/feeds/public.atom'
];

interface Instance extends Promise<{
	requests: { average: number; total: number };
	errors: number;
	timeouts: number;
	non2xx: number;
	statusCodeStats: Record<string, { count: number }>;
}> {
	on(event: 'response', listener: (client: unknown, status: number, bytes: number, responseTime: number) => void): void;
}
// autocannon ships no type declarations; this is the part of its API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as (options: Record<string, unknown>) => Instance;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbm9-bench-soak-'));
const app = await startApp(dataDir);
let failed: boolean;
try {
	// Every address of the mix answers 2xx on its own first, so a failure under load is the load's.
	for (const address of MIX) {
		const status = (await fetch(app.url + address)).status;
		if (status < 200 || status >= 300) throw new Error(`${address} answers ${status} before any load`);
	}
	console.log(
		`Soak: ${CONNECTIONS} connections for ${SECONDS} s over ${MIX.length} public addresses (pages in five languages, searches, API) at ${app.url}\n`
	);
	const samples: number[] = [];
	const instance = autocannon({
		url: app.url,
		connections: CONNECTIONS,
		duration: SECONDS,
		pipelining: 1,
		// Each connection walks the mix from its own starting point, so all addresses are under load at once.
		requests: MIX.map((address) => ({ method: 'GET', path: address })),
		timeout: 30
	});
	instance.on('response', (_client, _status, _bytes, responseTime) => samples.push(responseTime));
	const result = await instance;
	const latency = figures(samples);
	const p99 = percentile(
		[...samples].sort((a, b) => a - b),
		0.99
	);
	console.log(
		table([
			['requests', 'requests/s', 'p50', 'p95', 'p99', 'max', 'errors', 'timeouts', 'non-2xx', 'status codes'],
			[
				String(result.requests.total),
				result.requests.average.toFixed(0),
				ms(latency.p50),
				ms(latency.p95),
				ms(p99),
				ms(latency.max),
				String(result.errors),
				String(result.timeouts),
				String(result.non2xx),
				Object.entries(result.statusCodeStats)
					.map(([code, { count }]) => `${code}: ${count}`)
					.join(', ')
			]
		])
	);
	failed = result.errors > 0 || result.timeouts > 0 || result.non2xx > 0;
	if (failed) console.error('\nThe soak saw errors or answers other than 2xx.');
} finally {
	await app.stop();
	fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
