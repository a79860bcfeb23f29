// Crashes (issue 15): the app is killed with SIGKILL (the whole process group: start.js and the
// server it forks, as a power cut or the OOM killer would) in the middle of an import commit,
// while positions are being stated, and as it records an adoption. After each restart nothing is
// half-written, PRAGMA integrity_check is ok, the search outbox drains and `npm run search:check`
// finds no drift. Then Meilisearch is killed while an editor works: search falls back with its
// notice, the edits keep working, and nothing is lost once it is back.
//
// It runs the built app (npm run build) against a Meilisearch of its own, so the app restarts in
// a second and Meilisearch can be killed and started again on its data. Part of npm test, after
// the build; on its own: npm run test:faults.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from '../../src/lib/server/search/embedded';
import { freePort } from '../helpers/free-port';

const PASSWORD = 'demo-password-cbm9';
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cbm9-faults-'));
const dataDir = path.join(root, 'app');
const meiliDir = path.join(root, 'meilisearch');
let meilisearch: EmbeddedMeilisearch | null = null;
let meiliPort = 0;
let port = 0;
let app: ChildProcess | null = null;
const base = () => `http://127.0.0.1:${port}`;

function appEnv(): NodeJS.ProcessEnv {
	return {
		...process.env,
		DATA_DIR: dataDir,
		PORT: String(port),
		HOST: '127.0.0.1',
		MEILI_URL: meilisearch!.url,
		MEILI_MASTER_KEY: meilisearch!.masterKey,
		DEMO_DATA: 'on',
		DEADLINE_CHECK_INTERVAL_MS: '500',
		API_RATE_LIMIT_PER_MINUTE: '1000000'
	};
}

/** Starts the app as npm start does; `ready` waits until /healthz answers. */
async function startApp(ready = true): Promise<ChildProcess> {
	// Its own process group, so one kill reaches start.js and the server it forks.
	app = spawn(process.execPath, ['build/cli/start.js'], { env: appEnv(), stdio: 'ignore', detached: true });
	if (ready)
		await until(
			async () => (await fetch(`${base()}/healthz`).catch(() => null))?.status === 200,
			60_000,
			'the app answers'
		);
	return app;
}

async function killApp(): Promise<void> {
	if (!app || app.exitCode !== null || app.signalCode !== null) return;
	const exited = new Promise((resolve) => app!.once('exit', resolve));
	process.kill(-app.pid!, 'SIGKILL');
	await exited;
	// The server start.js forked goes with the group; wait until the port is free.
	await until(
		async () => (await fetch(`${base()}/healthz`).catch(() => null)) === null,
		10_000,
		'the killed app is gone'
	);
}

async function stopApp(): Promise<void> {
	if (!app || app.exitCode !== null || app.signalCode !== null) return;
	const exited = new Promise((resolve) => app!.once('exit', resolve));
	process.kill(-app.pid!, 'SIGTERM');
	await exited;
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (await check()) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`Timed out waiting until ${what}`);
}

// ── A browser without JavaScript, in a few lines ───────────────────────────────────────────────

async function signIn(email: string): Promise<string> {
	const response = await post('', '/sign-in', { email, password: PASSWORD });
	expect(response.status, `${email} signs in`).toBe(303);
	return response.headers
		.getSetCookie()
		.map((cookie) => cookie.split(';')[0])
		.join('; ');
}

function post(cookie: string, address: string, form: Record<string, string> | FormData): Promise<Response> {
	const body = form instanceof FormData ? form : new URLSearchParams(form);
	return fetch(`${base()}${address}`, {
		method: 'POST',
		body,
		redirect: 'manual',
		headers: { cookie, origin: base(), accept: 'text/html' }
	});
}

async function page(cookie: string, address: string): Promise<string> {
	return (await fetch(`${base()}${address}`, { headers: { cookie, accept: 'text/html' } })).text();
}

// ── What must hold after every crash ───────────────────────────────────────────────────────────

function database<T>(read: (db: Database.Database) => T): T {
	const db = new Database(path.join(dataDir, 'glossary.sqlite'), { readonly: true });
	try {
		return read(db);
	} finally {
		db.close();
	}
}

async function expectSoundAfterRestart(): Promise<void> {
	expect(
		database((db) => db.pragma('integrity_check', { simple: true })),
		'PRAGMA integrity_check'
	).toBe('ok');
	await until(
		async () => {
			const health = (await (await fetch(`${base()}/healthz`)).json()) as {
				search: { outbox?: { pending: number; failing: number } };
			};
			return health.search.outbox?.pending === 0 && health.search.outbox.failing === 0;
		},
		60_000,
		'the search outbox drains'
	);
	const check = spawnSync(process.execPath, ['build/cli/search-check.js'], { env: appEnv(), encoding: 'utf8' });
	expect(check.status, `npm run search:check reports no drift:\n${check.stdout}${check.stderr}`).toBe(0);
}

