// Demonstration data, loaded into an empty database so that a fresh installation shows every part
// of the platform at work. Every national text below was written for this demonstration: none is
// the text of an act of the State it is filed under, and the interface says so on every page.
// Real submissions replace it; set DEMO_DATA=off to start without it.

import type {
	Distribution,
	Equivalence,
	OsceLanguage,
	Stance,
	TermType,
	TextStatus
} from '../../src/lib/domain/vocabulary';

export const DEMO_PASSWORD = 'demo-password-cbm9';

export interface DemoAccount {
	key: string;
	email: string;
	displayName: string;
	stateCode: string | null;
	isAdministrator?: boolean;
	isStateEditor?: boolean;
	isDelegate?: boolean;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
	{
		key: 'secretariat',
		email: 'secretariat@example.org',
		displayName: 'Secretariat (demo)',
		stateCode: null,
		isAdministrator: true
	},
	{
		key: 'editorDe',
		email: 'editor.de@example.org',
		displayName: 'Editor for Germany (demo)',
		stateCode: 'DE',
		isStateEditor: true
	},
	{
		key: 'delegateDe',
		email: 'delegate.de@example.org',
		displayName: 'Delegate of Germany (demo)',
		stateCode: 'DE',
		isDelegate: true
	},
	{
		key: 'delegateFr',
		email: 'delegate.fr@example.org',
		displayName: 'Delegate of France (demo)',
		stateCode: 'FR',
		isDelegate: true
	},
	{
		key: 'expertPl',
		email: 'expert.pl@example.org',
		displayName: 'Editor and delegate for Poland (demo)',
		stateCode: 'PL',
		isStateEditor: true,
		isDelegate: true
	}
];

export const DEMO_CYCLES = [
	{ year: 2024, submissionDeadline: '2024-12-15', isOpen: false },
	{ year: 2025, submissionDeadline: '2025-12-15', isOpen: false },
	{ year: 2026, submissionDeadline: '2026-12-15', isOpen: true }
] as const;

export interface DemoLanguageVersion {
	language: string;
	status: TextStatus;
	term: string;
	definition?: string;
	termType?: TermType;
	additionalTerms?: { term: string; termType?: TermType }[];
}

export interface DemoEntry {
	/** Stable key, so that later revisions and concept links can refer to the entry. */
	key: string;
	original: DemoLanguageVersion;
	others: DemoLanguageVersion[];
}

export interface DemoSubmission {
	stateCode: string;
	cycleYear: number;
	distribution: Distribution;
	/** Each revision lists the entries it holds, in order; a later revision may change or add entries. */
	revisions: { submittedAt: string; summary?: string; entries: DemoEntry[] }[];
	/** Keys of entries withdrawn in the last revision. */
	withdrawnInLast?: string[];
}

const deCybersecurity2024: DemoEntry = {
	key: 'de-cybersicherheit',
	original: {
		language: 'de',
		status: 'authentic',
		term: 'Cybersicherheit',
		definition:
			'Alle Maßnahmen, die Netze, informationstechnische Systeme und die darin verarbeiteten Daten vor Angriffen schützen.'
	},
	others: [
		{
			language: 'en',
			status: 'courtesy_translation',
			term: 'cybersecurity',
			definition:
				'All measures that protect networks, information technology systems and the data processed in them against attacks.'
		}
	]
};

const deCybersecurity2025: DemoEntry = {
	key: 'de-cybersicherheit',
	original: {
		language: 'de',
		status: 'authentic',
		term: 'Cybersicherheit',
		definition:
			'Alle Maßnahmen, die Netze, informationstechnische Systeme und die darin verarbeiteten Daten vor Angriffen, Störungen und Missbrauch schützen.'
	},
	others: [
		{
			language: 'en',
			status: 'courtesy_translation',
			term: 'cybersecurity',
			definition:
				'All measures that protect networks, information technology systems and the data processed in them against attacks, disruptions and misuse.'
		}
	]
};

