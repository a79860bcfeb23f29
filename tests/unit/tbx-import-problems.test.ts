import { describe, expect, it } from 'vitest';
import { importTbx, langSec, messages, tbxV3 } from './tbx-helpers';

// tbxV3 puts the first line of its body on line 6.

describe('entries that cannot be imported', () => {
	it('leaves out an entry whose original has no definition, names it and its line, and imports the others', async () => {
		const file = tbxV3(`<conceptEntry id="c1">${langSec('en', 'firewall', null)}</conceptEntry>
<conceptEntry id="c2">${langSec('en', 'malware')}</conceptEntry>`);
		const { entries, errors, warnings } = await importTbx(file, { originalLanguage: 'en' });
		expect(entries.map((entry) => entry.sourceId)).toEqual(['c2']);
		expect(errors).toEqual([]);
		expect(warnings).toEqual([
			{
				severity: 'warning',
				message:
					'Entry "c1" (line 6) is left out: it has no definition in its original language (en), and CBM 9 asks for a definition of every term.',
				line: 6
			}
		]);
	});

	it('does not take a placeholder such as "-" for a definition', async () => {
		const file = tbxV3(
			`<conceptEntry id="c1"><descrip type="definition">-</descrip>${langSec('en', 'peace', null)}</conceptEntry>`
		);
		const { entries, errors, warnings } = await importTbx(file, { originalLanguage: 'en' });
		expect(entries).toEqual([]);
		expect(errors).toEqual([]);
		expect(messages(warnings)).toEqual([
			'Definitions that only say "-" (first at line 6) were read as missing definitions.',
			expect.stringContaining('is left out: it has no definition in its original language')
		]);
	});

	it('reports an entry without any term, a term section without a term and a definition without its term, with their lines', async () => {
		const file = tbxV3(`<conceptEntry id="c1"><note>nothing here</note></conceptEntry>
<conceptEntry id="c2"><langSec xml:lang="en"><descrip type="definition">d</descrip>
<termSec><termNote type="partOfSpeech">noun</termNote></termSec></langSec></conceptEntry>
<conceptEntry id="c3"><langSec xml:lang="en"><descrip type="definition">d</descrip>
<termSec><term>  </term></termSec></langSec></conceptEntry>`);
		const { entries, errors } = await importTbx(file, { originalLanguage: 'en' });
		expect(entries).toEqual([]);
		expect(errors.map((error) => [error.line, error.message])).toEqual([
			[
				6,
				'Entry "c1" (line 6) has no term in any usable language section, so it cannot be imported. Give it at least one term with its language.'
			],
			[8, 'Entry "c2" (line 7): the term section at line 8 has no term.'],
			[
				9,
				'Entry "c3" (line 9): the language section "en" at line 9 has no term. Give its term, or remove the language section.'
			]
		]);
	});

	it('skips, with a warning, a language section whose only term is empty (a translation still to be done)', async () => {
		const file = tbxV3(`<conceptEntry id="c1">${langSec('en', 'firewall')}
<langSec xml:lang="de"><termSec><term/></termSec></langSec></conceptEntry>`);
		const { entries, problems } = await importTbx(file, { originalLanguage: 'en' });
		expect(entries[0]!.content.languageVersions.map((version) => version.language)).toEqual(['en']);
		expect(problems).toEqual([
			{
				severity: 'warning',
				message: 'Entry "c1" (line 6): the term at line 7 is empty; its term section was not imported.',
				line: 7
			}
		]);
	});

	it('refuses the second of two entries with the same id, naming both lines', async () => {
		const file = tbxV3(`<conceptEntry id="c1">${langSec('en', 'firewall')}</conceptEntry>
<conceptEntry id="c1">${langSec('en', 'malware')}</conceptEntry>`);
		const { entries, errors } = await importTbx(file, { originalLanguage: 'en' });
		expect(entries.map((entry) => entry.content.languageVersions[0]!.term)).toEqual(['firewall']);
		expect(errors).toEqual([
			{
				severity: 'error',
				message:
					'Two entries have the id "c1" (lines 6 and 7). Each entry needs its own id; correct the file and import it again.',
				line: 7
			}
		]);
	});

	it('refuses a term that is outside its term section instead of guessing where it belongs', async () => {
		const file = tbxV3(`<conceptEntry id="c1"><langSec xml:lang="en"><descrip type="definition">d</descrip>
<term>firewall</term><termSec><term>packet filter</term></termSec></langSec></conceptEntry>`);
		const { entries, errors } = await importTbx(file, { originalLanguage: 'en' });
		expect(entries).toEqual([]);
		expect(errors).toEqual([
			{
				severity: 'error',
				message:
					'Entry "c1" (line 6): the term "firewall" at line 7 is not inside a <termSec>, so it cannot be read as a term. Move it into one and import the file again.',
				line: 7
			}
		]);
	});

	it('refuses an element in the body that is not an entry', async () => {
		const { errors } = await importTbx(tbxV3(`<termEntry id="c1">${langSec('en', 'firewall')}</termEntry>`), {
			originalLanguage: 'en'
		});
		expect(errors).toEqual([
			{
				severity: 'error',
				message:
					'The element <termEntry> at line 6 is not a TBX v3 <conceptEntry>, so its content cannot be read. Correct the file and import it again.',
				line: 6
			}
		]);
	});
});

