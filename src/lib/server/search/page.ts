// What the search page and the search API need besides the results: labels for facet values.
import type { Db } from '../db/connection';
import { listStates } from '../reference';

export async function stateNames(db: Db): Promise<Record<string, string>> {
	return Object.fromEntries((await listStates(db)).map((state) => [state.code, state.name]));
}
