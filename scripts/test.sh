#!/usr/bin/env bash
# npm test: every check, in the order that fails fastest. Runs on a fresh Debian machine after
# `npm ci`; installs Chromium for the browser tests if the machine lacks it.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Types (svelte-check, TypeScript strict)"
npx paraglide-js compile --project ./project.inlang --outdir ./src/lib/paraglide --silent
npx svelte-kit sync
npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings

echo "== Lint (Prettier, and ESLint with the layering and import-cycle rules)"
npm run lint --silent

echo "== Unit and integration tests (Vitest, real SQLite and Meilisearch)"
# xmllint validates exported TBX against the official LTAC schema in the integration tests.
bash scripts/ensure-tools.sh
npx vitest run --project unit --project integration

echo "== Build (the app and the command-line tools, as npm start runs them)"
npm run build --silent

echo "== Crash suite (kill -9 of the built app during writes, and of Meilisearch)"
npx vitest run --project faults

echo "== End-to-end tests (Playwright in Debian's Chromium)"
bash scripts/ensure-chromium.sh
npx playwright test
