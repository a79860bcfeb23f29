// Whether build/ is current: the one rule for the launcher (scripts/launch.js) and the benchmarks.
import fs from 'node:fs';
import path from 'node:path';

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

/**
 * The newest modification time under `entry` (a file or a folder), 0 when it does not exist.
 * @param {string} entry
 * @returns {number}
 */
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

/**
 * 'missing' when there is no complete build (or not the given file of it), 'stale' when a source is
 * newer than the build, else 'current'.
 * @param {string} [needed] a file the caller needs in build/, e.g. build/cli/start.js
 * @returns {'missing' | 'stale' | 'current'}
 */
export function buildState(needed) {
	if (!fs.existsSync(STAMP) || (needed && !fs.existsSync(needed))) return 'missing';
	const builtAt = fs.statSync(STAMP).mtimeMs;
	return SOURCES.some((source) => newest(source) > builtAt) ? 'stale' : 'current';
}
