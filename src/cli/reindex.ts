// npm run reindex: rebuilds the search index (and its SQLite mirror) from the database, into a new
// index that replaces the live one in one step, so searches never see a half-built index.
import { loadConfig } from '../lib/server/config';
import { prepareDatabase } from '../lib/server/database';
import { createSearchService } from '../lib/server/search/client';
import { applySearchSettings } from '../lib/server/search/settings';
import { reindexAll } from '../lib/server/search/reindex';
import { withSearch } from './with-search';
import { runCli } from './run';

await runCli(async () => {
	const config = loadConfig();
	const { db } = await prepareDatabase(config.databaseFile, { demoData: false });
	try {
		await withSearch(config, async () => {
			const search = createSearchService(loadConfig());
			await applySearchSettings(search);
			const report = await reindexAll(db, search, {
				onProgress: (message) => void process.stdout.write(`\r${message}   `)
			});
			console.log(
				`\nReindexed ${report.documents} documents (${report.national} national entries, ${report.consensus} concept texts) in ${(report.durationMs / 1000).toFixed(1)} s.`
			);
		});
	} finally {
		await db.destroy();
	}
});
