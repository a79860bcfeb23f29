// Recognises definitions that only point to another instrument ("as defined in Article 2 of
// Regulation (EU) 2019/881", "im Sinne des § 2 Absatz 2 BSIG", "в значении, определённом
// статьёй 2 Федерального закона № 187-ФЗ"), so the comparison can show them as references
// instead of scoring their few words against real definitions.
//
// A text is a reference when it reads: [at most a few words, usually the term repeated]
// + a reference phrase + [provision] + instrument + [at most two words, e.g. "definiert"].
// A real definition that cites its source in passing has more text before the reference phrase,
// or text after the citation, or a defining verb ("is", "means", "ist") inside it.
import { primaryLanguage } from './language';

export type ReferenceDetection =
	{ kind: 'reference'; instrument: string; provision: string | null } | { kind: 'definition' };

/** Words allowed before the reference phrase: "eine Cyberbedrohung nach …", "'incident' means an incident as defined in …". */
const MAX_WORDS_BEFORE = 6;
/** Words allowed after the citation: "wie in § 2 BSIG definiert", "jak określono w … ". */
const MAX_WORDS_AFTER = 2;
/** An "instrument" longer than this is a sentence, not a title. */
const MAX_INSTRUMENT_WORDS = 45;

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
// A phrase ends at a word boundary, or right after an elided article ("dell'articolo") or an abbreviation.
const NOT_WORD_AFTER = "(?:(?<=['.])|(?![\\p{L}\\p{N}]))";

interface Trigger {
	pattern: RegExp;
	/** Weak phrases ("nach", "according to") also start ordinary sentences: they need a numbered citation. */
	weak: boolean;
}

// One pattern per language and strength: Unicode-aware case-insensitive patterns are costly to
// compile, and a detection only ever needs those of the text's language and of English.
function triggers(weak: boolean, ...alternatives: string[]): Trigger[] {
	return [{ pattern: new RegExp(`${NOT_WORD_BEFORE}(?:${alternatives.join('|')})${NOT_WORD_AFTER}`, 'giu'), weak }];
}

