// npm run bench:public — the public pages under load: throughput and p95 latency of a concept page
// and of /api/v1/concepts/{id} at concurrency 32 over HTTP, and the JavaScript each public page
// ships (gzipped). Targets (issue 7): the concept page ships at most 60 KB of JavaScript gzipped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadTest, ms, startApp, table } from './support';

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PAGES = ['/', '/glossary', '/glossary/1', '/fr/glossary/1', '/glossary/releases/1', '/national-lists', '/national-lists/DE/2025', '/search?q=cyber', '/compare/1'];

/** The JavaScript a page loads on first visit: its module scripts and preloads, gzipped. */
async function javaScriptOf(base: string, page: string): Promise<{ files: number; raw: number; gzipped: number }> {
	const html = await (await fetch(base + page)).text();
	const sources = new Set<string>();
	for (const match of html.matchAll(/<link\b[^>]*>/g)) {
		if (!/rel="modulepreload"/.test(match[0])) continue;
		const href = /href="([^"]+)"/.exec(match[0]);
		if (href) sources.add(href[1]!);
	}
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) sources.add(match[1]!);
	for (const match of html.matchAll(/<script[^>]+src="([^"]+)"/g)) sources.add(match[1]!);
	let raw = 0;
	let gzipped = 0;
	for (const source of sources) {
		const body = Buffer.from(await (await fetch(new URL(source, base + page))).arrayBuffer());
		raw += body.length;
		gzipped += gzipSync(body, { level: 9 }).length;
	}
	// The inline bootstrap script is JavaScript too.
	for (const match of html.matchAll(/<script(?![^>]*src)[^>]*>([\s\S]*?)<\/script>/g)) {
		raw += Buffer.byteLength(match[1]!);
		gzipped += gzipSync(Buffer.from(match[1]!)).length;
	}
	return { files: sources.size, raw, gzipped };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbm9-bench-public-'));
const app = await startApp(dataDir);
try {
	console.log(`App with the demonstration data at ${app.url}; ${CONNECTIONS} connections, ${SECONDS} s per target.\n`);
	const rows = [['target', 'requests/s', 'p50', 'p95', 'max', 'errors', 'non-2xx']];
	for (const target of ['/glossary/1', '/api/v1/concepts/1']) {
		const result = await loadTest(app.url + target, CONNECTIONS, SECONDS);
		rows.push([target, result.requestsPerSecond.toFixed(0), ms(result.p50), ms(result.p95), ms(result.max), String(result.errors), String(result.non2xx)]);
	}
	console.log(table(rows));

	console.log('\nJavaScript shipped on first visit (target for the concept page: ≤ 60 KB gzipped)');
	const sizes = [['page', 'files', 'raw', 'gzipped']];
	for (const page of PAGES) {
		const size = await javaScriptOf(app.url, page);
		sizes.push([page, String(size.files), `${(size.raw / 1024).toFixed(1)} KB`, `${(size.gzipped / 1024).toFixed(1)} KB`]);
	}
	console.log(table(sizes));
} finally {
	await app.stop();
	fs.rmSync(dataDir, { recursive: true, force: true });
}
