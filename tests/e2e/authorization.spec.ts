// The authorization sweep (issue 15): every form action and every request handler of the app,
// found by walking src/routes (so a new route is swept without writing a test), is called by each
// role, and each role must get exactly what permissions.ts allows: a forbidden role is refused
// (403, or 404 where the app hides that the thing exists, or the sign-in page) even with an empty
// form, so the permission is checked before the input; an allowed role is never refused. The table
// of route × role is printed. A route missing from EXPECTED fails the sweep until it is given its
// permission there.
//
// Allowed roles really act (they open drafts, withdraw the demo proposal …), so the sweep runs on
// an app of its own.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import {
	canComment,
	canEditComment,
	canEditNationalList,
	canManageAccounts,
	canMapEntries,
	canOpenProposal,
	canPublishRelease,
	canReadAuditTrail,
	canRead,
	canReviseProposal,
	canRunSilenceProcedure,
	canStatePosition,
	canWithdrawProposal,
	type Actor,
	type Viewer
} from '../../src/lib/server/permissions';
import type { Distribution } from '../../src/lib/domain/vocabulary';
import { DEMO_PASSWORD } from './helpers';
import { formClient, startOwnApp, type OwnApp } from './own-app';

const SLOT = 3;
const baseURL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + SLOT}`;
const OTHER_EDITOR_PASSWORD = 'sweep-password-for-italy-1';

// ── The routes, as the route tree has them ──────────────────────────────────────────────────────

interface Endpoint {
	/** The folder under src/routes, e.g. "/national-lists/[state=state]/[cycle=year]/edit". */
	routeId: string;
	/** A form action's name ("default" for the unnamed one), or an HTTP method of a +server.ts. */
	operation: string;
	kind: 'action' | 'handler';
}

function endpoints(dir = 'src/routes', routeId = ''): Endpoint[] {
	const found: Endpoint[] = [];
	for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, item.name);
		if (item.isDirectory()) {
			// Groups like (app) are not part of the address.
			found.push(...endpoints(full, /^\(.*\)$/.test(item.name) ? routeId : `${routeId}/${item.name}`));
		} else if (item.name === '+page.server.ts') {
			const source = fs.readFileSync(full, 'utf8');
			const actions = /export const actions[^=]*=\s*\{([\s\S]*?)\n\};/.exec(source)?.[1] ?? '';
			for (const match of actions.matchAll(/^\t(\w+):\s*async/gm))
				found.push({ routeId: routeId || '/', operation: match[1]!, kind: 'action' });
		} else if (item.name === '+server.ts') {
			const source = fs.readFileSync(full, 'utf8');
			for (const match of source.matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g)) {
				found.push({ routeId: routeId || '/', operation: match[1]!, kind: 'handler' });
			}
		}
	}
	return found;
}

// ── Who asks ────────────────────────────────────────────────────────────────────────────────────

interface Role {
	name: string;
	email: string | null;
	password?: string;
	viewer: Viewer;
}

function actor(
	email: string,
	stateCode: string | null,
	flags: Partial<Pick<Actor, 'isAdministrator' | 'isStateEditor' | 'isDelegate'>>
): Actor {
	return {
		id: email,
		email,
		displayName: email,
		stateCode,
		isAdministrator: false,
		isStateEditor: false,
		isDelegate: false,
		...flags
	};
}

const ROLES: Role[] = [
	{ name: 'anonymous', email: null, viewer: null },
	{
		name: 'editor IT',
		email: 'editor.it@example.org',
		password: OTHER_EDITOR_PASSWORD,
		viewer: actor('editor.it@example.org', 'IT', { isStateEditor: true })
	},
	{
		name: 'delegate FR',
		email: 'delegate.fr@example.org',
		viewer: actor('delegate.fr@example.org', 'FR', { isDelegate: true })
	},
	{
		name: 'editor DE',
		email: 'editor.de@example.org',
		viewer: actor('editor.de@example.org', 'DE', { isStateEditor: true })
	},
	{
		name: 'delegate DE',
		email: 'delegate.de@example.org',
		viewer: actor('delegate.de@example.org', 'DE', { isDelegate: true })
	},
	{
		name: 'Secretariat',
		email: 'secretariat@example.org',
		viewer: actor('secretariat@example.org', null, { isAdministrator: true })
	}
];

// ── What they ask about ─────────────────────────────────────────────────────────────────────────

/** The things a route's parameters name in one call, and what the permissions depend on. */
interface Sample {
	label: string;
	params: Record<string, string>;
	list?: { stateCode: string; distribution: Distribution };
}

interface Fixture {
	entries: Record<string, string>;
	jobs: Record<string, string>;
	conceptId: string;
	proposalId: string;
	revisionId: string;
	commentId: string;
	commentAuthor: string;
	accountId: string;
	feedToken: string;
}

// The demo data's 2025 lists: Germany's is public, Poland's restricted to participating States.
const LISTS = [
	{ state: 'DE', stateCode: 'DE', distribution: 'public' as const, editor: 'editor.de@example.org' },
	{ state: 'PL', stateCode: 'PL', distribution: 'restricted' as const, editor: 'expert.pl@example.org' }
];
// The demo proposal ("cyberspace") was opened by France.
const PROPOSAL_STATE = 'FR';

function samples(routeId: string, fixture: Fixture): Sample[] {
	const names = [...routeId.matchAll(/\[(\w+)(?:=\w+)?\]/g)].map((match) => match[1]!);
	if (names.includes('state')) {
		return LISTS.map((list) => ({
			label: `${list.stateCode} 2025 (${list.distribution})`,
			params: {
				state: list.state,
				cycle: '2025',
				entry: fixture.entries[list.state]!,
				job: fixture.jobs[list.state]!,
				format: 'csv'
			},
			list: { stateCode: list.stateCode, distribution: list.distribution }
		}));
	}
	return [
		{
			label: '',
			params: {
				concept: fixture.conceptId,
				proposal: fixture.proposalId,
				// [id] is an account under /admin and a concept in the API.
				id: routeId.startsWith('/admin/') ? fixture.accountId : fixture.conceptId,
				token: fixture.feedToken,
				number: '1',
				format: 'csv'
			}
		}
	];
}

function pathOf(routeId: string, sample: Sample): string {
	return routeId.replace(/\[(\w+)(?:=\w+)?\]/g, (_, name: string) => {
		const value = sample.params[name];
		if (value === undefined)
			throw new Error(`The sweep has no sample value for [${name}] in ${routeId}; add one to samples().`);
		return value;
	});
}

// ── What permissions.ts allows ──────────────────────────────────────────────────────────────────

interface Expectation {
	allowed(viewer: Viewer, sample: Sample, fixture: Fixture): boolean;
	/**
	 * Form fields the permission depends on (the State a position is stated for …), or that name
	 * the thing acted on, so an allowed role gets past "not found" to the input's own checks.
	 */
	form?(fixture: Fixture, sample: Sample): Record<string, string>;
	/** A refusal may be a 404: the app does not tell whether the thing exists. */
	hides?: true;
}

const anyone: Expectation = { allowed: () => true };
const signedIn: Expectation = { allowed: (viewer) => viewer !== null };
const editsList = (extra: Partial<Expectation> = {}): Expectation => ({
	allowed: (viewer, sample) => canEditNationalList(viewer, sample.list!.stateCode),
	hides: true,
	...extra
});
const proposal = { openedForState: PROPOSAL_STATE };

const EXPECTED: Record<string, Expectation> = {
	'/sign-in default': anyone,
	'/sign-out default': anyone,
	'/account changePassword': signedIn,
	'/inbox markRead': signedIn,
	'/inbox markAllRead': signedIn,
	'/inbox createFeed': signedIn,
	'/admin/accounts/new default': { allowed: canManageAccounts },
	'/admin/accounts/[id] save': { allowed: canManageAccounts },
	'/admin/accounts/[id] resetPassword': { allowed: canManageAccounts },
	'/admin/releases default': { allowed: canPublishRelease },
	'/national-lists/[state=state] create': {
		allowed: (viewer, sample) => canEditNationalList(viewer, sample.list!.stateCode)
	},
	'/national-lists/[state=state]/[cycle=year]/edit startRevision': editsList(),
	// The same distribution again, so the sweep does not hide the list it goes on asking about.
	'/national-lists/[state=state]/[cycle=year]/edit settings': editsList({
		form: (_fixture, sample) => ({ distribution: sample.list!.distribution })
	}),
	'/national-lists/[state=state]/[cycle=year]/edit move': editsList(),
	'/national-lists/[state=state]/[cycle=year]/edit withdraw': editsList(),
	'/national-lists/[state=state]/[cycle=year]/edit restore': editsList(),
	'/national-lists/[state=state]/[cycle=year]/edit submit': editsList(),
	'/national-lists/[state=state]/[cycle=year]/entries/new default': editsList(),
	'/national-lists/[state=state]/[cycle=year]/entries/[entry=id] default': editsList(),
	'/national-lists/[state=state]/[cycle=year]/import default': editsList(),
	'/national-lists/[state=state]/[cycle=year]/import/[job] commit': editsList(),
	'/national-lists/[state=state]/[cycle=year]/import/[job] discard': editsList(),
	'/national-lists/[state=state]/[cycle=year]/import/[job] reconfigure': editsList(),
	'/national-lists/[state=state]/[cycle=year]/export/[format] GET': {
		allowed: (viewer, sample) =>
			canRead(viewer, sample.list!.distribution) || canEditNationalList(viewer, sample.list!.stateCode),
		hides: true
	},
	'/compare/[concept=id] equivalence': {
		allowed: canMapEntries,
		form: (fixture) => ({ entryId: fixture.entries.DE! })
	},
	'/compare/[concept=id] unlink': { allowed: canMapEntries, form: (fixture) => ({ entryId: fixture.entries.DE! }) },
	'/compare/unmapped link': {
		allowed: canMapEntries,
		form: (fixture) => ({ entryId: fixture.entries.DE!, conceptId: fixture.conceptId })
	},
	'/compare/unmapped candidate': { allowed: canMapEntries, form: (fixture) => ({ entryId: fixture.entries.DE! }) },
	'/proposals/new default': { allowed: canOpenProposal },
	'/proposals/[proposal=id]/revisions/new default': { allowed: (viewer) => canReviseProposal(viewer, proposal) },
	'/proposals/[proposal=id] position': {
		allowed: (viewer) => canStatePosition(viewer, 'DE'),
		form: () => ({ stateCode: 'DE' })
	},
	'/proposals/[proposal=id] startSilence': { allowed: canRunSilenceProcedure },
	'/proposals/[proposal=id] cancelSilence': { allowed: canRunSilenceProcedure },
	'/proposals/[proposal=id] comment': { allowed: canComment },
	'/proposals/[proposal=id] editComment': {
		allowed: (viewer, _sample, fixture) => canEditComment(viewer, { authorId: fixture.commentAuthor }),
		// No body: the author gets "write something", anyone else the refusal.
		form: (fixture) => ({ commentId: fixture.commentId })
	},
	'/proposals/[proposal=id] follow': signedIn,
	'/proposals/[proposal=id] unfollow': signedIn,
	'/proposals/[proposal=id] withdraw': { allowed: (viewer) => canWithdrawProposal(viewer, proposal) },
	'/admin/audit/audit.csv GET': { allowed: canReadAuditTrail },
	// Reads that filter what a viewer may not see rather than refuse (the leak crawl checks the filter).
	'/compare/[concept=id]/export.csv GET': anyone,
	'/compare/entries/export.csv GET': anyone,
	'/compare/coverage/coverage.csv GET': anyone,
	'/compare/coverage/coverage.svg GET': anyone,
	'/glossary/download/[format] GET': anyone,
	'/glossary/releases/[number=id]/download/[format] GET': anyone,
	// The secret address is the key, whoever holds it.
	'/feeds/[token] GET': anyone,
	'/feeds/public.atom GET': anyone,
	'/api/v1/concepts GET': anyone,
	'/api/v1/concepts/[id] GET': anyone,
	'/api/v1/national-entries GET': anyone,
	'/api/v1/openapi.json GET': anyone,
	'/api/v1/releases GET': anyone,
	'/api/v1/releases/[number] GET': anyone,
	'/api/v1/search GET': anyone,
	'/healthz GET': anyone,
	'/robots.txt GET': anyone,
	'/sitemap.xml GET': anyone
};

// ── Asking ──────────────────────────────────────────────────────────────────────────────────────

type Outcome = { refused: boolean; status: number; detail: string };

function outcomeOf(response: APIResponse): Outcome {
	const status = response.status();
	const location = response.headers()['location'] ?? '';
	if (status === 303 && location.startsWith('/sign-in')) return { refused: true, status, detail: '→ sign-in' };
	return { refused: status === 401 || status === 403 || status === 404, status, detail: String(status) };
}

function signedInContext(role: Role): Promise<APIRequestContext> {
	return formClient(baseURL, role.email, role.password ?? DEMO_PASSWORD);
}

async function text(response: APIResponse, what: string): Promise<string> {
	expect(response.status(), what).toBeLessThan(400);
	return response.text();
}

function first(pattern: RegExp, source: string, what: string): string {
	const value = pattern.exec(source)?.[1];
	if (!value) throw new Error(`The sweep could not find ${what}.`);
	return value;
}

/** Accounts, an import job per list, a comment and a feed: the things the routes' parameters name. */
async function prepare(contexts: Map<string, APIRequestContext>): Promise<Fixture> {
	const secretariat = contexts.get('Secretariat')!;
	const accountsToCreate: Record<string, string>[] = [
		{
			displayName: 'Editor for Italy (sweep)',
			email: 'editor.it@example.org',
			stateCode: 'IT',
			isStateEditor: 'on',
			password: OTHER_EDITOR_PASSWORD
		},
		{
			displayName: 'Target account (sweep)',
			email: 'target.account@example.org',
			stateCode: 'AT',
			isDelegate: 'on',
			password: 'sweep-password-target-1'
		}
	];
	for (const account of accountsToCreate) {
		const created = await secretariat.post('/admin/accounts/new', { form: account, maxRedirects: 0 });
		expect(created.status(), `the Secretariat creates ${account.email}`).toBe(303);
	}
	const accounts = await text(await secretariat.get('/admin/accounts'), 'the account list');
	const accountId = first(
		/<a href="\/admin\/accounts\/([^"/?]+)"[^>]*>\s*Target account \(sweep\)/,
		accounts,
		'the target account'
	);

	const entries: Record<string, string> = {};
	const jobs: Record<string, string> = {};
	for (const list of LISTS) {
		const csv = await text(
			await secretariat.get(`/national-lists/${list.state}/2025/export/csv`),
			`the ${list.stateCode} list`
		);
		entries[list.state] = first(/\r\n(\d+),/, csv, `an entry of the ${list.stateCode} list`);
		const editor = await signedInContext({ name: list.editor, email: list.editor, viewer: null });
		const upload = await editor.post(`/national-lists/${list.state}/2025/import`, {
			multipart: { file: { name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }, mode: 'add' },
			maxRedirects: 0
		});
		expect(upload.status(), `the editor of ${list.stateCode} uploads a file`).toBe(303);
		jobs[list.state] = first(
			/\/import\/([^/?]+)$/,
			upload.headers()['location'] ?? '',
			`the ${list.stateCode} import job`
		);
		await editor.dispose();
	}

	const concepts = (await (await secretariat.get('/api/v1/concepts')).json()) as unknown;
	const conceptId = first(/"id":\s*"?(\d+)/, JSON.stringify(concepts), 'a concept');
	const proposals = await text(await secretariat.get('/proposals'), 'the proposals');
	const proposalId = first(/href="\/proposals\/(\d+)"/, proposals, 'the demo proposal');

	const delegate = contexts.get('delegate DE')!;
	const page = await text(await delegate.get(`/proposals/${proposalId}`), 'the proposal page');
	const revisionId = first(/name="revision" value="(\d+)"/, page, 'the current revision');
	const commented = await delegate.post(`/proposals/${proposalId}?/comment`, {
		form: { revision: revisionId, body: 'A comment for the sweep to edit.' },
		maxRedirects: 0
	});
	expect(commented.status(), 'the delegate of Germany comments').toBeLessThan(400);
	const afterComment = await text(await delegate.get(`/proposals/${proposalId}`), 'the proposal page');
	const commentId = first(/name="commentId" value="(\d+)"/, afterComment, 'the comment of the delegate of Germany');
	const inbox = await text(await delegate.post('/inbox?/createFeed', { form: {}, maxRedirects: 0 }), 'a new feed');
	const feedToken = first(/\/feeds\/([A-Za-z0-9_-]+)/, inbox, 'the feed address');

	return {
		entries,
		jobs,
		conceptId,
		proposalId,
		revisionId,
		commentId,
		commentAuthor: 'delegate.de@example.org',
		accountId,
		feedToken
	};
}

// ── The sweep ───────────────────────────────────────────────────────────────────────────────────

test.describe.configure({ mode: 'serial' });

let app: OwnApp | null = null;
const contexts = new Map<string, APIRequestContext>();

test.beforeAll(async () => {
	test.setTimeout(180_000);
	app = await startOwnApp('authorization', SLOT, { API_RATE_LIMIT_PER_MINUTE: '100000' });
	// The other State's editor is created by the Secretariat first, so sign in the others before it.
	for (const role of ROLES.filter((candidate) => candidate.name !== 'editor IT'))
		contexts.set(role.name, await signedInContext(role));
});

test.afterAll(async () => {
	for (const context of contexts.values()) await context.dispose();
	await app?.stop();
});

test('every route gives each role exactly what permissions.ts allows', async () => {
	test.setTimeout(300_000);
	const fixture = await prepare(contexts);
	contexts.set('editor IT', await signedInContext(ROLES.find((role) => role.name === 'editor IT')!));

	const found = endpoints();
	const missing = found.map((endpoint) => `${endpoint.routeId} ${endpoint.operation}`).filter((key) => !EXPECTED[key]);
	expect(missing, 'routes without a line in EXPECTED: give each its permission').toEqual([]);
	const stale = Object.keys(EXPECTED).filter(
		(key) => !found.some((endpoint) => `${endpoint.routeId} ${endpoint.operation}` === key)
	);
	expect(stale, 'lines in EXPECTED for routes that no longer exist').toEqual([]);

	// Reads first, so what allowed roles do (a new feed address, a withdrawn proposal) cannot change
	// what they find; signing out ends the session the other calls need: last.
	const rank = (endpoint: Endpoint) => (endpoint.routeId === '/sign-out' ? 2 : endpoint.kind === 'handler' ? 0 : 1);
	const ordered = [...found].sort((a, b) => rank(a) - rank(b));
	const rows: string[][] = [['route', 'call', ...ROLES.map((role) => role.name)]];
	const mismatches: string[] = [];
	for (const endpoint of ordered) {
		const expectation = EXPECTED[`${endpoint.routeId} ${endpoint.operation}`]!;
		for (const sample of samples(endpoint.routeId, fixture)) {
			const address = pathOf(endpoint.routeId, sample);
			const cells: string[] = [];
			for (const role of ROLES) {
				const context = contexts.get(role.name)!;
				const response =
					endpoint.kind === 'handler'
						? await context.get(address, { maxRedirects: 0 })
						: await context.post(endpoint.operation === 'default' ? address : `${address}?/${endpoint.operation}`, {
								form: expectation.form?.(fixture, sample) ?? {},
								maxRedirects: 0
							});
				const outcome = outcomeOf(response);
				const allowed = expectation.allowed(role.viewer, sample, fixture);
				const call = `${endpoint.operation} ${address} as ${role.name}`;
				if (outcome.status >= 500) mismatches.push(`${call}: ${outcome.status}, a server error`);
				else if (allowed && outcome.refused)
					mismatches.push(`${call}: refused (${outcome.detail}), but permissions.ts allows it`);
				else if (!allowed && !outcome.refused)
					mismatches.push(`${call}: answered ${outcome.detail}, but permissions.ts refuses it`);
				else if (!allowed && outcome.status === 404 && !expectation.hides)
					mismatches.push(`${call}: 404 instead of a refusal`);
				cells.push(`${outcome.refused ? 'no' : 'yes'} ${outcome.detail}`);
			}
			rows.push([
				endpoint.routeId + (sample.label ? ` · ${sample.label}` : ''),
				endpoint.kind === 'action' ? `?/${endpoint.operation}` : endpoint.operation,
				...cells
			]);
		}
	}
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
	const table = rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')).join('\n');
	console.log(
		`\nAuthorization sweep: ${rows.length - 1} calls × ${ROLES.length} roles (yes = served, no = refused; status)\n${table}\n`
	);
	await test.info().attach('authorization-sweep.txt', { body: table, contentType: 'text/plain' });
	expect(mismatches).toEqual([]);
	expect(rows.length - 1).toBeGreaterThan(60);
});
