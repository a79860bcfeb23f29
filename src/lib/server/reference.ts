// Reads of the reference lists for pickers and labels.
import type { Db } from './db/connection';

export interface StateOption {
	code: string;
	name: string;
}

export async function listStates(db: Db): Promise<StateOption[]> {
	const rows = await db.selectFrom('state').select(['code', 'nameEn']).execute();
	return rows
		.map((row) => ({ code: row.code, name: row.nameEn }))
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
