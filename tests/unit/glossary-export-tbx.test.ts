// The consensus glossary as TBX-Basic: what a terminologist sees in the file, and that reading the
// file back gives every concept exactly as it was written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DEMONSTRATION_LINE,
	GlossaryTbxError,
	glossaryTitle,
	readGlossaryTbx,
	writeGlossaryTbx,
	type GlossaryConcept
} from '../../src/lib/domain/glossary-export';
import type { ConceptLanguageText, ConceptText } from '../../src/lib/domain/concept-text';
import { ADMINISTRATIVE_STATUSES, OSCE_LANGUAGES, PARTS_OF_SPEECH, TERM_TYPES } from '../../src/lib/domain/vocabulary';
import { CURRENT_META, GLOSSARY_CONCEPTS, RELEASE_META } from '../fixtures/glossary-export/concepts';

/** A file around the given conceptEntry elements, as another tool might write it. */
function tbxFile(body: string): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><titleStmt><title>Hand-written</title></titleStmt><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
<text><body>${body}</body></text>
</tbx>`;
}

const PROVENANCE = `<admin type="source">Cite me</admin><xref type="externalCrossReference" target="https://example.org/glossary/5?version=1">page</xref>
<note>CBM9 concept version: 1</note><note>CBM9 concept status: agreed</note><note>CBM9 adopted: 2026-01-01T00:00:00.000Z</note>`;
const ENGLISH =
	'<langSec xml:lang="en"><descrip type="definition">A definition.</descrip><termSec><term>term</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>';

describe('export then read back', () => {
	it('gives back every concept identical, in order, with nothing reported', () => {
		const reading = readGlossaryTbx(writeGlossaryTbx(GLOSSARY_CONCEPTS, RELEASE_META));
		expect(reading.problems).toEqual([]);
		expect(reading.concepts).toEqual(GLOSSARY_CONCEPTS);
		expect(reading.title).toBe('OSCE CBM 9 consensus glossary, release 2 (1 April 2027)');
	});

	it('keeps pending languages pending and unreleased versions unreleased', () => {
		const [, cyberIncident, hacker] = readGlossaryTbx(writeGlossaryTbx(GLOSSARY_CONCEPTS, CURRENT_META)).concepts;
		expect(Object.keys(cyberIncident!.text)).toEqual(['en', 'fr', 'de', 'ru']);
		expect(Object.keys(hacker!.text)).toEqual(['en']);
		expect(hacker!.firstRelease).toBeNull();
		expect(hacker!.status).toBe('deprecated');
	});

	it('writes an empty glossary that reads back as no concepts', () => {
		const xml = writeGlossaryTbx([], { ...CURRENT_META, scope: { kind: 'current', asOf: null } });
		expect(xml).not.toContain('<body>');
		expect(readGlossaryTbx(xml)).toEqual({
			title: 'OSCE CBM 9 consensus glossary, current (no concept agreed yet)',
			concepts: [],
			problems: []
		});
	});

	it('carries an address that cannot be a link in a note, and reads it back', () => {
		const concept = { ...GLOSSARY_CONCEPTS[0]!, url: 'https://example.org/100%sure' };
		const xml = writeGlossaryTbx([concept], RELEASE_META);
		expect(xml).toContain('<note>CBM9 concept URL: https://example.org/100%sure</note>');
		expect(xml).not.toContain('<xref');
		expect(readGlossaryTbx(xml).concepts).toEqual([concept]);
	});
});

describe('the TBX-Basic file', () => {
	const xml = writeGlossaryTbx(GLOSSARY_CONCEPTS, RELEASE_META);

	it('names the glossary, the release, the citation and the terms of use in its header', () => {
		expect(xml).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">');
		expect(xml).toContain('<title>OSCE CBM 9 consensus glossary, release 2 (1 April 2027)</title>');
		expect(xml).toContain(
			'<p>Release 2: Consensus glossary, release 2 — “autumn” &amp; &lt;more&gt;, published 2027-04-01T07:30:00.000Z</p>'
		);
		expect(xml).toContain('<p>Release notes: Adds cyber incident.\nCorrects the French of encryption.</p>');
		expect(xml).toContain('<p>Concepts: 3 (2 agreed, 1 deprecated)</p>');
		expect(xml).toContain(
			'<p>Cite as: OSCE CBM 9 consensus glossary, release 2 (1 April 2027). https://glossary.example.org/glossary/releases/2</p>'
		);
		expect(xml).toContain(
			'<publicationStmt>\n\t\t\t\t<p>The consensus glossary of the OSCE participating States (test terms of use).</p>'
		);
		expect(xml).not.toContain(DEMONSTRATION_LINE);
	});

	it('says "current, as of" for the current glossary, and labels demonstration data', () => {
		const current = writeGlossaryTbx(GLOSSARY_CONCEPTS, CURRENT_META);
		expect(current).toContain('<title>OSCE CBM 9 consensus glossary, current, as of 1 October 2027</title>');
		expect(current).toContain(
			'<p>Current glossary: the latest adopted version of every agreed or deprecated concept, as of 2027-09-30T23:30:00.000Z</p>'
		);
		expect(current).toContain(`<p>${DEMONSTRATION_LINE}</p>`);
	});

	it('gives each concept its id, citation, address, version, status, adoption, release and interpretive statements', () => {
		expect(xml).toContain(
			[
				'\t\t\t<conceptEntry id="c7">',
				'\t\t\t\t<admin type="source">OSCE CBM 9 consensus glossary, “cyber incident”, version 3 (12 March 2027). https://glossary.example.org/glossary/7?version=3</admin>',
				'\t\t\t\t<xref type="externalCrossReference" target="https://glossary.example.org/glossary/7?version=3">Concept page, version 3</xref>',
				'\t\t\t\t<note>CBM9 concept version: 3</note>',
				'\t\t\t\t<note>CBM9 concept status: agreed</note>',
				'\t\t\t\t<note>CBM9 adopted: 2027-03-12T10:15:00.000Z</note>',
				'\t\t\t\t<note>CBM9 first published in release: 2</note>',
				'\t\t\t\t<note>CBM9 interpretive statement: GR (Greece): Test text: Η Ελλάδα θεωρεί ότι ο όρος «σύστημα» περιλαμβάνει &amp; τα &lt;δίκτυα&gt;.</note>',
				'\t\t\t\t<note>CBM9 interpretive statement: PL (Poland): Test text: "networks" include closed networks.\nSecond line: CBM9 note: not a note.</note>',
				'\t\t\t\t<langSec xml:lang="en">'
			].join('\n')
		);
		// The unreleased version says nothing about a release.
		const hacker = xml.slice(xml.indexOf('<conceptEntry id="c12">'));
		expect(hacker).toContain('<note>CBM9 concept status: deprecated</note>');
		expect(hacker).not.toContain('first published in release');
	});

	it('writes a language section per agreed language in the OSCE order, none for a pending one', () => {
		const cyberIncident = xml.slice(xml.indexOf('<conceptEntry id="c7">'), xml.indexOf('<conceptEntry id="c12">'));
		expect([...cyberIncident.matchAll(/<langSec xml:lang="(\w+)">/g)].map((match) => match[1])).toEqual([
			'en',
			'fr',
			'de',
			'ru'
		]);
		const encryption = xml.slice(xml.indexOf('<conceptEntry id="c3">'), xml.indexOf('<conceptEntry id="c7">'));
		expect([...encryption.matchAll(/<langSec xml:lang="(\w+)">/g)].map((match) => match[1])).toEqual([
			...OSCE_LANGUAGES
		]);
	});

	it('writes every administrative status as TBX-Basic spells it, and a proper noun as a noun with a note', () => {
		for (const status of [
			'preferredTerm-admn-sts',
			'admittedTerm-admn-sts',
			'deprecatedTerm-admn-sts',
			'supersededTerm-admn-sts'
		]) {
			expect(xml).toContain(`<termNote type="administrativeStatus">${status}</termNote>`);
		}
		expect(xml).toContain(
			'<term>CI</term>\n\t\t\t\t\t\t<termNote type="termType">acronym</termNote>\n\t\t\t\t\t\t<termNote type="partOfSpeech">noun</termNote>\n\t\t\t\t\t\t<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>\n\t\t\t\t\t\t<note>CBM9 part of speech: properNoun</note>'
		);
		expect(xml).not.toContain('properNoun</termNote>');
	});

	it("escapes XML, keeps a Windows line break, and wraps a note that looks like the platform's own", () => {
		expect(xml).toContain(
			'<descrip type="definition">An event that compromises the "availability", integrity &amp; &lt;confidentiality&gt; of a system; see ]]&gt; and \'quotes\'.</descrip>'
		);
		expect(xml).toContain('beeinträchtigt.&#13;\n&#13;\nZweiter Absatz');
		expect(xml).toContain(
			"<note>CBM9 note: CBM9 concept status: a note of the working group that looks like the platform's own</note>"
		);
	});

	it('refuses a concept without any text instead of writing an invalid file', () => {
		const empty: GlossaryConcept = { ...GLOSSARY_CONCEPTS[0]!, text: {} };
		expect(() => writeGlossaryTbx([empty], RELEASE_META)).toThrow(
			'Concept 3 has no text in any language, so it cannot be exported.'
		);
	});
});

describe('reading a file that was not written by the platform', () => {
	it('reports what it cannot read, with the line, and keeps the rest of the concept', () => {
		const xml = tbxFile(`<conceptEntry id="c5">${PROVENANCE}
