// TBX-Basic exporter: TBX v3 (ISO 30042:2019), DCA style, valid against LTAC's core RNG and within
// the data categories that the TBX-Basic DCA Schematron allows at each level. One chunk per entry.
//
// Where each field of a national entry goes (and comes back from, with parseTbx):
//
//   entry                          <conceptEntry id="e{entryId}">, in the submission's order
//     sourceAct                    <admin type="source">                     (conceptEntry level)
//     sourceUrl (http/https)       <xref type="externalCrossReference" target="…">
//     sourceUrl (anything else)    <note>CBM9 source URL: …</note>
//     sourceArticle                <note>CBM9 source article: …</note>
//     sourceDate                   <note>CBM9 source date: …</note>
//     note                         <note>…</note>                            (conceptEntry level; a note
//                                  that itself starts like "CBM9 …: " is wrapped as "CBM9 note: …")
//   language version               <langSec xml:lang="…">, in the entry's order
//     definition                   <descripGrp><descrip type="definition">
//     definitionSource             … <admin type="source"> in the same descripGrp; without a
//                                  definition: <note>CBM9 definition source: …</note>
//     textStatus, isOriginal       <note>CBM9 text status: authentic (original language version)</note>
//                                  or "CBM9 text status: official_translation" / "courtesy_translation"
//     note                         <note>…</note>                            (langSec level)
//     term, additionalTerms        the first <termSec>, then one <termSec> per additional term
//       termType                   <termNote type="termType">
//       administrativeStatus       <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote> …
//       partOfSpeech               <termNote type="partOfSpeech">; properNoun, which TBX-Basic's
//                                  picklist lacks, is written "noun" plus <note>CBM9 part of speech: properNoun</note>
//
// Empty or blank strings are written as absent and read back as null. Text is read back as
// raw-entry.ts cleanText leaves it: trimmed, and a single line break followed by indentation read
// as pretty-printing (a space); other line breaks survive. Terms are one line.
import { DISTRIBUTION_LABELS } from '../vocabulary';
import type { AdditionalTerm, EntryContent, LanguageVersion } from '../national-entry';
import type { ExportEntry, SubmissionExportMeta } from '../export/types';
import { administrativeStatusToTbx, TBX_BASIC_PARTS_OF_SPEECH } from './picklists';
import { definitionSourceNote, entrySourceNote, partOfSpeechNote, plainNote, textStatusNote } from './provenance-notes';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape';

const CORE_RNG = 'https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng';
const BASIC_DCA_SCHEMATRON =
	'https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch';

