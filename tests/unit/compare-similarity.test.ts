import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { similarityParts, textSimilarity, VOCABULARY_WEIGHT } from '../../src/lib/domain/compare';

// For each language: a definition, a revision of it (a few words changed), a paraphrase of the same
// concept by another State, and the definition of an unrelated concept.
interface Family {
	locale: string;
	original: string;
	revision: string;
	paraphrase: string;
	unrelated: string;
}

const FAMILIES: Family[] = [
	{
		locale: 'en',
		original:
			'Cyberspace is the global domain formed by interconnected information and communication technology infrastructures, including the Internet, telecommunications networks and computer systems, and the information they process.',
		revision:
			'Cyberspace is the global domain formed by interconnected information and communication technology infrastructures, including the Internet, telecommunication networks, computer systems and embedded controllers, and the data they process.',
		paraphrase:
			'The virtual environment created by computer systems and telecommunications networks connected to one another, including the Internet, in which information is created, stored and exchanged.',
		unrelated:
			'Malicious software designed to disrupt the operation of a device, to steal data or to gain unauthorised access, such as viruses, worms, trojans and ransomware.'
	},
	{
		locale: 'fr',
		original:
			"Le cyberespace est l'espace de communication constitué par l'interconnexion mondiale d'équipements de traitement automatisé de données numériques.",
		revision:
			"Le cyberespace désigne l'espace de communication constitué par l'interconnexion mondiale des équipements de traitement automatisé des données numériques.",
		paraphrase:
			"Espace virtuel de communication formé par les réseaux informatiques interconnectés à l'échelle mondiale et par les données numériques qui y circulent.",
		unrelated:
			"Une vulnérabilité est une faiblesse d'un produit ou d'un service pouvant être exploitée par une menace pour porter atteinte à la sécurité."
	},
	{
		locale: 'de',
		original:
			'Cybersicherheit ist die Gesamtheit der Maßnahmen zum Schutz der Verfügbarkeit, Integrität und Vertraulichkeit von Informationen in informationstechnischen Systemen.',
		revision:
			'Cybersicherheit ist die Gesamtheit aller Maßnahmen zum Schutz der Verfügbarkeit, Integrität und Vertraulichkeit von Informationen und Daten in informationstechnischen Systemen.',
		paraphrase:
			'Der Zustand, in dem die Vertraulichkeit, Integrität und Verfügbarkeit von Daten im Cyberraum durch angemessene Maßnahmen gewährleistet ist.',
		unrelated: 'Ein Angriff ist ein Versuch, unbefugt auf ein Netz zuzugreifen, um dessen Betrieb zu stören.'
	},
	{
		locale: 'pl',
		original:
			'Cyberbezpieczeństwo to odporność systemów informacyjnych na działania naruszające poufność, integralność, dostępność i autentyczność przetwarzanych danych.',
		revision:
			'Cyberbezpieczeństwo – odporność systemów informacyjnych na działania naruszające poufność, integralność, dostępność i autentyczność przetwarzanych danych lub związanych z nimi usług.',
		paraphrase:
			'Stan ochrony systemów teleinformatycznych, w którym zapewniona jest poufność, integralność i dostępność danych oraz usług.',
		unrelated: 'Incydent to zdarzenie, które ma lub może mieć niekorzystny wpływ na cyberbezpieczeństwo.'
	},
	{
		locale: 'ru',
		original:
			'Критическая информационная инфраструктура — объекты критической информационной инфраструктуры, а также сети электросвязи, используемые для организации их взаимодействия.',
		revision:
			'Критическая информационная инфраструктура — объекты критической информационной инфраструктуры и сети электросвязи, используемые для организации взаимодействия таких объектов.',
		paraphrase:
			'Совокупность информационных систем и сетей электросвязи, обеспечивающих взаимодействие значимых объектов, нарушение работы которых угрожает безопасности государства.',
		unrelated:
			'Компьютерная атака — целенаправленное воздействие программных средств на информационные системы с целью нарушения их функционирования.'
	},
	{
		locale: 'uk',
		original:
			'Кібербезпека — захищеність життєво важливих інтересів людини, суспільства та держави під час використання кіберпростору.',
		revision:
			'Кібербезпека — захищеність життєво важливих інтересів людини і громадянина, суспільства та держави під час використання кіберпростору.',
		paraphrase: 'Стан захищеності інтересів держави і суспільства в кіберпросторі від кіберзагроз.',
		unrelated:
			'Кібератака — спрямовані дії в кіберпросторі, що здійснюються з метою порушення роботи комп’ютерних систем.'
	},
	{
		locale: 'sr-Cyrl',
		original:
			'Информациона безбедност представља скуп мера које омогућавају да подаци којима се рукује путем ИКТ система буду заштићени од неовлашћеног приступа.',
		revision:
			'Информациона безбедност представља скуп мера које омогућавају да подаци којима се рукује путем ИКТ система буду заштићени од неовлашћеног приступа и измене.',
		paraphrase: 'Заштита података и ИКТ система од неовлашћеног приступа, коришћења и уништења.',
		unrelated: 'Компјутерски вирус је програм који се шири између рачунара без знања корисника.'
	},
	{
		locale: 'el',
		original:
			'Κυβερνοχώρος είναι ο παγκόσμιος χώρος που αποτελείται από διασυνδεδεμένα πληροφοριακά συστήματα και δίκτυα επικοινωνιών.',
		revision:
			'Ο κυβερνοχώρος είναι ο παγκόσμιος χώρος που αποτελείται από τα διασυνδεδεμένα πληροφοριακά συστήματα, τα δίκτυα επικοινωνιών και τα δεδομένα τους.',
		paraphrase:
			'Ψηφιακό περιβάλλον που δημιουργείται από δίκτυα υπολογιστών και συστήματα επικοινωνιών σε παγκόσμια κλίμακα.',
		unrelated:
			'Κακόβουλο λογισμικό είναι πρόγραμμα που έχει σχεδιαστεί για να βλάψει μια συσκευή ή να υποκλέψει δεδομένα.'
	}
];

