// The words ministries put in column headers, per field, in the six OSCE languages and in Polish,
// Serbian (both scripts), Ukrainian and Dutch. A header matches a field when, folded and without its
// language marker, it is one of these phrases exactly: "Bemerkung intern" is not "Bemerkung".
import type { EntryField, LanguageField } from './column-target';
import { phraseSet, phraseTable } from './words';

/** Headers that name the original language column; checked before any language marker is taken off. */
export const ORIGINAL_LANGUAGE_HEADERS = phraseSet([
	'original language', 'language', 'language code', 'language of the original', 'source language', 'language of the act',
	'langue', 'langue originale', "langue d'origine", 'langue du texte original',
	'Sprache', 'Originalsprache', 'Ausgangssprache', 'Sprache des Originals',
	'lingua', 'lingua originale', "lingua dell'originale",
	'язык', 'язык оригинала', 'исходный язык',
	'idioma', 'idioma original', 'lengua', 'lengua original',
	'język', 'język oryginału', 'język oryginalny',
	'jezik', 'jezik originala', 'izvorni jezik', 'језик', 'језик оригинала', 'изворни језик',
	'мова', 'мова оригіналу',
	'taal', 'oorspronkelijke taal', 'brontaal', 'taal van het origineel'
]);

const ENTRY_NOTE_WORDS = [
	'note', 'notes', 'remark', 'remarks', 'comment', 'comments', 'observation', 'observations',
	'remarque', 'remarques', 'commentaire', 'commentaires',
	'Bemerkung', 'Bemerkungen', 'Anmerkung', 'Anmerkungen', 'Hinweis', 'Hinweise', 'Kommentar',
	'nota', 'note', 'osservazioni', 'commento',
	'примечание', 'примечания', 'комментарий', 'замечание', 'замечания',
	'notas', 'observaciones', 'comentario', 'comentarios',
	'uwaga', 'uwagi', 'komentarz',
	'napomena', 'napomene', 'komentar', 'напомена', 'напомене', 'коментар',
	'примітка', 'примітки',
	'opmerking', 'opmerkingen'
];

/** Headers of the entry's own fields (without a language marker). */
export const ENTRY_FIELD_HEADERS = phraseTable<Exclude<EntryField, 'originalLanguage'>>({
	sourceId: ['entry id', 'id', 'identifier', 'entry identifier'],
	sourceAct: [
		'source', 'source act', 'act', 'legal act', 'legal source', 'legal basis', 'law', 'legislation', 'reference',
		'source document', 'document', 'instrument', 'legal instrument', 'source of the term',
		'source juridique', 'acte', 'acte juridique', 'loi', 'texte de référence', 'référence', 'base juridique',
		'Fundstelle', 'Quelle', 'Rechtsquelle', 'Rechtsgrundlage', 'Gesetz', 'Rechtsakt', 'Erlass',
		'fonte', 'atto', 'atto normativo', 'legge', 'riferimento normativo', 'fonte normativa', 'riferimento',
		'источник', 'нормативный акт', 'нормативный правовой акт', 'правовой акт', 'закон', 'документ',
		'fuente', 'acto', 'acto jurídico', 'ley', 'norma', 'instrumento', 'referencia',
		'źródło', 'akt prawny', 'ustawa', 'podstawa prawna',
		'izvor', 'propis', 'zakon', 'pravni akt', 'извор', 'пропис', 'правни акт',
		'джерело', 'нормативно-правовий акт', 'акт',
		'bron', 'wet', 'regelgeving', 'rechtsbron', 'wettelijke grondslag'
	],
	sourceArticle: [
		'article', 'articles', 'art', 'source article', 'article number', 'article no', 'provision', 'section', 'paragraph', 'clause',
		'disposition', 'Artikel', 'Paragraf', 'Paragraph', 'Bestimmung', 'Vorschrift',
		'articolo', 'comma', 'disposizione', 'статья', 'пункт', 'artículo', 'disposición',
		'artykuł', 'przepis', 'ustęp', 'član', 'члан', 'стаття', 'bepaling', 'alinea'
	],
	sourceDate: [
		'date', 'source date', 'date of act', 'date of the act', 'date of adoption', 'adoption date',
		"date d'adoption", "date de l'acte", 'Datum', 'Datum des Gesetzes', 'Ausfertigungsdatum', 'Datum des Rechtsakts',
		'data', 'data di adozione', "data dell'atto", 'дата', 'дата принятия', 'дата акта',
		'fecha', 'fecha de adopción', 'fecha del acto', 'data przyjęcia', 'data aktu',
		'datum donošenja', 'датум', 'датум доношења', 'дата прийняття', 'datum van vaststelling'
	],
	sourceUrl: [
		'link', 'url', 'source url', 'source link', 'web link', 'web address', 'website', 'hyperlink', 'internet', 'www',
		'lien', 'lien internet', 'adresse web', 'adresse url', 'Weblink', 'Internetadresse', 'Fundstelle url',
		'collegamento', 'indirizzo web', 'ссылка', 'веб ссылка', 'интернет ссылка', 'адрес в интернете',
		'enlace', 'vínculo', 'dirección web', 'odnośnik', 'adres url', 'adres internetowy',
		'veza', 'poveznica', 'линк', 'веза', 'посилання', 'веб посилання', 'koppeling', 'webadres'
	],
	note: ENTRY_NOTE_WORDS
});

