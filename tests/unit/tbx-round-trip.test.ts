import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tbxToString, writeTbx } from '../../src/lib/domain/tbx';
import { cleanTerm, cleanText } from '../../src/lib/domain/tbx/raw-entry';
import type { ExportEntry, SubmissionExportMeta } from '../../src/lib/domain/export/types';
import type { AdditionalTerm, EntryContent, LanguageVersion } from '../../src/lib/domain/national-entry';
import { ADMINISTRATIVE_STATUSES, PARTS_OF_SPEECH, TERM_TYPES, TEXT_STATUSES } from '../../src/lib/domain/vocabulary';
import { importTbx } from './tbx-helpers';

const META: SubmissionExportMeta = {
	stateCode: 'RS',
	stateName: 'Serbia',
	cycleYear: 2025,
	revisionNumber: 3,
	submittedAt: '2025-03-14T09:30:00Z',
	distribution: 'public',
	documentReference: 'PC.DEL/123/25'
};

function version(partial: Partial<LanguageVersion> & Pick<LanguageVersion, 'language' | 'term'>): LanguageVersion {
	return {
		isOriginal: false,
		textStatus: 'courtesy_translation',
		termType: null,
		partOfSpeech: null,
		administrativeStatus: null,
		definition: null,
		definitionSource: null,
		note: null,
		additionalTerms: [],
		...partial
	};
}

const NO_SOURCE = { sourceAct: null, sourceArticle: null, sourceDate: null, sourceUrl: null, note: null };

const ENTRIES: ExportEntry[] = [
	{
		entryId: 101,
		content: {
			languageVersions: [
				version({
					language: 'sr-Cyrl',
					isOriginal: true,
					textStatus: 'authentic',
					term: 'информациона безбедност',
					termType: 'fullForm',
					partOfSpeech: 'noun',
					administrativeStatus: 'preferred',
					definition: 'скуп мера које омогућавају да подаци „не буду” доступни неовлашћеним лицима & <процесима>',
					definitionSource: 'Закон о информационој безбедности, члан 2, тачка 1)',
					note: 'Дефиниција гласи како је у закону.',
					additionalTerms: [
						{ term: 'ИБ', termType: 'abbreviation', partOfSpeech: 'noun', administrativeStatus: 'admitted' },
						{
							term: 'безбедност информација',
							termType: 'variant',
							partOfSpeech: null,
							administrativeStatus: 'deprecated'
						}
					]
				}),
				version({
					language: 'en',
					textStatus: 'official_translation',
					term: 'information security',
					partOfSpeech: 'noun',
					definition: 'a set of measures ensuring that data are "not" available to unauthorised persons & <processes>',
					definitionSource: "Law on Information Security (official translation), Article 2(1) — 'Official Gazette'",
					additionalTerms: [
						{ term: 'InfoSec', termType: 'shortForm', partOfSpeech: 'properNoun', administrativeStatus: 'superseded' }
					]
				}),
				version({
					language: 'el',
					textStatus: 'courtesy_translation',
					term: 'ασφάλεια πληροφοριών',
					definitionSource: 'Μετάφραση της αντιπροσωπείας'
				}),
				version({
					language: 'zh-Hans',
					term: '信息安全',
					definition: '保护信息免受未经授权的访问。\n第二段。',
					note: '礼节性翻译'
				})
			],
			sourceAct: 'Закон о информационој безбедности ("Службени гласник РС", бр. 6/2016)',
			sourceArticle: 'члан 2, став 1, тачка 1)',
			sourceDate: '2016-01-26',
			sourceUrl:
				"https://www.paragraf.rs/propisi/zakon-o-informacionoj-bezbednosti.html?lang=sr&script=ćirilica&note='2'",
			note: 'Izmenjeno 2019.\n\nВидети и члан 3.'
		}
	},
	{
		entryId: 7,
		content: {
			languageVersions: [
				version({
					language: 'fr',
					isOriginal: true,
					textStatus: 'authentic',
					term: 'cybersécurité',
					definition:
						'État recherché pour un système d’information lui permettant de résister à des événements issus du cyberespace.',
					note: 'CBM9 text status: a note of the State that looks like ours'
				}),
				version({
					language: 'de-CH',
					textStatus: 'official_translation',
					term: 'Cybersicherheit',
					definition: 'Zustand, in dem …'
				}),
				version({
					language: 'it-CH',
					textStatus: 'official_translation',
					term: 'cibersicurezza',
					partOfSpeech: 'other'
				})
			],
			sourceAct: null,
			sourceArticle: 'Art. 5',
			sourceDate: null,
			sourceUrl: 'ftp://files.example.org/acts/cyber act.pdf',
			note: 'CBM9 source date: not a date, a note'
		}
	},
	{
		entryId: 55,
		content: {
			languageVersions: [
				version({
					language: 'en',
					isOriginal: true,
					textStatus: 'authentic',
					term: 'firewall',
					definition: 'A barrier.'
				})
			],
			...NO_SOURCE
		}
	}
];