describe.each(FAMILIES)('similarity of definitions in $locale', (family) => {
	it('is 1 for the same text', () => {
		expect(textSimilarity(family.original, family.original, family.locale)).toBe(1);
	});

	it('is high for a revision that changes a few words', () => {
		expect(textSimilarity(family.original, family.revision, family.locale)).toBeGreaterThan(0.8);
	});

	it('is in the middle for a paraphrase by another State', () => {
		const score = textSimilarity(family.original, family.paraphrase, family.locale);
		expect(score).toBeGreaterThan(0.25);
		expect(score).toBeLessThan(0.65);
	});

	it('is low for the definition of another concept', () => {
		expect(textSimilarity(family.original, family.unrelated, family.locale)).toBeLessThan(0.2);
	});

	it('does not depend on which text comes first', () => {
		for (const other of [family.revision, family.paraphrase, family.unrelated]) {
			expect(textSimilarity(other, family.original, family.locale)).toBe(
				textSimilarity(family.original, other, family.locale)
			);
		}
	});
});

describe('what similarity ignores and what it notices', () => {
	it('ignores case, accents, typographic apostrophes and ё', () => {
		expect(textSimilarity("Sécurité des systèmes d'information", 'SECURITE DES SYSTEMES D’INFORMATION', 'fr')).toBe(1);
		expect(textSimilarity('определённом федеральным законом', 'ОПРЕДЕЛЕННОМ федеральным законом', 'ru')).toBe(1);
		expect(textSimilarity('Κυβερνοχώρος', 'ΚΥΒΕΡΝΟΧΩΡΟΣ', 'el')).toBe(1);
	});

	it('lets inflected Russian forms match through stemming, which exact words would miss', () => {
		const protection = 'защита критической информационной инфраструктуры от компьютерных атак';
		const protectedForm = 'критическая информационная инфраструктура защищена от компьютерной атаки';
		expect(textSimilarity(protection, protectedForm, 'ru')).toBeGreaterThan(0.7);
		expect(textSimilarity(protection, protectedForm, 'ru', { stem: false })).toBe(0);
	});

	it('lets French plurals and Polish cases match through stemming', () => {
		expect(textSimilarity('sécurité des réseaux et des systèmes', 'sécurité du réseau et du système', 'fr')).toBe(1);
		expect(
			textSimilarity('ochrona systemów teleinformatycznych', 'ochronę systemu teleinformatycznego', 'pl')
		).toBeGreaterThan(0.6);
	});

	it('ignores stop words, so that boilerplate does not make unrelated texts look alike', () => {
		const score = textSimilarity(
			'The term means any of the systems that are used by the operators of essential services.',
			'The term means any of the attacks that are carried out by the agents of a foreign State.',
			'en'
		);
		expect(score).toBeLessThan(0.2);
	});

	it('ranks the same words in another order below the same wording, but above a paraphrase', () => {
		const original = 'protection of critical infrastructure against cyber threats';
		const reordered = 'against cyber threats: the protection of critical infrastructure';
		const paraphrase = 'securing vital infrastructure from cyber attacks';
		const parts = similarityParts(original, reordered, 'en');
		expect(parts.vocabulary).toBe(1);
		expect(parts.sequence).toBeLessThan(1);
		expect(parts.score).toBeGreaterThanOrEqual(VOCABULARY_WEIGHT);
		expect(parts.score).toBeLessThan(1);
		expect(parts.score).toBeGreaterThan(textSimilarity(original, paraphrase, 'en'));
	});

	it('ranks a revision above a paraphrase above an unrelated text', () => {
		for (const family of FAMILIES) {
			const revision = textSimilarity(family.original, family.revision, family.locale);
			const paraphrase = textSimilarity(family.original, family.paraphrase, family.locale);
			const unrelated = textSimilarity(family.original, family.unrelated, family.locale);
			expect(revision).toBeGreaterThan(paraphrase);
			expect(paraphrase).toBeGreaterThan(unrelated);
		}
	});
});

