// Opens the SQLite database with the pragmas the whole app relies on.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
	CamelCasePlugin,
	Kysely,
	SqliteDialect,
	SqliteDriver,
	CompiledQuery,
	type DatabaseConnection,
	type Driver,
	type SqliteDatabase,
	type SqliteStatement,
	type Transaction
} from 'kysely';
import type { Database } from './schema';

export type Db = Kysely<Database>;
/** A transaction on the database, as the services that write pass it along. */
export type Tx = Transaction<Database>;

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

/**
 * Kysely prepares every query anew, which is most of the cost of a small insert (an import commits
 * tens of thousands of them). Prepared statements are kept by their SQL, the least recently used
 * dropped past a bound. A statement being iterated cannot run another query, so iteration (Kysely's
 * stream()) always gets a fresh one.
 */
class StatementCache implements SqliteDatabase {
	readonly #statements = new Map<string, SQLite.Statement>();
	constructor(
		readonly database: SQLite.Database,
		readonly limit = 500
	) {}

	close(): void {
		this.#statements.clear();
		this.database.close();
	}

	prepare(sql: string): SqliteStatement {
		let statement = this.#statements.get(sql);
		if (statement) {
			this.#statements.delete(sql);
		} else {
			statement = this.database.prepare(sql);
			if (this.#statements.size >= this.limit) this.#statements.delete(this.#statements.keys().next().value!);
		}
		this.#statements.set(sql, statement);
		const cached = statement;
		return {
			reader: cached.reader,
			all: (parameters) => cached.all(...parameters),
			run: (parameters) => cached.run(...parameters),
			iterate: (parameters) => this.database.prepare(sql).iterate(...parameters) as IterableIterator<unknown>
		};
	}
}

class ImmediateTransactionDialect extends SqliteDialect {
	readonly #database: SqliteDatabase;
	constructor(database: SqliteDatabase) {
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
		dialect: new ImmediateTransactionDialect(new StatementCache(openSqlite(file))),
		plugins: [new CamelCasePlugin()]
	});
}
