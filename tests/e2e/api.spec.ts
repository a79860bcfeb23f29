// The public JSON API over HTTP, as an open-data user meets it: every endpoint's answers validated
// against the OpenAPI document the API serves about itself, CORS from another origin in a real
// browser, ETag revalidation, public content only (even with a session cookie), and the rate limit.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
// Node's ESM loader needs the file's extension for a deep import into a CommonJS package.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { signIn } from './helpers';

const DOCUMENT_ID = 'https://cbm9.test/api/v1/openapi.json';

interface ResponseObject {
	$ref?: string;
	content?: Record<string, { schema: { $ref?: string } }>;
}

interface OpenApiDocument {
	openapi: string;
	paths: Record<string, { get: { responses: Record<string, ResponseObject> } }>;
	components: { responses: Record<string, ResponseObject> };
}

let document: OpenApiDocument;
let ajv: Ajv2020;
const validators = new Map<string, ValidateFunction>();

test.beforeAll(async ({ request }) => {
	const response = await request.get('/api/v1/openapi.json');
	expect(response.status()).toBe(200);
	document = (await response.json()) as OpenApiDocument;
	ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
	addFormats(ajv);
	// The document's own keywords are not JSON Schema; declaring them lets strict mode check the rest.
	ajv.addVocabulary(['openapi', 'info', 'jsonSchemaDialect', 'servers', 'tags', 'paths', 'components']);
	ajv.addSchema(document as unknown as object, DOCUMENT_ID);
});

/** The schema the document declares for `status` on GET `path`. */
function validatorFor(path: string, status: number): ValidateFunction {
	const key = `${path} ${status}`;
	let validate = validators.get(key);
	if (!validate) {
		const operation = document.paths[path]?.get;
		expect(operation, `the document describes GET ${path}`).toBeDefined();
		let response = operation!.responses[String(status)];
		expect(response, `the document declares ${status} for GET ${path}`).toBeDefined();
		if (response!.$ref) response = document.components.responses[response!.$ref.replace('#/components/responses/', '')];
		const schemaRef = response!.content?.['application/json']?.schema.$ref;
		expect(schemaRef, `a JSON schema for ${status} on GET ${path}`).toBeDefined();
		validate = ajv.compile({ $ref: `${DOCUMENT_ID}${schemaRef}` });
		validators.set(key, validate);
	}
	return validate;
}

async function expectValid(response: APIResponse, path: string, status: number): Promise<unknown> {
	expect(response.status(), `${response.url()}`).toBe(status);
	expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
	const body: unknown = await response.json();
	const validate = validatorFor(path, status);
	expect(
		validate(body) ? [] : validate.errors,
		`${response.url()} matches the schema of ${status} on GET ${path}`
	).toEqual([]);
	return body;
}

interface Listing<T> {
	items: T[];
	total: number;
}

async function firstConceptId(request: APIRequestContext): Promise<number> {
	const list = (await (await request.get('/api/v1/concepts?perPage=1')).json()) as Listing<{ id: number }>;
	return list.items[0]!.id;
}

