// Prepares a database for use: the latest schema, the reference lists, and (when asked and the
// database is empty) the demonstration data. Shared by the app, the command line and the tests.
import { openDatabase, type Db } from './db/connection';
import { migrateToLatest } from './db/migrate';
import { syncReferenceData } from './db/reference-data';
import { loadDemoDataIfEmpty } from './demo-data';

export interface PreparedDatabase {
	db: Db;
	appliedMigrations: string[];
	loadedDemoData: boolean;
}

export async function prepareDatabase(file: string, options: { demoData: boolean }): Promise<PreparedDatabase> {
	const db = openDatabase(file);
	try {
		const appliedMigrations = await migrateToLatest(db);
		await syncReferenceData(db);
		const loadedDemoData = options.demoData ? await loadDemoDataIfEmpty(db) : false;
		return { db, appliedMigrations, loadedDemoData };
	} catch (error) {
		await db.destroy();
		throw error;
	}
}
