// The services of a running app, created once when the server starts (hooks.server.ts `init`)
// and closed when it shuts down.
import { loadConfig, type AppConfig } from './config';
import type { Db } from './db/connection';
import { prepareDatabase } from './database';
import { createSearchService, type SearchService } from './search/client';
import { applySearchSettings } from './search/settings';
import { startOutboxWorker, type OutboxWorker } from './search/sync';
import { requeueIfDocumentsChanged } from './outbox';
import { resumeInterruptedImports } from './import/jobs';
import { startDeadlineScheduler, type DeadlineScheduler } from './proposals/deadlines';

export interface AppServices {
	config: AppConfig;
	db: Db;
	search: SearchService;
	outboxWorker: OutboxWorker;
	deadlineScheduler: DeadlineScheduler;
}

let services: AppServices | null = null;

export async function startServices(config: AppConfig = loadConfig()): Promise<AppServices> {
	if (services) return services;
	const { db, appliedMigrations, loadedDemoData } = await prepareDatabase(config.databaseFile, {
		demoData: config.demoData
	});
	if (appliedMigrations.length > 0) console.info(`Database: applied ${appliedMigrations.length} migration(s).`);
	if (loadedDemoData) console.info('Database: loaded the demonstration data into the empty database.');
	const search = createSearchService(config);
	try {
		await applySearchSettings(search);
	} catch (error) {
		// The app works without Meilisearch (search falls back to SQLite); say so and carry on.
		console.warn(`Search: could not apply the index settings (${error instanceof Error ? error.message : error}).`);
	}
	const requeued = await requeueIfDocumentsChanged(db);
	if (requeued > 0)
		console.info(
			`Search: this version indexes entries and concepts differently; ${requeued} of them are being indexed again.`
		);
	// Brings Meilisearch and the SQLite mirror up to date with every change, including the demo data.
	const outboxWorker = startOutboxWorker(db, search);
	// Silence deadlines are enforced here, not by a page being open: at start and then on a schedule.
	const deadlineScheduler = startDeadlineScheduler(db, config.deadlineCheckIntervalMs);
	void resumeInterruptedImports(db, config.dataDir).catch((error: unknown) =>
		console.error('Import: could not resume interrupted imports', error)
	);
	services = { config, db, search, outboxWorker, deadlineScheduler };
	return services;
}

export function getServices(): AppServices {
	if (!services) throw new Error('The app services are not started; startServices() runs in the init hook.');
	return services;
}

export async function stopServices(): Promise<void> {
	const running = services;
	services = null;
	await running?.outboxWorker.stop();
	await running?.deadlineScheduler.stop();
	await running?.db.destroy();
}
