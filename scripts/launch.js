// `npm start`, `npm run import` and the other tools run the built JavaScript (build/, from
// `npm run build`) with plain Node. They build first only when the build is missing or older than
// what it is built from, so a production start does not rebuild, and a developer who changed the
// sources never runs yesterday's code. Usage: node scripts/launch.js TOOL [ARGUMENTS…]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildState } from './build-state.js';

const tool = process.argv[2];
if (!tool || !/^[a-z-]+$/.test(tool)) {
	console.error('Usage: node scripts/launch.js TOOL [ARGUMENTS…]');
	process.exit(2);
}

const state = buildState(`build/cli/${tool}.js`);
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
