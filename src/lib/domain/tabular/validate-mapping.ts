// Checks a column mapping before any row is read: a mapping that cannot give an entry its original
// term and definition, or that sends two columns to one field, stops the import with one clear
// message instead of one per row.
import type { ImportOptions, ImportProblem } from '../import/types';
import { primaryLanguage } from '../national-entry';
import { columnLabel } from './column-names';
import {
	describeColumnTarget,
	isEntryField,
	isLanguageField,
	type ColumnMapping,
	type ColumnTarget,
	type LanguageField
} from './column-target';
import { canonicalLanguageTag, languageName } from './language-names';
import { targetLanguage } from './mapping-layout';

const LANGUAGE_TAG_EXAMPLES = 'a BCP 47 tag such as “de”, “sr-Latn” or “fr-CH”';

/** Problems of the mapping for a file with these headers; errors mean no row can be read. */
export function validateColumnMapping(
	mapping: ColumnMapping,
	headers: readonly string[],
	options: ImportOptions
): ImportProblem[] {
	const problems: ImportProblem[] = [];
	const error = (message: string, column?: number) =>
		problems.push({
			severity: 'error',
			message,
			...(column === undefined ? {} : { field: columnLabel(column, headers[column]) })
		});
	const warning = (message: string) => problems.push({ severity: 'warning', message });

	let stateLanguage: string | null = null;
	if (options.originalLanguage) {
		stateLanguage = canonicalLanguageTag(options.originalLanguage);
		if (!stateLanguage)
			error(
				`“${options.originalLanguage}” is not a language tag; choose the original language again (${LANGUAGE_TAG_EXAMPLES}).`
			);
	}

	const mismatch = fitProblem(mapping, headers);
	if (mismatch) {
		error(mismatch);
		return problems;
	}
	const malformed = mapping.flatMap(({ target }, column) => {
		const problem = targetProblem(target);
		return problem ? [{ column, problem }] : [];
	});
	for (const { column, problem } of malformed)
		error(`Column ${columnLabel(column, headers[column])}: ${problem}`, column);
	if (malformed.length > 0) return problems;

	const hasLanguageColumn = mapping.some(
		({ target }) => target.kind === 'entry' && target.field === 'originalLanguage'
	);
	// Without a language column, "original" columns are in the State's language, and the same as columns marked with it.
	const resolve = (language: string) => {
		const tag = targetLanguage(language);
		return tag === 'original' && !hasLanguageColumn && stateLanguage ? stateLanguage : tag;
	};

	checkDuplicates(mapping, headers, resolve, error);

	const languageColumns = mapping.flatMap(({ target }, column) =>
		target.kind === 'language' ? [{ column, language: resolve(target.language), field: target.field }] : []
	);
	const columnsFor = (language: string | null, field: LanguageField) =>
		languageColumns.filter((item) => item.field === field && (language === null || item.language === language));
	const hasOriginalColumns = languageColumns.some((item) => item.language === 'original');

	if (hasOriginalColumns && !hasLanguageColumn && !options.originalLanguage) {
		const originals = languageColumns
			.filter((item) => item.language === 'original')
			.map((item) => columnLabel(item.column, headers[item.column]));
		error(
			`${listOf(originals, 'The column', 'The columns')} ${originals.length > 1 ? 'hold' : 'holds'} the State’s own texts, but the file does not say in which language; choose the original language, or add a column “Original language”.`
		);
	}

	// Which columns can give the original term and definition.
	const originalLanguage = hasOriginalColumns ? 'original' : hasLanguageColumn ? null : stateLanguage;
	for (const field of ['term', 'definition'] as const) {
		if (columnsFor(originalLanguage, field).length > 0) continue;
		const what = field === 'term' ? 'term' : 'definition';
		if (originalLanguage && originalLanguage !== 'original') {
			const name = languageName(originalLanguage);
			error(
				`No column holds the ${what} in ${name}, the original language; choose the column with the ${name} ${what}s, or choose another original language.`
			);
		} else {
			error(
				`No column holds the ${what} in the original language; choose which column holds it (for example “${field === 'term' ? 'Begriff' : 'Definition'}”).`
			);
		}
	}

	for (const language of new Set(languageColumns.map((item) => item.language))) {
		if (language === 'original' || language === originalLanguage || columnsFor(language, 'term').length > 0) continue;
		const first = languageColumns.find((item) => item.language === language)!;
		const name = languageName(language);
		error(
			`Column ${columnLabel(first.column, headers[first.column])} holds ${name} text, but no column holds the ${name} term; choose the column with the ${name} term, or set this column to “Not imported”.`,
			first.column
		);
	}

	if (!hasOriginalColumns && !hasLanguageColumn && !stateLanguage && languageColumns.length > 0) {
		const first = languageColumns[0]!;
		warning(
			`The file does not say which language is the original, so the first language given in each row is taken as the original (for most rows ${languageName(first.language)}, column ${columnLabel(first.column, headers[first.column])}); choose the original language to be sure.`
		);
	}
	const englishIsOriginal = stateLanguage !== null && primaryLanguage(stateLanguage) === 'en';
	const hasEnglishTerm = columnsFor(null, 'term').some(
		(item) => item.language !== 'original' && primaryLanguage(item.language) === 'en'
	);
	if (!englishIsOriginal && !hasEnglishTerm && !hasLanguageColumn) {
		warning(
			'No column holds the English term; every entry will be marked “translation pending” until its English version is added.'
		);
	}
	return problems;
}