// Written for text in which typographic apostrophes are plain and no-break spaces are spaces.
const TRIGGERS: Readonly<Record<string, readonly Trigger[]>> = {
	en: [
		...triggers(
			false,
			'as (?:defined|referred to|set out|specified|described|laid down|provided(?: for)?) (?:in|by|under|within)',
			'(?:as )?defined (?:in|by|under)',
			'referred to in',
			'(?:with)?in the meaning (?:of|given (?:to it |to that term |to the term )?(?:in|by|under))',
			'has the (?:same )?meaning (?:given|assigned|ascribed|set out)(?: to it| to that term| to the term)? (?:in|by|under)',
			'has the same meaning as(?: in)?',
			'for the purposes? of'
		),
		...triggers(true, 'see', 'cf\\.', 'according to', 'pursuant to', 'in accordance with', 'under', 'as per')
	],
	fr: [
		...triggers(
			false,
			"au sens (?:de l'|de la|des|du|de)",
			"tel(?:le)?s? que (?:défini|prévu|mentionné|visé)e?s? (?:à l'|à la|à|au|aux|par l'|par la|par|dans|en)",
			"(?:défini|mentionné|visé)e?s? (?:à l'|à la|à|au|aux|par l'|par la|par|dans)",
			"selon la définition (?:de l'|de la|des|du|de|donnée (?:à|au|par|dans)|figurant (?:à|au|dans))",
			"au titre (?:de l'|de la|des|du|de)"
		),
		...triggers(
			true,
			'selon',
			"conformément (?:à l'|à la|à|au|aux)",
			"en vertu (?:de l'|de la|des|du|de)",
			'voir',
			'cf\\.'
		)
	],
	de: [
		...triggers(
			false,
			'im sinne(?: (?:von|vom|des|der|dieses|dieser))?',
			'i\\. ?s\\. ?(?:v|d)\\.',
			'wie (?:in|im|durch)',
			'(?:gemäß|nach|entsprechend) (?:der )?(?:definition|begriffsbestimmung) (?:in|im|nach|des|der|gemäß)',
			'definiert (?:in|im|durch)'
		),
		...triggers(true, 'nach', 'gemäß', 'gem\\.', 'entsprechend', 'siehe', 'vgl\\.')
	],
	it: [
		...triggers(
			false,
			"ai sensi(?: (?:dell'|del|della|dello|dei|degli|delle|di))?",
			"(?:come|quale|quali) definit[oaie](?: (?:dall'|dal|dalla|dai|dagli|dalle|da|all'|al|alla|ai|agli|alle|nell'|nel|nella|nei|negli|in))?",
			"definit[oaie] (?:dall'|dal|dalla|da|all'|al|alla|ai|nell'|nel|nella|in)",
			"di cui (?:all'|al|alla|ai|agli|alle)",
			"secondo la definizione (?:contenuta |di cui )?(?:all'|al|alla|nell'|nel|nella|dell'|del|della|di)",
			"ai fini (?:dell'|del|della|dei|degli|delle|di)"
		),
		...triggers(true, 'secondo', "conformemente (?:all'|al|alla|a)", 'vedi', 'cfr\\.')
	],
	es: [
		...triggers(
			false,
			'según (?:se )?(?:define|definen|establece|dispone)(?: en)?',
			'(?:tal )?(?:y )?como (?:se )?(?:define|definen|lo define|la define|establece)(?: en)?',
			'en el sentido (?:de la|del|de)',
			'definid[oa]s? en',
			'a (?:los )?efectos (?:de la|del|de)',
			'según la definición (?:de la|del|de|que figura en|contenida en)',
			'conforme a lo dispuesto en'
		),
		...triggers(true, 'según', 'conforme (?:a la|al|a)', 'de acuerdo con', 'véase', 'cf\\.')
	],
	ru: [
		...triggers(
			false,
			'в значении,? (?:определ[её]нном|установленном|предусмотренном|указанном|используемом|приданном)',
			'в значении',
			'в смысле',
			'(?:как )?(?:это )?определено в',
			'определ[её]нн(?:ый|ая|ое|ые|ом|ой) в',
			'(?:понимается|используется|применяется) в значении(?:,? (?:определ[её]нном|установленном|предусмотренном|указанном))?',
			'в том значении,? в котором (?:он |она |оно |они )?(?:используется|используются|употребляется) в'
		),
		...triggers(true, 'согласно', 'в соответствии со?', 'см\\.')
	],
	pl: [
		...triggers(
			false,
			'w rozumieniu',
			'(?:zgodnie z )?definicj[aąię] (?:zawart[aąy] |określon[aąy] )?w',
			'określon(?:y|a|e|ego|ej|ych)? w',
			'zdefiniowan(?:y|a|e|ego|ej|ych)? w',
			'jak (?:określono|zdefiniowano) w',
			'o któr(?:ym|ej|ych) mowa w',
			'w znaczeniu(?: określonym| nadanym)? w'
		),
		...triggers(true, 'zgodnie z', 'według', 'wg', 'zob\\.', 'por\\.')
	],
	uk: [
		...triggers(
			false,
			'у значенні,?(?: наведеному| визначеному)?(?: в| у)?',
			'в значенні',
			'визначен(?:ий|е|а|і|ому) (?:в|у)'
		),
		...triggers(true, 'відповідно до', 'згідно з', 'див\\.')
	],
	cs: [
		...triggers(false, 've smyslu', 'jak (?:je )?definováno v', 'definovan[ýáéí] v'),
		...triggers(true, 'podle', 'viz')
	],
	sr: [
		...triggers(
			false,
			'у смислу',
			'u smislu',
			'како је (?:дефинисано|утврђено) у',
			'kako je (?:definisano|utvrđeno) u'
		),
		...triggers(true, 'у складу са', 'u skladu sa', 'према', 'prema')
	],
	ro: [
		...triggers(
			false,
			'astfel cum (?:este |sunt )?definit\\p{L}* (?:la|în|de|prin)',
			'în sensul',
			'definit\\p{L}* (?:la|în)'
		),
		...triggers(true, 'potrivit', 'conform', 'vezi')
	],
	nl: [
		...triggers(
			false,
			'als bedoeld in',
			'zoals (?:gedefinieerd|bedoeld|omschreven) in',
			'hetgeen daaronder wordt verstaan in',
			'in de zin van'
		),
		...triggers(true, 'volgens', 'overeenkomstig', 'zie')
	]
};

const SAME_TRIGGERS_AS: Readonly<Record<string, string>> = { hr: 'sr', bs: 'sr', cnr: 'sr', me: 'sr' };