const TERM_NOTE_WORDS = [
	'term note', 'note on the term', 'language note', 'note sur le terme', 'Anmerkung zum Begriff',
	'nota sul termine', 'примечание к термину', 'nota sobre el término', 'uwaga do terminu',
	'napomena o terminu', 'примітка до терміна', 'opmerking bij de term'
];

/** Headers of a language version's fields; with no language marker they mean the original language. */
export const LANGUAGE_FIELD_HEADERS = phraseTable<LanguageField>({
	term: [
		'term', 'terms', 'main term', 'preferred term', 'entry term', 'headword', 'designation', 'expression',
		'terme', 'termes', 'terme principal', 'terme préféré', 'vedette', 'désignation',
		'Begriff', 'Begriffe', 'Benennung', 'Fachbegriff', 'Terminus', 'Bezeichnung', 'Stichwort', 'Fachausdruck',
		'termine', 'termini', 'lemma', 'denominazione',
		'термин', 'термины', 'понятие',
		'término', 'términos', 'vocablo', 'denominación',
		'pojęcie', 'termin', 'terminy', 'hasło',
		'pojam', 'izraz', 'појам', 'израз',
		'термін', 'терміни', 'поняття',
		'begrip', 'termen', 'benaming'
	],
	definition: [
		'definition', 'definitions', 'explanation', 'meaning', 'description', 'definition text',
		'définition', 'définitions', 'explication',
		'Begriffsbestimmung', 'Begriffsbestimmungen', 'Erklärung', 'Erläuterung', 'Bedeutung', 'Begriffsdefinition',
		'definizione', 'definizioni', 'spiegazione',
		'определение', 'определения', 'толкование', 'пояснение', 'значение',
		'definición', 'definiciones', 'explicación',
		'definicja', 'definicje', 'objaśnienie', 'znaczenie',
		'definicija', 'definicije', 'značenje', 'objašnjenje', 'дефиниција', 'значење', 'објашњење',
		'визначення', 'тлумачення', 'пояснення', 'значення',
		'definitie', 'definities', 'omschrijving', 'betekenis', 'toelichting'
	],
	textStatus: [
		'text status', 'status of text', 'status of the text', 'translation status', 'status of translation', 'text type',
		'statut du texte', 'statut de la traduction', 'type de texte',
		'Textstatus', 'Status des Textes', 'Status der Übersetzung', 'Textart',
		'stato del testo', 'tipo di testo', 'статус текста', 'статус перевода', 'вид текста',
		'estatus del texto', 'estado del texto', 'tipo de texto', 'status tekstu', 'rodzaj tekstu', 'status tłumaczenia',
		'status teksta', 'статус текста', 'статус тексту', 'статус перекладу', 'tekststatus', 'status van de tekst'
	],
	termType: [
		'term type', 'type of term', 'type de terme', 'Termtyp', 'Benennungstyp', 'Art der Benennung',
		'tipo di termine', 'тип термина', 'tipo de término', 'typ terminu', 'tip termina', 'тип терміна', 'termtype'
	],
	partOfSpeech: [
		'part of speech', 'grammatical category', 'partie du discours', 'catégorie grammaticale', 'Wortart',
		'parte del discorso', 'categoria grammaticale', 'часть речи', 'categoría gramatical', 'parte de la oración',
		'część mowy', 'vrsta reči', 'врста речи', 'частина мови', 'woordsoort'
	],
	administrativeStatus: [
		'administrative status', 'term status', 'usage status', 'status of term', 'status of the term',
		'statut administratif', 'statut du terme', 'Verwendungsstatus', 'Status der Benennung', 'Benennungsstatus',
		'stato amministrativo', 'stato del termine', 'административный статус', 'статус термина',
		'estatus administrativo', 'estado del término', 'status administracyjny', 'status terminu',
		'administrativni status', 'status termina', 'адміністративний статус', 'статус терміна', 'administratieve status'
	],
	definitionSource: [
		'definition source', 'source of definition', 'source of the definition', 'definition reference',
		'source de la définition', 'Quelle der Definition', 'Definitionsquelle', 'fonte della definizione',
		'источник определения', 'fuente de la definición', 'źródło definicji', 'izvor definicije', 'извор дефиниције',
		'джерело визначення', 'bron van de definitie', 'bron definitie'
	],
	note: TERM_NOTE_WORDS,
	additionalTerms: [
		'additional terms', 'additional term', 'other terms', 'synonyms', 'synonym', 'variants', 'alternative terms',
		'abbreviation', 'abbreviations', 'acronym', 'acronyms',
		'autres termes', 'synonymes', 'synonyme', 'abréviation', 'abréviations', 'sigle',
		'weitere Benennungen', 'Synonyme', 'Abkürzung', 'Abkürzungen',
		'altri termini', 'sinonimi', 'abbreviazione', 'sigla',
		'другие термины', 'синонимы', 'сокращение', 'аббревиатура',
		'otros términos', 'sinónimos', 'abreviatura', 'inne terminy', 'synonimy', 'skrót', 'skróty',
		'drugi termini', 'sinonimi', 'skraćenica', 'синоними', 'скраћеница',
		'інші терміни', 'синоніми', 'скорочення', 'andere termen', 'synoniemen', 'afkorting'
	]
});

