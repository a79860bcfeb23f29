// Hostile input (issue 15): files made to break a parser or the server, and text made to run as
// script, sent the way a user would send them (the import page, the forms). Each file is refused
// with a message that says what is wrong, nothing is written, the app stays up, and its peak
// memory stays bounded (printed). Script and javascript: payloads in every text field are shown
// as text on every page that shows them, in Chromium, with a listener for any dialog they open.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, open, signIn } from './helpers';
import { formClient, startOwnApp, type OwnApp } from './own-app';
import { zip } from '../fixtures/tabular/xlsx-builder';

const SLOT = 5;
const baseURL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + SLOT}`;
const IMPORT_MAX_MB = 12;
// Far above what any file here should cost the app, far below what a parser that loaded a bomb would take.
const MEMORY_BOUND_MB = 700;

test.use({ baseURL });
test.describe.configure({ mode: 'serial' });

let app: OwnApp | null = null;
let editor: APIRequestContext | null = null;

test.beforeAll(async () => {
	test.setTimeout(180_000);
	app = await startOwnApp('hostile-input', SLOT, { IMPORT_MAX_MB: String(IMPORT_MAX_MB) });
	editor = await formClient(baseURL, 'editor.de@example.org', DEMO_PASSWORD);
	const created = await editor.post('/national-lists/DE?/create', {
		form: { cycleYear: '2026', distribution: 'public' },
		maxRedirects: 0
	});
	expect(created.status(), 'the editor for Germany opens the 2026 list').toBe(303);
});

test.afterAll(async () => {
	await editor?.dispose();
	await app?.stop();
});

/** Uploads a file on the import page; the page it leads to once the file is read, or the refusal at upload. */
async function upload(
	name: string,
	bytes: Uint8Array,
	mimeType = 'application/octet-stream'
): Promise<{ status: number; page: string; job: string | null }> {
	const response = await editor!.post('/national-lists/DE/2026/import', {
		multipart: { file: { name, mimeType, buffer: Buffer.from(bytes) }, originalLanguage: 'de', mode: 'replace' },
		maxRedirects: 0
	});
	if (response.status() !== 303) return { status: response.status(), page: await response.text(), job: null };
	const job = response.headers()['location']!;
	let page = '';
	await expect
		.poll(
			async () => {
				page = await (await editor!.get(job)).text();
				return page.includes('Reading the file');
			},
			{ timeout: 60_000 }
		)
		.toBe(false);
	return { status: 200, page, job };
}

function text(page: string): string {
	return page
		.replace(/<[^>]+>/g, ' ')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
}

const tbx = (body: string, doctype = '') =>
	`<?xml version="1.0" encoding="UTF-8"?>\n${doctype}<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>${body}</body></text></tbx>`;

const HOSTILE_FILES: { what: string; name: string; bytes: () => Uint8Array | Promise<Uint8Array>; refusal: RegExp }[] =
	[
		{
			what: 'an external entity (XXE) reading /etc/passwd',
			name: 'xxe.tbx',
			bytes: () =>
				Buffer.from(
					tbx(
						'<conceptEntry id="c1"><langSec xml:lang="de"><termSec><term>&xxe;</term></termSec></langSec></conceptEntry>',
						'<!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
					)
				),
			refusal: /declares entities in a DOCTYPE \(line 2\)\. For safety, entity declarations are not accepted/
		},
		{
			what: 'a billion laughs',
			name: 'laughs.tbx',
			bytes: () => {
				const levels = Array.from(
					{ length: 9 },
					(_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`
				).join('');
				return Buffer.from(
					tbx(
						'<conceptEntry id="c1"><langSec xml:lang="de"><termSec><term>&lol9;</term></termSec></langSec></conceptEntry>',
						`<!DOCTYPE tbx [<!ENTITY lol0 "lol">${levels}]>\n`
					)
				);
			},
			refusal: /declares entities in a DOCTYPE/
		},
		{
			what: 'a TBX nested 100,000 elements deep',
			name: 'deep.tbx',
			bytes: () =>
				Buffer.from(
					tbx(`<conceptEntry id="c1">${'<note>'.repeat(100_000)}x${'</note>'.repeat(100_000)}</conceptEntry>`)
				),
			refusal: /nests XML elements more than 64 levels deep \(line 2\)/
		},
		{
			what: 'a zip bomb named .xlsx',
			name: 'bomb.xlsx',
			bytes: () =>
				zip([
					['xl/workbook.xml', '<workbook/>'],
					['xl/worksheets/sheet1.xml', new Uint8Array(128 * 1024 * 1024)]
				]),
			refusal: /zip bomb/
		},
		{
			what: 'a CSV with a 10 MB field',
			name: 'long-field.csv',
			bytes: () =>
				Buffer.from(`Begriff;Definition;Begriff (EN)\r\nSchadprogramm;"${'x'.repeat(10 * 1024 * 1024)}";malware\r\n`),
			refusal: /longer than 1,000,000 characters/
		},
		{
			what: 'a CSV saved as UTF-16 (Excel’s “Unicode text”)',
			name: 'unicode.csv',
			bytes: () =>
				Buffer.concat([
					Buffer.from([0xff, 0xfe]),
					Buffer.from('Begriff\tDefinition\r\nSchadprogramm\tProgramm\r\n', 'utf16le')
				]),
			refusal: /saved as UTF-16 \(Excel calls it “Unicode text”\), not as UTF-8/
		},
		{
			what: 'a TBX that says UTF-8 but is Latin-1',
			name: 'latin1.tbx',
			bytes: () =>
				Buffer.from(
					tbx(
						'<conceptEntry id="c1"><langSec xml:lang="de"><termSec><term>Schlüssel</term></termSec></langSec></conceptEntry>'
					),
					'latin1'
				),
			refusal: /not valid UTF-8: line 2 contains bytes that are not UTF-8 text/
		},
		{
			what: 'a file just over IMPORT_MAX_MB',
			name: 'too-large.csv',
			bytes: () => Buffer.alloc(IMPORT_MAX_MB * 1024 * 1024 + 1, 'a'),
			refusal: new RegExp(`the import limit is ${IMPORT_MAX_MB} MB`)
		}
	];