beforeAll(async () => {
	if (!fs.existsSync('build/cli/start.js')) throw new Error('Build the app first: npm run build');
	meiliPort = await freePort();
	port = await freePort();
	meilisearch = await startEmbeddedMeilisearch({ dataDir: meiliDir, port: meiliPort });
	await startApp();
}, 120_000);

afterAll(async () => {
	await stopApp();
	await meilisearch?.stop();
	fs.rmSync(root, { recursive: true, force: true });
}, 60_000);

describe('kill -9 of the app', () => {
	it('during an import commit leaves the list as it was, and the import can be committed after the restart', async () => {
		const editor = await signIn('editor.de@example.org');
		expect(
			(await post(editor, '/national-lists/DE?/create', { cycleYear: '2026', distribution: 'public' })).status
		).toBe(303);
		const rows = Array.from(
			{ length: 30_000 },
			(_, index) => `Begriff ${index};Definition ${index} des Begriffs;term ${index}`
		);
		const form = new FormData();
		form.set(
			'file',
			new Blob([['Begriff;Definition;Begriff (EN)', ...rows].join('\r\n')], { type: 'text/csv' }),
			'gross.csv'
		);
		form.set('originalLanguage', 'de');
		const upload = await post(editor, '/national-lists/DE/2026/import', form);
		const job = upload.headers.get('location')!;
		await until(async () => !(await page(editor, job)).includes('Reading the file'), 120_000, 'the file is read');
		expect(await page(editor, job)).toMatch(/Entries read<\/dt>\s*<dd[^>]*>\s*30000\b/);

		let answered = false;
		const commit = post(editor, `${job}?/commit`, {}).then(
			() => (answered = true),
			() => undefined
		);
		await new Promise((resolve) => setTimeout(resolve, 700));
		await killApp();
		await commit;
		expect(answered, 'the app was killed before the commit finished').toBe(false);

		await startApp();
		const entries = () =>
			database((db) => {
				const revision = db
					.prepare(
						"SELECT r.id FROM submission_revision r JOIN submission s ON s.id = r.submission_id WHERE s.state_code = 'DE' AND s.cycle_year = 2026 AND r.status = 'draft'"
					)
					.get() as { id: number } | undefined;
				return revision
					? (
							db.prepare('SELECT COUNT(*) AS n FROM entry_version WHERE revision_id = ?').get(revision.id) as {
								n: number;
							}
						).n
					: 0;
			});
		expect(entries(), 'no entry of the interrupted commit was written').toBe(0);
		await expectSoundAfterRestart();

		const again = await signIn('editor.de@example.org');
		expect((await post(again, `${job}?/commit`, {})).status, 'the same import commits after the restart').toBe(303);
		expect(entries()).toBe(30_000);
		await expectSoundAfterRestart();
	}, 300_000);

	it('while delegates state positions leaves each position with its audit event', async () => {
		const proposalPage = await page('', '/proposals');
		const proposalId = /href="\/proposals\/(\d+)"/.exec(proposalPage)![1]!;
		const delegates = await Promise.all(
			[
				['DE', 'delegate.de@example.org'],
				['FR', 'delegate.fr@example.org'],
				['PL', 'expert.pl@example.org']
			].map(async ([stateCode, email]) => ({ stateCode: stateCode!, cookie: await signIn(email!) }))
		);
		const revision = /name="revision" value="(\d+)"/.exec(
			await page(delegates[0]!.cookie, `/proposals/${proposalId}`)
		)![1]!;
		const since = new Date().toISOString();
		let stop = false;
		let stated = 0;
		const stating = delegates.map(async ({ stateCode, cookie }) => {
			for (let turn = 0; !stop; turn++) {
				const stance = turn % 2 === 0 ? 'support' : 'no_objection';
				const response = await post(cookie, `/proposals/${proposalId}?/position`, {
					stateCode,
					revision,
					stance
				}).catch(() => null);
				if (!response) return;
				if (response.status === 303 || response.status === 200) stated++;
			}
		});
		await until(() => stated >= 30, 30_000, 'positions are being stated');
		await killApp();
		stop = true;
		await Promise.all(stating);

		await startApp();
		// Each position is written in one transaction with its audit event: as many of one as of the other.
		const written = database((db) => ({
			positions: (
				db
					.prepare('SELECT COUNT(*) AS n FROM state_position WHERE revision_id = ? AND stated_at >= ?')
					.get(revision, since) as { n: number }
			).n,
			audited: (
				db
					.prepare(
						"SELECT COUNT(*) AS n FROM audit_event WHERE action = 'position.state' AND entity_id = ? AND occurred_at >= ?"
					)
					.get(proposalId, since) as { n: number }
			).n
		}));
		expect(written.positions).toBeGreaterThanOrEqual(30);
		expect(
			written.audited,
			'every position has the audit event written with it, and no audit event is without its position'
		).toBe(written.positions);
		const current = database(
			(db) =>
				db
					.prepare(
						'SELECT state_code AS stateCode, COUNT(*) AS n FROM state_position WHERE revision_id = ? AND superseded_at IS NULL GROUP BY state_code'
					)
					.all(revision) as { n: number }[]
		);
		expect(
			current.every((row) => row.n === 1),
			'each State has exactly one current position'
		).toBe(true);
		await expectSoundAfterRestart();
	}, 120_000);

	it('as it records an adoption records it once, whole', async () => {
		const secretariat = await signIn('secretariat@example.org');
		const proposalId = /href="\/proposals\/(\d+)"/.exec(await page('', '/proposals'))![1]!;
		const revision = /name="revision" value="(\d+)"/.exec(await page(secretariat, `/proposals/${proposalId}`))![1]!;
		const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
		const started = await post(secretariat, `/proposals/${proposalId}?/startSilence`, {
			revision,
			deadlineDate: tomorrow.slice(0, 10),
			deadlineTime: '12:00',
			timeZone: 'UTC'
		});
		expect(started.status, 'the Secretariat starts the silence procedure').toBe(303);
		await stopApp();
		// The deadline passes while the app is down: at its next start it records the adoption.
		const db = new Database(path.join(dataDir, 'glossary.sqlite'));
		db.prepare('UPDATE silence_procedure SET started_at = ?, deadline_at = ? WHERE outcome IS NULL').run(
			new Date(Date.now() - 60_000).toISOString(),
			new Date(Date.now() - 1000).toISOString()
		);
		db.close();

		const adoptions = () =>
			database((read) => ({
				status: (read.prepare('SELECT status FROM proposal WHERE id = ?').get(proposalId) as { status: string }).status,
				versions: (
					read.prepare('SELECT COUNT(*) AS n FROM concept_version WHERE proposal_revision_id = ?').get(revision) as {
						n: number;
					}
				).n,
				audited: (
					read
						.prepare("SELECT COUNT(*) AS n FROM audit_event WHERE action = 'proposal.adopt' AND entity_id = ?")
						.get(proposalId) as { n: number }
				).n
			}));
		// Killed at different moments of its start, around the first deadline check.
		for (const afterMs of [150, 400, 800, 1500]) {
			await startApp(false);
			await new Promise((resolve) => setTimeout(resolve, afterMs));
			await killApp();
			const seen = adoptions();
			expect(
				[
					JSON.stringify({ status: 'silence', versions: 0, audited: 0 }),
					JSON.stringify({ status: 'adopted', versions: 1, audited: 1 })
				],
				`killed after ${afterMs} ms`
			).toContain(JSON.stringify(seen));
		}
		await startApp();
		await until(() => adoptions().status === 'adopted', 30_000, 'the adoption is recorded');
		expect(adoptions()).toEqual({ status: 'adopted', versions: 1, audited: 1 });
		await expectSoundAfterRestart();
	}, 180_000);
});

