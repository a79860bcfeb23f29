// The leak crawl (issue 15): restricted content carries marker texts, and an anonymous crawler
// that follows every link it can reach (pages in every language, feeds, the sitemap, downloads,
// the API's listings and the error pages) must find none of them. A participating State's user
// finds the same markers, so the crawl cannot pass because the markers were never there.
//
// What it covers today: a national list restricted to participating States (its terms,
// definitions, sources and notes). Question threads and unpublished deliberations join the data
// and the markers when they exist (issue 19).
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './helpers';
import { formClient, startOwnApp, type OwnApp } from './own-app';

const SLOT = 4;
const baseURL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + SLOT}`;
// Enough to reach every kind of page several times over; the demo data has a few hundred addresses.
const MAX_ADDRESSES = 1500;
// Searches and filters multiply addresses without new kinds of content.
const MAX_QUERIES_PER_PATH = 8;

// Words no public text has, in the restricted Polish list (which the demo data already restricts).
const MARKERS = {
	term: 'zastrzeżonyznacznik',
	definition: 'Definicja tylko dla państw uczestniczących qx7restricted',
	englishTerm: 'restrictedmarkerterm',
	englishDefinition: 'A definition for participating States only qx7restricted-en',
	note: 'Uwaga tylko dla państw qx7note'
};

// Texts of the demo data that exist only in the lists restricted to participating States (Poland's
// and Kazakhstan's).
const DEMO_RESTRICTED_TEXTS = [
	'Stan ochrony systemów informacyjnych',
	'zespół reagowania na incydenty',
	'Obszar wymiany informacji',
	'критическая информационная инфраструктура',
	'Состояние защищённости информационных систем',
	'компьютерный инцидент'
];

let app: OwnApp | null = null;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	app = await startOwnApp('leak-crawl', SLOT);
	const editor = await formClient(baseURL, 'expert.pl@example.org', DEMO_PASSWORD);
	const added = await editor.post('/national-lists/PL/2025/entries/new', {
		form: {
			'original.language': 'pl',
			'original.term': MARKERS.term,
			'original.definition': MARKERS.definition,
			'original.note': MARKERS.note,
			'en.term': MARKERS.englishTerm,
			'en.definition': MARKERS.englishDefinition
		},
		maxRedirects: 0
	});
	expect(added.status(), 'the editor for Poland adds the marker entry').toBe(303);
	const submitted = await editor.post('/national-lists/PL/2025/edit?/submit', {
		form: { summary: 'Marker entry for the leak crawl' },
		maxRedirects: 0
	});
	expect(submitted.status(), 'and submits the list').toBe(303);
	await editor.dispose();
	// The search index follows the outbox; wait until a participating State finds the marker.
	const reader = await formClient(baseURL, 'delegate.fr@example.org', DEMO_PASSWORD);
	await expect
		.poll(async () => (await (await reader.get('/search?q=qx7restricted')).text()).includes(MARKERS.englishTerm), {
			timeout: 30_000
		})
		.toBe(true);
	await reader.dispose();
});

test.afterAll(async () => {
	await app?.stop();
});

const SEEDS = [
	'/',
	'/sitemap.xml',
	'/robots.txt',
	'/feeds/public.atom',
	'/glossary',
	'/glossary/download/tbx',
	'/glossary/download/csv',
	'/glossary/download/json',
	'/national-lists',
	'/national-lists/PL',
	'/national-lists/PL/2025',
	'/national-lists/PL/2025/export/csv',
	'/national-lists/PL/2025/export/xlsx',
	'/national-lists/PL/2025/export/tbx',
	'/national-lists/PL/2025/edit',
	'/national-lists/PL/changes',
	'/compare',
	'/compare/entries',
	'/compare/entries/export.csv',
	'/compare/coverage',
	'/compare/coverage/coverage.csv',
	'/compare/coverage/coverage.svg',
	'/compare/unmapped',
	'/proposals',
	// Searches for words of the restricted entry's texts; the page repeats the query itself, so the
	// query words are not markers, but the entry's terms and whole sentences are.
	...['qx7restricted', 'qx7note', 'qx7restricted-en'].flatMap((query) => [
		`/search?q=${encodeURIComponent(query)}`,
		`/api/v1/search?q=${encodeURIComponent(query)}`,
		`/api/v1/national-entries?q=${encodeURIComponent(query)}`
	]),
	'/api/v1/openapi.json',
	'/api/v1/concepts',
	'/api/v1/national-entries',
	'/api/v1/national-entries?state=PL',
	'/api/v1/releases',
	// Error pages: a list, an entry and a page that do not exist or are not for the public.
	'/national-lists/PL/2025/entries/999999',
	'/this-page-does-not-exist',
	'/api/v1/no-such-resource'
];

/** Same-site addresses a page, feed, sitemap or JSON document points to. */
function linksIn(body: string, from: string): string[] {
	const found = new Set<string>();
	const candidates = [
		...body.matchAll(/(?:href|src|action)="([^"]+)"/g),
		...body.matchAll(/<loc>([^<]+)<\/loc>/g),
		...body.matchAll(/"(?:href|url|self|next|download|link)"\s*:\s*"([^"]+)"/g),
		...body.matchAll(/<link[^>]*href="([^"]+)"/g)
	].map((match) => match[1]!.replace(/&amp;/g, '&'));
	for (const candidate of candidates) {
		let url: URL;
		try {
			url = new URL(candidate, new URL(from, baseURL));
		} catch {
			continue;
		}
		if (url.origin !== baseURL || url.pathname.startsWith('/_app/')) continue;
		found.add(url.pathname + url.search);
	}
	return [...found];
}

async function crawl(client: APIRequestContext): Promise<{ visited: Map<string, number>; leaks: string[] }> {
	const visited = new Map<string, number>();
	const queriesOf = new Map<string, number>();
	const queue = [...SEEDS];
	const leaks: string[] = [];
	while (queue.length > 0 && visited.size < MAX_ADDRESSES) {
		const address = queue.shift()!;
		if (visited.has(address)) continue;
		const pathname = address.split('?')[0]!;
		if (address.includes('?')) {
			const count = queriesOf.get(pathname) ?? 0;
			if (count >= MAX_QUERIES_PER_PATH && !SEEDS.includes(address)) continue;
			queriesOf.set(pathname, count + 1);
		}
		const response = await client.get(address, { maxRedirects: 5 });
		visited.set(address, response.status());
		const type = response.headers()['content-type'] ?? '';
		// Workbooks are zip packages: their text is compressed, so look inside with the export's own reader elsewhere.
		const body = type.includes('spreadsheetml') ? '' : await response.text();
		const lower = body.toLowerCase();
		for (const [field, marker] of [
			...Object.entries(MARKERS),
			...DEMO_RESTRICTED_TEXTS.map((text) => ['demo text', text] as const)
		]) {
			if (lower.includes(marker.toLowerCase()))
				leaks.push(`${address} (${response.status()}) shows the restricted ${field} “${marker}”`);
		}
		if (/html|xml|json|atom/.test(type))
			for (const link of linksIn(body, address)) if (!visited.has(link)) queue.push(link);
	}
	return { visited, leaks };
}

test('an anonymous crawler of every reachable address finds no restricted text', async () => {
	test.setTimeout(600_000);
	const anonymous = await formClient(baseURL, null, '');
	const { visited, leaks } = await crawl(anonymous);
	await anonymous.dispose();
	const byStatus = [...visited.values()].reduce<Record<number, number>>(
		(counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }),
		{}
	);
	const kinds = new Set([...visited.keys()].map((address) => address.split('?')[0]!.split('/').slice(0, 3).join('/')));
	console.log(
		`Leak crawl: ${visited.size} addresses (${JSON.stringify(byStatus)}) in ${kinds.size} areas, ${leaks.length} leaks`
	);
	expect(leaks).toEqual([]);
	// The crawl reached the kinds of content it is meant to check, in more than one language.
	expect(visited.size).toBeGreaterThan(150);
	for (const expected of [
		'/glossary',
		'/national-lists/DE',
		'/compare',
		'/proposals',
		'/api/v1',
		'/fr/glossary',
		'/ru/glossary',
		'/feeds/public.atom',
		'/sitemap.xml'
	]) {
		expect(
			[...visited.keys()].some((address) => address.startsWith(expected)),
			`the crawl reached ${expected}`
		).toBe(true);
	}
	expect(
		[...visited.values()].some((status) => status === 404),
		'the crawl saw error pages'
	).toBe(true);
	expect(
		[...visited.values()].some((status) => status >= 500),
		'no address fails'
	).toBe(false);
});

test('a participating State finds the same markers, so the crawl looks for text that is there', async () => {
	const reader = await formClient(baseURL, 'delegate.fr@example.org', DEMO_PASSWORD);
	for (const address of ['/national-lists/PL/2025', '/search?q=qx7restricted', '/national-lists/PL/2025/export/csv']) {
		const body = await (await reader.get(address)).text();
		expect(body, address).toContain(MARKERS.term);
		expect(body, address).toContain(MARKERS.englishTerm);
	}
	await reader.dispose();
});