// Articles and prepositions between the reference phrase, the provision and the instrument.
const CONNECTOR = new RegExp(
	`^[\\s,]*(?:(?:of the|of|the|in|under|by|to|de la|de l'|du|des|de|d'|à|au|aux|l'|la|le|les|par|dans|der|die|das|dem|den|von|vom|im|durch|il|lo|gli|i|dell'|dello|della|degli|delle|dei|del|all'|allo|alla|agli|alle|ai|al|dall'|dalla|dal|nell'|nella|nel|di|da|el|los|las|lo|en|por|w|we|z|ze|na|в|во|с|со|по|из|у|din|van de|van het|van|het)${NOT_WORD_AFTER})\\s*`,
	'iu'
);

const PROVISION_UNIT =
	'(?:articles?|art\\.|artikel|articolo|articoli|artículos?|artigo|artykuł\\p{L}*|článek|článku|čl\\.|član\\p{L}*|члан\\p{L}*|стать(?:я|и|е|ю|ей|ёй)|статт(?:я|і|ею)|ст\\.|sections?|sec\\.|§§?|paragraphs?|para\\.|paragraphe|paragrafo|párrafo|paragraf\\p{L}*|absatz|abs\\.|satz|nummer|nr\\.|ziffer|ziff\\.|buchstabe|buchst\\.|lit\\.|litera|lettera|lett\\.|letra|points?|punto|punkt\\p{L}*|pkt\\.?|sub-?paragraph|alinéa|al\\.|comma|apartado|ust\\.|ustęp\\p{L}*|пункт\\p{L}*|п\\.|подпункт\\p{L}*|пп\\.|част(?:ь|и|ью)|частин(?:а|и|і|ою)|ч\\.|абзац\\p{L}*|annex|annexe|anhang|allegato|anexo|załącznik\\p{L}*|приложени\\p{L}+|chapter|chapitre|kapitel|capo|capítulo|rozdział\\p{L}*|глав(?:а|ы|е|ой|у)|title|titre|titel|titolo|título|part|partie|teil|parte|clause|item|schedule|rule|odstavec|odst\\.|písm\\.|bod|точк\\p{L}+|тачк\\p{L}+|став\\p{L}*|alin\\.|alineat\\p{L}*)';
const PROVISION_NUMBER =
	'(?:(?:[LRDA]\\.\\s?)?\\d+[a-z]?(?:er|re|e|°|º|-?(?:й|я|го|е))?(?:[-–.]\\d+[a-z]?)*(?:\\s?(?:bis|ter|quater|quinquies))?(?:\\s?\\((?:\\d{1,3}|[a-z]{1,4})\\))*\\)?|\\((?:\\d{1,3}|[a-z]{1,4})\\)|[a-z]\\)|[IVXLC]{1,6})(?![\\p{L}\\p{N}])';
const PROVISION_PART = new RegExp(`^${PROVISION_UNIT}\\s*${PROVISION_NUMBER}`, 'iu');
// Between two parts of one provision: "Article 2, point (1)", "point (6) of Article 6", "§ 2 Abs. 2".
const BETWEEN_PARTS = new RegExp(
	`^(?:\\s*,\\s*|\\s+(?:(?:of the|of|de la|du|des|de|del|della|dello|der|din|и|and|et|und|e|y)\\s+|de l'|dell'|d')|\\s+|(?<=\\)))(?=${PROVISION_UNIT})`,
	'iu'
);

// A cited instrument: a kind of act, an official number, or a statute acronym such as BSIG.
const INSTRUMENT_KIND =
	/(?:regulation|directive|decision|act\b|law\b|code\b|convention|treaty|decree|ordinance|order\b|statute|règlement|décision|loi\b|décret|ordonnance|arrêté|gesetz|verordnung|richtlinie|beschluss|regolamento|direttiva|decisione|legge|decreto|codice|закон|кодекс|указ|постановлени|директив|регламент|решени|приказ|конвенци|ley\b|reglamento|directiva|decisión|código|orden\b|ustaw|rozporządzeni|dyrektyw|decyzj|kodeks|zarządzeni|zákon|vyhlášk|nařízení|směrnic|уредб|правилник|lege|legea|ordonan|hotărâr|regulament|wet\b|besluit|richtlijn|verordening|νόμο|διάταγμα|κανονισμ|οδηγί)/iu;
