// The changes between two revisions of a proposal, language by language: the terms (with their
// administrative status), the definition and the note, each as a word diff in that language.
import type { ConceptLanguageText, ConceptText } from '../../domain/concept-text';
import { wordDiff, type DiffSegment } from '../../domain/compare';
import { languageName } from '../../domain/consensus/wording';
import { ADMINISTRATIVE_STATUS_LABELS, OSCE_LANGUAGES, type OsceLanguage } from '../../domain/vocabulary';

export type LanguageChangeKind = 'unchanged' | 'changed' | 'added' | 'removed' | 'pending';

export interface LanguageChange {
	language: OsceLanguage;
	languageName: string;
	/** added: pending before, given now; removed: given before, pending now; pending: in neither. */
	change: LanguageChangeKind;
	terms: DiffSegment[];
	definition: DiffSegment[];
	/** Empty when neither revision has a note. */
	note: DiffSegment[];
}

/** "cyberspace (preferred); cyber domain (admitted)", as a line a diff can compare. */
export function termsInWords(text: ConceptLanguageText | undefined): string {
	return (text?.terms ?? [])
		.map((term) => `${term.term} (${ADMINISTRATIVE_STATUS_LABELS[term.administrativeStatus].toLowerCase()})`)
		.join('; ');
}

export function revisionChanges(before: ConceptText, after: ConceptText): LanguageChange[] {
	return OSCE_LANGUAGES.map((language) => {
		const old = before[language];
		const now = after[language];
		const terms = wordDiff(termsInWords(old), termsInWords(now), language);
		const definition = wordDiff(old?.definition ?? '', now?.definition ?? '', language);
		const note = wordDiff(old?.note ?? '', now?.note ?? '', language);
		const changed = [terms, definition, note].some((segments) => segments.some((segment) => segment.kind !== 'equal'));
		const change: LanguageChangeKind =
			!old && !now ? 'pending' : !old ? 'added' : !now ? 'removed' : changed ? 'changed' : 'unchanged';
		return { language, languageName: languageName(language), change, terms, definition, note };
	});
}