function fitProblem(mapping: ColumnMapping, headers: readonly string[]): string | null {
	if (mapping.length !== headers.length) {
		return `The column mapping does not fit this file: it describes ${mapping.length} columns, the file has ${headers.length}. Check the mapping again.`;
	}
	const differing = mapping.findIndex((column, index) => column.header.trim() !== (headers[index] ?? '').trim());
	if (differing < 0) return null;
	return `The column mapping was made for another file: it names column ${columnLabel(differing, mapping[differing]!.header)}, this file has ${columnLabel(differing, headers[differing])}. Check the mapping again.`;
}

/** What is wrong with a target that came back from the page, or null. */
function targetProblem(target: ColumnTarget): string | null {
	const candidate = target as { kind?: unknown; field?: unknown; language?: unknown };
	if (candidate.kind === 'ignore') return null;
	if (candidate.kind === 'entry' && typeof candidate.field === 'string' && isEntryField(candidate.field)) return null;
	if (candidate.kind === 'language' && typeof candidate.field === 'string' && isLanguageField(candidate.field)) {
		if (candidate.language === 'original') return null;
		if (typeof candidate.language === 'string' && canonicalLanguageTag(candidate.language)) return null;
		return `“${String(candidate.language)}” is not a language tag; choose the language again (${LANGUAGE_TAG_EXAMPLES}).`;
	}
	return 'the choice for this column is not one the import knows; choose it again.';
}

function checkDuplicates(
	mapping: ColumnMapping,
	headers: readonly string[],
	resolve: (language: string) => string,
	error: (message: string, column?: number) => void
): void {
	const firstColumn = new Map<string, number>();
	mapping.forEach(({ target }, column) => {
		if (target.kind === 'ignore') return;
		const key =
			target.kind === 'entry' ? `entry:${target.field}` : `language:${resolve(target.language)}:${target.field}`;
		const earlier = firstColumn.get(key);
		if (earlier === undefined) {
			firstColumn.set(key, column);
			return;
		}
		error(
			`Columns ${columnLabel(earlier, headers[earlier])} and ${columnLabel(column, headers[column])} are both mapped to “${describeColumnTarget(target)}”; set one of them to “Not imported”.`,
			column
		);
	});
}

function listOf(items: string[], one: string, many: string): string {
	if (items.length === 1) return `${one} ${items[0]}`;
	return `${many} ${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
