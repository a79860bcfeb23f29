// `npm start`, `npm run import` and the other tools run the built JavaScript (build/, from
// `npm run build`) with plain Node. They build first only when the build is missing or older than
// what it is built from, so a production start does not rebuild, and a developer who changed the
// sources never runs yesterday's code. Usage: node scripts/launch.js TOOL [ARGUMENTS…]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// What the build is made from; a change to any of them makes it stale. (Not package-lock.json:
// npm rewrites it on every install and prune, and a changed dependency comes with `npm ci`, after
// which a developer builds anyway.)
const SOURCES = [
	'src',
	'db',
	'static',
	'project.inlang',
	'messages',
	'package.json',
	'svelte.config.js',
	'vite.config.ts',
	'scripts/build-cli.js'
];
// Written last by `npm run build`: the build is as new as this file.
const STAMP = 'build/.complete';

const tool = process.argv[2];
if (!tool || !/^[a-z-]+$/.test(tool)) {
	console.error('Usage: node scripts/launch.js TOOL [ARGUMENTS…]');
	process.exit(2);
}

/** The newest modification time under `entry` (a file or a folder), 0 when it does not exist. */
function newest(entry) {
	let stat;
	try {
		stat = fs.statSync(entry);
	} catch {
		return 0;
	}
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const name of fs.readdirSync(entry)) latest = Math.max(latest, newest(path.join(entry, name)));
	return latest;
}

function buildState() {
	if (!fs.existsSync(STAMP) || !fs.existsSync(`build/cli/${tool}.js`)) return 'missing';
	const builtAt = fs.statSync(STAMP).mtimeMs;
	return SOURCES.some((source) => newest(source) > builtAt) ? 'stale' : 'current';
}

const state = buildState();
if (state !== 'current') {
	// Every development package is needed to build; a production install (npm ci --omit=dev) lacks them.
	const { devDependencies = {} } = JSON.parse(fs.readFileSync('package.json', 'utf8'));
	const canBuild = Object.keys(devDependencies).every((name) =>
		fs.existsSync(path.join('node_modules', name, 'package.json'))
	);
	if (!canBuild) {
		// A production install without the development packages: it runs the build it was given.
		if (state === 'missing') {
			console.error(
				'The app is not built, and this installation has no build tools (npm ci --omit=dev). Build it with "npm ci && npm run build" first.'
			);
			process.exit(1);
		}
		console.error(
			'Note: the sources are newer than the build, and this installation cannot rebuild it; running the build as it is.'
		);
	} else {
		console.error(
			state === 'missing'
				? 'Building the app (npm run build) …'
				: 'The sources changed since the last build: building the app again (npm run build) …'
		);
		const built = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
		if (built.status !== 0) process.exit(built.status ?? 1);
	}
}

// The tool runs in this process, so signals (Ctrl-C, a service manager's SIGTERM) reach it
// directly; it reads its arguments from process.argv as if started on its own.
process.argv.splice(2, 1);
await import(pathToFileURL(path.resolve(`build/cli/${tool}.js`)).href);