test('hostile files are refused with a clear message, the app alive and its memory bounded', async () => {
	test.setTimeout(300_000);
	const rows: string[] = [];
	for (const file of HOSTILE_FILES) {
		const started = Date.now();
		const { status, page } = await upload(file.name, await file.bytes());
		const shown = text(page);
		expect(shown, `${file.what}: the refusal says why`).toMatch(file.refusal);
		expect(shown, `${file.what}: nothing is written`).toMatch(/Nothing has been written|import limit/);
		expect(shown, `${file.what}: no file content leaks into the message`).not.toMatch(/root:x:0|lollollol/);
		expect((await fetch(`${baseURL}/healthz`)).status, `${file.what}: the app is alive`).toBe(200);
		rows.push(
			`${file.name.padEnd(16)} ${String(status).padEnd(4)} ${String(Date.now() - started).padStart(6)} ms  peak ${app!.peakMemoryMb()} MB  ${file.refusal.exec(shown)![0]}`
		);
	}
	// Far over the request body limit (the import limit and 1 MB): refused before it reaches the import.
	const huge = await editor!.post('/national-lists/DE/2026/import', {
		multipart: {
			file: { name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc((IMPORT_MAX_MB + 8) * 1024 * 1024, 'a') }
		},
		maxRedirects: 0
	});
	expect(huge.status()).toBe(413);
	expect((await fetch(`${baseURL}/healthz`)).status).toBe(200);
	const peak = app!.peakMemoryMb();
	console.log(
		`Hostile files (status, time, app peak memory so far, what the refusal says):\n${rows.join('\n')}\n${IMPORT_MAX_MB + 8} MB upload: 413\nPeak memory of the app process: ${peak} MB`
	);
	expect(peak).toBeLessThan(MEMORY_BOUND_MB);
	// Nothing of any of them reached the list.
	expect(text(await (await editor!.get('/national-lists/DE/2026/edit')).text())).not.toMatch(/Schadprogramm|Schlüssel/);
});

// ── Script in every text field ──────────────────────────────────────────────────────────────────

