// The TBX-Basic export checked by the tools LTAC publishes for it: xmllint against the TBX v3 core
// RELAX NG, and the data-category rules of the TBX-Basic DCA Schematron (written here as XPath 1.0,
// which xmllint evaluates, because the published .sch needs XPath 2.0 and skips its attribute rules;
// see shared/data/validation/). Needs xmllint (apt-get install -y libxml2-utils; scripts/ensure-tools.sh)
// and ../shared/data beside the repository; without them these tests fail and say so.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tbxToString } from '../../src/lib/domain/tbx';
import type { ExportEntry, SubmissionExportMeta } from '../../src/lib/domain/export/types';
import { languageVersion } from '../../src/lib/domain/national-entry';

const CORE_RNG = path.resolve('../shared/data/tbx/ltac/schemas/core/TBXcoreStructV03.rng');
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbm9-tbx-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

function requireTools(): void {
	const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
	if (probe.error || probe.status !== 0) {
		throw new Error('xmllint is not installed, so exported TBX files cannot be validated. Install it with `apt-get install -y libxml2-utils` (or run `bash scripts/ensure-tools.sh` as root).');
	}
	if (!fs.existsSync(CORE_RNG)) {
		throw new Error(`The TBX v3 core schema is missing at ${CORE_RNG}. Place the shared test data (shared/data, see its MANIFEST.md) beside the repository as ../shared.`);
	}
}

let fileCount = 0;
function writeTemporary(xml: string): string {
	const file = path.join(workDir, `export-${++fileCount}.tbx`);
	fs.writeFileSync(file, xml, 'utf8');
	return file;
}

