// Controlled values in cells: our own codes and labels, and the ways ministries write them
// ("amtlich", "officielle", "non officielle", "courtesy"). Our export writes the labels.
import {
	ADMINISTRATIVE_STATUSES,
	ADMINISTRATIVE_STATUS_LABELS,
	PARTS_OF_SPEECH,
	TERM_TYPES,
	TERM_TYPE_LABELS,
	type AdministrativeStatus,
	type PartOfSpeech,
	type TermType,
	type TextStatus
} from '../vocabulary';
import { foldWords, phraseTable } from './words';

export const PART_OF_SPEECH_LABELS: Record<PartOfSpeech, string> = {
	noun: 'Noun',
	verb: 'Verb',
	adjective: 'Adjective',
	adverb: 'Adverb',
	properNoun: 'Proper noun',
	other: 'Other'
};

const TEXT_STATUS_WORDS = phraseTable<TextStatus>({
	authentic: [
		'authentic',
		'authentic text',
		'authentic_text',
		'original',
		'original text',
		'authentique',
		'texte authentique',
		'texte original',
		'authentisch',
		'authentischer Text',
		'verbindlich',
		'rechtsverbindlich',
		'Originaltext',
		'autentico',
		'testo autentico',
		'originale',
		'аутентичный',
		'аутентичный текст',
		'подлинный',
		'подлинный текст',
		'оригинал',
		'texto auténtico',
		'autentyczny',
		'tekst autentyczny',
		'oryginał',
		'autentičan',
		'autentični tekst',
		'izvorni',
		'аутентичан',
		'автентичний',
		'оригінал',
		'authentiek',
		'origineel'
	],
	official_translation: [
		'official',
		'official translation',
		'official_translation',
		'officielle',
		'officiel',
		'traduction officielle',
		'amtlich',
		'amtliche Übersetzung',
		'offiziell',
		'offizielle Übersetzung',
		'ufficiale',
		'traduzione ufficiale',
		'официальный',
		'официальный перевод',
		'oficial',
		'traducción oficial',
		'oficjalny',
		'oficjalne tłumaczenie',
		'urzędowy',
		'urzędowe tłumaczenie',
		'zvanični',
		'zvanični prevod',
		'službeni',
		'službeni prijevod',
		'званични',
		'званични превод',
		'офіційний',
		'офіційний переклад',
		'officieel',
		'officiële vertaling'
	],
	courtesy_translation: [
		'courtesy',
		'courtesy translation',
		'courtesy_translation',
		'unofficial',
		'unofficial translation',
		'informal',
		'informal translation',
		'non official',
		'non-official translation',
		'courtoisie',
		'traduction de courtoisie',
		'non officielle',
		'non officiel',
		'traduction non officielle',
		'traduction libre',
		'informell',
		'nichtamtlich',
		'nicht amtlich',
		'nichtamtliche Übersetzung',
		'inoffiziell',
		'inoffizielle Übersetzung',
		'Arbeitsübersetzung',
		'cortesia',
		'traduzione di cortesia',
		'non ufficiale',
		'traduzione non ufficiale',
		'неофициальный',
		'неофициальный перевод',
		'рабочий перевод',
		'traducción de cortesía',
		'no oficial',
		'traducción no oficial',
		'nieoficjalny',
		'nieoficjalne tłumaczenie',
		'tłumaczenie robocze',
		'nezvanični',
		'nezvanični prevod',
		'neslužbeni',
		'незванични',
		'неофіційний',
		'неофіційний переклад',
		'niet officieel',
		'niet-officiële vertaling',
		'informele vertaling'
	]
});

function codesAndLabels<T extends string>(
	codes: readonly T[],
	labels: Record<T, string>,
	more: Partial<Record<T, string[]>> = {}
) {
	return phraseTable(
		Object.fromEntries(codes.map((code) => [code, [code, labels[code], ...(more[code] ?? [])]])) as Record<T, string[]>
	);
}

const TERM_TYPE_WORDS = codesAndLabels(TERM_TYPES, TERM_TYPE_LABELS, {
	fullForm: ['full'],
	abbreviation: ['abbr'],
	acronym: ['initialism']
});
const PART_OF_SPEECH_WORDS = codesAndLabels(PARTS_OF_SPEECH, PART_OF_SPEECH_LABELS);
const ADMINISTRATIVE_STATUS_WORDS = codesAndLabels(ADMINISTRATIVE_STATUSES, ADMINISTRATIVE_STATUS_LABELS, {
	// TBX-Basic spells them this way; files converted from TBX keep the spelling.
	preferred: ['preferredTerm-admn-sts'],
	admitted: ['admittedTerm-admn-sts'],
	deprecated: ['deprecatedTerm-admn-sts'],
	superseded: ['supersededTerm-admn-sts']
});

export function readTextStatus(value: string): TextStatus | null {
	return TEXT_STATUS_WORDS.get(foldWords(value)) ?? null;
}
export function readTermType(value: string): TermType | null {
	return TERM_TYPE_WORDS.get(foldWords(value)) ?? null;
}
export function readPartOfSpeech(value: string): PartOfSpeech | null {
	return PART_OF_SPEECH_WORDS.get(foldWords(value)) ?? null;
}
export function readAdministrativeStatus(value: string): AdministrativeStatus | null {
	return ADMINISTRATIVE_STATUS_WORDS.get(foldWords(value)) ?? null;
}

/** The words a problem offers as accepted values: "authentic text, official translation or courtesy translation". */
export function acceptedWords(labels: Record<string, string>): string {
	const words = Object.values(labels).map((label) => label.toLowerCase());
	return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? '');
}
