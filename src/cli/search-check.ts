// npm run search:check: compares what the database says the search index should hold with what
// Meilisearch and the SQLite mirror hold, and reports drift. Exits non-zero when they differ.
import { loadConfig } from '../lib/server/config';
import { prepareDatabase } from '../lib/server/database';
import { createSearchService } from '../lib/server/search/client';
import { checkDrift } from '../lib/server/search/reindex';
import { withSearch } from './with-search';
import { runCli } from './run';

await runCli(async () => {
	const config = loadConfig();
	const { db } = await prepareDatabase(config.databaseFile, { demoData: false });
	try {
		await withSearch(config, async () => {
			const report = await checkDrift(db, createSearchService(loadConfig()));
			const expected = report.expected.national + report.expected.consensus;
			console.log(
				`Expected documents: ${expected} (${report.expected.national} national entries, ${report.expected.consensus} concept texts)`
			);
			console.log(`In Meilisearch:     ${report.meilisearch ?? 'not reachable'}`);
			console.log(`In the SQLite mirror: ${report.mirror}`);
			console.log(`Changes waiting in the outbox: ${report.pendingOutbox}`);
			if (report.inSync) {
				console.log('The index is in step with the database.');
			} else {
				console.log(
					report.pendingOutbox > 0
						? 'The index is behind; the outbox will catch up while the app runs.'
						: 'The index has drifted; run "npm run reindex".'
				);
				process.exitCode = 1;
			}
		});
	} finally {
		await db.destroy();
	}
});
