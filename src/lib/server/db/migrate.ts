// Brings a database to the latest schema. Migrations run through a Kysely instance without the
// CamelCasePlugin: they are frozen SQL and must not depend on how the app maps names today.
import { Kysely, Migrator, type MigrationProvider, type MigrationResultSet } from 'kysely';
import { MIGRATIONS } from '../../../../db/migrations/index';
import type { Db } from './connection';

const provider: MigrationProvider = {
	getMigrations: async () => MIGRATIONS
};

export class MigrationError extends Error {
	constructor(
		message: string,
		readonly results: MigrationResultSet['results']
	) {
		super(message);
	}
}

/** Applies every pending migration, in order, in one transaction (all or none). Returns their names. */
export async function migrateToLatest(db: Db): Promise<string[]> {
	const plain = db.withoutPlugins() as unknown as Kysely<unknown>;
	const migrator = new Migrator({ db: plain, provider });
	const { error, results } = await migrator.migrateToLatest();
	if (error) {
		const failed = results?.find((result) => result.status === 'Error');
		const cause = error instanceof Error ? error.message : String(error);
		throw new MigrationError(
			`Database migration ${failed ? `"${failed.migrationName}" ` : ''}failed: ${cause}`,
			results
		);
	}
	return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

/** Name of the newest applied migration, or null for an empty database. */
export async function currentMigration(db: Db): Promise<string | null> {
	const plain = db.withoutPlugins() as unknown as Kysely<unknown>;
	const migrations = await new Migrator({ db: plain, provider }).getMigrations();
	const applied = migrations.filter((migration) => migration.executedAt);
	return applied.at(-1)?.name ?? null;
}

export const LATEST_MIGRATION = Object.keys(MIGRATIONS).sort().at(-1) ?? null;
