// The 57 OSCE participating States (osce.org/participating-states), keyed by ISO 3166-1 alpha-2.
// Names: CLDR 45 territory names (Unicode-3.0 licence), replaced by the OSCE protocol form where the
// everyday name differs (Holy See, Russian Federation, United States of America, ...).
// Official languages are BCP 47 tags; they only pre-fill language choices, never restrict them.

export interface StateReference {
	code: string;
	alpha3: string;
	names: { en: string; fr: string; de: string; it: string; ru: string; es: string };
	officialLanguages: string[];
}

export const STATES: readonly StateReference[] = [
	{
		code: 'AL',
		alpha3: 'ALB',
		names: { en: 'Albania', fr: 'Albanie', de: 'Albanien', it: 'Albania', ru: 'Албания', es: 'Albania' },
		officialLanguages: ['sq']
	},
	{
		code: 'AD',
		alpha3: 'AND',
		names: { en: 'Andorra', fr: 'Andorre', de: 'Andorra', it: 'Andorra', ru: 'Андорра', es: 'Andorra' },
		officialLanguages: ['ca']
	},
	{
		code: 'AM',
		alpha3: 'ARM',
		names: { en: 'Armenia', fr: 'Arménie', de: 'Armenien', it: 'Armenia', ru: 'Армения', es: 'Armenia' },
		officialLanguages: ['hy']
	},
	{
		code: 'AT',
		alpha3: 'AUT',
		names: { en: 'Austria', fr: 'Autriche', de: 'Österreich', it: 'Austria', ru: 'Австрия', es: 'Austria' },
		officialLanguages: ['de']
	},
	{
		code: 'AZ',
		alpha3: 'AZE',
		names: {
			en: 'Azerbaijan',
			fr: 'Azerbaïdjan',
			de: 'Aserbaidschan',
			it: 'Azerbaigian',
			ru: 'Азербайджан',
			es: 'Azerbaiyán'
		},
		officialLanguages: ['az']
	},
	{
		code: 'BY',
		alpha3: 'BLR',
		names: { en: 'Belarus', fr: 'Bélarus', de: 'Belarus', it: 'Bielorussia', ru: 'Беларусь', es: 'Bielorrusia' },
		officialLanguages: ['be', 'ru']
	},
	{
		code: 'BE',
		alpha3: 'BEL',
		names: { en: 'Belgium', fr: 'Belgique', de: 'Belgien', it: 'Belgio', ru: 'Бельгия', es: 'Bélgica' },
		officialLanguages: ['nl', 'fr', 'de']
	},
	{
		code: 'BA',
		alpha3: 'BIH',
		names: {
			en: 'Bosnia and Herzegovina',
			fr: 'Bosnie-Herzégovine',
			de: 'Bosnien und Herzegowina',
			it: 'Bosnia ed Erzegovina',
			ru: 'Босния и Герцеговина',
			es: 'Bosnia y Herzegovina'
		},
		officialLanguages: ['bs', 'hr', 'sr']
	},
	{
		code: 'BG',
		alpha3: 'BGR',
		names: { en: 'Bulgaria', fr: 'Bulgarie', de: 'Bulgarien', it: 'Bulgaria', ru: 'Болгария', es: 'Bulgaria' },
		officialLanguages: ['bg']
	},
	{
		code: 'CA',
		alpha3: 'CAN',
		names: { en: 'Canada', fr: 'Canada', de: 'Kanada', it: 'Canada', ru: 'Канада', es: 'Canadá' },
		officialLanguages: ['en', 'fr']
	},
	{
		code: 'HR',
		alpha3: 'HRV',
		names: { en: 'Croatia', fr: 'Croatie', de: 'Kroatien', it: 'Croazia', ru: 'Хорватия', es: 'Croacia' },
		officialLanguages: ['hr']
	},
	{
		code: 'CY',
		alpha3: 'CYP',
		names: { en: 'Cyprus', fr: 'Chypre', de: 'Zypern', it: 'Cipro', ru: 'Кипр', es: 'Chipre' },
		officialLanguages: ['el', 'tr']
	},
	{
		code: 'CZ',
		alpha3: 'CZE',
		names: { en: 'Czechia', fr: 'Tchéquie', de: 'Tschechien', it: 'Cechia', ru: 'Чехия', es: 'Chequia' },
		officialLanguages: ['cs']
	},
	{
		code: 'DK',
		alpha3: 'DNK',
		names: { en: 'Denmark', fr: 'Danemark', de: 'Dänemark', it: 'Danimarca', ru: 'Дания', es: 'Dinamarca' },
		officialLanguages: ['da']
	},
	{
		code: 'EE',
		alpha3: 'EST',
		names: { en: 'Estonia', fr: 'Estonie', de: 'Estland', it: 'Estonia', ru: 'Эстония', es: 'Estonia' },
		officialLanguages: ['et']
	},
	{
		code: 'FI',
		alpha3: 'FIN',
		names: { en: 'Finland', fr: 'Finlande', de: 'Finnland', it: 'Finlandia', ru: 'Финляндия', es: 'Finlandia' },
		officialLanguages: ['fi', 'sv']
	},
	{
		code: 'FR',
		alpha3: 'FRA',
		names: { en: 'France', fr: 'France', de: 'Frankreich', it: 'Francia', ru: 'Франция', es: 'Francia' },
		officialLanguages: ['fr']
	},
	{
		code: 'GE',
		alpha3: 'GEO',
		names: { en: 'Georgia', fr: 'Géorgie', de: 'Georgien', it: 'Georgia', ru: 'Грузия', es: 'Georgia' },
		officialLanguages: ['ka']
	},
	{
		code: 'DE',
		alpha3: 'DEU',
		names: { en: 'Germany', fr: 'Allemagne', de: 'Deutschland', it: 'Germania', ru: 'Германия', es: 'Alemania' },
		officialLanguages: ['de']
	},
	{
		code: 'GR',
		alpha3: 'GRC',
		names: { en: 'Greece', fr: 'Grèce', de: 'Griechenland', it: 'Grecia', ru: 'Греция', es: 'Grecia' },
		officialLanguages: ['el']
	},
	{
		code: 'VA',
		alpha3: 'VAT',
		names: {
			en: 'Holy See',
			fr: 'Saint-Siège',
			de: 'Heiliger Stuhl',
			it: 'Santa Sede',
			ru: 'Святейший Престол',
			es: 'Santa Sede'
		},
		officialLanguages: ['it', 'la']
	},
	{
		code: 'HU',
		alpha3: 'HUN',
		names: { en: 'Hungary', fr: 'Hongrie', de: 'Ungarn', it: 'Ungheria', ru: 'Венгрия', es: 'Hungría' },
		officialLanguages: ['hu']
	},
	{
		code: 'IS',
		alpha3: 'ISL',
		names: { en: 'Iceland', fr: 'Islande', de: 'Island', it: 'Islanda', ru: 'Исландия', es: 'Islandia' },
		officialLanguages: ['is']
	},
	{
		code: 'IE',
		alpha3: 'IRL',
		names: { en: 'Ireland', fr: 'Irlande', de: 'Irland', it: 'Irlanda', ru: 'Ирландия', es: 'Irlanda' },
		officialLanguages: ['ga', 'en']
	},
	{
		code: 'IT',
		alpha3: 'ITA',
		names: { en: 'Italy', fr: 'Italie', de: 'Italien', it: 'Italia', ru: 'Италия', es: 'Italia' },
		officialLanguages: ['it']
	},
	{
		code: 'KZ',
		alpha3: 'KAZ',
		names: {
			en: 'Kazakhstan',
			fr: 'Kazakhstan',
			de: 'Kasachstan',
			it: 'Kazakistan',
			ru: 'Казахстан',
			es: 'Kazajistán'
		},
		officialLanguages: ['kk', 'ru']
	},
	{
		code: 'KG',
		alpha3: 'KGZ',
		names: {
			en: 'Kyrgyzstan',
			fr: 'Kirghizstan',
			de: 'Kirgisistan',
			it: 'Kirghizistan',
			ru: 'Кыргызстан',
			es: 'Kirguistán'
		},
		officialLanguages: ['ky', 'ru']
	},
	{
		code: 'LV',
		alpha3: 'LVA',
		names: { en: 'Latvia', fr: 'Lettonie', de: 'Lettland', it: 'Lettonia', ru: 'Латвия', es: 'Letonia' },
		officialLanguages: ['lv']
	},
	{
		code: 'LI',
		alpha3: 'LIE',
		names: {
			en: 'Liechtenstein',
			fr: 'Liechtenstein',
			de: 'Liechtenstein',
			it: 'Liechtenstein',
			ru: 'Лихтенштейн',
			es: 'Liechtenstein'
		},
		officialLanguages: ['de']
	},
	{
		code: 'LT',
		alpha3: 'LTU',
		names: { en: 'Lithuania', fr: 'Lituanie', de: 'Litauen', it: 'Lituania', ru: 'Литва', es: 'Lituania' },
		officialLanguages: ['lt']
	},
	{
		code: 'LU',
		alpha3: 'LUX',
		names: {
			en: 'Luxembourg',
			fr: 'Luxembourg',
			de: 'Luxemburg',
			it: 'Lussemburgo',
			ru: 'Люксембург',
			es: 'Luxemburgo'
		},
		officialLanguages: ['lb', 'fr', 'de']
	},
	{
		code: 'MT',
		alpha3: 'MLT',
		names: { en: 'Malta', fr: 'Malte', de: 'Malta', it: 'Malta', ru: 'Мальта', es: 'Malta' },
		officialLanguages: ['mt', 'en']
	},
	{
		code: 'MD',
		alpha3: 'MDA',
		names: { en: 'Moldova', fr: 'Moldavie', de: 'Republik Moldau', it: 'Moldova', ru: 'Молдова', es: 'Moldova' },
		officialLanguages: ['ro']
	},
	{
		code: 'MC',
		alpha3: 'MCO',
		names: { en: 'Monaco', fr: 'Monaco', de: 'Monaco', it: 'Monaco', ru: 'Монако', es: 'Mónaco' },
		officialLanguages: ['fr']
	},
	{
		code: 'MN',
		alpha3: 'MNG',
		names: { en: 'Mongolia', fr: 'Mongolie', de: 'Mongolei', it: 'Mongolia', ru: 'Монголия', es: 'Mongolia' },
		officialLanguages: ['mn']
	},
	{
		code: 'ME',
		alpha3: 'MNE',
		names: {
			en: 'Montenegro',
			fr: 'Monténégro',
			de: 'Montenegro',
			it: 'Montenegro',
			ru: 'Черногория',
			es: 'Montenegro'
		},
		officialLanguages: ['cnr']
	},
	{
		code: 'NL',
		alpha3: 'NLD',
		names: {
			en: 'Netherlands',
			fr: 'Pays-Bas',
			de: 'Niederlande',
			it: 'Paesi Bassi',
			ru: 'Нидерланды',
			es: 'Países Bajos'
		},
		officialLanguages: ['nl']
	},
	{
		code: 'MK',
		alpha3: 'MKD',
		names: {
			en: 'North Macedonia',
			fr: 'Macédoine du Nord',
			de: 'Nordmazedonien',
			it: 'Macedonia del Nord',
			ru: 'Северная Македония',
			es: 'Macedonia del Norte'
		},
		officialLanguages: ['mk', 'sq']
	},
	{
		code: 'NO',
		alpha3: 'NOR',
		names: { en: 'Norway', fr: 'Norvège', de: 'Norwegen', it: 'Norvegia', ru: 'Норвегия', es: 'Noruega' },
		officialLanguages: ['nb', 'nn']
	},
	{
		code: 'PL',
		alpha3: 'POL',
		names: { en: 'Poland', fr: 'Pologne', de: 'Polen', it: 'Polonia', ru: 'Польша', es: 'Polonia' },
		officialLanguages: ['pl']
	},
	{
		code: 'PT',
		alpha3: 'PRT',
		names: { en: 'Portugal', fr: 'Portugal', de: 'Portugal', it: 'Portogallo', ru: 'Португалия', es: 'Portugal' },
		officialLanguages: ['pt']
	},
	{
		code: 'RO',
		alpha3: 'ROU',
		names: { en: 'Romania', fr: 'Roumanie', de: 'Rumänien', it: 'Romania', ru: 'Румыния', es: 'Rumanía' },
		officialLanguages: ['ro']
	},
	{
		code: 'RU',
		alpha3: 'RUS',
		names: {
			en: 'Russian Federation',
			fr: 'Fédération de Russie',
			de: 'Russische Föderation',
			it: 'Federazione Russa',
			ru: 'Российская Федерация',
			es: 'Federación de Rusia'
		},
		officialLanguages: ['ru']
	},
	{
		code: 'SM',
		alpha3: 'SMR',
		names: {
			en: 'San Marino',
			fr: 'Saint-Marin',
			de: 'San Marino',
			it: 'San Marino',
			ru: 'Сан-Марино',
			es: 'San Marino'
		},
		officialLanguages: ['it']
	},
	{
		code: 'RS',
		alpha3: 'SRB',
		names: { en: 'Serbia', fr: 'Serbie', de: 'Serbien', it: 'Serbia', ru: 'Сербия', es: 'Serbia' },
		officialLanguages: ['sr']
	},
	{
		code: 'SK',
		alpha3: 'SVK',
		names: { en: 'Slovakia', fr: 'Slovaquie', de: 'Slowakei', it: 'Slovacchia', ru: 'Словакия', es: 'Eslovaquia' },
		officialLanguages: ['sk']
	},
	{
		code: 'SI',
		alpha3: 'SVN',
		names: { en: 'Slovenia', fr: 'Slovénie', de: 'Slowenien', it: 'Slovenia', ru: 'Словения', es: 'Eslovenia' },
		officialLanguages: ['sl']
	},
	{
		code: 'ES',
		alpha3: 'ESP',
		names: { en: 'Spain', fr: 'Espagne', de: 'Spanien', it: 'Spagna', ru: 'Испания', es: 'España' },
		officialLanguages: ['es']
	},
	{
		code: 'SE',
		alpha3: 'SWE',
		names: { en: 'Sweden', fr: 'Suède', de: 'Schweden', it: 'Svezia', ru: 'Швеция', es: 'Suecia' },
		officialLanguages: ['sv']
	},
	{
		code: 'CH',
		alpha3: 'CHE',
		names: { en: 'Switzerland', fr: 'Suisse', de: 'Schweiz', it: 'Svizzera', ru: 'Швейцария', es: 'Suiza' },
		officialLanguages: ['de', 'fr', 'it', 'rm']
	},
	{
		code: 'TJ',
		alpha3: 'TJK',
		names: {
			en: 'Tajikistan',
			fr: 'Tadjikistan',
			de: 'Tadschikistan',
			it: 'Tagikistan',
			ru: 'Таджикистан',
			es: 'Tayikistán'
		},
		officialLanguages: ['tg']
	},
	{
		code: 'TM',
		alpha3: 'TKM',
		names: {
			en: 'Turkmenistan',
			fr: 'Turkménistan',
			de: 'Turkmenistan',
			it: 'Turkmenistan',
			ru: 'Туркменистан',
			es: 'Turkmenistán'
		},
		officialLanguages: ['tk']
	},
	{
		code: 'TR',
		alpha3: 'TUR',
		names: { en: 'Türkiye', fr: 'Turquie', de: 'Türkei', it: 'Turchia', ru: 'Турция', es: 'Turquía' },
		officialLanguages: ['tr']
	},
	{
		code: 'UA',
		alpha3: 'UKR',
		names: { en: 'Ukraine', fr: 'Ukraine', de: 'Ukraine', it: 'Ucraina', ru: 'Украина', es: 'Ucrania' },
		officialLanguages: ['uk']
	},
	{
		code: 'GB',
		alpha3: 'GBR',
		names: {
			en: 'United Kingdom',
			fr: 'Royaume-Uni',
			de: 'Vereinigtes Königreich',
			it: 'Regno Unito',
			ru: 'Соединённое Королевство',
			es: 'Reino Unido'
		},
		officialLanguages: ['en']
	},
	{
		code: 'US',
		alpha3: 'USA',
		names: {
			en: 'United States of America',
			fr: "États-Unis d'Amérique",
			de: 'Vereinigte Staaten von Amerika',
			it: "Stati Uniti d'America",
			ru: 'Соединённые Штаты Америки',
			es: 'Estados Unidos de América'
		},
		officialLanguages: ['en']
	},
	{
		code: 'UZ',
		alpha3: 'UZB',
		names: {
			en: 'Uzbekistan',
			fr: 'Ouzbékistan',
			de: 'Usbekistan',
			it: 'Uzbekistan',
			ru: 'Узбекистан',
			es: 'Uzbekistán'
		},
		officialLanguages: ['uz']
	}
];