describe('Meilisearch killed while an editor works', () => {
	it('search falls back with its notice, the edits keep working, and nothing is lost when it returns', async () => {
		const editor = await signIn('editor.de@example.org');
		meilisearch!.process.kill('SIGKILL');
		await new Promise((resolve) => meilisearch!.process.once('exit', resolve));

		const added = await post(editor, '/national-lists/DE/2026/entries/new', {
			'original.language': 'de',
			'original.term': 'Ausfallsicherheit',
			'original.definition': 'Fähigkeit eines Systems, trotz Ausfall einer Suchmaschine weiterzuarbeiten.',
			'en.term': 'failover resilience'
		});
		expect(added.status, 'an entry is added while search is down').toBe(303);
		expect(
			(await post(editor, '/national-lists/DE/2026/edit?/submit', { summary: 'While search was down' })).status,
			'and the list submitted'
		).toBe(303);
		const fallback = await page('', '/search?q=Cyberraum');
		expect(fallback, 'search says it falls back').toContain('The full search service is not available at the moment');
		expect(fallback, 'and still finds').toContain('Cyberraum');

		meilisearch = await startEmbeddedMeilisearch({ dataDir: meiliDir, port: meiliPort });
		await until(
			async () => (await page('', '/search?q=Ausfallsicherheit')).includes('failover resilience'),
			60_000,
			'the new entry is found once search is back'
		);
		expect(await page('', '/search?q=Ausfallsicherheit')).not.toContain('The full search service is not available');
		await expectSoundAfterRestart();
	}, 180_000);
});