/** Links that TBX-Basic's xref and xsd:anyURI (as libxml2 checks it: "%" must start an escape) accept as they are. */
// eslint-disable-next-line no-control-regex -- the control characters XML cannot carry are what this matches
const WEB_ADDRESS = /^https?:\/\/(?:[^\s\u0000-\u001f\u007f<>"{}|\\^`%]|%[0-9a-f]{2})+$/i;

export function* writeTbx(entries: Iterable<ExportEntry>, meta: SubmissionExportMeta): Generator<string> {
	yield header(meta);
	let bodyOpen = false;
	for (const entry of entries) {
		if (!bodyOpen) {
			yield '\t\t<body>\n';
			bodyOpen = true;
		}
		yield conceptEntry(entry);
	}
	// TBX requires at least one entry in a <body>; an empty submission has none.
	yield bodyOpen ? '\t\t</body>\n\t</text>\n</tbx>\n' : '\t</text>\n</tbx>\n';
}

export function tbxToString(entries: Iterable<ExportEntry>, meta: SubmissionExportMeta): string {
	let result = '';
	for (const chunk of writeTbx(entries, meta)) result += chunk;
	return result;
}

function header(meta: SubmissionExportMeta): string {
	const state = `${meta.stateName} (${meta.stateCode})`;
	const title = `National ICT-security terminology of ${state}, OSCE CBM 9 exchange ${meta.cycleYear}, revision ${meta.revisionNumber}`;
	const source = [
		`State: ${state}`,
		`Exchange cycle: ${meta.cycleYear}`,
		`Revision: ${meta.revisionNumber}`,
		meta.submittedAt ? `Submitted: ${meta.submittedAt}` : 'Status: draft, not yet submitted',
		`Distribution: ${DISTRIBUTION_LABELS[meta.distribution]}`,
		...(meta.documentReference ? [`OSCE document reference: ${meta.documentReference}`] : []),
		'Exported from the reference platform for OSCE confidence-building measure 9 (PC.DEC/1106).'
	];
	const encoding =
		'Notes that start with "CBM9 " carry facts that TBX-Basic has no data category for: the text status of each ' +
		'language section and which one is the original, the article, date or non-web link of the source, a definition ' +
		'source without a definition and the part of speech "properNoun". "CBM9 note: " wraps a note of the State that ' +
		'itself starts with "CBM9 ".';
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<?xml-model href="${CORE_RNG}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n` +
		`<?xml-model href="${BASIC_DCA_SCHEMATRON}" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>\n` +
		'<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n' +
		'\t<tbxHeader>\n' +
		'\t\t<fileDesc>\n' +
		`\t\t\t<titleStmt>\n\t\t\t\t<title>${escapeXmlText(title)}</title>\n\t\t\t</titleStmt>\n` +
		'\t\t\t<sourceDesc>\n' +
		source.map((line) => `\t\t\t\t<p>${escapeXmlText(line)}</p>\n`).join('') +
		'\t\t\t</sourceDesc>\n' +
		'\t\t</fileDesc>\n' +
		`\t\t<encodingDesc>\n\t\t\t<p>${escapeXmlText(encoding)}</p>\n\t\t</encodingDesc>\n` +
		'\t</tbxHeader>\n' +
		'\t<text>\n'
	);
}

/** A string worth writing: null, empty and blank strings are absent. */
function present(value: string | null | undefined): value is string {
	return typeof value === 'string' && value.trim().length > 0;
}

function element(indent: string, name: string, text: string, attributes: Record<string, string> = {}): string {
	const attributeText = Object.entries(attributes)
		.map(([key, value]) => ` ${key}="${escapeXmlAttribute(value)}"`)
		.join('');
	return `${indent}<${name}${attributeText}>${escapeXmlText(text)}</${name}>\n`;
}

function conceptEntry({ entryId, content }: ExportEntry): string {
	const indent = '\t\t\t\t';
	let xml = `\t\t\t<conceptEntry id="e${entryId}">\n`;
	xml += entrySource(content, indent);
	if (present(content.note)) xml += element(indent, 'note', plainNote(content.note));
	for (const version of content.languageVersions) xml += langSec(version);
	return `${xml}\t\t\t</conceptEntry>\n`;
}

function entrySource(content: EntryContent, indent: string): string {
	let xml = '';
	if (present(content.sourceAct)) xml += element(indent, 'admin', content.sourceAct, { type: 'source' });
	if (present(content.sourceUrl)) {
		xml += WEB_ADDRESS.test(content.sourceUrl)
			? element(indent, 'xref', 'Source of the entry', { type: 'externalCrossReference', target: content.sourceUrl })
			: element(indent, 'note', entrySourceNote('sourceUrl', content.sourceUrl));
	}
	if (present(content.sourceArticle))
		xml += element(indent, 'note', entrySourceNote('sourceArticle', content.sourceArticle));
	if (present(content.sourceDate)) xml += element(indent, 'note', entrySourceNote('sourceDate', content.sourceDate));
	return xml;
}

function langSec(version: LanguageVersion): string {
	const indent = '\t\t\t\t\t';
	let xml = `\t\t\t\t<langSec xml:lang="${escapeXmlAttribute(version.language)}">\n`;
	if (present(version.definition)) {
		if (present(version.definitionSource)) {
			xml += `${indent}<descripGrp>\n`;
			xml += element(`${indent}\t`, 'descrip', version.definition, { type: 'definition' });
			xml += element(`${indent}\t`, 'admin', version.definitionSource, { type: 'source' });
			xml += `${indent}</descripGrp>\n`;
		} else {
			xml += element(indent, 'descrip', version.definition, { type: 'definition' });
		}
	} else if (present(version.definitionSource)) {
		xml += element(indent, 'note', definitionSourceNote(version.definitionSource));
	}
	xml += element(indent, 'note', textStatusNote(version.textStatus, version.isOriginal));
	if (present(version.note)) xml += element(indent, 'note', plainNote(version.note));
	xml += termSec(version);
	for (const additional of version.additionalTerms) xml += termSec(additional);
	return `${xml}\t\t\t\t</langSec>\n`;
}

function termSec(term: AdditionalTerm): string {
	const indent = '\t\t\t\t\t\t';
	let xml = `\t\t\t\t\t<termSec>\n${element(indent, 'term', term.term)}`;
	if (term.termType) xml += element(indent, 'termNote', term.termType, { type: 'termType' });
	const inPicklist = term.partOfSpeech === null || TBX_BASIC_PARTS_OF_SPEECH.includes(term.partOfSpeech);
	if (term.partOfSpeech)
		xml += element(indent, 'termNote', inPicklist ? term.partOfSpeech : 'noun', { type: 'partOfSpeech' });
	if (term.administrativeStatus) {
		xml += element(indent, 'termNote', administrativeStatusToTbx(term.administrativeStatus), {
			type: 'administrativeStatus'
		});
	}
	// Notes follow all termNotes in a termSec.
	if (term.partOfSpeech && !inPicklist) xml += element(indent, 'note', partOfSpeechNote(term.partOfSpeech));
	return `${xml}\t\t\t\t\t</termSec>\n`;
}
