import { describe, expect, it } from 'vitest';
import { fixture, importTbx, messages } from './tbx-helpers';

describe('TBX 2008 (martif)', () => {
	it('reads the <tig> and the <ntig>/<termGrp> forms into the same entries', async () => {
		const tig = await importTbx(fixture('tbx2008-tig.tbx'), { originalLanguage: 'fr' });
		const ntig = await importTbx(fixture('tbx2008-ntig.tbx'), { originalLanguage: 'fr' });
		expect(tig.summary.format).toBe('tbx-2008');
		expect(tig.errors).toEqual([]);
		expect(tig.entries).toHaveLength(2);
		expect(ntig.entries.map((entry) => entry.content)).toEqual(tig.entries.map((entry) => entry.content));
		expect(ntig.summary.notKept).toEqual(tig.summary.notKept);
	});

	it('accepts a DOCTYPE that only names the DTD, without trying to load it', async () => {
		// The fixture names TBXcoreStructV02.dtd, which does not exist next to it.
		const { errors, entries } = await importTbx(fixture('tbx2008-tig.tbx'), { originalLanguage: 'fr' });
		expect(errors).toEqual([]);
		expect(entries.map((entry) => entry.sourceId)).toEqual(['m1', 'm2']);
	});

	it('makes the language version in the chosen original language the authentic original, even when it is not first', async () => {
		const { entries } = await importTbx(fixture('tbx2008-tig.tbx'), {
			originalLanguage: 'fr',
			englishStatus: 'official_translation'
		});
		const [english, french] = entries[0]!.content.languageVersions;
		expect(french).toMatchObject({
			language: 'fr',
			isOriginal: true,
			textStatus: 'authentic',
			term: 'logiciel malveillant',
			definition: 'Logiciel conçu pour perturber ou endommager un système informatique.',
			definitionSource: 'Exemple de loi, article 1',
			note: 'Texte faisant foi.',
			// "synonym" says nothing about the form of the term; being an additional term says the rest.
			additionalTerms: [{ term: 'maliciel', termType: null, partOfSpeech: null, administrativeStatus: 'admitted' }]
		});
		expect(english).toMatchObject({
			language: 'en',
			isOriginal: false,
			textStatus: 'official_translation',
			term: 'malware',
			administrativeStatus: 'preferred',
			additionalTerms: [
				{ term: 'malicious software', termType: 'fullForm', partOfSpeech: null, administrativeStatus: 'admitted' }
			]
		});
	});

	it('gives a definition stated for the whole entry, with its source, to the original language version', async () => {
		const { entries, warnings } = await importTbx(fixture('tbx2008-tig.tbx'), { originalLanguage: 'en' });
		expect(entries[1]!.content).toMatchObject({
			languageVersions: [
				{
					language: 'en',
					isOriginal: true,
					definition: 'Weakness that a threat can exploit.',
					definitionSource: 'Example glossary'
				}
			],
			note: 'Definition given for the whole entry.'
		});
		// One language version only: no doubt about the definition's language, so no warning about it.
		expect(messages(warnings).filter((message) => message.includes('whole entry'))).toEqual([]);
	});
});
