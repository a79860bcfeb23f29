// Builds the command-line tools (src/cli/*.ts) into build/cli/*.js, plain JavaScript that plain
// Node runs, so a production machine needs no TypeScript runner. Part of `npm run build`, after
// `vite build`; node_modules stay outside the bundles, as they do for the app.
import fs from 'node:fs';
import { build } from 'esbuild';

const TOOLS = ['start', 'migrate', 'seed', 'reindex', 'search-check', 'import'];

await build({
	entryPoints: TOOLS.map((tool) => `src/cli/${tool}.ts`),
	outdir: 'build/cli',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20.19',
	packages: 'external',
	sourcemap: 'linked',
	logLevel: 'warning'
});
// The app's own server, which start.js runs as a process of its own.
fs.copyFileSync('src/cli/serve.js', 'build/cli/serve.js');
