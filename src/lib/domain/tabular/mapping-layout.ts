// A mapping rearranged for reading rows: which column gives each field, grouped by language.
// Worked out once per mapping, not once per row.
import type { ColumnMapping, EntryField, LanguageField, TargetLanguage } from './column-target';
import { canonicalLanguageTag } from './language-names';

export interface MappingLayout {
	/** The first column of each entry field (a second one is a mapping problem, reported once). */
	entryColumns: Partial<Record<EntryField, number>>;
	/** Per language ('original' or a canonical tag), in the order the columns first name it. */
	languages: { language: TargetLanguage; columns: Partial<Record<LanguageField, number>> }[];
	/** Columns that are imported, for telling a row with text only in ignored columns. */
	importedColumns: number[];
}

const layouts = new WeakMap<ColumnMapping, MappingLayout>();

export function mappingLayout(mapping: ColumnMapping): MappingLayout {
	const cached = layouts.get(mapping);
	if (cached) return cached;
	const layout: MappingLayout = { entryColumns: {}, languages: [], importedColumns: [] };
	mapping.forEach(({ target }, index) => {
		if (target.kind === 'ignore') return;
		layout.importedColumns.push(index);
		if (target.kind === 'entry') {
			layout.entryColumns[target.field] ??= index;
			return;
		}
		const language = targetLanguage(target.language);
		let group = layout.languages.find((candidate) => candidate.language === language);
		if (!group) {
			group = { language, columns: {} };
			layout.languages.push(group);
		}
		group.columns[target.field] ??= index;
	});
	layouts.set(mapping, layout);
	return layout;
}

/** 'original' as is; a tag in its canonical form ("EN" → "en"), or as written when it is not a tag. */
export function targetLanguage(language: TargetLanguage): TargetLanguage {
	return language === 'original' ? language : (canonicalLanguageTag(language) ?? language);
}
