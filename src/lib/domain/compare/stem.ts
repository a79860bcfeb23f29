// A deliberately crude stemmer: strip the longest common inflectional ending of the language, so
// that "критической инфраструктуры" and "критическая инфраструктура", or "systèmes" and
// "système", match. It works on normalised words (no accents in Latin and Greek script) and
// never leaves fewer than three letters. Over-stemming only ever merges words that share a long
// beginning, which within one field (ICT security) is nearly always the same lexeme; the
// similarity tests show the gain on inflected languages. A full Snowball stemmer would do better
// for some languages but has no Greek, Polish, Ukrainian or Serbian and expects accented input.
import { primaryLanguage } from './language';

const MINIMUM_STEM_LENGTH = 3;

function endings(list: string): readonly string[] {
	// Longest first, so that "-ations" wins over "-s".
	return list
		.split(/\s+/u)
		.filter(Boolean)
		.sort((left, right) => right.length - left.length);
}

const ENDINGS: Readonly<Record<string, readonly string[]>> = {
	fr: endings(
		'issements issement ations ation atrices atrice ateurs ateur ements ement iques ique ites ite ives ive ifs if euses euse eux ees ee es e s x'
	),
	de: endings(
		'ungen ung heiten heit keiten keit lichen liche licher lich ischen ische ischer isch ern em en er es e s n'
	),
	it: endings('azioni azione amenti amento mente ita ici iche ico ica i e o a'),
	es: endings('aciones acion amientos amiento mente idades idad icos icas ico ica es os as s o a e'),
	pt: endings('acoes acao amentos amento mente idades idade icos icas ico ica es os as s o a e'),
	ro: endings('urilor ilor elor iile ului ele ile uri ul ea ei le i e a u'),
	nl: endings('heden heid ingen ing en e s'),
	pl: endings('owego owej owym ami ach ego emu owa owe owy ych ymi imi iej ym im ej om ow ie a e i o u y'),
	cs: endings('oveho ovem ovych ymi ami ech ich eho emu ova ove ovy ych ym ou em um y a e i o u'),
	sk: endings('oveho ovom ovych ymi ami ach ich eho emu ova ove ovy ych ym ou om y a e i o u'),
	ru: endings(
		'ями ами ого его ому ему ыми ими ая яя ое ее ые ие ый ий ой ей ую юю ых их ам ям ах ях ом ем ов ев ию ия ии ью а я о е ы и у ю ь й'
	),
	uk: endings('ями ами ого ому ими іми ої ою ею ій ий их іх ам ям ах ях ом ем ів ія ії ню ня а я о е и і у ю ь й ї є'),
	be: endings('ямі амі ага яга аму яму ымі імі ая ое ыя ыі ый ой ую ых іх ам ям ах ях ом ем аў яў а я о е ы і у ю ь й'),
	bg: endings('ията ията ите ата ият ия та то те ът а я о е и'),
	sr: endings('ама има ога ому ом ем ог ег ој их им и а е о у ama ima oga omu om em og eg oj ih im i a e o u'),
	el: endings('ικοτητα ουσ οσ ου ησ η ων εσ ασ α ο ι ε εισ ιων ικο ικη ικα')
};

const SAME_ENDINGS_AS: Readonly<Record<string, string>> = {
	hr: 'sr',
	bs: 'sr',
	cnr: 'sr',
	me: 'sr',
	mk: 'bg',
	sl: 'sr'
};

// English inflection is mostly plural -s/-es and -ed/-ing; a trailing e is dropped afterwards so
// that "device", "devices" and "stored", "store" meet.
function stemEnglish(word: string): string {
	let stem = word;
	if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
	else if (stem.endsWith('sses')) stem = stem.slice(0, -2);
	else if (/(?:[sxz]|ch|sh)es$/u.test(stem) && stem.length > 4) stem = stem.slice(0, -2);
	else if (stem.endsWith('s') && !/(?:ss|us|is)$/u.test(stem) && stem.length > 3) stem = stem.slice(0, -1);

	for (const ending of ['ing', 'ed']) {
		if (stem.endsWith(ending) && stem.length - ending.length >= MINIMUM_STEM_LENGTH + 1) {
			stem = stem.slice(0, -ending.length);
			break;
		}
	}
	if (stem.endsWith('e') && stem.length - 1 >= MINIMUM_STEM_LENGTH) stem = stem.slice(0, -1);
	return stem;
}

/** The crude stem of a normalised word; words with digits and unknown languages are left alone. */
export function crudeStem(normalisedWord: string, locale: string): string {
	if (/\p{N}/u.test(normalisedWord)) return normalisedWord;
	const language = primaryLanguage(locale);
	if (language === 'en') return stemEnglish(normalisedWord);
	// French plurals in -aux: "réseaux" → "réseau", "nationaux" → "national".
	if (language === 'fr' && normalisedWord.endsWith('aux') && normalisedWord.length > 5) {
		return crudeStem(
			normalisedWord.endsWith('eaux') ? normalisedWord.slice(0, -1) : `${normalisedWord.slice(0, -3)}al`,
			locale
		);
	}
	const list = ENDINGS[SAME_ENDINGS_AS[language] ?? language];
	if (!list) return normalisedWord;
	for (const ending of list) {
		if (normalisedWord.endsWith(ending) && normalisedWord.length - ending.length >= MINIMUM_STEM_LENGTH) {
			return normalisedWord.slice(0, -ending.length);
		}
	}
	return normalisedWord;
}