function validateAgainstCoreSchema(xml: string): { valid: boolean; output: string } {
	const result = spawnSync('xmllint', ['--noout', '--relaxng', CORE_RNG, writeTemporary(xml)], { encoding: 'utf8' });
	return { valid: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

// The TBX-Basic DCA Schematron (element-context version) as XPath 1.0 counts of offending nodes.
const e = (name: string) => `*[local-name()='${name}']`;
const oneOf = (values: string[]) => values.map((value) => `.='${value}'`).join(' or ');
const typeOneOf = (values: string[]) => values.map((value) => `@type='${value}'`).join(' or ');
const underNonTransacGroupOf = (levels: string[]) =>
	levels.map((level) => `parent::${e(level)} or parent::*[contains(local-name(),'Grp') and local-name()!='transacGrp']/parent::${e(level)}`).join(' or ');
const BASIC_DCA_RULES: Record<string, string> = {
	'root is TBX-Basic in DCA style': `count(/${e('tbx')}[not(@type='TBX-Basic' and @style='dca')])`,
	'no DCT-style elements': `count(//*[namespace-uri()!='urn:iso:std:iso:30042:ed-2'])`,
	'no empty data category': `count(//*[@type=''])`,
	'targets are web addresses or ids': `count(//@target[not(starts-with(.,'http://') or starts-with(.,'https://'))][not(. = //@id)])`,
	'termNote only in termSec': `count(//${e('termNote')}[not(parent::${e('termSec')} or parent::${e('termNoteGrp')}/parent::${e('termSec')})])`,
	'admin types': `count(//${e('admin')}[not(${typeOneOf(['customerSubset', 'projectSubset', 'source'])})])`,
	'descrip types': `count(//${e('descrip')}[not(${typeOneOf(['subjectField', 'context', 'definition'])})])`,
	'ref types': `count(//${e('ref')}[not(@type='crossReference')])`,
	'termNote types': `count(//${e('termNote')}[not(${typeOneOf(['administrativeStatus', 'partOfSpeech', 'geographicalUsage', 'grammaticalGender', 'termLocation', 'termType'])})])`,
	'transac types': `count(//${e('transac')}[not(@type='transactionType')])`,
	'xref types': `count(//${e('xref')}[not(${typeOneOf(['externalCrossReference', 'xGraphic'])})])`,
	'source levels': `count(//${e('admin')}[@type='source'][not(${underNonTransacGroupOf(['conceptEntry', 'langSec', 'termSec'])})])`,
	'definition levels': `count(//${e('descrip')}[@type='definition'][not(${['conceptEntry', 'langSec'].map((level) => `parent::${e(level)} or parent::${e('descripGrp')}/parent::${e(level)}`).join(' or ')})])`,
	'context level': `count(//${e('descrip')}[@type='context'][not(parent::${e('termSec')} or parent::${e('descripGrp')}/parent::${e('termSec')})])`,
	'externalCrossReference levels': `count(//${e('xref')}[@type='externalCrossReference'][not(parent::${e('conceptEntry')} or parent::${e('langSec')} or parent::${e('termSec')})])`,
	'administrativeStatus picklist': `count(//${e('termNote')}[@type='administrativeStatus'][not(${oneOf(['admittedTerm-admn-sts', 'deprecatedTerm-admn-sts', 'supersededTerm-admn-sts', 'preferredTerm-admn-sts'])})])`,
	'partOfSpeech picklist': `count(//${e('termNote')}[@type='partOfSpeech'][not(${oneOf(['adjective', 'noun', 'other', 'verb', 'adverb'])})])`,
	'termType picklist': `count(//${e('termNote')}[@type='termType'][not(${oneOf(['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase'])})])`
};

function basicDcaViolations(xml: string): Record<string, number> {
	const file = writeTemporary(xml);
	const violations: Record<string, number> = {};
	for (const [rule, xpath] of Object.entries(BASIC_DCA_RULES)) {
		const result = spawnSync('xmllint', ['--xpath', xpath, file], { encoding: 'utf8' });
		if (result.status !== 0) throw new Error(`xmllint could not evaluate the rule "${rule}": ${result.stderr}`);
		const count = Number(result.stdout.trim());
		if (count !== 0) violations[rule] = count;
	}
	return violations;
}

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
				definition: 'Beabsichtigte Handlung im Cyberraum, die die Integrität & <Verfügbarkeit> gefährdet.\n\nZweiter Absatz.',
				definitionSource: 'Beispielverordnung, Art. 3 Bst. a',
				note: 'CBM9 text status: eine Bemerkung, die wie unsere aussieht',
				additionalTerms: [
					{ term: 'Cyber-Angriff', termType: 'variant', partOfSpeech: 'noun', administrativeStatus: 'admitted' },
					{ term: 'CA', termType: 'acronym', partOfSpeech: null, administrativeStatus: 'deprecated' },
					{ term: 'Computerangriff', termType: 'phrase', partOfSpeech: 'adjective', administrativeStatus: 'superseded' }
				]
			}),
			languageVersion({ language: 'en', textStatus: 'courtesy_translation', term: 'cyber attack', definitionSource: 'Translation by the delegation' })
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
				languageVersion({ language: 'fr-CH', isOriginal: true, textStatus: 'authentic', term: 'cyberattaque', definition: 'Action intentionnelle dans le cyberespace…' }),
				languageVersion({ language: 'de-CH', textStatus: 'official_translation', term: 'Cyberangriff', definition: 'Beabsichtigte Handlung im Cyberraum …' }),
				languageVersion({ language: 'it-CH', textStatus: 'official_translation', term: 'ciberattacco', definition: 'Azione intenzionale nel ciberspazio …' }),
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
				languageVersion({ language: 'ru', isOriginal: true, textStatus: 'authentic', term: 'кибератака', definition: 'Целенаправленное воздействие…' }),
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
			languageVersions: [languageVersion({ language: 'pl', isOriginal: true, textStatus: 'authentic', term: 'zapora sieciowa', definition: 'System zabezpieczeń…' })],
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
		'an empty submission (a draft without entries)': tbxToString([], { ...META, submittedAt: null, documentReference: null }),
		'an entry with every field filled': tbxToString([EVERY_FIELD], META),
		'a multilingual submission': tbxToString(MULTILINGUAL, META)
	};

	for (const [name, xml] of Object.entries(exports)) {
		it(`validates ${name} against the TBX v3 core RELAX NG`, () => {
			requireTools();
			const { valid, output } = validateAgainstCoreSchema(xml);
			expect(output).toContain('validates');
			expect(valid).toBe(true);
		});

		it(`keeps ${name} within the data categories TBX-Basic allows at each level`, () => {
			requireTools();
			expect(basicDcaViolations(xml)).toEqual({});
		});
	}

	it('tells a broken file from a valid one with the same checks', () => {
		requireTools();
		const broken = exports['an entry with every field filled']!
			.replace('<termNote type="partOfSpeech">noun</termNote>', '<termNote type="partOfSpeech">properNoun</termNote>')
			.replace('<admin type="source">Beispielverordnung', '<admin type="origin">Beispielverordnung');
		expect(basicDcaViolations(broken)).toEqual({ 'admin types': 1, 'partOfSpeech picklist': 1 });
		const misordered = broken.replace(/(<term>Cyberangriff<\/term>)\n(\t+)(<termNote type="termType">fullForm<\/termNote>)/, '$1\n$2<note>first</note>$3');
		const result = validateAgainstCoreSchema(misordered);
		expect(result.valid).toBe(false);
		expect(result.output).toContain('fails to validate');
	});
});
