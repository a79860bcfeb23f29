import { describe, expect, it } from 'vitest';
import { detectReferenceDefinition } from '../../src/lib/domain/compare';

type Case = [text: string, instrument: string, provision: string | null];

const REFERENCES: Record<string, Case[]> = {
	en: [
		['as defined in Article 2 of Regulation (EU) 2019/881', 'Regulation (EU) 2019/881', 'Article 2'],
		['Within the meaning of Article 4(1) of Directive (EU) 2022/2555.', 'Directive (EU) 2022/2555', 'Article 4(1)'],
		[
			"'incident' means an incident as defined in point (6) of Article 6 of Directive (EU) 2022/2555;",
			'Directive (EU) 2022/2555',
			'point (6) of Article 6'
		],
		['Has the meaning given in section 1 of the Computer Misuse Act 1990.', 'Computer Misuse Act 1990', 'section 1'],
		[
			'As defined in the Network and Information Systems Regulations 2018',
			'Network and Information Systems Regulations 2018',
			null
		],
		['See Article 2, point (1), of Directive (EU) 2018/1972.', 'Directive (EU) 2018/1972', 'Article 2, point (1)']
	],
	fr: [
		["au sens de l'article 1er de la loi n° 2018-133", 'loi n° 2018-133', 'article 1er'],
		["Telle que définie à l'article L. 1332-1 du code de la défense.", 'code de la défense', 'article L. 1332-1'],
		[
			'Au sens du point 6) de l’article 6 de la directive (UE) 2022/2555.',
			'directive (UE) 2022/2555',
			'point 6) de l’article 6'
		],
		[
			"Tel que défini à l'article 2 du règlement (UE) 2019/881 relatif à l'ENISA et à la certification de cybersécurité.",
			"règlement (UE) 2019/881 relatif à l'ENISA et à la certification de cybersécurité",
			'article 2'
		]
	],
	de: [
		['im Sinne des § 2 Absatz 2 BSIG', 'BSIG', '§ 2 Absatz 2'],
		[
			'eine Cyberbedrohung nach Artikel 2 Nummer 8 der Verordnung (EU) 2019/881;',
			'Verordnung (EU) 2019/881',
			'Artikel 2 Nummer 8'
		],
		['Wie in Artikel 4 der Richtlinie (EU) 2016/1148 definiert.', 'Richtlinie (EU) 2016/1148', 'Artikel 4'],
		['Im Sinne von § 2 Abs. 10 des BSI-Gesetzes', 'BSI-Gesetzes', '§ 2 Abs. 10'],
		['gemäß § 3 Nr. 59 TKG', 'TKG', '§ 3 Nr. 59']
	],
	it: [
		["ai sensi dell'articolo 2 del decreto legislativo", 'decreto legislativo', 'articolo 2'],
		[
			"come definito dall'articolo 1, comma 1, lettera a), del decreto legislativo 7 marzo 2005, n. 82",
			'decreto legislativo 7 marzo 2005, n. 82',
			'articolo 1, comma 1, lettera a)'
		],
		[
			"Di cui all'articolo 1, comma 2, del decreto-legge 21 settembre 2019, n. 105.",
			'decreto-legge 21 settembre 2019, n. 105',
			'articolo 1, comma 2'
		],
		['Come definita nel regolamento (UE) 2019/881.', 'regolamento (UE) 2019/881', null]
	],
	ru: [
		['в значении, определённом статьёй 2 Федерального закона № 187-ФЗ', 'Федерального закона № 187-ФЗ', 'статьёй 2'],
		[
			'В соответствии со статьёй 2 Федерального закона от 26.07.2017 № 187-ФЗ «О безопасности критической информационной инфраструктуры Российской Федерации».',
			'Федерального закона от 26.07.2017 № 187-ФЗ «О безопасности критической информационной инфраструктуры Российской Федерации»',
			'статьёй 2'
		],
		['Согласно пункту 3 статьи 2 Федерального закона № 149-ФЗ.', 'Федерального закона № 149-ФЗ', 'пункту 3 статьи 2'],
		[
			'Понятие используется в значении, установленном Федеральным законом «Об информации, информационных технологиях и о защите информации».',
			'Федеральным законом «Об информации, информационных технологиях и о защите информации»',
			null
		]
	],
	es: [
		['según se define en el artículo 3 de la Ley', 'Ley', 'artículo 3'],
		['Tal como se define en el artículo 2 del Reglamento (UE) 2019/881.', 'Reglamento (UE) 2019/881', 'artículo 2'],
		['En el sentido del artículo 6 de la Directiva (UE) 2022/2555.', 'Directiva (UE) 2022/2555', 'artículo 6'],
		[
			'Conforme a lo dispuesto en el artículo 3, apartado 1, del Real Decreto-ley 12/2018.',
			'Real Decreto-ley 12/2018',
			'artículo 3, apartado 1'
		]
	],
	pl: [
		['w rozumieniu art. 2 ustawy z dnia 5 lipca 2018 r.', 'ustawy z dnia 5 lipca 2018 r.', 'art. 2'],
		[
			'W rozumieniu art. 2 pkt 4 ustawy z dnia 5 lipca 2018 r. o krajowym systemie cyberbezpieczeństwa (Dz. U. z 2024 r. poz. 1077).',
			'ustawy z dnia 5 lipca 2018 r. o krajowym systemie cyberbezpieczeństwa (Dz. U. z 2024 r. poz. 1077)',
			'art. 2 pkt 4'
		],
		['Zgodnie z definicją zawartą w art. 2 rozporządzenia (UE) 2019/881.', 'rozporządzenia (UE) 2019/881', 'art. 2'],
		[
			'incydent, o którym mowa w art. 2 pkt 5 ustawy o krajowym systemie cyberbezpieczeństwa',
			'ustawy o krajowym systemie cyberbezpieczeństwa',
			'art. 2 pkt 5'
		]
	]
};