const deIncident: DemoEntry = {
	key: 'de-sicherheitsvorfall',
	original: {
		language: 'de',
		status: 'authentic',
		term: 'Sicherheitsvorfall',
		definition:
			'Ein Ereignis, das die Verfügbarkeit, Integrität oder Vertraulichkeit von Informationen oder informationstechnischen Systemen beeinträchtigt.'
	},
	others: [
		{
			language: 'en',
			status: 'courtesy_translation',
			term: 'security incident',
			definition:
				'An event that impairs the availability, integrity or confidentiality of information or information technology systems.'
		}
	]
};

const deCriticalInfrastructure: DemoEntry = {
	key: 'de-kritis',
	original: {
		language: 'de',
		status: 'authentic',
		term: 'Kritische Infrastrukturen',
		definition:
			'Einrichtungen und Anlagen, deren Ausfall oder Beeinträchtigung zu erheblichen Versorgungsengpässen oder Gefährdungen der öffentlichen Sicherheit führen würde.',
		additionalTerms: [{ term: 'KRITIS', termType: 'abbreviation' }]
	},
	others: [
		{
			language: 'en',
			status: 'courtesy_translation',
			term: 'critical infrastructures',
			definition:
				'Facilities and installations whose failure or impairment would lead to significant supply shortages or threats to public safety.'
		}
	]
};

const deVulnerability: DemoEntry = {
	key: 'de-schwachstelle',
	original: {
		language: 'de',
		status: 'authentic',
		term: 'Schwachstelle',
		definition:
			'Eine Eigenschaft eines informationstechnischen Systems, die ausgenutzt werden kann, um dessen Sicherheit zu beeinträchtigen.'
	},
	others: [
		{
			language: 'en',
			status: 'courtesy_translation',
			term: 'vulnerability',
			definition: 'A property of an information technology system that can be exploited to impair its security.'
		}
	]
};

const deCyberspace: DemoEntry = {
	key: 'de-cyberraum',
	original: {
		language: 'de',
		status: 'authentic',
		term: 'Cyberraum',
		definition:
			'Der virtuelle Raum aller weltweit über das Internet und andere Netze verbundenen informationstechnischen Systeme.'
	},
	others: [
		{
			language: 'en',
			status: 'courtesy_translation',
			term: 'cyberspace',
			definition:
				'The virtual space of all information technology systems connected worldwide through the internet and other networks.'
		}
	]
};