test('every endpoint answers as the OpenAPI document says, errors included', async ({ request }) => {
	expect(document.openapi).toMatch(/^3\.1\./);
	const concept = await firstConceptId(request);
	const cases: { path: string; url: string; status: number; message?: RegExp }[] = [
		{ path: '/concepts', url: '/api/v1/concepts', status: 200 },
		{ path: '/concepts', url: '/api/v1/concepts?language=ru&perPage=2&page=2', status: 200 },
		{ path: '/concepts', url: '/api/v1/concepts?status=all', status: 200 },
		{ path: '/concepts', url: '/api/v1/concepts?perPage=500', status: 400, message: /"perPage"/ },
		{ path: '/concepts', url: '/api/v1/concepts?lang=fr', status: 400, message: /Unknown parameter "lang"/ },
		{ path: '/concepts/{id}', url: `/api/v1/concepts/${concept}`, status: 200 },
		{ path: '/concepts/{id}', url: `/api/v1/concepts/${concept}?version=1`, status: 200 },
		{ path: '/concepts/{id}', url: `/api/v1/concepts/${concept}?version=0`, status: 400, message: /"version"/ },
		{
			path: '/concepts/{id}',
			url: `/api/v1/concepts/${concept}?version=99`,
			status: 404,
			message: /Version 99 of this concept does not exist/
		},
		{ path: '/concepts/{id}', url: '/api/v1/concepts/999999', status: 404, message: /no such concept/ },
		{
			path: '/concepts/{id}',
			url: '/api/v1/concepts/cybersecurity',
			status: 404,
			message: /concept ids are whole numbers/
		},
		{ path: '/releases', url: '/api/v1/releases', status: 200 },
		{ path: '/releases', url: '/api/v1/releases?page=2', status: 400, message: /Unknown parameter "page"/ },
		{ path: '/releases/{number}', url: '/api/v1/releases/1', status: 200 },
		{ path: '/releases/{number}', url: '/api/v1/releases/99', status: 404, message: /There is no release 99/ },
		{ path: '/national-entries', url: '/api/v1/national-entries', status: 200 },
		{ path: '/national-entries', url: '/api/v1/national-entries?state=ch&language=fr&cycle=2025', status: 200 },
		{ path: '/national-entries', url: '/api/v1/national-entries?perPage=100', status: 200 },
		{ path: '/national-entries', url: '/api/v1/national-entries?cycle=25', status: 400, message: /"cycle"/ },
		{ path: '/search', url: '/api/v1/search?q=cyber', status: 200 },
		{ path: '/search', url: '/api/v1/search?q=Cybersicherheit&state=DE&perPage=10', status: 200 },
		{ path: '/openapi.json', url: '/api/v1/openapi.json', status: 200 }
	];
	for (const { path, url, status, message } of cases) {
		const body = await expectValid(await request.get(url), path, status);
		if (message) expect((body as { error: { message: string } }).error.message).toMatch(message);
	}
	// A new endpoint in the document without a case here fails this test.
	expect(new Set(cases.map((testCase) => testCase.path))).toEqual(new Set(Object.keys(document.paths)));

	const unknown = await request.get('/api/v1/glossary');
	expect(unknown.status()).toBe(404);
	expect(await unknown.json()).toEqual({
		error: {
			status: 404,
			message: 'There is no endpoint at /api/v1/glossary. The endpoints are described at /api/v1/openapi.json.'
		}
	});
});

test('lists and concepts carry absolute links that lead to the next page and to the concept', async ({
	request,
	baseURL
}) => {
	const first = (await expectValid(
		await request.get('/api/v1/national-entries?perPage=5'),
		'/national-entries',
		200
	)) as Listing<{ id: number }> & {
		links: { next: string | null };
	};
	expect(first.links.next).toBe(`${baseURL}/api/v1/national-entries?perPage=5&page=2`);
	const second = (await (await request.get(first.links.next!)).json()) as Listing<{ id: number }>;
	expect(second.total).toBe(first.total);
	const firstIds = first.items.map((item) => item.id);
	expect(second.items).toHaveLength(5);
	expect(second.items.filter((item) => firstIds.includes(item.id))).toEqual([]);

	const concepts = (await (await request.get('/api/v1/concepts')).json()) as Listing<{
		links: { self: string; html: string };
	}>;
	const concept = (await (await request.get(concepts.items[0]!.links.self)).json()) as { citeAs: string; url: string };
	expect(concept.citeAs).toContain(concept.url);
	expect((await request.get(concept.url)).status()).toBe(200);
});

test('answers a signed-in user with public content only, privately (except search, which keeps their view)', async ({
	page
}) => {
	await signIn(page, 'expert.pl@example.org');
	const entries = await page.request.get('/api/v1/national-entries?perPage=100');
	expect(entries.headers()['cache-control']).toBe('private, no-store');
	const listed = (await entries.json()) as Listing<{ stateCode: string }>;
	expect(listed.items.map((item) => item.stateCode)).not.toContain('PL');
	expect(listed.items.map((item) => item.stateCode)).not.toContain('KZ');
	const concepts = (await (await page.request.get('/api/v1/concepts?status=all')).json()) as Listing<{
		links: { self: string };
	}>;
	expect(concepts.items.length).toBeGreaterThan(0);
	for (const concept of concepts.items) {
		const body = JSON.stringify(await (await page.request.get(concept.links.self)).json());
		expect(body).toContain('"nationalEntries"');
		expect(body).not.toMatch(/"stateCode":"(PL|KZ)"/);
	}
	// The site's own live search still shows a participating State what it may read.
	await expect
		.poll(
			async () =>
				((await (await page.request.get('/api/v1/search?q=cyberbezpiecze%C5%84stwo')).json()) as { total: number })
					.total,
			{ timeout: 15_000 }
		)
		.toBeGreaterThan(0);
});