describe('similarity of empty and degenerate texts', () => {
	it('is 1 for two texts without words and 0 between a text without words and one with', () => {
		expect(textSimilarity('', '', 'en')).toBe(1);
		expect(textSimilarity('  —  ', '(…)', 'en')).toBe(1);
		expect(textSimilarity('', 'Cyberspace', 'en')).toBe(0);
		expect(textSimilarity('Cyberspace', '; ', 'en')).toBe(0);
	});

	it('compares texts made only of stop words on those words', () => {
		expect(textSimilarity('of the', 'of the', 'en')).toBe(1);
		expect(textSimilarity('of the', 'and', 'en')).toBe(0);
		expect(textSimilarity('of the', 'protection', 'en')).toBe(0);
	});

	it('is symmetric and between 0 and 1 for any texts', () => {
		const locales = fc.constantFrom('en', 'fr', 'ru', 'el', 'pl', 'de');
		const textOf = fc.oneof(
			fc.string({ unit: 'grapheme', maxLength: 60 }),
			fc
				.array(fc.constantFrom(...FAMILIES.flatMap((family) => family.original.split(' '))), { maxLength: 20 })
				.map((words) => words.join(' '))
		);
		fc.assert(
			fc.property(textOf, textOf, locales, (left, right, locale) => {
				const forward = textSimilarity(left, right, locale);
				expect(forward).toBe(textSimilarity(right, left, locale));
				expect(forward).toBeGreaterThanOrEqual(0);
				expect(forward).toBeLessThanOrEqual(1);
			}),
			{ numRuns: 300 }
		);
	});
});
