// Names and lists as they appear in the reasons and messages of the consensus rules. State names
// are the OSCE protocol names of the reference list, so a refusal says "Russian Federation", not
// whatever a locale calls it.
import { STATES } from '../reference/states';
import type { OsceLanguage } from '../vocabulary';

const STATE_NAMES: ReadonlyMap<string, string> = new Map(STATES.map((state) => [state.code, state.names.en]));

export function isParticipatingState(code: string): boolean {
	return STATE_NAMES.has(code);
}

/** The English protocol name of a participating State; the code itself if it is unknown. */
export function stateName(code: string): string {
	return STATE_NAMES.get(code) ?? code;
}

const LANGUAGE_NAMES: Record<OsceLanguage, string> = {
	en: 'English',
	fr: 'French',
	de: 'German',
	it: 'Italian',
	ru: 'Russian',
	es: 'Spanish'
};

export function languageName(language: OsceLanguage): string {
	return LANGUAGE_NAMES[language];
}

/** "France", "France and Germany", "France, Germany and Italy". */
export function listInWords(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
