// The entry form as flat fields (so it works without JavaScript and can be shown again with what the
// editor typed) and its mapping to and from EntryContent.
//
//   original.language / .term / .definition / .definitionSource / .note / .additionalTerms
//   en.term / .definition / .textStatus / .definitionSource / .additionalTerms   (the English version)
//   other.N.language / .term / .definition / .textStatus / .additionalTerms      (further languages)
//   sourceAct, sourceArticle, sourceDate, sourceUrl, note
import { type AdditionalTerm, type EntryContent, type LanguageVersion } from './national-entry';
import { TERM_TYPE_LABELS, TERM_TYPES, TEXT_STATUSES, type TermType, type TextStatus } from './vocabulary';

export type EntryFormValues = Record<string, string>;

/** Extra empty "other language" blocks offered, so a language can be added without JavaScript. */
export const SPARE_OTHER_LANGUAGES = 1;

const TYPE_BY_WORD = new Map<string, TermType>([
	...TERM_TYPES.map((type) => [type.toLowerCase(), type] as const),
	...TERM_TYPES.map((type) => [TERM_TYPE_LABELS[type].toLowerCase(), type] as const)
]);

/** One term per line; a type may follow in brackets: "KRITIS [abbreviation]". */
export function parseAdditionalTerms(text: string): AdditionalTerm[] {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line) => {
			const match = /^(.*?)\s*\[([^\]]+)\]$/.exec(line);
			const type = match ? TYPE_BY_WORD.get(match[2]!.trim().toLowerCase()) : undefined;
			return {
				term: match && type ? match[1]!.trim() : line,
				termType: type ?? null,
				partOfSpeech: null,
				administrativeStatus: null
			};
		});
}

export function formatAdditionalTerms(terms: readonly AdditionalTerm[]): string {
	return terms.map((term) => (term.termType ? `${term.term} [${term.termType}]` : term.term)).join('\n');
}

function textStatus(value: string, fallback: TextStatus): TextStatus {
	return (TEXT_STATUSES as readonly string[]).includes(value) ? (value as TextStatus) : fallback;
}

function hasAny(get: (name: string) => string, prefix: string, fields: string[]): boolean {
	return fields.some((field) => get(`${prefix}.${field}`) !== '');
}

/**
 * Reads the form into entry content. Blocks left entirely empty (an unused other-language block,
 * or the English block when the original is English) are ignored; partly filled ones are kept so
 * that validation can name what is missing.
 */
export function entryFromForm(get: (name: string) => string, otherCount: number): EntryContent {
	const nullable = (value: string) => (value === '' ? null : value);
	const versions: LanguageVersion[] = [];
	const base = { termType: null, partOfSpeech: null, administrativeStatus: null } as const;

	versions.push({
		...base,
		language: get('original.language'),
		isOriginal: true,
		textStatus: 'authentic',
		term: get('original.term'),
		definition: nullable(get('original.definition')),
		definitionSource: nullable(get('original.definitionSource')),
		note: nullable(get('original.note')),
		additionalTerms: parseAdditionalTerms(get('original.additionalTerms'))
	});

	if (hasAny(get, 'en', ['term', 'definition', 'definitionSource', 'additionalTerms'])) {
		versions.push({
			...base,
			language: 'en',
			isOriginal: false,
			textStatus: textStatus(get('en.textStatus'), 'courtesy_translation'),
			term: get('en.term'),
			definition: nullable(get('en.definition')),
			definitionSource: nullable(get('en.definitionSource')),
			note: null,
			additionalTerms: parseAdditionalTerms(get('en.additionalTerms'))
		});
	}

	for (let index = 0; index < otherCount; index++) {
		const prefix = `other.${index}`;
		if (!hasAny(get, prefix, ['language', 'term', 'definition', 'additionalTerms'])) continue;
		versions.push({
			...base,
			language: get(`${prefix}.language`),
			isOriginal: false,
			textStatus: textStatus(get(`${prefix}.textStatus`), 'courtesy_translation'),
			term: get(`${prefix}.term`),
			definition: nullable(get(`${prefix}.definition`)),
			definitionSource: null,
			note: null,
			additionalTerms: parseAdditionalTerms(get(`${prefix}.additionalTerms`))
		});
	}

	return {
		languageVersions: versions,
		sourceAct: nullable(get('sourceAct')),
		sourceArticle: nullable(get('sourceArticle')),
		sourceDate: nullable(get('sourceDate')),
		sourceUrl: nullable(get('sourceUrl')),
		note: nullable(get('note'))
	};
}

/** The form fields for an existing entry (or an empty one), and how many other-language blocks to show. */
export function entryFormValues(
	content: EntryContent | null,
	defaultOriginalLanguage = ''
): { values: EntryFormValues; otherCount: number } {
	const values: EntryFormValues = {};
	if (!content) {
		values['original.language'] = defaultOriginalLanguage;
		values['en.textStatus'] = 'courtesy_translation';
		return { values, otherCount: SPARE_OTHER_LANGUAGES };
	}
	const set = (name: string, value: string | null) => {
		if (value) values[name] = value;
	};
	set('sourceAct', content.sourceAct);
	set('sourceArticle', content.sourceArticle);
	set('sourceDate', content.sourceDate);
	set('sourceUrl', content.sourceUrl);
	set('note', content.note);
	let others = 0;
	for (const version of content.languageVersions) {
		const prefix = version.isOriginal ? 'original' : version.language === 'en' ? 'en' : `other.${others++}`;
		if (prefix.startsWith('other.')) set(`${prefix}.language`, version.language);
		if (prefix === 'original') set('original.language', version.language);
		set(`${prefix}.term`, version.term);
		set(`${prefix}.definition`, version.definition);
		set(`${prefix}.definitionSource`, version.definitionSource);
		set(`${prefix}.note`, version.note);
		if (!version.isOriginal) set(`${prefix}.textStatus`, version.textStatus);
		set(`${prefix}.additionalTerms`, formatAdditionalTerms(version.additionalTerms));
	}
	values['en.textStatus'] ??= 'courtesy_translation';
	return { values, otherCount: others + SPARE_OTHER_LANGUAGES };
}
