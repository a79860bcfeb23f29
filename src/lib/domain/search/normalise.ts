// Text as the index and the queries see it. Meilisearch 1.21 folds Latin and Greek accents itself,
// but not Cyrillic ё (it counts ё/е as a typo) and not look-alike letters from another script
// (a Latin "e" typed inside a Cyrillic word makes the word unfindable). Both sides — documents and
// queries — go through normaliseForSearch.
//
// Every change replaces one code point by exactly one code point, so a character position in the
// normalised text is the same position in the original: highlights found in the normalised text
// can be drawn on the original text (see highlight.ts).

const YO: Record<string, string> = { ё: 'е', Ё: 'Е' };

// Latin ↔ Cyrillic letters that look the same. Greek is left alone: its look-alikes (ο, α, ε…) are
// common letters of real Greek words, and mixing Greek with Latin in one word is rare.
const LATIN_TO_CYRILLIC: Record<string, string> = {
	a: 'а',
	c: 'с',
	e: 'е',
	o: 'о',
	p: 'р',
	x: 'х',
	y: 'у',
	i: 'і',
	A: 'А',
	B: 'В',
	C: 'С',
	E: 'Е',
	H: 'Н',
	I: 'І',
	K: 'К',
	M: 'М',
	O: 'О',
	P: 'Р',
	T: 'Т',
	X: 'Х',
	Y: 'У'
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
	Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin])
);

const WORD = /[\p{L}\p{M}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** Rewrites a mixed-script word into the script most of its letters use. */
function unifyScript(word: string): string {
	let cyrillic = 0;
	let latin = 0;
	for (const char of word) {
		if (CYRILLIC.test(char)) cyrillic++;
		else if (LATIN.test(char)) latin++;
	}
	if (cyrillic === 0 || latin === 0) return word;
	const table = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
	let result = '';
	for (const char of word) result += table[char] ?? char;
	return result;
}

/** Stored texts are NFC (see national-lists/editing.ts), so NFC here keeps positions unchanged. */
export function normaliseForSearch(text: string): string {
	const folded = text.normalize('NFC').replace(/[ёЁ]/g, (char) => YO[char] ?? char);
	return folded.replace(WORD, unifyScript);
}
