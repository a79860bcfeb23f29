// Folding of headers and cell values so that case, accents and punctuation never decide a match:
// "Définition (EN)", "definition_en" and "DEFINITION [en]" all fold to the same words.

// Letters that Unicode does not decompose into a base letter and an accent.
const UNDECOMPOSED: Record<string, string> = { ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ı: 'i', þ: 'th' };

/** Lower case, without accents, every run of other characters turned into one space. */
export function foldWords(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[łđßæœøıþ]/g, (letter) => UNDECOMPOSED[letter] ?? letter)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** A set of phrases, folded, for exact lookup. */
export function phraseSet(phrases: readonly string[]): Set<string> {
	return new Set(phrases.map(foldWords));
}

/** Phrases per value, folded, for exact lookup of the value a phrase stands for. */
export function phraseTable<T extends string>(phrasesByValue: Record<T, readonly string[]>): Map<string, T> {
	const table = new Map<string, T>();
	for (const [value, phrases] of Object.entries(phrasesByValue) as [T, readonly string[]][]) {
		for (const phrase of phrases) table.set(foldWords(phrase), value);
	}
	return table;
}
