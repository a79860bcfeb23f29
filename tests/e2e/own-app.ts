// An app of a spec's own, for journeys that change the demo data other specs count on (adopting a
// concept, sweeping every form action): the same launcher and demo data as the shared server, on
// another port and data folder. Each spec takes its own `slot` so the ports never collide.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, request, type APIRequestContext } from '@playwright/test';

export interface OwnApp {
	baseURL: string;
	/** The app server's peak resident memory so far (VmHWM of serve.js, the process start.js forks), in MB. */
	peakMemoryMb(): number;
	/** What the app wrote to stderr so far. */
	errors(): string;
	stop(): Promise<void>;
}

export async function startOwnApp(name: string, slot: number, env: Record<string, string> = {}): Promise<OwnApp> {
	const port = Number(process.env.E2E_PORT ?? 4173) + slot;
	const meiliPort = Number(process.env.E2E_MEILI_PORT ?? 7719) + slot;
	const baseURL = `http://127.0.0.1:${port}`;
	const dataDir = process.env.E2E_DATA_DIR
		? `${process.env.E2E_DATA_DIR}-${name}`
		: path.join(os.tmpdir(), `cbm9-e2e-${name}`);
	fs.rmSync(dataDir, { recursive: true, force: true });
	let stderr = '';
	const server: ChildProcess = spawn(process.execPath, ['build/cli/start.js'], {
		env: {
			...process.env,
			DATA_DIR: dataDir,
			PORT: String(port),
			HOST: '127.0.0.1',
			MEILI_PORT: String(meiliPort),
			MEILI_URL: '',
			DEMO_DATA: 'on',
			...env
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	await expect
		.poll(
			async () => {
				if (server.exitCode !== null) throw new Error(`The app stopped: ${stderr}`);
				return fetch(`${baseURL}/healthz`).then(
					(response) => response.status,
					() => 0
				);
			},
			{ timeout: 110_000, intervals: [500] }
		)
		.toBe(200);
	return {
		baseURL,
		errors: () => stderr,
		peakMemoryMb() {
			const children = fs
				.readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8')
				.trim()
				.split(/\s+/)
				.filter(Boolean);
			const app = children.filter((pid) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('serve.js'));
			const peaks = app.map((pid) =>
				Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
			);
			return Math.round(Math.max(0, ...peaks) / 1024);
		},
		async stop() {
			if (server.exitCode === null) {
				const exited = new Promise((resolve) => server.once('exit', resolve));
				server.kill('SIGTERM');
				await exited;
			}
			fs.rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/**
 * An HTTP client that posts forms as a browser without JavaScript does, signed in as `email` when
 * given. SvelteKit answers a request that accepts JSON first with a JSON result (status 200)
 * instead of the page or redirect with its real status, so it asks for HTML.
 */
export async function formClient(baseURL: string, email: string | null, password: string): Promise<APIRequestContext> {
	const context = await request.newContext({
		baseURL,
		extraHTTPHeaders: { Origin: baseURL, Accept: 'text/html,*/*;q=0.8' }
	});
	if (email) {
		const response = await context.post('/sign-in', { form: { email, password }, maxRedirects: 0 });
		expect(response.status(), `${email} signs in`).toBe(303);
	}
	return context;
}
