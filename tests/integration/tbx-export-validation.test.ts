// The TBX-Basic export checked by the tools LTAC publishes for it: xmllint against the TBX v3 core
// RELAX NG, and the data-category rules of the TBX-Basic DCA Schematron (written here as XPath 1.0,
// which xmllint evaluates, because the published .sch needs XPath 2.0 and skips its attribute rules;
// see shared/data/validation/). Needs xmllint (apt-get install -y libxml2-utils; scripts/ensure-tools.sh)
// and ../shared/data beside the repository; without them these tests fail and say so.
import { describe, expect, it } from 'vitest';
import { basicDcaViolations, requireTbxTools, validateAgainstCoreSchema } from '../helpers/tbx-validation';
import { tbxToString } from '../../src/lib/domain/tbx';
import type { ExportEntry, SubmissionExportMeta } from '../../src/lib/domain/export/types';
import { languageVersion } from '../../src/lib/domain/national-entry';

const META: SubmissionExportMeta = {
	stateCode: 'CH',
	stateName: 'Switzerland',
	cycleYear: 2025,
	revisionNumber: 1,
	submittedAt: '2025-02-03T08:00:00Z',
	distribution: 'restricted',
	documentReference: 'PC.DEL/45/25'
};

const EVERY_FIELD: ExportEntry = {
	entryId: 12,
	content: {
		languageVersions: [
			languageVersion({
				language: 'de-CH',
				isOriginal: true,
				textStatus: 'authentic',
				term: 'Cyberangriff',
				termType: 'fullForm',
				partOfSpeech: 'properNoun',
				administrativeStatus: 'preferred',
				definition:
					'Beabsichtigte Handlung im Cyberraum, die die Integrität & <Verfügbarkeit> gefährdet.\n\nZweiter Absatz.',
				definitionSource: 'Beispielverordnung, Art. 3 Bst. a',
				note: 'CBM9 text status: eine Bemerkung, die wie unsere aussieht',
				additionalTerms: [
					{ term: 'Cyber-Angriff', termType: 'variant', partOfSpeech: 'noun', administrativeStatus: 'admitted' },
					{ term: 'CA', termType: 'acronym', partOfSpeech: null, administrativeStatus: 'deprecated' },
					{ term: 'Computerangriff', termType: 'phrase', partOfSpeech: 'adjective', administrativeStatus: 'superseded' }
				]
			}),
			languageVersion({
				language: 'en',
				textStatus: 'courtesy_translation',
				term: 'cyber attack',
				definitionSource: 'Translation by the delegation'
			})
		],
		sourceAct: 'Beispielverordnung über den Schutz vor Cyberrisiken ("Cyberrisikenverordnung")',
		sourceArticle: 'Art. 3',
		sourceDate: '2020-05-27',
		sourceUrl: "https://www.fedlex.admin.ch/eli/cc/2020/479/de?lang=de&part='3'",
		note: 'Gilt seit 1. Juli 2020.'
	}
};

const MULTILINGUAL: ExportEntry[] = [
	{
		entryId: 1,
		content: {
			languageVersions: [
				languageVersion({
					language: 'fr-CH',
					isOriginal: true,
					textStatus: 'authentic',
					term: 'cyberattaque',
					definition: 'Action intentionnelle dans le cyberespace…'
				}),
				languageVersion({
					language: 'de-CH',
					textStatus: 'official_translation',
					term: 'Cyberangriff',
					definition: 'Beabsichtigte Handlung im Cyberraum …'
				}),
				languageVersion({
					language: 'it-CH',
					textStatus: 'official_translation',
					term: 'ciberattacco',
					definition: 'Azione intenzionale nel ciberspazio …'
				}),
				languageVersion({ language: 'rm', textStatus: 'courtesy_translation', term: 'cyberattacca' }),
				languageVersion({ language: 'en', textStatus: 'courtesy_translation', term: 'cyber attack' })
			],
			sourceAct: null,
			sourceArticle: null,
			sourceDate: null,
			sourceUrl: 'file://server/share/act.pdf',
			note: null
		}
	},
	{
		entryId: 2,
		content: {
			languageVersions: [
				languageVersion({
					language: 'ru',
					isOriginal: true,
					textStatus: 'authentic',
					term: 'кибератака',
					definition: 'Целенаправленное воздействие…'
				}),
				languageVersion({ language: 'el', term: 'κυβερνοεπίθεση' }),
				languageVersion({ language: 'zh-Hans', term: '网络攻击' }),
				languageVersion({ language: 'sr-Latn', term: 'sajber napad' })
			],
			sourceAct: null,
			sourceArticle: null,
			sourceDate: null,
			sourceUrl: 'https://example.org/путь/к/акту',
			note: null
		}
	},
	{
		entryId: 3,
		content: {
			languageVersions: [
				languageVersion({
					language: 'pl',
					isOriginal: true,
					textStatus: 'authentic',
					term: 'zapora sieciowa',
					definition: 'System zabezpieczeń…'
				})
			],
			sourceAct: null,
			sourceArticle: null,
			sourceDate: null,
			// Not an xsd:anyURI ("%" must start an escape): it travels in a note instead of an xref.
			sourceUrl: 'https://example.org/100%sure',
			note: null
		}
	}
];

describe('TBX-Basic export validated with xmllint', () => {
	const exports: Record<string, string> = {
		'an empty submission (a draft without entries)': tbxToString([], {
			...META,
			submittedAt: null,
			documentReference: null
		}),
		'an entry with every field filled': tbxToString([EVERY_FIELD], META),
		'a multilingual submission': tbxToString(MULTILINGUAL, META)
	};

	for (const [name, xml] of Object.entries(exports)) {
		it(`validates ${name} against the TBX v3 core RELAX NG`, () => {
			requireTbxTools();
			const { valid, output } = validateAgainstCoreSchema(xml);
			expect(output).toContain('validates');
			expect(valid).toBe(true);
		});

		it(`keeps ${name} within the data categories TBX-Basic allows at each level`, () => {
			requireTbxTools();
			expect(basicDcaViolations(xml)).toEqual({});
		});
	}

	it('tells a broken file from a valid one with the same checks', () => {
		requireTbxTools();
		const broken = exports['an entry with every field filled']!.replace(
			'<termNote type="partOfSpeech">noun</termNote>',
			'<termNote type="partOfSpeech">properNoun</termNote>'
		).replace('<admin type="source">Beispielverordnung', '<admin type="origin">Beispielverordnung');
		expect(basicDcaViolations(broken)).toEqual({ 'admin types': 1, 'partOfSpeech picklist': 1 });
		const misordered = broken.replace(
			/(<term>Cyberangriff<\/term>)\n(\t+)(<termNote type="termType">fullForm<\/termNote>)/,
			'$1\n$2<note>first</note>$3'
		);
		const result = validateAgainstCoreSchema(misordered);
		expect(result.valid).toBe(false);
		expect(result.output).toContain('fails to validate');
	});
});
