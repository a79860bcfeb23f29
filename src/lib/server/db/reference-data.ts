// Keeps the reference tables (States, languages) equal to the lists in lib/domain/reference. Runs at every
// start: a corrected State name reaches existing installations without a migration.
import { STATES } from '../../domain/reference/states';
import { LANGUAGES } from '../../domain/reference/languages';
import type { Db } from './connection';

export async function syncReferenceData(db: Db): Promise<void> {
	await db.transaction().execute(async (trx) => {
		for (const state of STATES) {
			const row = {
				code: state.code,
				alpha3: state.alpha3,
				nameEn: state.names.en,
				nameFr: state.names.fr,
				nameDe: state.names.de,
				nameIt: state.names.it,
				nameRu: state.names.ru,
				nameEs: state.names.es,
				officialLanguages: state.officialLanguages.join(' ')
			};
			await trx
				.insertInto('state')
				.values(row)
				.onConflict((oc) => oc.column('code').doUpdateSet(row))
				.execute();
		}
		for (const language of LANGUAGES) {
			const row = {
				code: language.code,
				nameEn: language.nameEn,
				nativeName: language.nativeName,
				isOsceLanguage: language.isOsceLanguage ? (1 as const) : (0 as const)
			};
			await trx
				.insertInto('language')
				.values(row)
				.onConflict((oc) => oc.column('code').doUpdateSet(row))
				.execute();
		}
	});
}