export const DEMO_SUBMISSIONS: readonly DemoSubmission[] = [
	{
		stateCode: 'DE',
		cycleYear: 2024,
		distribution: 'public',
		revisions: [
			{ submittedAt: '2024-10-02T09:00:00.000Z', entries: [deCybersecurity2024, deIncident, deCriticalInfrastructure] }
		]
	},
	{
		stateCode: 'DE',
		cycleYear: 2025,
		distribution: 'public',
		revisions: [
			{
				submittedAt: '2025-03-10T10:30:00.000Z',
				entries: [deCybersecurity2024, deIncident, deCriticalInfrastructure, deVulnerability]
			},
			{
				submittedAt: '2025-05-20T14:00:00.000Z',
				summary: 'Definition of "Cybersicherheit" widened; "Cyberraum" added.',
				entries: [deCybersecurity2025, deIncident, deCriticalInfrastructure, deVulnerability, deCyberspace]
			}
		]
	},
	{
		stateCode: 'FR',
		cycleYear: 2025,
		distribution: 'public',
		revisions: [
			{
				submittedAt: '2025-04-14T08:15:00.000Z',
				entries: [
					{
						key: 'fr-cybersecurite',
						original: {
							language: 'fr',
							status: 'authentic',
							term: 'cybersécurité',
							definition:
								"Capacité des réseaux et des systèmes d'information à résister aux actions qui compromettent la disponibilité, l'intégrité ou la confidentialité des données qu'ils traitent."
						},
						// Only the English term is given: the entry counts as "translation pending".
						others: [{ language: 'en', status: 'official_translation', term: 'cybersecurity' }]
					},
					{
						key: 'fr-cyberattaque',
						original: {
							language: 'fr',
							status: 'authentic',
							term: 'cyberattaque',
							definition:
								"Action délibérée visant à perturber, altérer ou détruire un système d'information ou les données qu'il contient, par l'intermédiaire des réseaux."
						},
						others: [{ language: 'en', status: 'official_translation', term: 'cyberattack' }]
					},
					{
						key: 'fr-cyberespace',
						original: {
							language: 'fr',
							status: 'authentic',
							term: 'cyberespace',
							definition:
								"Domaine formé par l'ensemble des réseaux et des systèmes d'information interconnectés à l'échelle mondiale, ainsi que par les données qui y circulent."
						},
						others: [
							{
								language: 'en',
								status: 'courtesy_translation',
								term: 'cyberspace',
								definition:
									'Domain formed by all networks and information systems interconnected worldwide, together with the data circulating in them.'
							}
						]
					},
					{
						key: 'fr-incident',
						original: {
							language: 'fr',
							status: 'authentic',
							term: 'incident de sécurité',
							definition:
								"Événement qui porte atteinte à la disponibilité, à l'intégrité ou à la confidentialité d'un système d'information."
						},
						others: [
							{
								language: 'en',
								status: 'courtesy_translation',
								term: 'security incident',
								definition:
									'Event that undermines the availability, integrity or confidentiality of an information system.'
							}
						]
					}
				]
			}
		]
	},
	{
		stateCode: 'PL',
		cycleYear: 2025,
		distribution: 'restricted',
		revisions: [
			{
				submittedAt: '2025-06-02T12:00:00.000Z',
				entries: [
					{
						key: 'pl-cyberbezpieczenstwo',
						original: {
							language: 'pl',
							status: 'authentic',
							term: 'cyberbezpieczeństwo',
							definition:
								'Stan ochrony systemów informacyjnych i przetwarzanych w nich danych przed zagrożeniami dla ich poufności, integralności i dostępności.'
						},
						others: [
							{
								language: 'en',
								status: 'official_translation',
								term: 'cybersecurity',
								definition:
									'The state of protection of information systems and the data processed in them against threats to their confidentiality, integrity and availability.'
							}
						]
					},
					{
						key: 'pl-incydent',
						original: {
							language: 'pl',
							status: 'authentic',
							term: 'incydent',
							definition:
								'Zdarzenie, które narusza lub może naruszyć bezpieczeństwo systemu informacyjnego lub przetwarzanych w nim danych.'
						},
						others: [
							{
								language: 'en',
								status: 'official_translation',
								term: 'incident',
								definition:
									'An event that breaches or may breach the security of an information system or of the data processed in it.'
							}
						]
					},
					{
						key: 'pl-cyberprzestrzen',
						original: {
							language: 'pl',
							status: 'authentic',
							term: 'cyberprzestrzeń',
							definition:
								'Obszar wymiany informacji tworzony przez połączone ze sobą systemy teleinformatyczne i ich użytkowników.'
						},
						others: [
							{
								language: 'en',
								status: 'official_translation',
								term: 'cyberspace',
								definition: 'The area of information exchange formed by interconnected ICT systems and their users.'
							}
						]
					},
					{
						key: 'pl-csirt',
						original: {
							language: 'pl',
							status: 'authentic',
							term: 'CSIRT',
							termType: 'acronym',
							definition:
								'Zespół reagowania na incydenty bezpieczeństwa komputerowego działający na poziomie krajowym.',
							additionalTerms: [
								{ term: 'zespół reagowania na incydenty bezpieczeństwa komputerowego', termType: 'fullForm' }
							]
						},
						others: [
							{
								language: 'en',
								status: 'official_translation',
								term: 'CSIRT',
								termType: 'acronym',
								definition: 'Computer security incident response team operating at national level.',
								additionalTerms: [{ term: 'computer security incident response team', termType: 'fullForm' }]
							}
						]
					}
				]
			}
		]
	},
	{
		stateCode: 'KZ',
		cycleYear: 2025,
		distribution: 'restricted',
		revisions: [
			{
				submittedAt: '2025-07-18T06:45:00.000Z',
				entries: [
					{
						key: 'kz-kiberbezopasnost',
						original: {
							language: 'ru',
							status: 'authentic',
							term: 'кибербезопасность',
							definition:
								'Состояние защищённости информационных систем и сетей от внутренних и внешних угроз, обеспечивающее их устойчивое функционирование.'
						},
						others: [
							{
								language: 'en',
								status: 'courtesy_translation',
								term: 'cybersecurity',
								definition:
									'The state of protection of information systems and networks against internal and external threats that ensures their stable operation.'
							}
						]
					},
					{
						key: 'kz-kii',
						original: {
							language: 'ru',
							status: 'authentic',
							term: 'критическая информационная инфраструктура',
							definition:
								'Совокупность информационных систем и сетей, нарушение работы которых повлечёт тяжёлые последствия для государства, экономики или населения.'
						},
						others: [
							{
								language: 'en',
								status: 'courtesy_translation',
								term: 'critical information infrastructure',
								definition:
									'The set of information systems and networks whose disruption would have severe consequences for the State, the economy or the population.'
							}
						]
					},
					{
						key: 'kz-incident',
						original: {
							language: 'ru',
							status: 'authentic',
							term: 'компьютерный инцидент',
							definition:
								'Сбой или нарушение функционирования информационной системы, в том числе вызванное компьютерной атакой.'
						},
						others: [
							{
								language: 'en',
								status: 'courtesy_translation',
								term: 'computer incident',
								definition:
									'A failure or disruption in the functioning of an information system, including one caused by a computer attack.'
							}
						]
					}
				]
			}
		]
	},
	{
		stateCode: 'CH',
		cycleYear: 2025,
		distribution: 'public',
		revisions: [
			{
				submittedAt: '2025-05-05T13:20:00.000Z',
				entries: [
					{
						key: 'ch-cyberrisiko',
						original: {
							language: 'de',
							status: 'authentic',
							term: 'Cyberrisiko',
							definition:
								'Risiko, dass ein Ereignis im Cyberraum die Verfügbarkeit, Integrität oder Vertraulichkeit von Informationen beeinträchtigt.'
						},
						others: [
							{
								language: 'fr',
								status: 'authentic',
								term: 'cyberrisque',
								definition:
									"Risque qu'un événement survenant dans le cyberespace porte atteinte à la disponibilité, à l'intégrité ou à la confidentialité d'informations."
							},
							{
								language: 'it',
								status: 'authentic',
								term: 'rischio cyber',
								definition:
									"Rischio che un evento nel ciberspazio pregiudichi la disponibilità, l'integrità o la confidenzialità delle informazioni."
							},
							{
								language: 'en',
								status: 'courtesy_translation',
								term: 'cyber risk',
								definition:
									'The risk that an event in cyberspace impairs the availability, integrity or confidentiality of information.'
							}
						]
					},
					{
						key: 'ch-cybervorfall',
						original: {
							language: 'de',
							status: 'authentic',
							term: 'Cybervorfall',
							definition:
								'Ereignis, bei dem die Vertraulichkeit, Integrität oder Verfügbarkeit von Informationen oder Systemen beeinträchtigt wird.'
						},
						others: [
							{
								language: 'fr',
								status: 'authentic',
								term: 'cyberincident',
								definition:
									"Événement au cours duquel la confidentialité, l'intégrité ou la disponibilité d'informations ou de systèmes est compromise."
							},
							{
								language: 'it',
								status: 'authentic',
								term: 'cyberincidente',
								definition:
									"Evento in cui la confidenzialità, l'integrità o la disponibilità di informazioni o sistemi è compromessa."
							},
							{
								language: 'en',
								status: 'courtesy_translation',
								term: 'cyber incident',
								definition:
									'An event in which the confidentiality, integrity or availability of information or systems is compromised.'
							}
						]
					}
				]
			}
		]
	},
	{
		stateCode: 'GB',
		cycleYear: 2025,
		distribution: 'public',
		revisions: [
			{
				submittedAt: '2025-02-27T16:00:00.000Z',
				entries: [
					{
						key: 'gb-cyber-security',
						original: {
							language: 'en',
							status: 'authentic',
							term: 'cyber security',
							definition:
								'The means by which devices, networks and services, and the information they hold, are protected from unauthorised access, damage and disruption.'
						},
						others: []
					},
					{
						key: 'gb-cyber-attack',
						original: {
							language: 'en',
							status: 'authentic',
							term: 'cyber attack',
							definition:
								'An intentional act, carried out through networks, that aims to disable, degrade or take control of computer systems or to steal the information they hold.'
						},
						others: []
					},
					{
						key: 'gb-vulnerability',
						original: {
							language: 'en',
							status: 'authentic',
							term: 'vulnerability',
							definition:
								'A weakness in a system, its security procedures or its implementation that could be exploited by a threat.'
						},
						others: []
					}
				]
			}
		]
	}
];

