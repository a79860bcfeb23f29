// What /healthz reports: whether the database answers and is fully migrated, and whether
// Meilisearch answers. Search being down degrades the service (search falls back to SQLite);
// the database being down makes it unavailable.
import { sql } from 'kysely';
import type { Db } from './db/connection';
import { currentMigration, LATEST_MIGRATION } from './db/migrate';
import type { SearchService } from './search/client';
import { outboxState, type OutboxState } from './search/sync';

export interface HealthReport {
	status: 'ok' | 'degraded' | 'unavailable';
	database: { status: 'ok' | 'error'; migration: string | null; expectedMigration: string | null; error?: string };
	search: { status: 'ok' | 'unavailable'; version?: string; error?: string; outbox?: OutboxState };
	checkedAt: string;
}

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

async function checkDatabase(db: Db): Promise<HealthReport['database']> {
	try {
		await sql`select 1`.execute(db);
		const migration = await currentMigration(db);
		const upToDate = migration === LATEST_MIGRATION;
		return {
			status: upToDate ? 'ok' : 'error',
			migration,
			expectedMigration: LATEST_MIGRATION,
			...(upToDate ? {} : { error: 'The database schema is not at the latest migration.' })
		};
	} catch (error) {
		return { status: 'error', migration: null, expectedMigration: LATEST_MIGRATION, error: message(error) };
	}
}

async function checkSearch(search: SearchService): Promise<HealthReport['search']> {
	try {
		const health = await search.client.health();
		if (health.status !== 'available')
			return { status: 'unavailable', error: `Meilisearch reports "${health.status}"` };
		const version = await search.client.getVersion();
		return { status: 'ok', version: version.pkgVersion };
	} catch (error) {
		return { status: 'unavailable', error: message(error) };
	}
}

export async function checkHealth(db: Db, search: SearchService): Promise<HealthReport> {
	const [database, searchReport] = await Promise.all([checkDatabase(db), checkSearch(search)]);
	// Changes waiting for Meilisearch: they are safe in SQLite and reach the index when it answers.
	if (database.status === 'ok') searchReport.outbox = await outboxState(db);
	const status = database.status !== 'ok' ? 'unavailable' : searchReport.status !== 'ok' ? 'degraded' : 'ok';
	return { status, database, search: searchReport, checkedAt: new Date().toISOString() };
}
