// npm start: prepares the database (migrations, reference lists, demo data when empty), starts the
// bundled Meilisearch unless MEILI_URL points at another one, then serves the built app (build/,
// from `npm run build`) in a process of its own (serve.js, plain Node). Ctrl-C or SIGTERM stops the
// app, then Meilisearch; if the app stops on its own, so does Meilisearch.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../lib/server/config';
import { prepareDatabase } from '../lib/server/database';
import { demoAccountList, hasDemoData } from '../lib/server/demo-data';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from '../lib/server/search/embedded';

// Listen on the loopback interface unless told otherwise: the demo accounts have known passwords.
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);
process.env.HOST = host;
process.env.PORT = String(port);

const config = loadConfig();
// adapter-node refuses request bodies over 512 kB by default; imports need the import limit.
process.env.BODY_SIZE_LIMIT ??= String(config.importMaxBytes + 1024 * 1024);
if (!fs.existsSync(path.resolve('build/handler.js'))) {
	console.error('The app is not built. Run "npm start" (which builds it when needed) or "npm run build" first.');
	process.exit(1);
}

let meilisearch: EmbeddedMeilisearch | null = null;
let app: ChildProcess | null = null;
let stopping = false;

/** Waits for the app process to end; it finishes its requests first (SHUTDOWN_TIMEOUT). */
function appExited(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function stop(signal: NodeJS.Signals): Promise<void> {
	if (stopping) return;
	stopping = true;
	if (app) {
		app.kill(signal);
		await appExited(app);
	}
	await meilisearch?.stop();
	process.exitCode = signal === 'SIGINT' ? 130 : 0;
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));
// Last resort if the process exits any other way: never leave Meilisearch or the app running on their own.
process.on('exit', () => {
	if (app && app.exitCode === null) app.kill('SIGKILL');
	if (meilisearch && meilisearch.process.exitCode === null) meilisearch.process.kill('SIGKILL');
});

/** Starts serve.js; resolves once it answers requests, rejects if it stops before. */
function startApp(): Promise<ChildProcess> {
	const child = fork(fileURLToPath(new URL('./serve.js', import.meta.url)), [], {
		// Plain Node, without any loader or flag this process was started with (see serve.js).
		execArgv: [],
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	app = child;
	return new Promise((resolve, reject) => {
		child.once('message', (message) => {
			if (message === 'listening') resolve(child);
		});
		child.once('exit', (code, signal) =>
			reject(new Error(`the app stopped at start (${signal ?? `exit code ${code}`})`))
		);
	});
}

try {
	const { db, loadedDemoData } = await prepareDatabase(config.databaseFile, { demoData: config.demoData });
	const showDemoAccounts = await hasDemoData(db);
	await db.destroy();
	console.log(`Database: ${config.databaseFile}${loadedDemoData ? ' (demonstration data loaded)' : ''}`);

	if (config.search.embedded) {
		meilisearch = await startEmbeddedMeilisearch({ dataDir: config.dataDir, port: config.search.embeddedPort });
		process.env.MEILI_URL = meilisearch.url;
		process.env.MEILI_MASTER_KEY = meilisearch.masterKey;
		console.log(
			`Search:   bundled Meilisearch on ${meilisearch.url} (data in ${path.join(config.dataDir, 'meilisearch')})`
		);
		meilisearch.process.once('exit', (code, signal) => {
			if (stopping) return;
			console.warn(
				`Search:   Meilisearch stopped (${signal ?? `exit code ${code}`}); search falls back to the database.`
			);
		});
	} else {
		console.log(`Search:   Meilisearch at ${config.search.url}`);
	}
	if (stopping) process.exit(process.exitCode ?? 0);

	const running = await startApp();
	running.once('exit', (code, signal) => {
		if (stopping) return;
		console.error(`The app stopped (${signal ?? `exit code ${code}`}); stopping Meilisearch.`);
		stopping = true;
		void (meilisearch?.stop() ?? Promise.resolve()).then(() => process.exit(code ?? 1));
	});

	const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	console.log(`\nThe CBM 9 glossary platform is running at http://${shownHost}:${port}/`);
	if (showDemoAccounts) {
		console.log('\nDemonstration accounts (demonstration data, not official submissions):');
		for (const account of demoAccountList()) {
			console.log(`  ${account.email.padEnd(26)} password: ${account.password}   ${account.roles}`);
		}
	}
	console.log('\nPress Ctrl-C to stop.');
} catch (error) {
	if (stopping) process.exit(process.exitCode ?? 0); // stopped by a signal while starting
	const reason = error instanceof Error ? error.message : String(error);
	console.error(`\nCould not start: ${reason}`);
	if (process.env.DEBUG) console.error(error);
	await meilisearch?.stop();
	process.exit(1);
}