async function roundTrip(entries: readonly ExportEntry[], options = {}) {
	return importTbx(tbxToString(entries, META), options);
}

describe('export then import', () => {
	it('gives back every entry identical, in order, with no problem and nothing left out', async () => {
		const { entries, problems, summary } = await roundTrip(ENTRIES);
		expect(problems).toEqual([]);
		expect(summary.notKept).toEqual([]);
		expect(entries.map((entry) => entry.sourceId)).toEqual(['e101', 'e7', 'e55']);
		expect(entries.map((entry) => entry.content)).toEqual(ENTRIES.map((entry) => entry.content));
	});

	it('restores which version is the original and every text status, whatever the import options say', async () => {
		const { entries } = await roundTrip(ENTRIES, {
			originalLanguage: 'en',
			englishStatus: 'courtesy_translation',
			otherStatus: 'authentic'
		});
		expect(entries.map((entry) => entry.content)).toEqual(ENTRIES.map((entry) => entry.content));
	});

	it('writes an empty submission that imports as no entries', async () => {
		const { entries, problems, summary } = await roundTrip([]);
		expect(entries).toEqual([]);
		expect(problems).toEqual([]);
		expect(summary.entries).toBe(0);
	});
});

describe('the TBX-Basic file', () => {
	it('streams one chunk per entry after the header, and names the submission in the header', () => {
		const chunks = [...writeTbx(ENTRIES, META)];
		expect(chunks).toHaveLength(ENTRIES.length + 3);
		expect(chunks[0]).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">');
		for (const expected of [
			'State: Serbia (RS)',
			'Exchange cycle: 2025',
			'Revision: 3',
			'Submitted: 2025-03-14T09:30:00Z',
			'Distribution: Public',
			'OSCE document reference: PC.DEL/123/25'
		]) {
			expect(chunks[0]).toContain(`<p>${expected}</p>`);
		}
		expect(chunks[2]).toMatch(/^\t\t\t<conceptEntry id="e101">/);
		const draft = tbxToString([], { ...META, submittedAt: null, documentReference: null, distribution: 'restricted' });
		expect(draft).toContain('<p>Status: draft, not yet submitted</p>');
		expect(draft).toContain('<p>Distribution: Restricted to participating States</p>');
		expect(draft).not.toContain('OSCE document reference');
	});

	it('escapes text and attributes, and keeps TBX-Basic picklists by writing a proper noun as a noun with a note', () => {
		const xml = tbxToString(ENTRIES, META);
		expect(xml).toContain(
			`<xref type="externalCrossReference" target="https://www.paragraf.rs/propisi/zakon-o-informacionoj-bezbednosti.html?lang=sr&amp;script=ćirilica&amp;note='2'">`
		);
		expect(xml).toContain('доступни неовлашћеним лицима &amp; &lt;процесима&gt;</descrip>');
		expect(xml).toContain(
			'<termNote type="partOfSpeech">noun</termNote>\n\t\t\t\t\t\t<termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>\n\t\t\t\t\t\t<note>CBM9 part of speech: properNoun</note>'
		);
		expect(xml).toContain('<note>CBM9 source URL: ftp://files.example.org/acts/cyber act.pdf</note>');
		expect(xml).toContain('<note>CBM9 note: CBM9 text status: a note of the State that looks like ours</note>');
		expect(xml).not.toContain('properNoun</termNote>');
	});

	it('replaces characters that XML cannot carry instead of writing a broken file', async () => {
		const entry: ExportEntry = {
			entryId: 1,
			content: {
				languageVersions: [
					version({
						language: 'en',
						isOriginal: true,
						textStatus: 'authentic',
						term: 'bell\u0007',
						definition: 'x\u0000y'
					})
				],
				...NO_SOURCE
			}
		};
		const { entries, problems } = await importTbx(tbxToString([entry], META));
		expect(problems).toEqual([]);
		expect(entries[0]!.content.languageVersions[0]).toMatchObject({ term: 'bell\uFFFD', definition: 'x\uFFFDy' });
	});
});

