// npm run seed: loads the demonstration data into the database in DATA_DIR, if it holds no content yet.
import { loadConfig } from '../lib/server/config';
import { prepareDatabase } from '../lib/server/database';
import { demoAccountList } from '../lib/server/demo-data';
import { runCli } from './run';

await runCli(async () => {
	const config = loadConfig();
	const { db, loadedDemoData } = await prepareDatabase(config.databaseFile, { demoData: true });
	await db.destroy();
	if (!loadedDemoData) {
		console.log(`${config.databaseFile} already holds content; the demonstration data was not loaded.`);
		return;
	}
	console.log(`Loaded the demonstration data into ${config.databaseFile}. Demo accounts:`);
	for (const account of demoAccountList())
		console.log(`  ${account.email.padEnd(28)} ${account.password}   ${account.roles}`);
});
