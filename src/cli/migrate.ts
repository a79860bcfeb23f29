// npm run migrate: brings the database in DATA_DIR to the latest schema and refreshes the reference lists.
import { loadConfig } from '../lib/server/config';
import { prepareDatabase } from '../lib/server/database';
import { runCli } from './run';

await runCli(async () => {
	const config = loadConfig();
	const { db, appliedMigrations } = await prepareDatabase(config.databaseFile, { demoData: false });
	await db.destroy();
	console.log(
		appliedMigrations.length > 0
			? `Applied ${appliedMigrations.length} migration(s) to ${config.databaseFile}:\n  ${appliedMigrations.join('\n  ')}`
			: `${config.databaseFile} is already at the latest schema.`
	);
});
