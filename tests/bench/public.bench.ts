// npm run bench:public — the public pages under load: throughput and p95 latency of a concept page
// and of /api/v1/concepts/{id} at concurrency 32 over HTTP, and the JavaScript each public page
// ships (gzipped, as Chromium loads it). Targets (issue 7): the concept page ships at most 60 KB of
// JavaScript gzipped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { loadTest, ms, startApp, table } from './support';

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PAGES = [
	'/',
	'/glossary',
	'/glossary/1',
	'/fr/glossary/1',
	'/glossary/releases/1',
	'/national-lists',
	'/national-lists/DE/2025',
	'/search?q=cyber',
	'/compare/1'
];

/**
 * The JavaScript a page loads on first visit, as Chromium fetches it (entry points, the chunks they
 * import and the page's own nodes), plus the inline bootstrap script; sizes gzipped.
 */
async function javaScriptOf(
	browser: Browser,
	base: string,
	page: string
): Promise<{ files: number; raw: number; gzipped: number }> {
	const tab = await browser.newPage();
	const scripts = new Map<string, Promise<Buffer>>();
	tab.on('response', (response) => {
		const url = response.url();
		if (response.request().resourceType() === 'script' || url.endsWith('.js')) scripts.set(url, response.body());
	});
	await tab.goto(base + page, { waitUntil: 'networkidle' });
	const html = await (await fetch(base + page)).text();
	await tab.close();
	let raw = 0;
	let gzipped = 0;
	for (const body of await Promise.all(scripts.values())) {
		raw += body.length;
		gzipped += gzipSync(body, { level: 9 }).length;
	}
	for (const match of html.matchAll(/<script(?![^>]*src)[^>]*>([\s\S]*?)<\/script>/g)) {
		raw += Buffer.byteLength(match[1]!);
		gzipped += gzipSync(Buffer.from(match[1]!)).length;
	}
	return { files: scripts.size, raw, gzipped };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbm9-bench-public-'));
const app = await startApp(dataDir);
try {
	console.log(`App with the demonstration data at ${app.url}; ${CONNECTIONS} connections, ${SECONDS} s per target.\n`);
	const rows = [['target', 'requests/s', 'p50', 'p95', 'max', 'errors', 'non-2xx']];
	for (const target of ['/glossary/1', '/api/v1/concepts/1']) {
		const result = await loadTest(app.url + target, CONNECTIONS, SECONDS);
		rows.push([
			target,
			result.requestsPerSecond.toFixed(0),
			ms(result.p50),
			ms(result.p95),
			ms(result.max),
			String(result.errors),
			String(result.non2xx)
		]);
	}
	console.log(table(rows));

	console.log('\nJavaScript shipped on first visit (target for the concept page: ≤ 60 KB gzipped)');
	const sizes = [['page', 'files', 'raw', 'gzipped']];
	// Debian's Chromium, as the end-to-end tests use it (scripts/ensure-chromium.sh installs it).
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
	try {
		for (const page of PAGES) {
			const size = await javaScriptOf(browser, app.url, page);
			sizes.push([
				page,
				String(size.files),
				`${(size.raw / 1024).toFixed(1)} KB`,
				`${(size.gzipped / 1024).toFixed(1)} KB`
			]);
		}
	} finally {
		await browser.close();
	}
	console.log(table(sizes));
} finally {
	await app.stop();
	fs.rmSync(dataDir, { recursive: true, force: true });
}
