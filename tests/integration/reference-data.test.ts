import { expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/database';
import { syncReferenceData } from '../../src/lib/server/db/reference-data';

const { db } = await createTestDatabase();

it('holds the 57 participating States with names in the six OSCE languages', async () => {
	const states = await db.selectFrom('state').selectAll().execute();
	expect(states).toHaveLength(57);
	for (const state of states) {
		for (const name of [state.nameEn, state.nameFr, state.nameDe, state.nameIt, state.nameRu, state.nameEs]) {
			expect(name.trim().length, `names of ${state.code}`).toBeGreaterThan(0);
		}
	}
	const holySee = states.find((state) => state.code === 'VA');
	expect(holySee?.nameEn).toBe('Holy See');
	expect(states.find((state) => state.code === 'RU')?.nameFr).toBe('Fédération de Russie');
	expect(states.find((state) => state.code === 'MN')?.nameRu).toBe('Монголия');
});

it('marks the six OSCE languages among the known languages', async () => {
	const osce = await db.selectFrom('language').select('code').where('isOsceLanguage', '=', 1).execute();
	expect(osce.map((language) => language.code).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ru']);
});

it('restores a reference name that was changed in the database when it syncs again', async () => {
	await db.updateTable('state').set({ nameEn: 'Wrong name' }).where('code', '=', 'NL').execute();
	await syncReferenceData(db);
	const netherlands = await db.selectFrom('state').select('nameEn').where('code', '=', 'NL').executeTakeFirstOrThrow();
	expect(netherlands.nameEn).toBe('Netherlands');
});
