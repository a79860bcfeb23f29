// The columns of our own CSV and XLSX export: one row per entry, the original language first, then
// the English version (always present, so a State can fill it in), then each other language the
// submission uses. Every header maps back to its field when the file is imported again.
import type { ExportEntry, SubmissionExportMeta } from '../export/types';
import type { LanguageVersion } from '../national-entry';
import {
	ADMINISTRATIVE_STATUS_LABELS,
	DISTRIBUTION_LABELS,
	OSCE_LANGUAGES,
	TERM_TYPE_LABELS,
	TEXT_STATUS_LABELS
} from '../vocabulary';
import { writeAdditionalTerms } from './additional-terms';
import type { LanguageField } from './column-target';
import { PART_OF_SPEECH_LABELS } from './vocabulary-cells';

export interface ExportColumn {
	header: string;
	/** What the column holds, to size it: long text (definitions, notes) or a short value. */
	width: 'narrow' | 'medium' | 'wide';
	cell(entry: ExportEntry): string;
}

/** The headers of the language-version fields, as the export writes them. */
export const EXPORT_LANGUAGE_FIELD_HEADERS: Record<LanguageField, string> = {
	term: 'Term',
	definition: 'Definition',
	textStatus: 'Text status',
	termType: 'Term type',
	partOfSpeech: 'Part of speech',
	administrativeStatus: 'Administrative status',
	definitionSource: 'Definition source',
	note: 'Term note',
	additionalTerms: 'Additional terms'
};

const LANGUAGE_FIELD_WIDTHS: Record<LanguageField, ExportColumn['width']> = {
	term: 'medium',
	definition: 'wide',
	textStatus: 'narrow',
	termType: 'narrow',
	partOfSpeech: 'narrow',
	administrativeStatus: 'narrow',
	definitionSource: 'medium',
	note: 'wide',
	additionalTerms: 'medium'
};

const FIELDS = Object.keys(EXPORT_LANGUAGE_FIELD_HEADERS) as LanguageField[];

/** The languages that get their own columns besides the original: English first, then the OSCE order, then others. */
export function exportLanguages(entries: Iterable<ExportEntry>): string[] {
	const languages = new Set<string>(['en']);
	for (const entry of entries) {
		for (const version of entry.content.languageVersions) if (!version.isOriginal) languages.add(version.language);
	}
	const osceRank = (tag: string) => {
		const index = (OSCE_LANGUAGES as readonly string[]).indexOf(tag);
		return index < 0 ? OSCE_LANGUAGES.length : index;
	};
	return [...languages].sort((a, b) => osceRank(a) - osceRank(b) || a.localeCompare(b));
}

/** The export's columns for these other languages (see `exportLanguages`). */
export function exportColumns(languages: readonly string[]): ExportColumn[] {
	const original = (entry: ExportEntry) => originalOf(entry);
	return [
		{ header: 'Entry ID', width: 'narrow', cell: (entry) => String(entry.entryId) },
		{ header: 'Original language', width: 'narrow', cell: (entry) => original(entry)?.language ?? '' },
		...FIELDS.map((field) => languageColumn(EXPORT_LANGUAGE_FIELD_HEADERS[field], field, original)),
		{ header: 'Source act', width: 'wide', cell: (entry) => entry.content.sourceAct ?? '' },
		{ header: 'Source article', width: 'narrow', cell: (entry) => entry.content.sourceArticle ?? '' },
		{ header: 'Source date', width: 'narrow', cell: (entry) => entry.content.sourceDate ?? '' },
		{ header: 'Source link', width: 'medium', cell: (entry) => entry.content.sourceUrl ?? '' },
		{ header: 'Note', width: 'wide', cell: (entry) => entry.content.note ?? '' },
		...languages.flatMap((language) =>
			FIELDS.map((field) =>
				languageColumn(`${EXPORT_LANGUAGE_FIELD_HEADERS[field]} (${language})`, field, (entry) =>
					entry.content.languageVersions.find((version) => !version.isOriginal && version.language === language)
				)
			)
		)
	];
}

function languageColumn(
	header: string,
	field: LanguageField,
	versionOf: (entry: ExportEntry) => LanguageVersion | undefined
): ExportColumn {
	return {
		header,
		width: LANGUAGE_FIELD_WIDTHS[field],
		cell: (entry) => {
			const version = versionOf(entry);
			return version ? languageFieldText(version, field) : '';
		}
	};
}

function languageFieldText(version: LanguageVersion, field: LanguageField): string {
	switch (field) {
		case 'term':
			return version.term;
		case 'definition':
			return version.definition ?? '';
		case 'textStatus':
			return TEXT_STATUS_LABELS[version.textStatus];
		case 'termType':
			return version.termType ? TERM_TYPE_LABELS[version.termType] : '';
		case 'partOfSpeech':
			return version.partOfSpeech ? PART_OF_SPEECH_LABELS[version.partOfSpeech] : '';
		case 'administrativeStatus':
			return version.administrativeStatus ? ADMINISTRATIVE_STATUS_LABELS[version.administrativeStatus] : '';
		case 'definitionSource':
			return version.definitionSource ?? '';
		case 'note':
			return version.note ?? '';
		case 'additionalTerms':
			return writeAdditionalTerms(version.additionalTerms);
	}
}

function originalOf(entry: ExportEntry): LanguageVersion | undefined {
	return entry.content.languageVersions.find((version) => version.isOriginal) ?? entry.content.languageVersions[0];
}

export function exportRow(entry: ExportEntry, columns: readonly ExportColumn[]): string[] {
	return columns.map((column) => column.cell(entry));
}

/** "cbm9-de-2025-revision-2.csv": State, cycle and revision, so downloaded files do not overwrite each other. */
export function exportFileName(meta: SubmissionExportMeta, extension: 'csv' | 'xlsx'): string {
	return `cbm9-${meta.stateCode.toLowerCase()}-${meta.cycleYear}-revision-${meta.revisionNumber}.${extension}`;
}

/** The facts about the submission, as label and value, for the "About" sheet. */
export function aboutRows(meta: SubmissionExportMeta, entryCount: number): [string, string][] {
	return [
		['Participating State', `${meta.stateName} (${meta.stateCode})`],
		['Exchange cycle', String(meta.cycleYear)],
		['Revision', String(meta.revisionNumber)],
		['Submitted', meta.submittedAt ?? 'Draft, not submitted'],
		['Distribution', DISTRIBUTION_LABELS[meta.distribution]],
		['Document reference', meta.documentReference ?? 'None'],
		['Entries', String(entryCount)],
		[
			'Measure',
			'OSCE confidence-building measure 9 (PC.DEC/1106): national terminology on the security of and in the use of ICTs'
		],
		[
			'Columns',
			'One row per entry. “Term”, “Definition” and the columns after them without a language code are in the original language; columns marked (en), (fr) … give the other language versions.'
		],
		[
			'Additional terms',
			'Separated by “|”; a term type, part of speech or administrative status follows a term in square brackets, e.g. “CSIRT [acronym, preferred]”.'
		],
		['Language codes', 'BCP 47 tags, e.g. de, sr-Latn, fr-CH.']
	];
}