describe('values the model holds differently', () => {
	it('imports unknown parts of speech as "other", maps TBX 2008 term types and TBX-Min usage status', async () => {
		const file = tbxV3(`<conceptEntry id="c1"><langSec xml:lang="en"><descrip type="definition">d</descrip>
<termSec><term>across</term><termNote type="partOfSpeech">preposition</termNote><termNote type="usageStatus">notRecommended</termNote></termSec>
<termSec><term>NATO</term><termNote type="termType">initialism</termNote><termNote type="partOfSpeech">properNoun</termNote></termSec>
<termSec><term>xyz</term><termNote type="termType">formula</termNote></termSec>
</langSec></conceptEntry>`);
		const { entries, warnings } = await importTbx(file, { originalLanguage: 'en' });
		const version = entries[0]!.content.languageVersions[0]!;
		expect(
			[version, ...version.additionalTerms].map(({ term, termType, partOfSpeech, administrativeStatus }) => ({
				term,
				termType,
				partOfSpeech,
				administrativeStatus
			}))
		).toEqual([
			{ term: 'across', termType: null, partOfSpeech: 'other', administrativeStatus: 'deprecated' },
			{ term: 'NATO', termType: 'acronym', partOfSpeech: 'properNoun', administrativeStatus: null },
			{ term: 'xyz', termType: null, partOfSpeech: null, administrativeStatus: null }
		]);
		expect(messages(warnings)).toEqual([
			'Entry "c1" (line 6): the part of speech "preposition" at line 7 is not one of noun, verb, adjective, adverb or proper noun; it was imported as "other".',
			'The term type "initialism" (first at line 8) was imported as "acronym".',
			'The term type "formula" (first at line 9) is not one of full form, acronym, abbreviation, short form, variant or phrase; such term types were not imported.'
		]);
	});

	it('reports a data category TBX-Basic does not define once for the file, and counts the entries that had it', async () => {
		const entry = (
			id: string
		) => `<conceptEntry id="${id}"><langSec xml:lang="en"><descrip type="definition">d</descrip>
<termSec><term>${id}</term><termNote type="pos">noun</termNote></termSec></langSec></conceptEntry>`;
		const { entries, warnings, summary } = await importTbx(tbxV3(`${entry('a')}\n${entry('b')}`), {
			originalLanguage: 'en'
		});
		expect(entries).toHaveLength(2);
		expect(warnings).toEqual([
			{
				severity: 'warning',
				message:
					'The file uses the data category "pos" (<termNote>) at line 7, which TBX-Basic does not define; such values were not imported.',
				line: 7
			}
		]);
		expect(summary.notKept).toEqual(['pos (2 entries)']);
	});

	it('joins several notes of the entry with a blank line and keeps a link that is not a web address out of the source', async () => {
		const file = tbxV3(`<conceptEntry id="c1"><note>First.</note><note>Second.</note>
<xref type="externalCrossReference" target="C://Path/to/act">Act</xref>${langSec('en', 'firewall')}</conceptEntry>`);
		const { entries, warnings, summary } = await importTbx(file, { originalLanguage: 'en' });
		expect(entries[0]!.content).toMatchObject({ note: 'First.\n\nSecond.', sourceUrl: null });
		expect(messages(warnings)).toEqual([
			'Entry "c1" (line 6): the link "C://Path/to/act" at line 7 is not a web address (http or https); it was not imported.'
		]);
		expect(summary.notKept).toEqual(['externalCrossReference (not a web address) (1 entry)']);
	});

	it('takes a definition given in a term section, with its source, when the language section has none', async () => {
		const file = tbxV3(`<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>firewall</term>
<descripGrp><descrip type="definition">A barrier between networks.</descrip><admin type="source">Example glossary</admin></descripGrp></termSec></langSec></conceptEntry>`);
		const { entries, problems } = await importTbx(file, { originalLanguage: 'en' });
		expect(problems).toEqual([]);
		expect(entries[0]!.content.languageVersions[0]).toMatchObject({
			definition: 'A barrier between networks.',
			definitionSource: 'Example glossary'
		});
	});

	it('keeps line breaks the author made and joins lines that pretty-printing wrapped', async () => {
		const file = tbxV3(`<conceptEntry id="c1"><langSec xml:lang="en"><descrip type="definition">Measures that:
(a) protect;
(b) detect and
    respond.

Second paragraph.</descrip><termSec><term>security
      control</term></termSec></langSec></conceptEntry>`);
		const { entries } = await importTbx(file, { originalLanguage: 'en' });
		expect(entries[0]!.content.languageVersions[0]).toMatchObject({
			term: 'security control',
			definition: 'Measures that:\n(a) protect;\n(b) detect and respond.\n\nSecond paragraph.'
		});
	});
});
