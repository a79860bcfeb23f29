// Languages offered by name when editing national entries: the six OSCE languages first, then the
// official languages of the participating States. Original texts may use any BCP 47 tag; a tag
// missing here is still accepted and named through Intl.DisplayNames.

export interface LanguageReference {
	code: string;
	nameEn: string;
	nativeName: string;
	isOsceLanguage: boolean;
}

export const LANGUAGES: readonly LanguageReference[] = [
	{ code: 'en', nameEn: 'English', nativeName: 'English', isOsceLanguage: true },
	{ code: 'fr', nameEn: 'French', nativeName: 'français', isOsceLanguage: true },
	{ code: 'de', nameEn: 'German', nativeName: 'Deutsch', isOsceLanguage: true },
	{ code: 'it', nameEn: 'Italian', nativeName: 'italiano', isOsceLanguage: true },
	{ code: 'ru', nameEn: 'Russian', nativeName: 'русский', isOsceLanguage: true },
	{ code: 'es', nameEn: 'Spanish', nativeName: 'español', isOsceLanguage: true },
	{ code: 'sq', nameEn: 'Albanian', nativeName: 'shqip', isOsceLanguage: false },
	{ code: 'ca', nameEn: 'Catalan', nativeName: 'català', isOsceLanguage: false },
	{ code: 'hy', nameEn: 'Armenian', nativeName: 'հայերեն', isOsceLanguage: false },
	{ code: 'az', nameEn: 'Azerbaijani', nativeName: 'azərbaycan', isOsceLanguage: false },
	{ code: 'be', nameEn: 'Belarusian', nativeName: 'беларуская', isOsceLanguage: false },
	{ code: 'nl', nameEn: 'Dutch', nativeName: 'Nederlands', isOsceLanguage: false },
	{ code: 'bs', nameEn: 'Bosnian', nativeName: 'bosanski', isOsceLanguage: false },
	{ code: 'hr', nameEn: 'Croatian', nativeName: 'hrvatski', isOsceLanguage: false },
	{ code: 'sr', nameEn: 'Serbian', nativeName: 'српски', isOsceLanguage: false },
	{ code: 'sr-Latn', nameEn: 'Serbian (Latin)', nativeName: 'srpski (latinica)', isOsceLanguage: false },
	{ code: 'sr-Cyrl', nameEn: 'Serbian (Cyrillic)', nativeName: 'српски (ћирилица)', isOsceLanguage: false },
	{ code: 'bg', nameEn: 'Bulgarian', nativeName: 'български', isOsceLanguage: false },
	{ code: 'el', nameEn: 'Greek', nativeName: 'Ελληνικά', isOsceLanguage: false },
	{ code: 'tr', nameEn: 'Turkish', nativeName: 'Türkçe', isOsceLanguage: false },
	{ code: 'cs', nameEn: 'Czech', nativeName: 'čeština', isOsceLanguage: false },
	{ code: 'da', nameEn: 'Danish', nativeName: 'dansk', isOsceLanguage: false },
	{ code: 'et', nameEn: 'Estonian', nativeName: 'eesti', isOsceLanguage: false },
	{ code: 'fi', nameEn: 'Finnish', nativeName: 'suomi', isOsceLanguage: false },
	{ code: 'sv', nameEn: 'Swedish', nativeName: 'svenska', isOsceLanguage: false },
	{ code: 'ka', nameEn: 'Georgian', nativeName: 'ქართული', isOsceLanguage: false },
	{ code: 'hu', nameEn: 'Hungarian', nativeName: 'magyar', isOsceLanguage: false },
	{ code: 'is', nameEn: 'Icelandic', nativeName: 'íslenska', isOsceLanguage: false },
	{ code: 'ga', nameEn: 'Irish', nativeName: 'Gaeilge', isOsceLanguage: false },
	{ code: 'la', nameEn: 'Latin', nativeName: 'Latin', isOsceLanguage: false },
	{ code: 'kk', nameEn: 'Kazakh', nativeName: 'қазақ тілі', isOsceLanguage: false },
	{ code: 'ky', nameEn: 'Kyrgyz', nativeName: 'кыргызча', isOsceLanguage: false },
	{ code: 'lv', nameEn: 'Latvian', nativeName: 'latviešu', isOsceLanguage: false },
	{ code: 'lt', nameEn: 'Lithuanian', nativeName: 'lietuvių', isOsceLanguage: false },
	{ code: 'lb', nameEn: 'Luxembourgish', nativeName: 'Lëtzebuergesch', isOsceLanguage: false },
	{ code: 'mt', nameEn: 'Maltese', nativeName: 'Malti', isOsceLanguage: false },
	{ code: 'ro', nameEn: 'Romanian', nativeName: 'română', isOsceLanguage: false },
	{ code: 'mn', nameEn: 'Mongolian', nativeName: 'монгол', isOsceLanguage: false },
	{ code: 'cnr', nameEn: 'Montenegrin', nativeName: 'crnogorski', isOsceLanguage: false },
	{ code: 'mk', nameEn: 'Macedonian', nativeName: 'македонски', isOsceLanguage: false },
	{ code: 'nb', nameEn: 'Norwegian Bokmål', nativeName: 'norsk bokmål', isOsceLanguage: false },
	{ code: 'nn', nameEn: 'Norwegian Nynorsk', nativeName: 'norsk nynorsk', isOsceLanguage: false },
	{ code: 'pl', nameEn: 'Polish', nativeName: 'polski', isOsceLanguage: false },
	{ code: 'pt', nameEn: 'Portuguese', nativeName: 'português', isOsceLanguage: false },
	{ code: 'rm', nameEn: 'Romansh', nativeName: 'rumantsch', isOsceLanguage: false },
	{ code: 'sk', nameEn: 'Slovak', nativeName: 'slovenčina', isOsceLanguage: false },
	{ code: 'sl', nameEn: 'Slovenian', nativeName: 'slovenščina', isOsceLanguage: false },
	{ code: 'tg', nameEn: 'Tajik', nativeName: 'тоҷикӣ', isOsceLanguage: false },
	{ code: 'tk', nameEn: 'Turkmen', nativeName: 'türkmen dili', isOsceLanguage: false },
	{ code: 'uk', nameEn: 'Ukrainian', nativeName: 'українська', isOsceLanguage: false },
	{ code: 'uz', nameEn: 'Uzbek', nativeName: 'o‘zbek', isOsceLanguage: false },
	{ code: 'uz-Cyrl', nameEn: 'Uzbek (Cyrillic)', nativeName: 'ўзбекча (Кирил)', isOsceLanguage: false }
];
