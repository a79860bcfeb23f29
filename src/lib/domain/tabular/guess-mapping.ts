// First guess of what each column holds, from its header alone. The user checks it in the preview;
// a header it cannot place is ignored and listed, never guessed at.
import { IGNORE, type ColumnMapping, type ColumnTarget } from './column-target';
import {
	ENTRY_FIELD_HEADERS,
	LANGUAGE_FIELD_HEADERS,
	MARKED_NOTE_HEADERS,
	ORIGINAL_LANGUAGE_HEADERS
} from './header-words';
import { takeLanguageMarker } from './language-marker';
import { canonicalLanguageTag } from './language-names';
import { foldWords } from './words';

/**
 * The mapping guessed from the header row. `originalLanguage` (the State's language, a BCP 47 tag)
 * lets headers marked with it ("Pojęcie (PL)", "polski") be recognised as well.
 */
export function guessColumnMapping(headers: readonly string[], originalLanguage?: string): ColumnMapping {
	const stateLanguage = originalLanguage ? canonicalLanguageTag(originalLanguage) : null;
	return headers.map((header) => ({ header, target: guessColumnTarget(header, stateLanguage) }));
}

export function guessColumnTarget(header: string, stateLanguage: string | null): ColumnTarget {
	// "§" is how German and Polish lists head the article column.
	const folded = foldWords(header.replace(/§/g, ' paragraph '));
	if (!folded) return IGNORE;
	if (ORIGINAL_LANGUAGE_HEADERS.has(folded)) return { kind: 'entry', field: 'originalLanguage' };

	const { base, language } = takeLanguageMarker(header.replace(/§/g, ' paragraph '), stateLanguage);
	if (language) {
		// A header that is only a language name ("English", "Deutsch") holds the term in that language.
		const field =
			base === '' ? 'term' : (LANGUAGE_FIELD_HEADERS.get(base) ?? (MARKED_NOTE_HEADERS.has(base) ? 'note' : undefined));
		if (field) return { kind: 'language', language, field };
		// "Source (EN)": the entry has one source, whatever language it is cited in.
		const entryField = ENTRY_FIELD_HEADERS.get(base);
		return entryField ? { kind: 'entry', field: entryField } : IGNORE;
	}

	const entryField = ENTRY_FIELD_HEADERS.get(folded);
	if (entryField) return { kind: 'entry', field: entryField };
	const field = LANGUAGE_FIELD_HEADERS.get(folded);
	return field ? { kind: 'language', language: 'original', field } : IGNORE;
}