const PAYLOADS = {
	term: '<script>alert("term")</script>Skriptbegriff',
	definition: '<img src=x onerror=alert("definition")>Definition mit Bild',
	definitionSource: '"><svg onload=alert("definitionSource")>Quelle',
	termNote: "'><iframe src=javascript:alert('termNote')>Hinweis",
	sourceAct: '<a href="javascript:alert(\'act\')">Gesetz</a>',
	sourceArticle: '{{constructor.constructor("alert(1)")()}}§ 1',
	note: '<style>body{display:none}</style><b onmouseover=alert("note")>Bemerkung</b>',
	englishTerm: '<script>alert("en")</script>script term',
	englishDefinition: '<details open ontoggle=alert("en-definition")>English definition'
};

function csvCell(value: string): string {
	return `"${value.replace(/"/g, '""')}"`;
}

function payloadCsv(sourceLink: string): string {
	const header = [
		'Term',
		'Definition',
		'Definition source',
		'Term note',
		'Source act',
		'Source article',
		'Source link',
		'Note',
		'Term (en)',
		'Definition (en)'
	];
	const row = [
		PAYLOADS.term,
		PAYLOADS.definition,
		PAYLOADS.definitionSource,
		PAYLOADS.termNote,
		PAYLOADS.sourceAct,
		PAYLOADS.sourceArticle,
		sourceLink,
		PAYLOADS.note,
		PAYLOADS.englishTerm,
		PAYLOADS.englishDefinition
	];
	return `${header.join(',')}\r\n${row.map(csvCell).join(',')}\r\n`;
}

/** Visits a page with JavaScript on; no payload may open a dialog or add an element of its own. */
async function expectShownAsText(page: Page, path: string, dialogs: string[], shown: string[]): Promise<void> {
	await open(page, path);
	for (const text of shown)
		await expect(page.getByText(text, { exact: false }).first(), `${path} shows “${text}” as text`).toBeVisible();
	expect(
		await page
			.locator('img[src="x"], svg[onload], iframe[src^="javascript:"], details[ontoggle], b[onmouseover], main script')
			.count(),
		`${path}: no payload became an element`
	).toBe(0);
	expect(await page.locator('a[href^="javascript:"]').count(), `${path}: no javascript: link`).toBe(0);
	expect(dialogs, `${path}: no dialog opened`).toEqual([]);
}

test('script and javascript: payloads in every field are refused where they are links and shown as text everywhere else', async ({
	page
}) => {
	test.setTimeout(180_000);
	// A javascript: link is refused in its field, with its row and column.
	const refused = await upload('payloads.csv', Buffer.from(payloadCsv('javascript:alert("link")')), 'text/csv');
	expect(text(refused.page)).toMatch(/Row 2, column G \(Source link\)[^.]*http:\/\/ or https:\/\//);

	const accepted = await upload(
		'payloads.csv',
		Buffer.from(payloadCsv('https://example.org/?q=<script>alert(1)</script>')),
		'text/csv'
	);
	expect(text(accepted.page), 'the file with the link corrected is accepted').toMatch(/Entries read 1\b/);

	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await signIn(page, 'editor.de@example.org');
	const shown = [PAYLOADS.term, PAYLOADS.definition];
	// The preview shows the entry before anything is written.
	await expectShownAsText(page, accepted.job!, dialogs, shown);
	expect(
		(await editor!.post(`${accepted.job}?/commit`, { form: {}, maxRedirects: 0 })).status(),
		'the import is written'
	).toBe(303);
	await expectShownAsText(page, '/national-lists/DE/2026/edit', dialogs, shown);
	const submitted = await editor!.post('/national-lists/DE/2026/edit?/submit', {
		form: { summary: '<script>alert("summary")</script>Zusammenfassung' },
		maxRedirects: 0
	});
	expect(submitted.status(), 'and the list submitted').toBe(303);

	for (const path of ['/national-lists/DE/2026', '/national-lists/DE/changes'])
		await expectShownAsText(page, path, dialogs, shown);
	await expect
		.poll(async () => (await (await editor!.get('/search?q=Skriptbegriff')).text()).includes('Skriptbegriff'), {
			timeout: 30_000
		})
		.toBe(true);
	await expectShownAsText(page, '/search?q=Skriptbegriff', dialogs, ['Skriptbegriff']);
	// Every field of the entry is on the list page, each as the text it is.
	await open(page, '/national-lists/DE/2026');
	const body = await page.locator('main').innerText();
	for (const [field, payload] of Object.entries(PAYLOADS))
		expect(body, `the ${field} is shown as text`).toContain(payload.replace(/\s+/g, ' '));
	expect(dialogs).toEqual([]);
});
