// Reads of the reference lists for pickers and labels.
import type { Db } from './db/connection';
import type { OsceLanguage } from '../domain/vocabulary';

const NAME_COLUMNS = { en: 'nameEn', fr: 'nameFr', de: 'nameDe', it: 'nameIt', ru: 'nameRu', es: 'nameEs' } as const;

/** The state-table column holding State names in an OSCE language. */
export function stateNameColumn(language: OsceLanguage): (typeof NAME_COLUMNS)[OsceLanguage] {
	return NAME_COLUMNS[language];
}

export interface StateOption {
	code: string;
	name: string;
}

export async function listStates(db: Db): Promise<StateOption[]> {
	const rows = await db.selectFrom('state').select(['code', 'nameEn']).execute();
	return rows.map((row) => ({ code: row.code, name: row.nameEn })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

export interface CycleOption {
	year: number;
	isOpen: boolean;
	submissionDeadline: string | null;
}

export async function listCycles(db: Db): Promise<CycleOption[]> {
	const rows = await db
		.selectFrom('exchangeCycle')
		.select(['year', 'isOpen', 'submissionDeadline'])
		.orderBy('year', 'desc')
		.execute();
	return rows.map((row) => ({ year: row.year, isOpen: row.isOpen === 1, submissionDeadline: row.submissionDeadline }));
}

/** The State with this code, or undefined (codes are matched case-insensitively). */
export async function findState(db: Db, code: string): Promise<StateOption | undefined> {
	const row = await db
		.selectFrom('state')
		.select(['code', 'nameEn'])
		.where('code', '=', code.toUpperCase())
		.executeTakeFirst();
	return row ? { code: row.code, name: row.nameEn } : undefined;
}

/** English and native names of the known languages, for labels; other tags are named by Intl. */
export async function languageNames(db: Db): Promise<Record<string, string>> {
	const rows = await db.selectFrom('language').select(['code', 'nameEn']).execute();
	return Object.fromEntries(rows.map((row) => [row.code, row.nameEn]));
}

/** Known languages for pickers, the six OSCE languages first. */
export async function listLanguageOptions(db: Db): Promise<StateOption[]> {
	const rows = await db.selectFrom('language').select(['code', 'nameEn', 'isOsceLanguage']).execute();
	return rows
		.sort((a, b) => b.isOsceLanguage - a.isOsceLanguage || a.nameEn.localeCompare(b.nameEn, 'en'))
		.map((row) => ({ code: row.code, name: row.nameEn }));
}

/** The first official language of a State, to pre-fill the original language of a new entry. */
export async function defaultLanguageOf(db: Db, stateCode: string): Promise<string> {
	const row = await db.selectFrom('state').select('officialLanguages').where('code', '=', stateCode).executeTakeFirst();
	return row?.officialLanguages.split(' ')[0] ?? '';
}
