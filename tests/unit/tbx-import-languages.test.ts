import { describe, expect, it } from 'vitest';
import { findMatchingLanguage, normaliseLanguageTag } from '../../src/lib/domain/tbx/language-tags';
import { fixture, importTbx, langSec, messages, tbxV3 } from './tbx-helpers';

describe('language tags', () => {
	it('canonicalises case and repairs the codes term banks use for Danish and Finnish', () => {
		expect(normaliseLanguageTag('EN-US')).toEqual({ ok: true, tag: 'en-US' });
		expect(normaliseLanguageTag('sr-latn')).toEqual({ ok: true, tag: 'sr-Latn' });
		expect(normaliseLanguageTag('dk')).toEqual({ ok: true, tag: 'da', repairedFrom: 'dk' });
		expect(normaliseLanguageTag('sf')).toEqual({ ok: true, tag: 'fi', repairedFrom: 'sf' });
		expect(normaliseLanguageTag('de_CH')).toEqual({ ok: true, tag: 'de-CH', repairedFrom: 'de_CH' });
	});

	it('refuses what is not a language tag and flags codes that are no known language', () => {
		expect(normaliseLanguageTag('---')).toEqual({ ok: false });
		expect(normaliseLanguageTag('')).toEqual({ ok: false });
		expect(normaliseLanguageTag('xx')).toEqual({ ok: true, tag: 'xx', unknownLanguage: true });
	});

	it('matches an exact tag first, then the same primary language', () => {
		expect(findMatchingLanguage(['de-CH', 'de', 'fr'], 'DE')).toBe(1);
		expect(findMatchingLanguage(['fr', 'de-DE'], 'de')).toBe(1);
		expect(findMatchingLanguage(['fr', 'it'], 'de')).toBe(-1);
	});
});

describe('language sections of a term-bank export', () => {
	it('repairs dk and sf, canonicalises EN-GB, refuses "---" with its line, and reports each repair once', async () => {
		const { entries, warnings, errors, summary } = await importTbx(fixture('term-bank-export.tbx'), {
			originalLanguage: 'is'
		});
		expect(errors).toEqual([]);
		expect(entries[0]!.content.languageVersions.map((version) => version.language)).toEqual([
			'is',
			'en-GB',
			'da',
			'fi'
		]);
		expect(entries[1]!.content.languageVersions.map((version) => version.language)).toEqual(['is', 'da']);
		expect(summary.languages).toEqual(['is', 'en-GB', 'da', 'fi']);
		expect(warnings).toEqual([
			{
				severity: 'warning',
				message: 'The language code "dk" (first at line 28) is not a standard code; it was read as "da".',
				line: 28
			},
			{
				severity: 'warning',
				message: 'The language code "sf" (first at line 33) is not a standard code; it was read as "fi".',
				line: 33
			},
			{
				severity: 'warning',
				message:
					'Entry "t1" (line 15): the language section at line 38 has the language code "---", which is not a language code; this language section was not imported.',
				line: 38
			}
		]);
		expect(summary.notKept).toContain('language sections without a valid language code (1 entry)');
	});

	it('gives a definition on the termEntry to the original when the file says it is in that language', async () => {
		const { entries } = await importTbx(fixture('term-bank-export.tbx'), { originalLanguage: 'is' });
		const [icelandic, english] = entries[0]!.content.languageVersions;
		expect(icelandic).toMatchObject({
			isOriginal: true,
			definition: 'runa stafa sem notandi þarf að gefa upp til að fá aðgang að kerfi'
		});
		expect(english).toMatchObject({ isOriginal: false, definition: null });
	});

	it('warns when a definition for the whole entry may not be in the original language', async () => {
		// The file says its text is Icelandic, but Danish is chosen as the original: the definition's language is a guess.
		const { entries, warnings } = await importTbx(fixture('term-bank-export.tbx'), { originalLanguage: 'da' });
		expect(entries[0]!.content.languageVersions.find((version) => version.isOriginal)?.language).toBe('da');
		expect(messages(warnings)).toContain(
			'Entry "t1" (line 15): the definition at line 16 is given for the whole entry without a language; it was taken as the definition in the original language (da). Check that this is right.'
		);
	});
});

