// Serves the built app (build/handler.js, from `vite build`) over HTTP; start.ts runs it as a
// process of its own once the database and Meilisearch are ready. It is plain JavaScript run by
// plain Node on purpose: under a TypeScript loader such as tsx, every dynamic import() (SvelteKit
// loads a route's code that way on each request) goes through the loader's hooks, which made every
// search about 9 ms slower (npm run bench:search).
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** @typedef {(req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void} NodeHandler */

// Listen on the loopback interface unless told otherwise: the demo accounts have known passwords.
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT || 30) * 1000;

// Without ORIGIN, adapter-node assumes https and SvelteKit's CSRF check would refuse every form
// posted over plain http. Served directly (no proxy in front), requests arrive over http, so say
// so through the protocol header; a TLS proxy that sets X-Forwarded-Proto keeps its own value.
const markPlainHttp = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (markPlainHttp) process.env.PROTOCOL_HEADER = 'x-forwarded-proto';

// start.ts has checked that the app is built.
const buildHandler = path.resolve('build/handler.js');

/** @type {http.Server | null} */
let server = null;
let stopping = false;

/** @param {NodeJS.Signals} signal */
async function stop(signal) {
	if (stopping) return;
	stopping = true;
	if (server) {
		const closing = server;
		// Keep-alive connections would hold close() open until they time out; close the idle ones now.
		closing.closeIdleConnections();
		const force = setTimeout(() => closing.closeAllConnections(), shutdownTimeoutMs);
		await new Promise((resolve) => closing.close(() => resolve(undefined)));
		clearTimeout(force);
		// Lets the app close its database and background work (see hooks.server.ts).
		process.emit(/** @type {'exit'} */ ('sveltekit:shutdown'), /** @type {number} */ (/** @type {unknown} */ (signal)));
	}
	process.exitCode = signal === 'SIGINT' ? 130 : 0;
}
// `on`, not `once`: Ctrl-C signals the whole process group, then start.ts passes the signal on, and
// a second signal without a handler would end the process before its requests are finished.
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

try {
	// Importing the handler runs the app's init hook (migrations, search settings).
	const { handler } = /** @type {{ handler: NodeHandler }} */ (await import(pathToFileURL(buildHandler).href));
	const listening = http.createServer((req, res) => {
		if (markPlainHttp && !req.headers['x-forwarded-proto']) req.headers['x-forwarded-proto'] = 'http';
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	server = listening;
	await new Promise((resolve, reject) => {
		listening.once('error', reject);
		listening.listen(port, host, () => resolve(undefined));
	});
	// Tells start.ts, which prints the address, that requests are being answered.
	process.send?.('listening');
} catch (error) {
	const reason = error instanceof Error ? error.message : String(error);
	const hint =
		/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE'
			? ` Port ${port} is in use; set PORT to another one.`
			: '';
	console.error(`\nCould not start: ${reason}${hint}`);
	if (process.env.DEBUG) console.error(error);
	process.exit(1);
}
