// A real, migrated SQLite database in a temporary folder, removed after the test file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { Db } from '../../src/lib/server/db/connection';
import { prepareDatabase } from '../../src/lib/server/database';

export interface TestDatabase {
	db: Db;
	file: string;
	dir: string;
}

export async function createTestDatabase(options: { demoData?: boolean } = {}): Promise<TestDatabase> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbm9-db-'));
	const file = path.join(dir, 'glossary.sqlite');
	const { db } = await prepareDatabase(file, { demoData: options.demoData ?? false });
	afterAll(async () => {
		await db.destroy();
		fs.rmSync(dir, { recursive: true, force: true });
	});
	return { db, file, dir };
}