const INSTRUMENT_NUMBER = /(?:\d+\s?\/\s?\d+|№\s?\d|n[°º.]\s?\d|\bno\.?\s?\d|\bnr\.?\s?\d|\d+-ФЗ|\d{4})/iu;
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,}[\p{L}-]*(?![\p{L}\p{N}])/u;

// Verbs that make a sentence a definition ("… ist …", "… means …").
const DEFINING_VERB =
	/(?<![\p{L}\p{N}])(?:is|are|means|refers|denotes|comprises|est|sont|désigne|signifie|comprend|ist|sind|bezeichnet|bedeutet|umfasst|è|sono|indica|significa|es|son|является|являются|означает|понимается|представляет|jest|są|oznacza|obejmuje|je|jsou|znamená|є|означає)(?![\p{L}\p{N}])/iu;

// Participles that close a reference ("wie in § 2 BSIG definiert", "jak określono w …").
const CLOSING_WORDS =
	/(?:\s+(?:definiert|bestimmt|festgelegt|beschrieben|geregelt|defined|définie?s?|definit[oaie]|definid[oa]s?|определено|установлено|określono|zdefiniowano|ist|sind))+\s*$/iu;

// After a comma, the instrument goes on only with its number, date, title or amendment note.
const INSTRUMENT_CONTINUES =
	/^(?:n\.|n[°º]|no\.?\s?\d|nos\.|nr\.?\s?\d|№|\d|as (?:last )?amended|amended|approved|tel(?:le)?s? que modifi|modifi|in der|zuletzt|geändert|в редакции|с изменениями|с последующими|z późn|z pozn|ze zm|e successive|e s\.m\.i|come modificat|convertit|modificad|aprobat|cu modific|of \d|du \d|vom \d|от \d|z dnia|del \d|de \d|dated|relatif|relative|concernant|über|betreffend|relativ|privind|recante|p\.|pp\.|OJ|JO|ABl|GU|DO)/iu;

const ABBREVIATIONS = new Set(
	'no nos nr n art abs pkt ust lit ст п пп ч r dz poz zm późn pozn sec para al alin odst písm čl ff seq et str vol bzw vgl ziff buchst lett reg dir corr ed st gg ca cf resp eu ue oj jo abl gu do p pp sb coll bgbl'.split(
		' '
	)
);

function wordCount(text: string): number {
	return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function isAbbreviationBefore(text: string, periodIndex: number): boolean {
	const word = /([\p{L}]+)$/u.exec(text.slice(0, periodIndex))?.[1];
	return word !== undefined && (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase()));
}

// “ opens an English quotation and closes a German one („…“).
const OPENING = '(«“„‘[';
const CLOSING = ')»”“’]';

