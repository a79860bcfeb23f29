// The consensus glossary as TBX-Basic: TBX v3 (ISO 30042:2019), DCA style, valid against LTAC's
// core RNG and within the data categories the TBX-Basic DCA Schematron allows at each level.
//
// Where each fact of a concept goes (and comes back from, with readGlossaryTbx):
//
//   concept                        <conceptEntry id="c{conceptId}">, in the order given
//     citeAs                       <admin type="source">                       (conceptEntry level)
//     url (http/https)             <xref type="externalCrossReference" target="…">
//     url (anything else)          <note>CBM9 concept URL: …</note>
//     version                      <note>CBM9 concept version: 2</note>
//     status                       <note>CBM9 concept status: agreed</note>     (or deprecated)
//     adoptedAt                    <note>CBM9 adopted: 2025-06-16T15:00:00.000Z</note>
//     firstRelease                 <note>CBM9 first published in release: 1</note>   (absent while unreleased)
//     interpretive statements      <note>CBM9 interpretive statement: PL (Poland): …</note>, one each
//   language text                  <langSec xml:lang="en">, in the OSCE order en fr de it ru es;
//                                  a pending language has no langSec
//     definition                   <descrip type="definition">
//     note                         <note>…</note>                              (langSec level; a note that
//                                  itself starts like "CBM9 …: " is wrapped as "CBM9 note: …")
//     terms                        one <termSec> each, in order
//       termType                   <termNote type="termType">
//       partOfSpeech               <termNote type="partOfSpeech">; properNoun, which TBX-Basic's
//                                  picklist lacks, is written "noun" plus <note>CBM9 part of speech: properNoun</note>
//       administrativeStatus       <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote> …
//
// Text is written exactly, with no whitespace added inside an element, so it reads back exactly;
// only characters XML cannot carry at all become U+FFFD (see xml-escape.ts).
import type { ConceptLanguageText, ConceptTerm } from '../concept-text';
import { OSCE_LANGUAGES } from '../vocabulary';
import { administrativeStatusToTbx, TBX_BASIC_PARTS_OF_SPEECH } from '../tbx/picklists';
import { partOfSpeechNote, plainNote } from '../tbx/provenance-notes';
import { escapeXmlAttribute, escapeXmlText } from '../tbx/xml-escape';
import {
	adoptedNote,
	firstReleaseNote,
	interpretiveStatementNote,
	statusNote,
	urlNote,
	versionNote
} from './concept-notes';
import { glossaryTitle } from './naming';
import type { GlossaryConcept, GlossaryExportMeta } from './types';

// The same schema references as the national-list export (tbx/writer.ts), for XML editors.
const CORE_RNG = 'https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng';
const BASIC_DCA_SCHEMATRON =
	'https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch';