/** Phrases that, with a language marker, mean that language's note ("Note (EN)", "Bemerkung Englisch"). */
export const MARKED_NOTE_HEADERS = phraseSet([...ENTRY_NOTE_WORDS, ...TERM_NOTE_WORDS]);

/** Words that mark the State's own language in a header: "Term (original)", "nationaler Begriff". */
export const ORIGINAL_MARKER_STEMS = ['original', 'origine', 'оригинал', 'оригінал', 'oryginal', 'izvorn', 'изворн', 'national', 'origineel', 'oorspronkelijk'];

/** Small words around a language name: "Definition in English", "Термин на английском языке". */
export const MARKER_FILLER_WORDS = phraseSet([
	'in', 'en', 'im', 'auf', 'nel', 'na', 'w', 'u', 'на', 'у', 'op', 'the', 'le', 'la', 'der', 'die', 'das', 'des',
	'de', 'du', 'el', 'il', 'lo', 'di', 'del', 'della', 'version', 'versione', 'fassung', 'versie', 'language',
	'langue', 'sprache', 'lingua', 'idioma', 'lengua', 'jezyku', 'jeziku', 'язык', 'языке', 'мові', 'мова', 'taal',
	'text', 'texte', 'testo', 'texto', 'текст', 'tekst'
]);
