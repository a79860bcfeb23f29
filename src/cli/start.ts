// npm start: prepares the database (migrations, reference lists, demo data when empty), starts the
// bundled Meilisearch unless MEILI_URL points at another one, then serves the built app (build/,
// from `vite build`) in this process. Ctrl-C or SIGTERM stops the app and Meilisearch.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../lib/server/config';
import { prepareDatabase } from '../lib/server/database';
import { demoAccountList, hasDemoData } from '../lib/server/demo-data';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from '../lib/server/search/embedded';

type NodeHandler = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

// Listen on the loopback interface unless told otherwise: the demo accounts have known passwords.
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT || 30) * 1000;

// Without ORIGIN, adapter-node assumes https and SvelteKit's CSRF check would refuse every form
// posted over plain http. Served directly (no proxy in front), requests arrive over http, so say
// so through the protocol header; a TLS proxy that sets X-Forwarded-Proto keeps its own value.
const markPlainHttp = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (markPlainHttp) process.env.PROTOCOL_HEADER = 'x-forwarded-proto';

const config = loadConfig();
// adapter-node refuses request bodies over 512 kB by default; imports need the import limit.
process.env.BODY_SIZE_LIMIT ??= String(config.importMaxBytes + 1024 * 1024);
const buildHandler = path.resolve('build/handler.js');
if (!fs.existsSync(buildHandler)) {
	console.error('The app is not built. Run "npm start" (which builds it) or "npm run build" first.');
	process.exit(1);
}

let meilisearch: EmbeddedMeilisearch | null = null;
let server: http.Server | null = null;
let stopping = false;

async function stop(signal: NodeJS.Signals): Promise<void> {
	if (stopping) return;
	stopping = true;
	if (server) {
		const closing = server;
		// Keep-alive connections would hold close() open until they time out; close the idle ones now.
		closing.closeIdleConnections();
		const force = setTimeout(() => closing.closeAllConnections(), shutdownTimeoutMs);
		await new Promise<void>((resolve) => closing.close(() => resolve()));
		clearTimeout(force);
		// Lets the app close its database and background work (see hooks.server.ts).
		process.emit('sveltekit:shutdown' as 'exit', signal as unknown as number);
	}
	await meilisearch?.stop();
	process.exitCode = signal === 'SIGINT' ? 130 : 0;
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));
// Last resort if the process exits any other way: never leave Meilisearch running on its own.
process.on('exit', () => {
	if (meilisearch && meilisearch.process.exitCode === null) meilisearch.process.kill('SIGKILL');
});

try {
	const { db, loadedDemoData } = await prepareDatabase(config.databaseFile, { demoData: config.demoData });
	const showDemoAccounts = await hasDemoData(db);
	await db.destroy();
	console.log(`Database: ${config.databaseFile}${loadedDemoData ? ' (demonstration data loaded)' : ''}`);

	if (config.search.embedded) {
		meilisearch = await startEmbeddedMeilisearch({ dataDir: config.dataDir, port: config.search.embeddedPort });
		process.env.MEILI_URL = meilisearch.url;
		process.env.MEILI_MASTER_KEY = meilisearch.masterKey;
		console.log(`Search:   bundled Meilisearch on ${meilisearch.url} (data in ${path.join(config.dataDir, 'meilisearch')})`);
		meilisearch.process.once('exit', (code, signal) => {
			if (stopping) return;
			console.warn(`Search:   Meilisearch stopped (${signal ?? `exit code ${code}`}); search falls back to the database.`);
		});
	} else {
		console.log(`Search:   Meilisearch at ${config.search.url}`);
	}
	if (stopping) process.exit(process.exitCode ?? 0);

	// Importing the handler runs the app's init hook (migrations, search settings).
	const { handler } = (await import(pathToFileURL(buildHandler).href)) as { handler: NodeHandler };
	server = http.createServer((req, res) => {
		if (markPlainHttp && !req.headers['x-forwarded-proto']) req.headers['x-forwarded-proto'] = 'http';
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	await new Promise<void>((resolve, reject) => {
		server!.once('error', reject);
		server!.listen(port, host, () => resolve());
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
	const reason = error instanceof Error ? error.message : String(error);
	const hint = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? ` Port ${port} is in use; set PORT to another one.` : '';
	console.error(`\nCould not start: ${reason}${hint}`);
	if (process.env.DEBUG) console.error(error);
	await meilisearch?.stop();
	process.exit(1);
}
