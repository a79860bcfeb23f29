// Opens the SQLite database with the pragmas the whole app relies on.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect, SqliteDriver, CompiledQuery, type DatabaseConnection, type Driver } from 'kysely';
import type { Database } from './schema';

export type Db = Kysely<Database>;

/**
 * Transactions begin IMMEDIATE: a write transaction takes the write lock at BEGIN, so a second
 * process (a CLI import while the app runs) waits on busy_timeout instead of failing half-way
 * with SQLITE_BUSY when a deferred transaction tries to upgrade its read lock.
 */
class ImmediateTransactionDriver extends SqliteDriver {
	override async beginTransaction(connection: DatabaseConnection): Promise<void> {
		await connection.executeQuery(CompiledQuery.raw('begin immediate'));
	}
}

class ImmediateTransactionDialect extends SqliteDialect {
	readonly #database: SQLite.Database;
	constructor(database: SQLite.Database) {
		super({ database });
		this.#database = database;
	}
	override createDriver(): Driver {
		return new ImmediateTransactionDriver({ database: this.#database });
	}
}

export function openSqlite(file: string): SQLite.Database {
	if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
	const sqlite = new SQLite(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	return sqlite;
}

export function openDatabase(file: string): Db {
	return new Kysely<Database>({
		dialect: new ImmediateTransactionDialect(openSqlite(file)),
		plugins: [new CamelCasePlugin()]
	});
}