/** Where the instrument's name ends: a clause break outside brackets and quotation marks. */
function instrumentEnd(text: string, start: number): number {
	let depth = 0;
	let insideStraightQuote = false;
	for (let index = start; index < text.length; index++) {
		const character = text[index]!;
		if (character === '"') {
			insideStraightQuote = !insideStraightQuote;
			continue;
		}
		if (OPENING.includes(character) && !(character === '“' && depth > 0)) {
			depth++;
			continue;
		}
		if (CLOSING.includes(character)) {
			depth = Math.max(0, depth - 1);
			continue;
		}
		if (depth > 0 || insideStraightQuote) continue;
		if (character === ';' || character === ':' || character === '\n') return index;
		if (character === ',') {
			if (!INSTRUMENT_CONTINUES.test(text.slice(index + 1).trimStart())) return index;
			continue;
		}
		if (character === '.' || character === '!' || character === '?') {
			const rest = text.slice(index + 1);
			const sentenceEnds = rest.trim() === '' || /^\s+[\p{Lu}«"“„(]/u.test(rest);
			// "… 5 lipca 2018 r." and "… n. 82" end in an abbreviation, not a sentence.
			if (sentenceEnds && !(character === '.' && isAbbreviationBefore(text, index))) return index;
		}
	}
	return text.length;
}

function skipConnectors(text: string, position: number): number {
	let current = position;
	for (;;) {
		const match = CONNECTOR.exec(text.slice(current));
		if (!match || match[0].length === 0) return current + (/^[\s,]*/u.exec(text.slice(current))?.[0].length ?? 0);
		current += match[0].length;
	}
}

function trimCitation(text: string): string {
	let result = text.trim();
	for (;;) {
		const trimmed = result.replace(/[\s,;:]+$/u, '');
		if (trimmed.endsWith('.') && !isAbbreviationBefore(trimmed, trimmed.length - 1)) result = trimmed.slice(0, -1);
		else result = trimmed;
		if (result === trimmed) return result;
	}
}

/** Where a provision ("Article 2, point (1)", "§ 2 Abs. 2", "статьёй 2") starting at `start` ends, if one does. */
function provisionEnd(text: string, start: number): number | null {
	const first = PROVISION_PART.exec(text.slice(start));
	if (!first) return null;
	let end = start + first[0].length;
	for (;;) {
		const between = BETWEEN_PARTS.exec(text.slice(end));
		if (!between) break;
		const next = PROVISION_PART.exec(text.slice(end + between[0].length));
		if (!next) break;
		end += between[0].length + next[0].length;
	}
	return end;
}

function triggersFor(language: string): readonly Trigger[] {
	const own = TRIGGERS[SAME_TRIGGERS_AS[language] ?? language];
	// A language without phrases of its own is tried against all; any other against its own and
	// English, since English renderings are often filed under the original's language tag.
	if (!own) return Object.values(TRIGGERS).flat();
	return language === 'en' ? own : [...own, ...(TRIGGERS.en ?? [])];
}

interface Candidate {
	index: number;
	length: number;
	weak: boolean;
}

function readReference(original: string, text: string, candidate: Candidate): ReferenceDetection | null {
	if (wordCount(text.slice(0, candidate.index)) > MAX_WORDS_BEFORE) return null;

	const citationStart = skipConnectors(text, candidate.index + candidate.length);
	const provisionStop = provisionEnd(text, citationStart);
	const provision = provisionStop === null ? null : trimCitation(original.slice(citationStart, provisionStop));
	const instrumentStart = provisionStop === null ? citationStart : skipConnectors(text, provisionStop);
	const end = instrumentEnd(text, instrumentStart);

	const instrumentText = original.slice(instrumentStart, end);
	const closing = CLOSING_WORDS.exec(instrumentText);
	const instrument = trimCitation(closing ? instrumentText.slice(0, closing.index) : instrumentText);
	const after = original.slice(end) + (closing ? closing[0] : '');

	if (wordCount(after) > MAX_WORDS_AFTER) return null;
	if (wordCount(instrument) > MAX_INSTRUMENT_WORDS || DEFINING_VERB.test(instrument)) return null;

	const numbered = provision !== null || INSTRUMENT_NUMBER.test(instrument);
	const recognisable = numbered || INSTRUMENT_KIND.test(instrument) || ACRONYM.test(instrument);
	// After a weak phrase the citation must start right away: "nach § 2 …", "согласно Федеральному закону № …".
	const startsWithInstrument = INSTRUMENT_KIND.test(instrument.split(/\s+/u).slice(0, 2).join(' '));
	if (!(candidate.weak ? provision !== null || (numbered && startsWithInstrument) : recognisable)) return null;
	if (!instrument && !provision) return null;

	return { kind: 'reference', instrument, provision };
}

/**
 * Whether a definition text consists (almost) only of a pointer to another instrument; if so,
 * the instrument and the provision as written. `language` is the text's BCP 47 tag.
 */
export function detectReferenceDefinition(text: string, language: string): ReferenceDetection {
	// Same length as the original, so offsets found here slice the original text.
	const searchable = text.replace(/[’ʼ‘`]/gu, "'").replace(/[\u00A0\u202F\u2007]/gu, ' ');
	const candidates: Candidate[] = [];
	for (const trigger of triggersFor(primaryLanguage(language))) {
		trigger.pattern.lastIndex = 0;
		for (const match of searchable.matchAll(trigger.pattern)) {
			if (wordCount(searchable.slice(0, match.index)) > MAX_WORDS_BEFORE) break;
			candidates.push({ index: match.index, length: match[0].length, weak: trigger.weak });
		}
	}
	// Earliest first; at one place the longest phrase ("as defined in" before "defined in").
	candidates.sort((left, right) => left.index - right.index || right.length - left.length);
	for (const candidate of candidates) {
		const result = readReference(text, searchable, candidate);
		if (result) return result;
	}
	return { kind: 'definition' };
}