/** Addresses that an xref target (xsd:anyURI, as libxml2 checks it: "%" must start an escape) accepts as they are. */
// eslint-disable-next-line no-control-regex -- the control characters XML cannot carry are what this matches
const WEB_ADDRESS = /^https?:\/\/(?:[^\s\u0000-\u001f\u007f<>"{}|\\^`%]|%[0-9a-f]{2})+$/i;

export const GLOSSARY_TBX_ENCODING_NOTE =
	'Notes at the concept level that start with "CBM9 " carry what TBX-Basic has no data category for: the concept ' +
	'version ("CBM9 concept version: 2"), its status ("CBM9 concept status: agreed" or "deprecated"), the instant of ' +
	'its adoption ("CBM9 adopted: …", ISO 8601, UTC), the first release that published it ("CBM9 first published in ' +
	'release: 1") and each interpretive statement made when it was adopted ("CBM9 interpretive statement: <State code> ' +
	'(<State name>): <statement>"). The source of each concept (admin type="source") is the line to cite it by; its ' +
	'external cross-reference is its permanent address. A language without a language section is pending translation. ' +
	'"CBM9 part of speech: properNoun" completes the TBX-Basic part of speech "noun"; "CBM9 note: " wraps a note that ' +
	'itself starts with "CBM9 ".';

export function writeGlossaryTbx(concepts: readonly GlossaryConcept[], meta: GlossaryExportMeta): string {
	let xml = header(concepts, meta);
	// TBX requires at least one entry in a <body>; an empty glossary has none.
	if (concepts.length > 0) xml += `\t\t<body>\n${concepts.map(conceptEntry).join('')}\t\t</body>\n`;
	return `${xml}\t</text>\n</tbx>\n`;
}

function element(indent: string, name: string, text: string, attributes: Record<string, string> = {}): string {
	const attributeText = Object.entries(attributes)
		.map(([key, value]) => ` ${key}="${escapeXmlAttribute(value)}"`)
		.join('');
	return `${indent}<${name}${attributeText}>${escapeXmlText(text)}</${name}>\n`;
}

function paragraphs(indent: string, lines: readonly string[]): string {
	return lines.map((line) => element(indent, 'p', line)).join('');
}

function header(concepts: readonly GlossaryConcept[], meta: GlossaryExportMeta): string {
	const { scope } = meta;
	const deprecated = concepts.filter((concept) => concept.status === 'deprecated').length;
	const source = [
		scope.kind === 'release'
			? `Release ${scope.number}: ${scope.title}, published ${scope.releasedAt}`
			: `Current glossary: the latest adopted version of every agreed or deprecated concept${scope.asOf ? `, as of ${scope.asOf}` : ''}`,
		...(scope.kind === 'release' && scope.notes ? [`Release notes: ${scope.notes}`] : []),
		`Concepts: ${concepts.length} (${concepts.length - deprecated} agreed, ${deprecated} deprecated)`,
		`Cite as: ${meta.citeAs}`,
		...(meta.demonstration ? [DEMONSTRATION_LINE] : []),
		'Exported from the reference platform for OSCE confidence-building measure 9 (PC.DEC/1106).'
	];
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<?xml-model href="${CORE_RNG}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n` +
		`<?xml-model href="${BASIC_DCA_SCHEMATRON}" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>\n` +
		'<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n' +
		'\t<tbxHeader>\n' +
		'\t\t<fileDesc>\n' +
		`\t\t\t<publicationStmt>\n${paragraphs('\t\t\t\t', [meta.termsOfUse])}\t\t\t</publicationStmt>\n` +
		`\t\t\t<titleStmt>\n${element('\t\t\t\t', 'title', glossaryTitle(scope))}\t\t\t</titleStmt>\n` +
		`\t\t\t<sourceDesc>\n${paragraphs('\t\t\t\t', source)}\t\t\t</sourceDesc>\n` +
		'\t\t</fileDesc>\n' +
		`\t\t<encodingDesc>\n${paragraphs('\t\t\t', [GLOSSARY_TBX_ENCODING_NOTE])}\t\t</encodingDesc>\n` +
		'\t</tbxHeader>\n' +
		'\t<text>\n'
	);
}

export const DEMONSTRATION_LINE =
	'Demonstration data: this installation holds texts written to demonstrate the platform; they are not terminology agreed by the OSCE participating States.';

function conceptEntry(concept: GlossaryConcept): string {
	const indent = '\t\t\t\t';
	const languages = OSCE_LANGUAGES.filter((language) => concept.text[language]);
	// The database cannot hold such a concept; writing it would give an invalid file (TBX needs a langSec).
	if (languages.length === 0)
		throw new RangeError(`Concept ${concept.conceptId} has no text in any language, so it cannot be exported.`);
	let xml = `\t\t\t<conceptEntry id="c${concept.conceptId}">\n`;
	xml += element(indent, 'admin', concept.citeAs, { type: 'source' });
	xml += WEB_ADDRESS.test(concept.url)
		? element(indent, 'xref', `Concept page, version ${concept.version}`, {
				type: 'externalCrossReference',
				target: concept.url
			})
		: element(indent, 'note', urlNote(concept.url));
	xml += element(indent, 'note', versionNote(concept.version));
	xml += element(indent, 'note', statusNote(concept.status));
	xml += element(indent, 'note', adoptedNote(concept.adoptedAt));
	if (concept.firstRelease !== null) xml += element(indent, 'note', firstReleaseNote(concept.firstRelease));
	for (const statement of concept.interpretiveStatements)
		xml += element(indent, 'note', interpretiveStatementNote(statement));
	for (const language of languages) xml += langSec(concept.conceptId, language, concept.text[language]!);
	return `${xml}\t\t\t</conceptEntry>\n`;
}

function langSec(conceptId: number, language: string, text: ConceptLanguageText): string {
	if (text.terms.length === 0)
		throw new RangeError(`Concept ${conceptId} has a text in "${language}" without a term, so it cannot be exported.`);
	const indent = '\t\t\t\t\t';
	let xml = `\t\t\t\t<langSec xml:lang="${language}">\n`;
	xml += element(indent, 'descrip', text.definition, { type: 'definition' });
	if (text.note !== null) xml += element(indent, 'note', languageNote(text.note));
	for (const term of text.terms) xml += termSec(term);
	return `${xml}\t\t\t\t</langSec>\n`;
}

// plainNote's wrapping (tbx/provenance-notes.ts), made exact for text that is not trimmed: the
// reader unwraps one "CBM9 note: ", so a note that starts with it is always wrapped.
const WRAPPED_NOTE_HEAD = 'CBM9 note: ';

function languageNote(note: string): string {
	return note.startsWith(WRAPPED_NOTE_HEAD) ? `${WRAPPED_NOTE_HEAD}${note}` : plainNote(note);
}

function termSec(term: ConceptTerm): string {
	const indent = '\t\t\t\t\t\t';
	let xml = `\t\t\t\t\t<termSec>\n${element(indent, 'term', term.term)}`;
	if (term.termType) xml += element(indent, 'termNote', term.termType, { type: 'termType' });
	const inPicklist = term.partOfSpeech === null || TBX_BASIC_PARTS_OF_SPEECH.includes(term.partOfSpeech);
	if (term.partOfSpeech)
		xml += element(indent, 'termNote', inPicklist ? term.partOfSpeech : 'noun', { type: 'partOfSpeech' });
	xml += element(indent, 'termNote', administrativeStatusToTbx(term.administrativeStatus), {
		type: 'administrativeStatus'
	});
	// Notes follow all termNotes in a termSec.
	if (term.partOfSpeech && !inPicklist) xml += element(indent, 'note', partOfSpeechNote(term.partOfSpeech));
	return `${xml}\t\t\t\t\t</termSec>\n`;
}
