// Shared by the benchmark scripts (npm run bench:*): starting the real app on a data folder,
// timing, and printing. Benchmarks print figures; they never pass or fail on time.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import { buildState } from '../../scripts/build-state.js';

export interface Figures {
	count: number;
	p50: number;
	p95: number;
	max: number;
}

export function percentile(sorted: readonly number[], share: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

export function figures(samples: readonly number[]): Figures {
	const sorted = [...samples].sort((a, b) => a - b);
	return {
		count: sorted.length,
		p50: percentile(sorted, 0.5),
		p95: percentile(sorted, 0.95),
		max: sorted.at(-1) ?? NaN
	};
}

/** Runs `task` `rounds` times after `warmup` untimed runs; milliseconds per run. */
export async function timeRuns(rounds: number, task: () => Promise<unknown>, warmup = 3): Promise<Figures> {
	for (let index = 0; index < warmup; index++) await task();
	const samples: number[] = [];
	for (let index = 0; index < rounds; index++) {
		const started = performance.now();
		await task();
		samples.push(performance.now() - started);
	}
	return figures(samples);
}

export function ms(value: number): string {
	return Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–';
}

export function table(rows: string[][]): string {
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
	return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')).join('\n');
}

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))
			);
		});
	});
}

/** Builds the app when build/ is missing or older than the sources (the launcher's rule). */
export function ensureBuilt(): void {
	if (buildState('build/cli/start.js') === 'current') return;
	console.log('Building the app …');
	const result = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'ignore' });
	if (result.status !== 0) throw new Error('npm run build failed');
}

export interface RunningApp {
	url: string;
	stop(): Promise<void>;
}

/** Starts the app the way `npm start` does, on its own ports, and waits until /healthz answers. */
export async function startApp(dataDir: string, env: Record<string, string> = {}): Promise<RunningApp> {
	ensureBuilt();
	const port = await freePort();
	const meiliPort = await freePort();
	const child: ChildProcess = spawn(process.execPath, ['build/cli/start.js'], {
		env: {
			...process.env,
			DATA_DIR: dataDir,
			PORT: String(port),
			MEILI_PORT: String(meiliPort),
			MEILI_URL: '',
			API_RATE_LIMIT_PER_MINUTE: '1000000',
			...env
		},
		stdio: 'ignore'
	});
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 120_000;
	while (Date.now() < deadline) {
		try {
			if ((await fetch(`${url}/healthz`)).ok) break;
		} catch {
			// not yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return {
		url,
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}

export interface LoadFigures extends Figures {
	requestsPerSecond: number;
	errors: number;
	non2xx: number;
}

/**
 * Load over HTTP with autocannon at `connections` concurrent connections for `seconds`. Latency
 * percentiles come from every response's own time (autocannon's summary has no p95).
 */
interface AutocannonInstance extends Promise<{ requests: { average: number }; errors: number; non2xx: number }> {
	on(event: 'response', listener: (client: unknown, status: number, bytes: number, responseTime: number) => void): void;
}
// autocannon ships no type declarations; this is the part of its API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as (
	options: Record<string, unknown>
) => AutocannonInstance;

export async function loadTest(url: string, connections: number, seconds: number): Promise<LoadFigures> {
	const samples: number[] = [];
	const instance = autocannon({ url, connections, duration: seconds, pipelining: 1 });
	instance.on('response', (_client, _status, _bytes, responseTime) => samples.push(responseTime));
	const result = await instance;
	return {
		...figures(samples),
		requestsPerSecond: result.requests.average,
		errors: result.errors,
		non2xx: result.non2xx
	};
}
