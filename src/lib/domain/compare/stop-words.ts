// Small stop-word lists: function words and the boilerplate of legal definitions ("means",
// "désigne"), which say nothing about what two definitions share. Written as people spell them;
// normalised once at load with the same function as the texts, so accents do not matter here.
import { primaryLanguage } from './language';
import { normaliseWord } from './normalise-word';

const STOP_WORDS: Readonly<Record<string, string>> = {
	en: `a an the and or nor but if then than as at by for from in into of off on onto out over to up with within without
		via per upon about under between among through during before after such same other any all each every some no not
		only also both either neither this that these those which who whom whose what where when whereby wherein thereof
		therein it its they them their there he she his her we our us you your be is are was were been being has have had
		do does did may might must shall should can could will would including include includes etc means mean
		meaning refers refer term whether one so`,
	fr: `le la les l un une des du de d au aux et ou ni mais donc or car que qu qui quoi dont où ce cet cette ces ceci cela
		son sa ses leur leurs notre nos votre vos il elle ils elles on se s en y à dans par pour sur sous avec sans entre
		vers chez selon contre lors est sont être été étant a ont avoir fait peut peuvent doit doivent tout tous toute
		toutes autre autres même tel telle tels telles ainsi afin comme ne pas plus moins très désigne désignent signifie
		entend entendu notamment lequel laquelle lesquels lesquelles auquel auxquels duquel desquels sens terme`,
	de: `der die das den dem des ein eine einer eines einem einen und oder sowie aber sondern denn wenn als wie auch noch
		nur nicht kein keine keiner keines keinem in im ins an am auf aus bei mit nach von vom zu zum zur für über unter
		um durch gegen ohne bis zwischen vor hinter neben ist sind war waren sein seine seiner seines seinem seinen ihr
		ihre ihrer ihres ihrem ihren wird werden wurde wurden worden hat haben hatte kann können muss müssen soll sollen
		darf dürfen dieser diese dieses diesem diesen jener jene jenes jede jeder jedes jedem jeden alle aller allen
		welcher welche welches welchem welchen dass daß sich es er sie wir bezeichnet bedeutet insbesondere sinne begriff`,
	it: `il lo la i gli le l un uno una di del dello della dei degli delle d a al allo alla ai agli alle all da dal
		dallo dalla dai dagli dalle dall in nel nello nella nei negli nelle nell su sul sullo sulla sui sugli sulle sull
		con per tra fra e ed o od ma né che chi cui quale quali questo questa questi queste quello quella quelli quelle
		è sono essere stato stata stati state ha hanno avere può possono deve devono si ne non più anche come ogni tutto
		tutti tutta tutte altro altri altra altre suo sua suoi sue loro esso essa essi esse indica designa significa
		intende intendono ovvero ossia nonché termine`,
	es: `el la los las lo un una unos unas de del al a ante bajo con contra desde durante en entre hacia hasta mediante
		para por según sin sobre tras y e o u ni pero sino que quien quienes cual cuales cuyo cuya cuyos cuyas este esta
		estos estas ese esa esos esas aquel aquella aquellos aquellas su sus se le les es son ser sido siendo está están
		ha han haber puede pueden debe deben como más muy no también todo toda todos todas otro otra otros otras mismo
		misma así cada significa designa entiende término`,
	pt: `o a os as um uma uns umas de do da dos das ao aos à às em no na nos nas por pelo pela pelos pelas para com sem
		sob sobre entre e ou nem mas que quem qual quais cujo cuja seu sua seus suas se é são ser sido está estão pode
		podem deve devem como mais não também todo toda todos todas outro outra outros outras designa significa termo`,
	nl: `de het een en of maar dat die dit deze van in op aan met voor door bij uit tot over naar onder tussen zonder als
		is zijn wordt worden werd kan kunnen moet moeten zal zullen niet ook al alle elk elke hun haar zijn zich wat wie
		waarin waarbij betekent term`,
	ro: `un o unei unui unor și sau dar ci că care ce cu de din la în pe pentru prin până sub spre între fără al a ai ale
		cel cea cei cele este sunt fi fost poate pot trebuie nu mai și se sa său sa săi sale lor acest această aceste
		acestei acestui acestor înseamnă termen`,
	pl: `i oraz lub albo ani ale lecz a że który która które którego której których którym którymi w we z ze na do od
		o u przy przez dla pod nad przed za między bez po jest są być był była było były został została zostało zostały
		może mogą musi muszą nie się to ten ta te tego tej tych tym jego jej ich jako także również każdy każda każde
		wszystkie wszystkich inny inna inne oznacza rozumie rozumie się termin`,
	cs: `a i nebo ani ale však že který která které kterého které kterých kterým v ve z ze na do od o u při přes pro pod
		nad před za mezi bez po je jsou být byl byla bylo byly může mohou musí nesmí ne se to ten ta tento tato toto
		tyto jeho její jejich jako také každý každá každé všechny jiný jiná jiné znamená rozumí pojem`,
	sk: `a i alebo ani ale však že ktorý ktorá ktoré ktorého ktorej ktorých ktorým v vo z zo na do od o u pri cez pre
		pod nad pred za medzi bez po je sú byť bol bola bolo boli môže môžu musí nie sa to ten ta tento táto toto tieto
		jeho jej ich ako tiež každý každá každé všetky iný iná iné znamená rozumie pojem`,
	ru: `и или либо а но что чтобы который которая которое которые которого которой которых которым которыми в во на
		с со к ко по о об от до из у за под над при для без между через перед это этот эта эти этого этой этих тот та
		те того той тех его её ее их он она они оно является являются быть был была было были может могут должен
		должна должны не ни также как так же все всех всем всё каждый каждая каждое иной иные или означает понимается
		понятие термин числе том такой такая такое такие таких таким такими данный данная данные этим этими`,
	uk: `і й та або чи але а що щоб який яка яке які якого якої яких яким якими в у на з із зі до від по о про при для
		без між через перед за під над це цей ця ці цього цієї цих той та ті його її їх він вона вони воно є бути був
		була було були може можуть повинен повинна повинні не ні також як так все всі кожен кожна кожне означає
		розуміється поняття термін числі`,
	be: `і й ці або але а што які якая якое якія у ў на з да ад па аб пры для без паміж праз перад за пад над гэта гэты
		гэтая гэтыя яго яе іх ён яна яны з'яўляецца быць можа не ні таксама як`,
	bg: `и или а но че който която което които на в във с със към по от до за под над при без между през пред това този
		тази тези тоя той тя те то той е са бъде бил била било били може могат трябва не ни също като всеки всяка
		всяко всички означава понятие`,
	sr: `и или а али да што који која које којих којим у на са с од до из за по под над при без између кроз пре ово овај
		ова ови тај та те његов њен њихов је су бити био била било били може могу мора не ни такође као сваки свака
		свако сви означава појам i ili a ali da što koji koja koje kojih kojim u na sa s od do iz za po pod nad pri bez
		između kroz pre ovo ovaj ova ovi taj ta te njegov njen njihov je su biti bio bila bilo bili može mogu mora ne ni
		takođe kao svaki svaka svako svi označava pojam`,
	el: `ο η το οι τα του της των τον την τους τις ένα ένας μια μία ενός μιας και ή αλλά ότι που οποίος οποία οποίο
		οποίοι οποίες οποίων σε στο στη στην στον στα στους στις στων από με για προς κατά μετά χωρίς μεταξύ υπό ως
		είναι είναι ήταν είναι θα να δεν μη μην αυτό αυτός αυτή αυτά αυτών αυτού αυτής κάθε όλα όλοι όλες άλλος άλλη
		άλλο σημαίνει νοείται όρος`
};

// Languages that borrow a neighbour's list (same function words).
const SAME_LIST_AS: Readonly<Record<string, string>> = { hr: 'sr', bs: 'sr', cnr: 'sr', me: 'sr', mk: 'bg' };

const normalisedLists = new Map<string, ReadonlySet<string>>();

function stopWordsOf(language: string): ReadonlySet<string> {
	const listLanguage = SAME_LIST_AS[language] ?? language;
	let set = normalisedLists.get(listLanguage);
	if (!set) {
		const words = (STOP_WORDS[listLanguage] ?? '').split(/\s+/u).filter(Boolean);
		set = new Set(words.map((word) => normaliseWord(word, listLanguage)));
		normalisedLists.set(listLanguage, set);
	}
	return set;
}

/**
 * True for a function word of the text's language (given normalised). Languages without a list
 * have none; one-letter words other than digits count as stop words everywhere (list markers,
 * elided articles).
 */
export function isStopWord(normalizedWord: string, locale: string): boolean {
	if (normalizedWord.length < 2 && !/\p{N}/u.test(normalizedWord)) return true;
	return stopWordsOf(primaryLanguage(locale)).has(normalizedWord);
}