describe('the original language version', () => {
	const bilingual = tbxV3(
		`<conceptEntry id="c1">${langSec('fr', 'pare-feu')}${langSec('de-DE', 'Firewall')}</conceptEntry>`
	);

	it('matches the chosen original language by primary language when no tag matches exactly', async () => {
		const { entries, warnings } = await importTbx(bilingual, { originalLanguage: 'de' });
		expect(warnings).toEqual([]);
		expect(
			entries[0]!.content.languageVersions.map((version) => [version.language, version.isOriginal, version.textStatus])
		).toEqual([
			['fr', false, 'courtesy_translation'],
			['de-DE', true, 'authentic']
		]);
	});

	it('takes the first language version, with a warning naming the entry, when the entry lacks the original language', async () => {
		const { entries, warnings } = await importTbx(bilingual, {
			originalLanguage: 'pl',
			otherStatus: 'official_translation'
		});
		expect(
			entries[0]!.content.languageVersions.map((version) => [version.language, version.isOriginal, version.textStatus])
		).toEqual([
			['fr', true, 'authentic'],
			['de-DE', false, 'official_translation']
		]);
		expect(warnings).toEqual([
			{
				severity: 'warning',
				message:
					'Entry "c1" (line 6) has no language version in "pl"; its first language version ("fr") was taken as the original.',
				line: 6
			}
		]);
	});

	it('gives English and other translations the statuses chosen for the import', async () => {
		const file = tbxV3(
			`<conceptEntry id="c1">${langSec('sr', 'заштитни зид')}${langSec('en', 'firewall')}${langSec('ru', 'межсетевой экран')}</conceptEntry>`
		);
		const { entries } = await importTbx(file, { originalLanguage: 'sr', englishStatus: 'official_translation' });
		expect(entries[0]!.content.languageVersions.map((version) => version.textStatus)).toEqual([
			'authentic',
			'official_translation',
			'courtesy_translation'
		]);
	});

	it('merges two language sections in the same language into one version, with a warning', async () => {
		const file = tbxV3(`<conceptEntry id="c1">${langSec('en', 'firewall')}
${langSec('EN', 'packet filter', null)}</conceptEntry>`);
		const { entries, warnings } = await importTbx(file, { originalLanguage: 'en' });
		expect(entries[0]!.content.languageVersions).toHaveLength(1);
		expect(entries[0]!.content.languageVersions[0]).toMatchObject({
			term: 'firewall',
			definition: 'Definition of firewall.',
			additionalTerms: [{ term: 'packet filter' }]
		});
		expect(messages(warnings)).toEqual([
			'Entry "c1" (line 6) has two language sections for "en" (lines 6 and 7); they were merged into one language version.'
		]);
	});

	it('puts a definition that carries its own xml:lang in that language', async () => {
		const file = tbxV3(
			`<conceptEntry id="c1"><descrip type="definition" xml:lang="en">A barrier.</descrip>${langSec('fr', 'pare-feu')}${langSec('en', 'firewall', null)}</conceptEntry>`
		);
		const { entries } = await importTbx(file, { originalLanguage: 'fr' });
		expect(entries[0]!.content.languageVersions.map((version) => version.definition)).toEqual([
			'Definition of pare-feu.',
			'A barrier.'
		]);
	});

	it('accepts an entry without any English version', async () => {
		const { entries, errors } = await importTbx(
			tbxV3(`<conceptEntry id="c1">${langSec('pl', 'zapora sieciowa')}</conceptEntry>`),
			{ originalLanguage: 'pl' }
		);
		expect(errors).toEqual([]);
		expect(entries).toHaveLength(1);
	});
});
