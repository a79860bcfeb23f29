// Meilisearch 1.21 does no stemming, so an inflected Russian form ("критической инфраструктуры")
// does not find its dictionary form ("критическая инфраструктура"), and short words get no typo
// tolerance at all ("сети" vs "сеть"). Documents carry the Snowball stems of their Russian texts
// in a "stems" field, and Cyrillic query words are sent with their stems in front (see expandQuery).
import snowball from 'snowball-stemmers';

const russian = snowball.newStemmer('russian');
const CYRILLIC_WORD = /[\p{Script=Cyrillic}]+/gu;

export function russianStem(word: string): string {
	return russian.stem(word.toLocaleLowerCase('ru').replace(/ё/g, 'е'));
}

/** The distinct stems of the Cyrillic words of a text, joined by spaces. */
export function cyrillicStems(text: string): string {
	const stems = new Set<string>();
	for (const [word] of text.matchAll(CYRILLIC_WORD)) stems.add(russianStem(word));
	return [...stems].join(' ');
}

/** The Russian stems of the Cyrillic words of a query, to highlight words that matched by stem. */
export function queryStems(query: string): Set<string> {
	return new Set([...query.matchAll(CYRILLIC_WORD)].map(([word]) => russianStem(word)));
}

/**
 * The query as sent to Meilisearch: the stems of its Cyrillic words first, then the words as typed.
 * Meilisearch's default matching strategy drops words from the end until documents match, so a
 * document that has the stems (in its "stems" field) still matches when the inflected forms do not,
 * and one that matches every word ranks first.
 */
export function expandQuery(query: string): string {
	const stems = new Set<string>();
	for (const [word] of query.matchAll(CYRILLIC_WORD)) {
		const stem = russianStem(word);
		if (stem !== word.toLocaleLowerCase('ru')) stems.add(stem);
	}
	return stems.size === 0 ? query : `${[...stems].join(' ')} ${query}`;
}
