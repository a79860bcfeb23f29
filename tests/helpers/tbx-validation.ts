// Checks a TBX file with the tools LTAC publishes for TBX-Basic: xmllint against the TBX v3 core
// RELAX NG, and the data-category rules of the TBX-Basic DCA Schematron written as XPath 1.0 (which
// xmllint evaluates; the published .sch needs XPath 2.0 and skips its attribute rules, see
// shared/data/validation/), shared so every TBX export is held to the same checks. Needs xmllint (apt-get install -y libxml2-utils;
// scripts/ensure-tools.sh) and ../shared/data beside the repository: without them the checks fail
// and say so, they never skip.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export const CORE_RNG = path.resolve('../shared/data/tbx/ltac/schemas/core/TBXcoreStructV03.rng');

// Imported while a test file is collected, so the folder goes when that file's tests are done.
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbm9-tbx-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));
let fileCount = 0;

function temporaryFile(xml: string): string {
	const file = path.join(workDir, `export-${++fileCount}.tbx`);
	fs.writeFileSync(file, xml, 'utf8');
	return file;
}

export function requireTbxTools(): void {
	const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
	if (probe.error || probe.status !== 0) {
		throw new Error(
			'xmllint is not installed, so exported TBX files cannot be validated. Install it with `apt-get install -y libxml2-utils` (or run `bash scripts/ensure-tools.sh` as root).'
		);
	}
	if (!fs.existsSync(CORE_RNG)) {
		throw new Error(
			`The TBX v3 core schema is missing at ${CORE_RNG}. Place the shared test data (shared/data, see its MANIFEST.md) beside the repository as ../shared.`
		);
	}
}

export function validateAgainstCoreSchema(xml: string): { valid: boolean; output: string } {
	const result = spawnSync('xmllint', ['--noout', '--relaxng', CORE_RNG, temporaryFile(xml)], { encoding: 'utf8' });
	return { valid: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

// The TBX-Basic DCA Schematron (element-context version) as XPath 1.0 counts of offending nodes.
const e = (name: string) => `*[local-name()='${name}']`;
const oneOf = (values: string[]) => values.map((value) => `.='${value}'`).join(' or ');
const typeOneOf = (values: string[]) => values.map((value) => `@type='${value}'`).join(' or ');
const underNonTransacGroupOf = (levels: string[]) =>
	levels
		.map(
			(level) =>
				`parent::${e(level)} or parent::*[contains(local-name(),'Grp') and local-name()!='transacGrp']/parent::${e(level)}`
		)
		.join(' or ');
export const BASIC_DCA_RULES: Readonly<Record<string, string>> = {
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

/** The rules the file breaks, with the number of offending nodes; {} for a valid file. */
export function basicDcaViolations(xml: string): Record<string, number> {
	const file = temporaryFile(xml);
	const violations: Record<string, number> = {};
	for (const [rule, xpath] of Object.entries(BASIC_DCA_RULES)) {
		const result = spawnSync('xmllint', ['--xpath', xpath, file], { encoding: 'utf8' });
		if (result.status !== 0) throw new Error(`xmllint could not evaluate the rule "${rule}": ${result.stderr}`);
		const count = Number(result.stdout.trim());
		if (count !== 0) violations[rule] = count;
	}
	return violations;
}
