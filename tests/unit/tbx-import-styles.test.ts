import { describe, expect, it } from 'vitest';
import { fixture, importTbx } from './tbx-helpers';

describe('TBX v3 in DCA and DCT style', () => {
	it('gives identical entries, problems and not-kept lists for the same content in both styles', async () => {
		const dca = await importTbx(fixture('v3-dca.tbx'), { originalLanguage: 'de' });
		const dct = await importTbx(fixture('v3-dct.tbx'), { originalLanguage: 'de' });
		expect(dca.entries).toHaveLength(2);
		expect(dct.entries.map((entry) => entry.content)).toEqual(dca.entries.map((entry) => entry.content));
		expect(dct.entries.map((entry) => entry.sourceId)).toEqual(['c1', 'c2']);
		expect(dct.problems).toEqual(dca.problems);
		expect(dct.summary).toEqual(dca.summary);
		expect(dca.summary.format).toBe('tbx-v3');
	});

	it('maps definitions with their sources, terms with their term notes, notes and the source of the entry', async () => {
		const { entries, errors } = await importTbx(fixture('v3-dct.tbx'), { originalLanguage: 'de' });
		expect(errors).toEqual([]);
		const first = entries[0]!;
		expect(first.sourceId).toBe('c1');
		expect(first.line).toBe(13);
		expect(first.content).toEqual({
			languageVersions: [
				{
					language: 'de',
					isOriginal: true,
					textStatus: 'authentic',
					term: 'Informationssicherheit',
					termType: null,
					partOfSpeech: 'noun',
					administrativeStatus: 'preferred',
					// The pretty-printed line break inside the definition reads as a space.
					definition: 'Schutz von Informationen vor unbefugtem Zugriff, unbefugter Änderung und Zerstörung.',
					definitionSource: 'Beispielgesetz, § 2',
					note: 'Amtliche Fassung.',
					additionalTerms: [
						{ term: 'IS', termType: 'abbreviation', partOfSpeech: null, administrativeStatus: 'admitted' }
					]
				},
				{
					language: 'en',
					isOriginal: false,
					textStatus: 'courtesy_translation',
					term: 'information security',
					termType: null,
					partOfSpeech: 'noun',
					administrativeStatus: null,
					definition: 'Protection of information against unauthorised access, change and destruction.',
					definitionSource: null,
					note: null,
					additionalTerms: []
				}
			],
			sourceAct: 'Example Act on Information Security',
			sourceArticle: null,
			sourceDate: null,
			sourceUrl: 'https://example.org/acts/information-security',
			note: 'Fixture entry with data at every level.'
		});
		expect(entries[1]!.content.languageVersions[0]!.additionalTerms).toEqual([
			{ term: 'Brandmauer', termType: null, partOfSpeech: null, administrativeStatus: 'deprecated' }
		]);
	});

	it('lists what the model cannot hold, with the number of entries that have it', async () => {
		const { summary } = await importTbx(fixture('v3-dca.tbx'), { originalLanguage: 'de' });
		expect(summary.notKept).toEqual([
			'subjectField (1 entry)',
			'transactions (transacGrp: dates and responsibility) (1 entry)',
			'context (1 entry)',
			'grammaticalGender (1 entry)',
			'xGraphic (images) (1 entry)'
		]);
		expect(summary.languages).toEqual(['de', 'en']);
	});
});