export type ConceptTexts = Partial<Record<OsceLanguage, { terms: string[]; definition: string }>>;

export interface DemoConcept {
	key: string;
	label: string;
	/** Agreed concepts carry their adopted text; candidates have none yet. */
	agreed?: { adoptedAt: string; texts: ConceptTexts };
	links: { entryKey: string; equivalence: Equivalence }[];
}

export const DEMO_CONCEPTS: readonly DemoConcept[] = [
	{
		key: 'cybersecurity',
		label: 'cybersecurity',
		agreed: {
			adoptedAt: '2025-06-16T15:00:00.000Z',
			texts: {
				en: {
					terms: ['cybersecurity', 'cyber security'],
					definition:
						'The protection of networks, information systems and the data they process against threats that compromise their availability, integrity or confidentiality.'
				},
				fr: {
					terms: ['cybersécurité'],
					definition:
						"Protection des réseaux, des systèmes d'information et des données qu'ils traitent contre les menaces qui compromettent leur disponibilité, leur intégrité ou leur confidentialité."
				},
				de: {
					terms: ['Cybersicherheit'],
					definition:
						'Schutz von Netzen, Informationssystemen und den von ihnen verarbeiteten Daten vor Bedrohungen, die ihre Verfügbarkeit, Integrität oder Vertraulichkeit beeinträchtigen.'
				},
				it: {
					terms: ['cibersicurezza', 'sicurezza informatica'],
					definition:
						"Protezione delle reti, dei sistemi informativi e dei dati da essi trattati contro le minacce che ne compromettono la disponibilità, l'integrità o la riservatezza."
				},
				ru: {
					terms: ['кибербезопасность'],
					definition:
						'Защита сетей, информационных систем и обрабатываемых ими данных от угроз, нарушающих их доступность, целостность или конфиденциальность.'
				},
				es: {
					terms: ['ciberseguridad'],
					definition:
						'Protección de las redes, los sistemas de información y los datos que tratan frente a las amenazas que comprometen su disponibilidad, integridad o confidencialidad.'
				}
			}
		},
		links: [
			{ entryKey: 'de-cybersicherheit', equivalence: 'equivalent' },
			{ entryKey: 'fr-cybersecurite', equivalence: 'equivalent' },
			{ entryKey: 'pl-cyberbezpieczenstwo', equivalence: 'equivalent' },
			{ entryKey: 'kz-kiberbezopasnost', equivalence: 'equivalent' },
			{ entryKey: 'gb-cyber-security', equivalence: 'equivalent' }
		]
	},
	{
		key: 'cyber-incident',
		label: 'cyber incident',
		agreed: {
			adoptedAt: '2025-06-16T15:00:00.000Z',
			texts: {
				en: {
					terms: ['cyber incident', 'ICT incident'],
					definition:
						'An event that actually or potentially compromises the availability, integrity or confidentiality of an information system or of the information it processes.'
				},
				fr: {
					terms: ['cyberincident'],
					definition:
						"Événement qui compromet, effectivement ou potentiellement, la disponibilité, l'intégrité ou la confidentialité d'un système d'information ou des informations qu'il traite."
				},
				de: {
					terms: ['Cybersicherheitsvorfall'],
					definition:
						'Ereignis, das die Verfügbarkeit, Integrität oder Vertraulichkeit eines Informationssystems oder der von ihm verarbeiteten Informationen tatsächlich oder möglicherweise beeinträchtigt.'
				},
				it: {
					terms: ['incidente informatico'],
					definition:
						"Evento che compromette, effettivamente o potenzialmente, la disponibilità, l'integrità o la riservatezza di un sistema informativo o delle informazioni che esso tratta."
				},
				ru: {
					terms: ['киберинцидент'],
					definition:
						'Событие, которое фактически или потенциально нарушает доступность, целостность или конфиденциальность информационной системы или обрабатываемой ею информации.'
				},
				es: {
					terms: ['ciberincidente'],
					definition:
						'Suceso que compromete, de forma real o potencial, la disponibilidad, la integridad o la confidencialidad de un sistema de información o de la información que trata.'
				}
			}
		},
		links: [
			{ entryKey: 'de-sicherheitsvorfall', equivalence: 'equivalent' },
			{ entryKey: 'fr-incident', equivalence: 'equivalent' },
			{ entryKey: 'pl-incydent', equivalence: 'equivalent' },
			{ entryKey: 'kz-incident', equivalence: 'narrower' },
			{ entryKey: 'ch-cybervorfall', equivalence: 'equivalent' }
		]
	},
	{
		key: 'vulnerability',
		label: 'vulnerability',
		agreed: {
			adoptedAt: '2025-06-16T15:00:00.000Z',
			texts: {
				en: {
					terms: ['vulnerability'],
					definition:
						'A weakness of an information system, of its security procedures or of its implementation that a threat could exploit.'
				},
				fr: {
					terms: ['vulnérabilité'],
					definition:
						"Faiblesse d'un système d'information, de ses procédures de sécurité ou de sa mise en œuvre qu'une menace pourrait exploiter."
				},
				de: {
					terms: ['Schwachstelle'],
					definition:
						'Schwäche eines Informationssystems, seiner Sicherheitsverfahren oder seiner Umsetzung, die von einer Bedrohung ausgenutzt werden könnte.'
				},
				it: {
					terms: ['vulnerabilità'],
					definition:
						'Debolezza di un sistema informativo, delle sue procedure di sicurezza o della sua attuazione che una minaccia potrebbe sfruttare.'
				},
				ru: {
					terms: ['уязвимость'],
					definition:
						'Недостаток информационной системы, её процедур безопасности или их реализации, который может быть использован угрозой.'
				},
				es: {
					terms: ['vulnerabilidad'],
					definition:
						'Debilidad de un sistema de información, de sus procedimientos de seguridad o de su implementación que una amenaza podría aprovechar.'
				}
			}
		},
		links: [
			{ entryKey: 'de-schwachstelle', equivalence: 'equivalent' },
			{ entryKey: 'gb-vulnerability', equivalence: 'equivalent' }
		]
	},
	{
		key: 'critical-information-infrastructure',
		label: 'critical information infrastructure',
		links: [
			{ entryKey: 'kz-kii', equivalence: 'equivalent' },
			{ entryKey: 'de-kritis', equivalence: 'broader' }
		]
	},
	{
		key: 'cyberspace',
		label: 'cyberspace',
		links: [
			{ entryKey: 'de-cyberraum', equivalence: 'equivalent' },
			{ entryKey: 'fr-cyberespace', equivalence: 'equivalent' },
			{ entryKey: 'pl-cyberprzestrzen', equivalence: 'equivalent' }
		]
	}
];