<note>Checked by the terminology unit</note>
<descrip type="subjectField">security</descrip>
${ENGLISH}
<langSec xml:lang="sr"><descrip type="definition">Дефиниција.</descrip><termSec><term>појам</term></termSec></langSec>
</conceptEntry>`);
		const reading = readGlossaryTbx(xml);
		expect(reading.concepts).toHaveLength(1);
		expect(reading.concepts[0]!.text).toEqual({
			en: {
				terms: [{ term: 'term', administrativeStatus: 'preferred', termType: null, partOfSpeech: null }],
				definition: 'A definition.',
				note: null
			}
		});
		expect(reading.problems).toEqual([
			{
				line: 6,
				message:
					'The concept note at line 6 ("Checked by the terminology unit") is not one the consensus glossary writes; it was not read.'
			},
			{
				line: 7,
				message:
					'<descrip type="subjectField"> at line 7 has no place at the concept level of the consensus glossary; it was not read.'
			},
			{
				line: 9,
				message:
					'The language section at line 9 is in "sr", which is not an OSCE language (en, fr, de, it, ru, es); it was not read.'
			}
		]);
	});

	it('leaves out a concept whose version, status or adoption it cannot tell, and says why', () => {
		const reading = readGlossaryTbx(
			tbxFile(`<conceptEntry id="term-5"><admin type="source">Cite me</admin>${ENGLISH}</conceptEntry>`)
		);
		expect(reading.concepts).toEqual([]);
		expect(reading.problems.map((problem) => problem.message)).toEqual([
			'The concept "term-5" (line 4) lacks an id of the form "c12", its version, its status, its adoption date, its address; it was not read.'
		]);
	});

	it('refuses files that are not TBX v3, not well-formed, or declare entities', () => {
		expect(() => readGlossaryTbx('<?xml version="1.0"?><martif type="TBX"/>')).toThrow(GlossaryTbxError);
		expect(() => readGlossaryTbx(tbxFile('<conceptEntry id="c1">'))).toThrow(/not well-formed XML/);
		const entities =
			'<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY lol "lol">]><tbx xmlns="urn:iso:std:iso:30042:ed-2"/>';
		expect(() => readGlossaryTbx(entities)).toThrow('For safety, such files are not read');
		expect(() =>
			readGlossaryTbx(tbxFile('<conceptEntry id="c1"><note>x</note></conceptEntry>'), { maxDepth: 4 })
		).toThrow('more than 4 levels deep');
	});
});

describe('round trip of any concept', () => {
	// Text exactly as typed, including what XML is fussy about; only characters XML 1.0 cannot carry
	// at all are left out (the writer replaces them, see xml-escape.ts).
	// eslint-disable-next-line no-control-regex -- the control characters XML cannot carry are what this matches
	const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
	const text = fc
		.array(
			fc.oneof(
				fc.string({ unit: 'grapheme', maxLength: 12 }),
				fc.constantFrom(
					'&',
					'<',
					'>',
					'"',
					"'",
					'\n',
					'\r\n',
					'\r',
					'\t',
					' ',
					']]>',
					'CBM9 note: ',
					'CBM9 concept version: ',
					'кибер',
					'ασφάλεια',
					'é'
				)
			),
			{ maxLength: 8 }
		)
		.map((parts) => parts.join(''))
		.filter((value) => !NOT_XML.test(value));
	const term = fc.record({
		term: text.filter((value) => value.length > 0),
		administrativeStatus: fc.constantFrom(...ADMINISTRATIVE_STATUSES),
		termType: fc.option(fc.constantFrom(...TERM_TYPES), { nil: null }),
		partOfSpeech: fc.option(fc.constantFrom(...PARTS_OF_SPEECH), { nil: null })
	});
	const languageText: fc.Arbitrary<ConceptLanguageText> = fc.record({
		terms: fc.array(term, { minLength: 1, maxLength: 4 }),
		definition: text,
		note: fc.option(text, { nil: null })
	});
	const conceptText: fc.Arbitrary<ConceptText> = fc
		.tuple(languageText, ...OSCE_LANGUAGES.slice(1).map(() => fc.option(languageText, { nil: undefined })))
		.map(([english, ...others]) => {
			const result: ConceptText = { en: english };
			OSCE_LANGUAGES.slice(1).forEach((language, index) => {
				const other = others[index];
				if (other) result[language] = other;
			});
			return result;
		});
	const concept = fc.record({
		version: fc.integer({ min: 1, max: 40 }),
		status: fc.constantFrom('agreed' as const, 'deprecated' as const),
		adoptedAt: fc
			.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
			.map((date) => date.toISOString()),
		firstRelease: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
		url: fc.oneof(
			fc.webUrl({ withQueryParameters: true, withFragments: true }),
			text.filter((value) => value.length > 0)
		),
		citeAs: text,
		text: conceptText,
		interpretiveStatements: fc.array(
			fc.record({
				stateCode: fc.constantFrom('AT', 'PL', 'RU', 'VA', 'GR'),
				stateName: fc.constantFrom('Austria', 'Poland', 'Russian Federation', 'Holy See', 'Greece'),
				statement: text
			}),
			{ maxLength: 3 }
		)
	});

	it('keeps every field of generated concepts exactly', () => {
		fc.assert(
			fc.property(fc.array(concept, { minLength: 1, maxLength: 4 }), (generated) => {
				const concepts: GlossaryConcept[] = generated.map((fields, index) => ({ conceptId: index + 1, ...fields }));
				const reading = readGlossaryTbx(writeGlossaryTbx(concepts, RELEASE_META));
				expect(reading.problems).toEqual([]);
				expect(reading.concepts).toEqual(concepts);
				expect(reading.title).toBe(glossaryTitle(RELEASE_META.scope));
			}),
			{ numRuns: 200 }
		);
	});
});
