// What a spreadsheet column holds, as the import preview shows it and lets the user change it.
// Everything here is plain JSON so the mapping can travel to the page and back in a form.
import { languageName } from './language-names';

/** Fields of the entry as a whole. `sourceId` is the identifier our own export writes ("Entry ID"). */
export const ENTRY_FIELDS = [
	'sourceId',
	'originalLanguage',
	'sourceAct',
	'sourceArticle',
	'sourceDate',
	'sourceUrl',
	'note'
] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

/** Fields of one language version. */
export const LANGUAGE_FIELDS = [
	'term',
	'definition',
	'textStatus',
	'termType',
	'partOfSpeech',
	'administrativeStatus',
	'definitionSource',
	'note',
	'additionalTerms'
] as const;
export type LanguageField = (typeof LANGUAGE_FIELDS)[number];

/** `original` stands for the State's own language, whichever it is for the row. */
export type TargetLanguage = 'original' | string;

export type ColumnTarget =
	| { kind: 'ignore' }
	| { kind: 'entry'; field: EntryField }
	| { kind: 'language'; language: TargetLanguage; field: LanguageField };

export interface MappedColumn {
	/** The header as the file writes it, so a mapping made for one file is not applied to another. */
	header: string;
	target: ColumnTarget;
}

/** One item per column of the file, in column order. */
export type ColumnMapping = MappedColumn[];

export const ENTRY_FIELD_LABELS: Record<EntryField, string> = {
	sourceId: 'Entry ID',
	originalLanguage: 'Original language',
	sourceAct: 'Source act',
	sourceArticle: 'Source article',
	sourceDate: 'Source date',
	sourceUrl: 'Source link',
	note: 'Note on the entry'
};

export const LANGUAGE_FIELD_LABELS: Record<LanguageField, string> = {
	term: 'Term',
	definition: 'Definition',
	textStatus: 'Text status',
	termType: 'Term type',
	partOfSpeech: 'Part of speech',
	administrativeStatus: 'Administrative status',
	definitionSource: 'Definition source',
	note: 'Note on the term',
	additionalTerms: 'Additional terms'
};

export const IGNORE: ColumnTarget = { kind: 'ignore' };

/** The target in words, for a select box: "Definition (English)", "Term (original language)". */
export function describeColumnTarget(target: ColumnTarget): string {
	switch (target.kind) {
		case 'ignore':
			return 'Not imported';
		case 'entry':
			return ENTRY_FIELD_LABELS[target.field];
		case 'language':
			return `${LANGUAGE_FIELD_LABELS[target.field]} (${describeTargetLanguage(target.language)})`;
	}
}

export function describeTargetLanguage(language: TargetLanguage): string {
	return language === 'original' ? 'original language' : languageName(language);
}

/** A short stable key for a target, usable as the value of an <option>: "language:en:term". */
export function columnTargetKey(target: ColumnTarget): string {
	switch (target.kind) {
		case 'ignore':
			return 'ignore';
		case 'entry':
			return `entry:${target.field}`;
		case 'language':
			return `language:${target.language}:${target.field}`;
	}
}

/** The target a key stands for, or null when the key is not one `columnTargetKey` writes. */
export function columnTargetFromKey(key: string): ColumnTarget | null {
	if (key === 'ignore') return IGNORE;
	const [kind, ...rest] = key.split(':');
	if (kind === 'entry' && rest.length === 1 && isEntryField(rest[0]!)) return { kind: 'entry', field: rest[0] };
	if (kind === 'language' && rest.length === 2) {
		const [language, field] = rest as [string, string];
		if (language && isLanguageField(field)) return { kind: 'language', language, field };
	}
	return null;
}

/** Every target a select box offers, for the languages given (the original language comes first). */
export function columnTargetChoices(languages: readonly string[]): { key: string; label: string }[] {
	const targets: ColumnTarget[] = [IGNORE, ...ENTRY_FIELDS.map((field): ColumnTarget => ({ kind: 'entry', field }))];
	for (const language of ['original', ...languages.filter((tag) => tag !== 'original')]) {
		for (const field of LANGUAGE_FIELDS) targets.push({ kind: 'language', language, field });
	}
	return targets.map((target) => ({ key: columnTargetKey(target), label: describeColumnTarget(target) }));
}

export function isEntryField(value: string): value is EntryField {
	return (ENTRY_FIELDS as readonly string[]).includes(value);
}

export function isLanguageField(value: string): value is LanguageField {
	return (LANGUAGE_FIELDS as readonly string[]).includes(value);
}