describe('round trip of any entry', () => {
	// Text as the importer reads it back (cleanText): the property is that such text survives unchanged.
	const text = fc
		.array(
			fc.oneof(
				fc.string({ unit: 'grapheme', maxLength: 12 }),
				fc.constantFrom('&', '<', '>', '"', "'", '\n', '\n\n', ' ', '\r\n', ']]>', 'CBM9 note: ')
			),
			{ maxLength: 8 }
		)
		.map((parts) => cleanText(parts.join('')));
	const optionalText = fc.option(
		text.filter((value) => value.length > 0),
		{ nil: null }
	);
	const term = text.map(cleanTerm).filter((value) => value.length > 0);
	const additionalTerm: fc.Arbitrary<AdditionalTerm> = fc.record({
		term,
		termType: fc.option(fc.constantFrom(...TERM_TYPES), { nil: null }),
		partOfSpeech: fc.option(fc.constantFrom(...PARTS_OF_SPEECH), { nil: null }),
		administrativeStatus: fc.option(fc.constantFrom(...ADMINISTRATIVE_STATUSES), { nil: null })
	});
	const languages = fc.uniqueArray(
		fc.constantFrom(
			'sr-Cyrl',
			'sr-Latn',
			'en',
			'en-GB',
			'fr',
			'de',
			'de-CH',
			'ru',
			'el',
			'zh-Hans',
			'ja',
			'uk',
			'pl',
			'is'
		),
		{
			minLength: 1,
			maxLength: 4
		}
	);
	const content: fc.Arbitrary<EntryContent> = languages.chain((tags) =>
		fc
			.record({
				versions: fc.tuple(
					...tags.map((language) =>
						fc
							.record({
								term: additionalTerm,
								textStatus: fc.constantFrom(...TEXT_STATUSES),
								definition: optionalText,
								definitionSource: optionalText,
								note: optionalText,
								additionalTerms: fc.array(additionalTerm, { maxLength: 3 })
							})
							.map(({ term: main, ...rest }) => ({ ...rest, ...main, language }))
					)
				),
				originalIndex: fc.nat({ max: tags.length - 1 }),
				sourceAct: optionalText,
				sourceArticle: optionalText,
				sourceDate: optionalText,
				sourceUrl: fc.option(
					fc.oneof(
						fc.webUrl(),
						text.filter((value) => value.length > 0)
					),
					{ nil: null }
				),
				note: optionalText
			})
			.map(({ versions, originalIndex, ...source }) => ({
				...source,
				languageVersions: versions.map((languageVersion, index) => ({
					...languageVersion,
					isOriginal: index === originalIndex,
					// The importer requires the original's definition; the writer does not care.
					definition:
						index === originalIndex ? (languageVersion.definition ?? 'Definition.') : languageVersion.definition
				}))
			}))
	);

	it('keeps every field of generated entries', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(content, { minLength: 1, maxLength: 3 }), async (contents) => {
				const exported = contents.map((entryContent, index) => ({ entryId: index + 1, content: entryContent }));
				const { entries, problems } = await roundTrip(exported);
				expect(problems).toEqual([]);
				expect(entries.map((entry) => entry.content)).toEqual(contents);
			}),
			{ numRuns: 100 }
		);
	});
});