/** The first release of the consensus glossary holds the three agreed concepts. */
export const DEMO_RELEASE = {
	number: 1,
	title: 'Consensus glossary, release 1 (demonstration)',
	releasedAt: '2025-07-01T09:00:00.000Z',
	conceptKeys: ['cybersecurity', 'cyber-incident', 'vulnerability']
};

export interface DemoProposalRevision {
	createdAt: string;
	author: string;
	rationale: string;
	texts: ConceptTexts;
	citedEntryKeys: string[];
}

export const DEMO_PROPOSAL = {
	conceptKey: 'cyberspace',
	title: 'Add "cyberspace" to the consensus glossary',
	openedBy: 'delegateFr',
	openedForState: 'FR',
	openedAt: '2025-09-10T09:00:00.000Z',
	revisions: [
		{
			createdAt: '2025-09-10T09:00:00.000Z',
			author: 'delegateFr',
			rationale:
				'Four States define the term; their definitions agree on interconnected networks and the data they carry.',
			citedEntryKeys: ['de-cyberraum', 'fr-cyberespace', 'pl-cyberprzestrzen'],
			texts: {
				en: {
					terms: ['cyberspace'],
					definition:
						'The global domain of interconnected information and communication technology infrastructures, including the internet, and the data they carry.'
				},
				fr: {
					terms: ['cyberespace'],
					definition:
						"Domaine mondial des infrastructures interconnectées des technologies de l'information et de la communication, y compris l'internet, et des données qu'elles transportent."
				},
				de: {
					terms: ['Cyberraum'],
					definition:
						'Globaler Bereich der miteinander verbundenen Infrastrukturen der Informations- und Kommunikationstechnik, einschließlich des Internets, und der darin übertragenen Daten.'
				},
				ru: {
					terms: ['киберпространство'],
					definition:
						'Глобальная область взаимосвязанных инфраструктур информационно-коммуникационных технологий, включая интернет, и передаваемых ими данных.'
				}
			}
		},
		{
			createdAt: '2025-10-20T11:30:00.000Z',
			author: 'delegateFr',
			rationale:
				'Telecommunications networks named explicitly and data processing added, following the comments of Poland; Italian and Spanish versions added.',
			citedEntryKeys: ['de-cyberraum', 'fr-cyberespace', 'pl-cyberprzestrzen'],
			texts: {
				en: {
					terms: ['cyberspace'],
					definition:
						'The global domain formed by interconnected information and communication technology infrastructures, including the internet and telecommunications networks, and by the data they process and carry.'
				},
				fr: {
					terms: ['cyberespace'],
					definition:
						"Domaine mondial formé par les infrastructures interconnectées des technologies de l'information et de la communication, y compris l'internet et les réseaux de télécommunications, et par les données qu'elles traitent et transportent."
				},
				de: {
					terms: ['Cyberraum'],
					definition:
						'Globaler Bereich, der durch die miteinander verbundenen Infrastrukturen der Informations- und Kommunikationstechnik, einschließlich des Internets und der Telekommunikationsnetze, sowie durch die darin verarbeiteten und übertragenen Daten gebildet wird.'
				},
				it: {
					terms: ['ciberspazio'],
					definition:
						"Dominio globale formato dalle infrastrutture interconnesse delle tecnologie dell'informazione e della comunicazione, compresi internet e le reti di telecomunicazione, e dai dati che esse trattano e trasmettono."
				},
				ru: {
					terms: ['киберпространство'],
					definition:
						'Глобальная область, образуемая взаимосвязанными инфраструктурами информационно-коммуникационных технологий, включая интернет и сети электросвязи, а также обрабатываемыми и передаваемыми ими данными.'
				},
				es: {
					terms: ['ciberespacio'],
					definition:
						'Ámbito mundial formado por las infraestructuras interconectadas de las tecnologías de la información y las comunicaciones, incluidos internet y las redes de telecomunicaciones, y por los datos que tratan y transmiten.'
				}
			}
		}
	] satisfies DemoProposalRevision[],
	comments: [
		{
			revision: 1,
			author: 'expertPl',
			createdAt: '2025-09-24T08:00:00.000Z',
			body: 'Poland would prefer the text to name telecommunications networks explicitly and to cover the processing of data, not only its transmission.'
		},
		{
			revision: 1,
			author: 'delegateFr',
			replyTo: 0,
			createdAt: '2025-09-25T10:00:00.000Z',
			body: 'Thank you; the next revision will take both points on board.'
		},
		{
			revision: 2,
			author: 'delegateDe',
			createdAt: '2025-10-22T07:30:00.000Z',
			body: 'Germany can support revision 2 as it stands.'
		}
	],
	positions: [
		{ revision: 2, author: 'delegateDe', stateCode: 'DE', stance: 'support', statedAt: '2025-10-22T07:35:00.000Z' },
		{ revision: 2, author: 'delegateFr', stateCode: 'FR', stance: 'support', statedAt: '2025-10-20T11:35:00.000Z' },
		{
			revision: 2,
			author: 'expertPl',
			stateCode: 'PL',
			stance: 'reservation',
			statement:
				'Poland understands "telecommunications networks" to include networks used exclusively by public authorities.',
			statedAt: '2025-10-27T09:10:00.000Z'
		}
	] satisfies {
		revision: number;
		author: string;
		stateCode: string;
		stance: Stance;
		statement?: string;
		statedAt: string;
	}[]
};