describe.each(Object.entries(REFERENCES))(
	'definitions that only refer to another instrument (%s)',
	(language, cases) => {
		it.each(cases)('%s', (text, instrument, provision) => {
			expect(detectReferenceDefinition(text, language)).toEqual({ kind: 'reference', instrument, provision });
		});
	}
);

describe('definitions that are not references', () => {
	it.each([
		[
			'en',
			'Cybersecurity means the activities necessary to protect network and information systems, the users of such systems, and other persons affected by cyber threats, as defined in Article 2 of Regulation (EU) 2019/881.'
		],
		[
			'en',
			'(a) an electronic communications network as defined in Article 2, point (1), of Directive (EU) 2018/1972; (b) any device or group of interconnected devices which carry out automatic processing of digital data.'
		],
		[
			'en',
			'As defined in Article 2 of Regulation (EU) 2019/881. The term also covers the resilience of the supply chain of ICT products.'
		],
		['en', 'According to its function, any system that stores or transmits data.'],
		['en', 'See cyber attack.'],
		[
			'fr',
			"Au sens de la présente stratégie, le cyberespace est l'espace de communication constitué par l'interconnexion mondiale d'équipements."
		],
		[
			'fr',
			"Ensemble des mesures techniques et organisationnelles, prévues par la loi n° 2018-133, visant à protéger les systèmes d'information."
		],
		[
			'de',
			'Kritische Infrastrukturen im Sinne dieses Gesetzes sind Einrichtungen, Anlagen oder Teile davon, die den Sektoren Energie und Telekommunikation angehören.'
		],
		[
			'de',
			'Im Sinne des Gesetzes ist Cybersicherheit die Gesamtheit der Maßnahmen zum Schutz informationstechnischer Systeme.'
		],
		['de', 'Maßnahmen nach dem Stand der Technik zum Schutz von Netz- und Informationssystemen.'],
		[
			'ru',
			'Информационная безопасность — состояние защищённости информации, обеспечиваемое в соответствии с требованиями законодательства.'
		],
		[
			'ru',
			'Согласно доктрине, состояние защищённости личности, общества и государства от внутренних и внешних информационных угроз.'
		],
		[
			'pl',
			'Odporność systemów informacyjnych na działania naruszające poufność danych, w rozumieniu przepisów o ochronie danych osobowych i usług z nimi związanych.'
		],
		[
			'it',
			"Ai sensi della presente strategia, lo spazio cibernetico è l'insieme delle infrastrutture informatiche interconnesse."
		],
		[
			'es',
			'Según el Esquema Nacional de Seguridad, la capacidad de las redes y sistemas de información de resistir acciones que comprometan la disponibilidad de los datos.'
		],
		['en', ''],
		['en', 'The protection of networks and information systems against cyber threats.']
	])('%s: %s', (language, text) => {
		expect(detectReferenceDefinition(text, language)).toEqual({ kind: 'definition' });
	});
});

describe('reference detection across languages', () => {
	it.each([
		[
			'uk',
			'у значенні, наведеному в статті 1 Закону України «Про основні засади забезпечення кібербезпеки України»',
			'Закону України «Про основні засади забезпечення кібербезпеки України»',
			'статті 1'
		],
		['sr-Cyrl', 'у смислу члана 2 Закона о информационој безбедности', 'Закона о информационој безбедности', 'члана 2'],
		['sr-Latn', 'u smislu člana 2 Zakona o informacionoj bezbednosti', 'Zakona o informacionoj bezbednosti', 'člana 2'],
		['cs', 've smyslu § 2 písm. b) zákona č. 181/2014 Sb.', 'zákona č. 181/2014 Sb.', '§ 2 písm. b)'],
		['nl', 'hetgeen daaronder wordt verstaan in artikel 4 van de NIB-richtlijn;', 'NIB-richtlijn', 'artikel 4']
	])('also in %s: %s', (language, text, instrument, provision) => {
		expect(detectReferenceDefinition(text, language)).toEqual({ kind: 'reference', instrument, provision });
	});

	it('recognises an English rendering whatever language the entry is tagged with', () => {
		expect(detectReferenceDefinition('As defined in Article 2 of Regulation (EU) 2019/881.', 'sr-Latn')).toEqual({
			kind: 'reference',
			instrument: 'Regulation (EU) 2019/881',
			provision: 'Article 2'
		});
	});

	it('keeps the citation as written, with its typographic apostrophes and no-break spaces', () => {
		expect(detectReferenceDefinition('au sens de l’article\u00a01er de la loi n°\u00a02018-133', 'fr')).toEqual({
			kind: 'reference',
			instrument: 'loi n°\u00a02018-133',
			provision: 'article\u00a01er'
		});
	});
});
