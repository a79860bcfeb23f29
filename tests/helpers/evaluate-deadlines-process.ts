// Runs one deadline evaluation in its own process against a database file, as a second app process
// would: `node --import tsx tests/helpers/evaluate-deadlines-process.ts <file> <now>`. Prints the run.
import { openDatabase } from '../../src/lib/server/db/connection';
import { evaluateDueDeadlines } from '../../src/lib/server/proposals/deadlines';

const [file, now] = process.argv.slice(2);
if (!file || !now) throw new Error('usage: evaluate-deadlines-process.ts <database file> <ISO instant>');
const db = openDatabase(file);
try {
	process.stdout.write(JSON.stringify(await evaluateDueDeadlines(db, new Date(now))));
} finally {
	await db.destroy();
}