test('gives an ETag and answers 304 to a client that already has the current version', async ({ request }) => {
	const first = await request.get('/api/v1/concepts?language=fr');
	const etag = first.headers()['etag'];
	expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
	expect(first.headers()['cache-control']).toBe('public, max-age=300');
	const again = await request.get('/api/v1/concepts?language=fr', { headers: { 'If-None-Match': etag! } });
	expect(again.status()).toBe(304);
	expect(again.headers()['etag']).toBe(etag);
	expect(await again.body()).toHaveLength(0);
	// Another representation has another ETag, so a stale copy is never confirmed.
	const other = await request.get('/api/v1/concepts?language=de', { headers: { 'If-None-Match': etag! } });
	expect(other.status()).toBe(200);
	expect(other.headers()['etag']).not.toBe(etag);

	const search = await request.get('/api/v1/search?q=incident');
	expect(search.headers()['cache-control']).toBe('public, max-age=30');
	expect(search.headers()['etag']).toBeTruthy();
	// The timing in a search answer changes every time; the same results still revalidate.
	const searchAgain = await request.get('/api/v1/search?q=incident', {
		headers: { 'If-None-Match': search.headers()['etag']! }
	});
	expect(searchAgain.status()).toBe(304);
});

test('can be read by a script on another website, preflight and ETag included', async ({ page, baseURL }) => {
	// "Another website": a page served from a different port is a different origin.
	const otherSite = http.createServer((_request, response) =>
		response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>client</title>')
	);
	await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
	const otherOrigin = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}`;
	try {
		await page.goto(`${otherOrigin}/`);
		const seen = await page.evaluate(async (api) => {
			// If-None-Match is not a "simple" header, so the browser sends a preflight first.
			const first = await fetch(`${api}/api/v1/releases`, {
				headers: { 'If-None-Match': '"not-this-one"' },
				cache: 'no-store'
			});
			const etag = first.headers.get('ETag');
			const body = (await first.json()) as { total: number };
			const second = await fetch(`${api}/api/v1/releases`, {
				headers: { 'If-None-Match': etag ?? '' },
				cache: 'no-store'
			});
			return { status: first.status, total: body.total, etag, revalidated: second.status };
		}, baseURL!);
		expect(seen).toEqual({ status: 200, total: 1, etag: expect.stringMatching(/^".+"$/), revalidated: 304 });
	} finally {
		otherSite.close();
	}

	const preflight = await page.request.fetch('/api/v1/concepts', {
		method: 'OPTIONS',
		headers: {
			Origin: otherOrigin,
			'Access-Control-Request-Method': 'GET',
			'Access-Control-Request-Headers': 'if-none-match'
		}
	});
	expect(preflight.status()).toBe(204);
	expect(preflight.headers()).toMatchObject({
		'access-control-allow-origin': '*',
		'access-control-allow-methods': 'GET, HEAD, OPTIONS',
		'access-control-allow-headers': expect.stringContaining('If-None-Match')
	});
});

// Last in this file, and this file runs first: every other spec file starts with the allowance
// refilling. playwright.config.ts sets the limit to 600 a minute for the end-to-end server.
test('refuses an address that makes too many requests, says when to come back, and serves it again then', async ({
	request
}) => {
	test.setTimeout(120_000);
	const LIMIT = 600;
	let refused: APIResponse | undefined;
	let sent = 0;
	while (!refused && sent < LIMIT * 5) {
		const batch = await Promise.all(Array.from({ length: 25 }, () => request.get('/api/v1/releases')));
		sent += batch.length;
		for (const response of batch) expect([200, 429]).toContain(response.status());
		refused = batch.find((response) => response.status() === 429);
	}
	expect(refused, `a 429 within ${sent} requests`).toBeDefined();
	// The tests above spent part of the allowance (fewer than 100 requests), and it refills by 10 a
	// second meanwhile, so the refusal comes after a little less than the full limit, not far less.
	expect(sent).toBeGreaterThan(LIMIT - 100);
	const body = (await expectValid(refused!, '/releases', 429)) as {
		error: { message: string; retryAfterSeconds: number };
	};
	const retryAfter = Number(refused!.headers()['retry-after']);
	expect(retryAfter).toBeGreaterThanOrEqual(1);
	expect(body.error.retryAfterSeconds).toBe(retryAfter);
	expect(body.error.message).toMatch(
		new RegExp(
			`^Too many requests: each address may make ${LIMIT} requests a minute to this API\\. Try again in \\d+ seconds? \\(at .+Z\\)\\.$`
		)
	);
	expect(refused!.headers()['access-control-allow-origin']).toBe('*');

	await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
	expect((await request.get('/api/v1/releases')).status()).toBe(200);
});
