// npm run bench:search — the search figures of issue 4 on a realistic volume. In a temporary
// DATA_DIR it generates 50,000 national entries (57 States, ~10 % restricted) and 5,000 agreed
// concepts with links, indexes them with reindexAll, starts the built app the way `npm start` does
// (first with its cache of recent results off, so every request reaches Meilisearch), and measures
// the same queries through GET /api/v1/search and directly against Meilisearch (the app's own
// requests, and the one multi-search a plain client would send), then the SQLite FTS5 fallback,
// then the app again with its cache on: first traffic drawn by popularity from 10,000 different
// queries with the cache empty, then every query asked before. Prints figures next to the targets
// and asserts nothing (DESIGN.md §6).
// Every process it starts is stopped at the end, also on Ctrl-C.
//
//   BENCH_ENTRIES, BENCH_CONCEPTS   scale the corpus (default 50000 and 5000)
//   BENCH_SECONDS                   duration of each concurrency-32 run (default 15)
//   BENCH_KEEP=1                    keep the data folder and print its path
//   BENCH_DATA_DIR=<folder>         reuse a folder kept by an earlier run: no generation, no indexing
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Agent, Pool, request } from 'undici';
import { Meilisearch, type MultiSearchQuery, type SearchParams } from 'meilisearch';
import { loadConfig } from '../../src/lib/server/config';
import { prepareDatabase } from '../../src/lib/server/database';
import type { Db } from '../../src/lib/server/db/connection';
import { recordAudit } from '../../src/lib/server/audit';
import { enqueueSearchUpdate } from '../../src/lib/server/outbox';
import { createSearchService, type SearchService } from '../../src/lib/server/search/client';
import {
	EMBEDDED_MEILISEARCH_VERSION,
	readMasterKey,
	startEmbeddedMeilisearch,
	type EmbeddedMeilisearch
} from '../../src/lib/server/search/embedded';
import { applySearchSettings } from '../../src/lib/server/search/settings';
import { reindexAll } from '../../src/lib/server/search/reindex';
import {
	membersQuery,
	searchQueries,
	searchWithMeilisearch,
	type SearchQueries
} from '../../src/lib/server/search/query';
import { fallbackSearch } from '../../src/lib/server/search/fallback';
import { mirroredDocuments } from '../../src/lib/server/search/mirror';
import { ENTRIES_PER_GROUP, resultGroups, shownMatches } from '../../src/lib/server/search/result-groups';
import { queryWordMatcher } from '../../src/lib/domain/search/word-match';
import {
	meilisearchFilters,
	parseSearchRequest,
	visibilityFilter,
	type SearchRequest
} from '../../src/lib/domain/search/request';
import { expandQuery } from '../../src/lib/domain/search/stems';
import { normaliseForSearch } from '../../src/lib/domain/search/normalise';
import type { SearchDocument } from '../../src/lib/domain/search/documents';
import { OSCE_LANGUAGES, type OsceLanguage } from '../../src/lib/domain/vocabulary';
import { freePort } from '../helpers/free-port';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 50_000);
const CONCEPTS = Number(process.env.BENCH_CONCEPTS ?? 5_000);
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CYCLES = [2023, 2024, 2025] as const;
const RESTRICTED_SHARE = 0.1;
// Diagnostics (keep-alive check, profile) use the first queries of the set: at this volume a
// search takes long enough on Meilisearch 1.21 that the whole set would take many minutes each.
const DIAGNOSTIC_QUERIES = 50;
const WARM_UP_QUERIES = 20;
const CONCURRENCY = 32;
// Ten times the app's default cache of recent results (SEARCH_CACHE_ENTRIES), so it cannot hold them all.
const TRAFFIC_QUERIES = 10_000;
const TRAFFIC_EXPONENT = 1;

const TARGETS = { p95Ms: 25, ratio: 1.5, requestsPerSecond: 500 };

// ── Processes and folders to clean up, whatever happens ───────────────────────────────────────

const cleanups: (() => Promise<void>)[] = [];
let cleaningUp: Promise<void> | null = null;

function cleanUp(): Promise<void> {
	cleaningUp ??= (async () => {
		for (const step of cleanups.reverse()) {
			try {
				await step();
			} catch (error) {
				console.error('Clean-up step failed:', error);
			}
		}
	})();
	return cleaningUp;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		console.error(`\n${signal}: stopping what the benchmark started…`);
		void cleanUp().then(() => process.exit(130));
	});
}

function step(message: string): void {
	console.error(`· ${message}`);
}

// ── Deterministic randomness ──────────────────────────────────────────────────────────────────

class Random {
	#state: number;
	constructor(seed: number) {
		this.#state = seed;
	}
	/** mulberry32: a small, fast generator, so that every run measures the same corpus. */
	next(): number {
		this.#state = (this.#state + 0x6d2b79f5) | 0;
		let value = Math.imul(this.#state ^ (this.#state >>> 15), 1 | this.#state);
		value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	}
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}
	chance(probability: number): boolean {
		return this.next() < probability;
	}
	pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.next() * list.length)]!;
	}
}

/** Word ranks drawn from a Zipf distribution: a few words are everywhere, most are rare. */
class Zipf {
	readonly #cumulative: Float64Array;
	constructor(size: number, exponent: number) {
		this.#cumulative = new Float64Array(size);
		let total = 0;
		for (let rank = 0; rank < size; rank++) {
			total += 1 / (rank + 1) ** exponent;
			this.#cumulative[rank] = total;
		}
		for (let rank = 0; rank < size; rank++) this.#cumulative[rank]! /= total;
	}
	sample(random: Random): number {
		const target = random.next();
		let low = 0;
		let high = this.#cumulative.length - 1;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (this.#cumulative[middle]! < target) low = middle + 1;
			else high = middle;
		}
		return low;
	}
}

// ── Vocabulary: real ICT-security words first, then invented ones for the long tail ───────────

interface LanguageProfile {
	words: string[];
	glue: string[];
	syllables: string[];
	endings: string[];
}

const LATIN_SYLLABLES = [
	'ka',
	'to',
	'ri',
	'ne',
	'sa',
	'mo',
	'lu',
	'pe',
	'di',
	'ra',
	've',
	'no',
	'ti',
	'la',
	'se',
	'mi',
	'co',
	'ber',
	'tra',
	'sto',
	'pro',
	'ter',
	'gen',
	'fil',
	'mar',
	'dor',
	'sel',
	'vin'
];
const CYRILLIC_SYLLABLES = [
	'ка',
	'ро',
	'ни',
	'ст',
	'ва',
	'ле',
	'то',
	'ми',
	'за',
	'про',
	'ин',
	'ди',
	'ре',
	'пер',
	'сло',
	'бор',
	'тел',
	'ган',
	'вер',
	'мат'
];

const PROFILES: Record<string, LanguageProfile> = {
	en: {
		words:
			'security information system network cyber incident attack threat vulnerability critical infrastructure data access service operator protection risk response malicious software integrity availability confidentiality authentication encryption digital electronic communication computer resilience management control event measure breach identity cloud device provider essential national public personal technical organisational monitoring detection recovery continuity certificate signature trust'.split(
				' '
			),
		glue: 'the of and or to a in by for which that with any its on an as from'.split(' '),
		syllables: LATIN_SYLLABLES,
		endings: ['tion', 'ity', 'ment', 'er', 'ing', 'al', 'ness']
	},
	fr: {
		words:
			'sécurité information système réseau cyber incident attaque menace vulnérabilité critique infrastructure données accès service opérateur protection risque réponse malveillant logiciel intégrité disponibilité confidentialité authentification chiffrement numérique électronique communication informatique résilience gestion contrôle événement mesure atteinte identité nuage équipement fournisseur essentiel national public personnel technique cybersécurité l’information d’un l’État'.split(
				' '
			),
		glue: 'le la les de des du et ou à en par pour qui que avec un une sur dans'.split(' '),
		syllables: LATIN_SYLLABLES,
		endings: ['ion', 'ité', 'ment', 'eur', 'age', 'ique', 'ance']
	},
	de: {
		words:
			'Sicherheit Information System Netz Cyber Vorfall Angriff Bedrohung Schwachstelle kritisch Infrastruktur Daten Zugang Dienst Betreiber Schutz Risiko Reaktion Schadsoftware Programm Integrität Verfügbarkeit Vertraulichkeit Authentifizierung Verschlüsselung digital elektronisch Kommunikation Informationstechnik Resilienz Verwaltung Kontrolle Ereignis Maßnahme Verletzung Identität Gerät Anbieter wesentlich national öffentlich Cybersicherheit Informationssicherheit Sicherheitslücke Einrichtung Störung'.split(
				' '
			),
		glue: 'der die das und oder zu ein eine in von für mit auf bei den dem des'.split(' '),
		syllables: LATIN_SYLLABLES,
		endings: ['ung', 'heit', 'keit', 'er', 'en', 'schaft', 'lich']
	},
	it: {
		words:
			'sicurezza informazione sistema rete cibernetica incidente attacco minaccia vulnerabilità critica infrastruttura dati accesso servizio operatore protezione rischio risposta malevolo software integrità disponibilità riservatezza autenticazione cifratura digitale elettronica comunicazione informatico resilienza gestione controllo evento misura violazione identità dispositivo fornitore essenziale nazionale pubblico perimetro'.split(
				' '
			),
		glue: 'il la le di dei delle e o a in per che con un una su dal'.split(' '),
		syllables: LATIN_SYLLABLES,
		endings: ['zione', 'ità', 'mento', 'ore', 'ico', 'anza']
	},
	es: {
		words:
			'seguridad información sistema red ciberseguridad incidente ataque amenaza vulnerabilidad crítica infraestructura datos acceso servicio operador protección riesgo respuesta malicioso programa integridad disponibilidad confidencialidad autenticación cifrado digital electrónica comunicación informático resiliencia gestión control evento medida brecha identidad dispositivo proveedor esencial nacional público código dañino'.split(
				' '
			),
		glue: 'el la los las de del y o a en por para que con un una sobre'.split(' '),
		syllables: LATIN_SYLLABLES,
		endings: ['ción', 'dad', 'miento', 'or', 'ico', 'ncia']
	},
	ru: {
		words:
			'безопасность информация система сеть кибербезопасность инцидент атака угроза уязвимость критическая инфраструктура данные доступ услуга оператор защита риск реагирование вредоносная программа целостность доступность конфиденциальность аутентификация шифрование цифровой электронный связь компьютерная устойчивость управление контроль событие мера нарушение учётная запись устройство поставщик объект национальный защищённость информационной критической сети'.split(
				' '
			),
		glue: 'и или в на по для с от к из который которые при его их'.split(' '),
		syllables: CYRILLIC_SYLLABLES,
		endings: ['ость', 'ение', 'ный', 'ская', 'ция', 'ого', 'ой']
	},
	pl: {
		words:
			'bezpieczeństwo cyberbezpieczeństwo system informacyjny incydent podatność zagrożenie infrastruktura krytyczna dane usługa ochrona'.split(
				' '
			),
		glue: 'i lub w na do z dla przez który'.split(' '),
		syllables: LATIN_SYLLABLES,
		endings: ['ość', 'anie', 'ny', 'owy', 'stwo']
	},
	uk: {
		words:
			'безпека кібербезпека інформація система мережа інцидент атака загроза вразливість інфраструктура критична дані захист'.split(
				' '
			),
		glue: 'і або в на до з для що який'.split(' '),
		syllables: ['ка', 'ро', 'ні', 'ст', 'ва', 'ле', 'то', 'мі', 'за', 'про', 'ін', 'ді', 'ре', 'їх'],
		endings: ['ість', 'ння', 'ний', 'ська', 'ція']
	},
	'sr-Latn': {
		words:
			'bezbednost informaciona sistem mreža incident napad pretnja ranjivost infrastruktura kritična podaci zaštita'.split(
				' '
			),
		glue: 'i ili u na do za od koji kao'.split(' '),
		syllables: LATIN_SYLLABLES,
		endings: ['ost', 'nje', 'ski', 'ija', 'ni']
	},
	nl: {
		words:
			'beveiliging informatie systeem netwerk incident aanval dreiging kwetsbaarheid infrastructuur vitale gegevens dienst bescherming'.split(
				' '
			),
		glue: 'de het een en of van in op voor door die'.split(' '),
		syllables: LATIN_SYLLABLES,
		endings: ['heid', 'ing', 'er', 'lijk', 'schap']
	},
	tr: {
		words: 'güvenlik siber bilgi sistem ağ olay saldırı tehdit zafiyet altyapı kritik veri koruma'.split(' '),
		glue: 've veya ile için bir bu olan'.split(' '),
		syllables: LATIN_SYLLABLES,
		endings: ['lik', 'ler', 'ma', 'sı', 'li']
	},
	el: {
		words:
			'ασφάλεια κυβερνοασφάλεια πληροφορία σύστημα δίκτυο συμβάν επίθεση απειλή ευπάθεια υποδομή κρίσιμη δεδομένα προστασία'.split(
				' '
			),
		glue: 'και ή το η οι των σε για από με'.split(' '),
		syllables: ['κα', 'το', 'ρι', 'νε', 'σα', 'μο', 'λυ', 'πε', 'δι', 'ρα', 'βε', 'νο'],
		endings: ['ση', 'μός', 'ικό', 'ία', 'τητα']
	}
};

interface Lexicon {
	words: string[];
	glue: string[];
	zipf: Zipf;
}

function buildLexicon(profile: LanguageProfile, random: Random, size: number): Lexicon {
	const words = [...profile.words];
	const seen = new Set(words.map((word) => word.toLowerCase()));
	while (words.length < size) {
		let word = '';
		const syllables = random.int(2, 4);
		for (let index = 0; index < syllables; index++) word += random.pick(profile.syllables);
		word += random.pick(profile.endings);
		if (!seen.has(word)) {
			seen.add(word);
			words.push(word);
		}
	}
	return { words, glue: profile.glue, zipf: new Zipf(words.length, 1.05) };
}

function makeTerm(lexicon: Lexicon, random: Random): string {
	const count = random.chance(0.35) ? 1 : random.chance(0.7) ? 2 : 3;
	const words: string[] = [];
	while (words.length < count) {
		const word = lexicon.words[lexicon.zipf.sample(random)]!;
		if (!words.includes(word)) words.push(word);
	}
	return words.join(' ');
}

function makeDefinition(lexicon: Lexicon, random: Random, minWords = 15, maxWords = 50): string {
	const count = random.int(minWords, maxWords);
	const words: string[] = [];
	for (let index = 0; index < count; index++) {
		words.push(random.chance(0.4) ? random.pick(lexicon.glue) : lexicon.words[lexicon.zipf.sample(random)]!);
	}
	const text = words.join(' ');
	return `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}.`;
}

function acronymOf(term: string): string | null {
	const words = term.split(' ');
	return words.length >= 2 ? words.map((word) => word.charAt(0).toLocaleUpperCase()).join('') : null;
}

// ── The corpus ────────────────────────────────────────────────────────────────────────────────

// States that submit in an OSCE language other than English, or in their own language with an
// English version; the others submit in English, which CBM 9 allows.
const STATE_LANGUAGES: Record<string, string> = {
	FR: 'fr',
	BE: 'fr',
	LU: 'fr',
	MC: 'fr',
	DE: 'de',
	AT: 'de',
	CH: 'de',
	LI: 'de',
	IT: 'it',
	SM: 'it',
	VA: 'it',
	ES: 'es',
	AD: 'es',
	RU: 'ru',
	BY: 'ru',
	KZ: 'ru',
	KG: 'ru',
	TJ: 'ru',
	TM: 'ru',
	UZ: 'ru',
	AM: 'ru',
	AZ: 'ru',
	MN: 'ru',
	PL: 'pl',
	UA: 'uk',
	RS: 'sr-Latn',
	NL: 'nl',
	TR: 'tr',
	GR: 'el'
};

interface GeneratedVersion {
	language: string;
	isOriginal: boolean;
	term: string;
	definition: string;
	acronym: string | null;
}

interface GeneratedEntry {
	id: number;
	versions: GeneratedVersion[];
}

interface GeneratedSubmission {
	id: number;
	stateCode: string;
	cycleYear: number;
	distribution: 'public' | 'restricted';
	entries: GeneratedEntry[];
}

interface GeneratedConcept {
	id: number;
	label: string;
	texts: Record<OsceLanguage, { terms: string[]; definition: string }>;
	entryIds: number[];
}

interface Corpus {
	submissions: GeneratedSubmission[];
	concepts: GeneratedConcept[];
	lexicons: Map<string, Lexicon>;
}

function generateCorpus(stateCodes: readonly string[], random: Random): Corpus {
	const lexicons = new Map(
		Object.entries(PROFILES).map(([language, profile]) => [language, buildLexicon(profile, random, 3000)])
	);
	const lexicon = (language: string) => lexicons.get(language)!;

	// Lists of varying length; their sizes add up to exactly ENTRIES.
	const slots = stateCodes.flatMap((stateCode) =>
		CYCLES.map((cycleYear) => ({ stateCode, cycleYear, weight: 0.3 + random.next() * 1.4 }))
	);
	const totalWeight = slots.reduce((sum, slot) => sum + slot.weight, 0);
	const sizes = slots.map((slot) => Math.floor((slot.weight / totalWeight) * ENTRIES));
	for (let index = 0; sizes.reduce((sum, size) => sum + size, 0) < ENTRIES; index++) sizes[index % sizes.length]! += 1;

	let entryId = 0;
	const submissions: GeneratedSubmission[] = slots.map((slot, index) => {
		const language = STATE_LANGUAGES[slot.stateCode] ?? 'en';
		const entries: GeneratedEntry[] = [];
		for (let count = 0; count < sizes[index]!; count++) {
			const term = makeTerm(lexicon(language), random);
			const versions: GeneratedVersion[] = [
				{
					language,
					isOriginal: true,
					term,
					definition: makeDefinition(lexicon(language), random),
					acronym: random.chance(0.08) ? acronymOf(term) : null
				}
			];
			// Most non-English entries carry the English version CBM 9 asks for; some are pending.
			if (language !== 'en' && random.chance(0.85)) {
				const english = makeTerm(lexicon('en'), random);
				versions.push({
					language: 'en',
					isOriginal: false,
					term: english,
					definition: makeDefinition(lexicon('en'), random),
					acronym: null
				});
			}
			entries.push({ id: ++entryId, versions });
		}
		return { id: index + 1, stateCode: slot.stateCode, cycleYear: slot.cycleYear, distribution: 'public', entries };
	});

	// Whole lists are restricted, until about a tenth of the entries are.
	const order = submissions.map((_, index) => index).sort(() => random.next() - 0.5);
	let restricted = 0;
	for (const index of order) {
		if (restricted >= ENTRIES * RESTRICTED_SHARE) break;
		submissions[index]!.distribution = 'restricted';
		restricted += submissions[index]!.entries.length;
	}

	// Agreed concepts with their six texts, each linked to a few entries (an entry to one concept).
	const unlinked = Array.from({ length: ENTRIES }, (_, index) => index + 1).sort(() => random.next() - 0.5);
	const concepts: GeneratedConcept[] = [];
	// A term names one concept only, as in a real glossary.
	const usedTerms = new Map(OSCE_LANGUAGES.map((language) => [language, new Set<string>()]));
	const conceptTerm = (language: OsceLanguage) => {
		for (;;) {
			const term = makeTerm(lexicon(language), random);
			if (usedTerms.get(language)!.has(term.toLocaleLowerCase())) continue;
			usedTerms.get(language)!.add(term.toLocaleLowerCase());
			return term;
		}
	};
	for (let id = 1; id <= CONCEPTS; id++) {
		const texts = {} as GeneratedConcept['texts'];
		for (const language of OSCE_LANGUAGES) {
			const terms = [conceptTerm(language)];
			if (random.chance(0.3)) terms.push(conceptTerm(language));
			texts[language] = { terms, definition: makeDefinition(lexicon(language), random, 12, 35) };
		}
		const entryIds = unlinked.splice(0, random.int(2, 8));
		concepts.push({ id, label: texts.en.terms[0]!, texts, entryIds });
	}
	return { submissions, concepts, lexicons };
}

/** Rows in chunks, so that no statement exceeds SQLite's limit on bound parameters. */
function chunks<T>(list: readonly T[], size: number): T[][] {
	const result: T[][] = [];
	for (let index = 0; index < list.length; index += size) result.push(list.slice(index, index + size));
	return result;
}

/**
 * Writes the corpus in one transaction, in bulk, with the audit events and outbox rows the demo
 * loader writes. Revisions are written as drafts and submitted at the end, since the triggers
 * freeze the content of a submitted revision.
 */
async function writeCorpus(db: Db, corpus: Corpus): Promise<number> {
	const now = new Date().toISOString();
	let rows = 0;
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('exchangeCycle')
			.values(
				CYCLES.map((year) => ({
					year,
					submissionDeadline: `${year}-12-15`,
					isOpen: 0 as const,
					note: null,
					createdAt: now
				}))
			)
			.execute();
		let languageVersionId = 0;
		let additionalTermId = 0;
		for (const submission of corpus.submissions) {
			await trx
				.insertInto('submission')
				.values({
					id: submission.id,
					stateCode: submission.stateCode,
					cycleYear: submission.cycleYear,
					distribution: submission.distribution,
					documentReference: null,
					createdAt: now,
					createdBy: null
				})
				.execute();
			// One revision per list, with the same id as the list.
			await trx
				.insertInto('submissionRevision')
				.values({
					id: submission.id,
					submissionId: submission.id,
					number: 1,
					status: 'draft',
					summary: null,
					createdAt: now,
					createdBy: null,
					submittedAt: null,
					submittedBy: null
				})
				.execute();
			for (const batch of chunks(submission.entries, 1_000)) {
				await trx
					.insertInto('nationalEntry')
					.values(
						batch.map((entry) => ({ id: entry.id, submissionId: submission.id, createdAt: now, createdBy: null }))
					)
					.execute();
				// One version per entry, with the same id as the entry.
				await trx
					.insertInto('entryVersion')
					.values(
						batch.map((entry, index) => ({
							id: entry.id,
							entryId: entry.id,
							revisionId: submission.id,
							position: index + 1,
							withdrawn: 0 as const,
							sourceAct: null,
							sourceArticle: null,
							sourceDate: null,
							sourceUrl: null,
							note: 'Generated by the search benchmark.'
						}))
					)
					.execute();
				const languageRows = [];
				const termRows = [];
				for (const entry of batch) {
					for (const version of entry.versions) {
						languageVersionId++;
						languageRows.push({
							id: languageVersionId,
							entryVersionId: entry.id,
							language: version.language,
							isOriginal: version.isOriginal ? (1 as const) : (0 as const),
							textStatus: version.isOriginal ? ('authentic' as const) : ('courtesy_translation' as const),
							term: version.term,
							termType: null,
							partOfSpeech: null,
							administrativeStatus: null,
							definition: version.definition,
							definitionSource: null,
							note: null
						});
						if (version.acronym) {
							termRows.push({
								id: ++additionalTermId,
								languageVersionId,
								position: 1,
								term: version.acronym,
								termType: 'acronym' as const,
								partOfSpeech: null,
								administrativeStatus: null
							});
						}
					}
				}
				await trx.insertInto('entryLanguageVersion').values(languageRows).execute();
				if (termRows.length > 0) await trx.insertInto('entryAdditionalTerm').values(termRows).execute();
				await enqueueSearchUpdate(
					trx,
					'national_entry',
					batch.map((entry) => entry.id)
				);
				rows += batch.length * 3 + languageRows.length + termRows.length;
			}
			await trx
				.updateTable('submissionRevision')
				.set({ status: 'submitted', submittedAt: now })
				.where('id', '=', submission.id)
				.execute();
			await recordAudit(trx, {
				actorId: null,
				action: 'submission.load_benchmark',
				entityType: 'submission',
				entityId: submission.id,
				stateCode: submission.stateCode,
				after: { cycleYear: submission.cycleYear, entries: submission.entries.length }
			});
			rows += 3;
		}

		for (const batch of chunks(corpus.concepts, 500)) {
			await trx
				.insertInto('concept')
				.values(
					batch.map((concept) => ({
						id: concept.id,
						label: concept.label,
						status: 'agreed' as const,
						createdAt: now,
						createdBy: null
					}))
				)
				.execute();
			// One adopted version per concept, with the same id as the concept.
			await trx
				.insertInto('conceptVersion')
				.values(
					batch.map((concept) => ({
						id: concept.id,
						conceptId: concept.id,
						number: 1,
						status: 'agreed' as const,
						adoptedAt: now,
						proposalRevisionId: null
					}))
				)
				.execute();
			await trx
				.insertInto('conceptDefinition')
				.values(
					batch.flatMap((concept) =>
						OSCE_LANGUAGES.map((language) => ({
							conceptVersionId: concept.id,
							language,
							definition: concept.texts[language].definition,
							note: null
						}))
					)
				)
				.execute();
			await trx
				.insertInto('conceptTerm')
				.values(
					batch.flatMap((concept) =>
						OSCE_LANGUAGES.flatMap((language) =>
							concept.texts[language].terms.map((term, index) => ({
								conceptVersionId: concept.id,
								language,
								position: index + 1,
								term,
								administrativeStatus: index === 0 ? ('preferred' as const) : ('admitted' as const),
								termType: null,
								partOfSpeech: null
							}))
						)
					)
				)
				.execute();
			const links = batch.flatMap((concept) =>
				concept.entryIds.map((entryId) => ({
					conceptId: concept.id,
					entryId,
					equivalence: 'equivalent' as const,
					note: null,
					createdAt: now,
					createdBy: null,
					removedAt: null,
					removedBy: null
				}))
			);
			for (const linkBatch of chunks(links, 2_000)) await trx.insertInto('conceptLink').values(linkBatch).execute();
			for (const concept of batch) {
				await recordAudit(trx, {
					actorId: null,
					action: 'concept.load_benchmark',
					entityType: 'concept',
					entityId: concept.id,
					after: { label: concept.label, links: concept.entryIds.length }
				});
			}
			await enqueueSearchUpdate(
				trx,
				'concept',
				batch.map((concept) => concept.id)
			);
			// The linked entries' documents name their concept, so they change too.
			await enqueueSearchUpdate(
				trx,
				'national_entry',
				links.map((link) => link.entryId)
			);
			rows += batch.length * 3 + links.length * 2 + batch.length * 14;
		}
	});
	return rows;
}

// ── The queries ───────────────────────────────────────────────────────────────────────────────

interface BenchQuery {
	kind: 'exact term' | 'one typo' | 'prefix' | 'two words + filter';
	params: URLSearchParams;
}

function withTypo(word: string, random: Random): string {
	const letters = Array.from(word);
	const index = random.int(1, letters.length - 2);
	if (random.chance(0.5)) [letters[index], letters[index + 1]] = [letters[index + 1]!, letters[index]!];
	else letters[index] = letters[random.int(0, letters.length - 1)]!;
	return letters.join('');
}

function generateQueries(corpus: Corpus, random: Random): BenchQuery[] {
	const publicEntries = corpus.submissions
		.filter((submission) => submission.distribution === 'public')
		.flatMap((submission) => submission.entries.map((entry) => ({ submission, entry })));
	const contentWords = (text: string, language: string) =>
		text
			.replace(/[.,]/g, '')
			.split(' ')
			.filter(
				(word) =>
					!corpus.lexicons.get(language)!.glue.includes(word.toLocaleLowerCase()) && Array.from(word).length >= 5
			);
	const queries: BenchQuery[] = [];
	const add = (kind: BenchQuery['kind'], q: string, filter?: [string, string]) => {
		const params = new URLSearchParams({ q });
		if (filter) params.set(filter[0], filter[1]);
		queries.push({ kind, params });
	};
	while (queries.length < 60) {
		const { entry } = random.pick(publicEntries);
		const version = random.chance(0.7) ? entry.versions[0]! : random.pick(entry.versions);
		add('exact term', version.term);
	}
	while (queries.length < 110) {
		const { entry } = random.pick(publicEntries);
		const version = entry.versions[0]!;
		const words = version.term.split(' ');
		const candidates = words.filter((word) => Array.from(word).length >= 6);
		if (candidates.length === 0) continue;
		const target = random.pick(candidates);
		add('one typo', words.map((word) => (word === target ? withTypo(word, random) : word)).join(' '));
	}
	while (queries.length < 150) {
		const { entry } = random.pick(publicEntries);
		const words = contentWords(entry.versions[0]!.term, entry.versions[0]!.language);
		if (words.length === 0) continue;
		add('prefix', Array.from(random.pick(words)).slice(0, random.int(3, 4)).join(''));
	}
	while (queries.length < 200) {
		const { submission, entry } = random.pick(publicEntries);
		const version = entry.versions[0]!;
		const words = contentWords(version.definition, version.language);
		if (words.length < 2) continue;
		const first = random.int(0, words.length - 2);
		const filters: [string, string][] = [
			['language', version.language],
			['state', submission.stateCode],
			['cycle', String(submission.cycleYear)]
		];
		add('two words + filter', `${words[first]} ${words[first + 1]}`, random.pick(filters));
	}
	return queries;
}

/**
 * A larger pool of queries of the same kinds, for traffic where some queries are asked often and
 * most rarely: TRAFFIC_QUERIES of them, drawn by popularity (Zipf) during the run.
 */
function trafficQueries(corpus: Corpus): BenchQuery[] {
	const random = new Random(20251205);
	const pool: BenchQuery[] = [];
	while (pool.length < TRAFFIC_QUERIES) pool.push(...generateQueries(corpus, random));
	return pool.slice(0, TRAFFIC_QUERIES);
}

/** The Meilisearch queries of one search, built by the functions the app uses (query.ts). */
function meilisearchQueries(request: SearchRequest): { q: string; filters: string[]; queries: SearchQueries } {
	const q = expandQuery(normaliseForSearch(request.q));
	const filters = meilisearchFilters(request, ['public']);
	return { q, filters, queries: searchQueries('terms', q, filters, request) };
}

/**
 * The one request a plain client needs for a page with facets and a total: the page of groups and
 * the counts in one multi-search. The app sends the same two queries side by side instead, and
 * then the members of the page's concept groups.
 */
function plainSearchBody(request: SearchRequest): string {
	const { queries } = meilisearchQueries(request);
	return JSON.stringify({ queries: [queries.groups, queries.counts] });
}

type PostQueries = (queries: unknown[]) => Promise<{ results: { hits: { groupKey: string }[] }[] }>;

/** One search's Meilisearch requests exactly as the app makes them (query.ts, searchWithMeilisearch). */
async function appRequests(request: SearchRequest, post: PostQueries): Promise<void> {
	const { q, filters, queries } = meilisearchQueries(request);
	await Promise.all([
		post([queries.counts]),
		post([queries.groups]).then(async (page) => {
			const keys = (page.results[0]?.hits ?? []).map((hit) => hit.groupKey).filter((key) => key.startsWith('c'));
			const members = membersQuery('terms', q, filters, keys);
			if (members) await post([members]);
		})
	]);
}

// ── Measuring ─────────────────────────────────────────────────────────────────────────────────

interface Figures {
	count: number;
	p50: number;
	p95: number;
	perSecond?: number;
	errors?: number;
}

function figures(samples: readonly number[], extra: Partial<Figures> = {}): Figures {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (share: number) =>
		sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? Number.NaN;
	return { count: sorted.length, p50: at(0.5), p95: at(0.95), ...extra };
}

/** One run of each item after the other; figures, and the time of each item in order. */
async function sequentially<T>(
	items: readonly T[],
	run: (item: T) => Promise<unknown>
): Promise<Figures & { samples: number[] }> {
	const samples: number[] = [];
	for (const item of items) {
		const started = performance.now();
		await run(item);
		samples.push(performance.now() - started);
	}
	return { ...figures(samples), samples };
}

/**
 * Several ways of making the same searches, measured in turns: for each item every way runs once,
 * the first of them rotating, so that a change in the machine's speed (a shared VM drifts by tens
 * of per cent over minutes) hits all alike, and none always finds the caches warmed by another.
 */
async function inTurns<T, Way extends string>(
	items: readonly T[],
	ways: Record<Way, (item: T) => Promise<unknown>>
): Promise<Record<Way, Figures & { samples: number[] }>> {
	const names = Object.keys(ways) as Way[];
	const samples = new Map(names.map((name) => [name, [] as number[]]));
	for (const [index, item] of items.entries()) {
		for (let turn = 0; turn < names.length; turn++) {
			const name = names[(index + turn) % names.length]!;
			const started = performance.now();
			await ways[name](item);
			samples.get(name)![index] = performance.now() - started;
		}
	}
	return Object.fromEntries(
		names.map((name) => [name, { ...figures(samples.get(name)!), samples: samples.get(name)! }])
	) as Record<Way, Figures & { samples: number[] }>;
}

/** `workers` loops, each running `run` back to back for `seconds`. */
async function concurrently<T>(
	items: readonly T[],
	workers: number,
	seconds: number,
	run: (item: T) => Promise<void>
): Promise<Figures> {
	const samples: number[] = [];
	let errors = 0;
	const deadline = performance.now() + seconds * 1000;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: workers }, async (_, worker) => {
			for (let index = worker * 7; performance.now() < deadline; index++) {
				const begin = performance.now();
				try {
					await run(items[index % items.length]!);
					samples.push(performance.now() - begin);
				} catch {
					errors++;
				}
			}
		})
	);
	return figures(samples, { perSecond: samples.length / ((performance.now() - started) / 1000), errors });
}

interface AutocannonResult {
	duration: number;
	non2xx: number;
	errors: number;
	timeouts: number;
	'2xx': number;
}
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
	on(
		event: 'response',
		listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void
	): void;
}
interface AutocannonRequest {
	method?: string;
	path?: string;
	body?: string;
	headers?: Record<string, string>;
	setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
}
interface AutocannonClient {
	on(event: 'body', listener: (chunk: Buffer) => void): void;
}
type Autocannon = (options: {
	url: string;
	connections: number;
	duration: number;
	requests: AutocannonRequest[];
	setupClient?: (client: AutocannonClient) => void;
}) => AutocannonInstance;
// autocannon ships no type declarations; this is the part of its API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/**
 * autocannon with `connections` keep-alive connections, each request picking the next query.
 * `inspect` sees the raw chunks of the responses (cheap: autocannon keeps no bodies for it).
 */
async function loadTest(
	url: string,
	connections: number,
	seconds: number,
	next: () => AutocannonRequest,
	inspect?: (chunk: Buffer) => void
): Promise<Figures> {
	const samples: number[] = [];
	const instance = autocannon({
		url,
		connections,
		duration: seconds,
		requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
		...(inspect ? { setupClient: (client: AutocannonClient) => client.on('body', inspect) } : {})
	});
	instance.on('response', (_client, statusCode, _bytes, responseTime) => {
		if (statusCode >= 200 && statusCode < 300) samples.push(responseTime);
	});
	const result = await instance;
	return figures(samples, {
		perSecond: result['2xx'] / result.duration,
		errors: result.non2xx + result.errors + result.timeouts
	});
}

// ── The app, as `npm start` runs it ───────────────────────────────────────────────────────────

function newestChange(entry: string): number {
	const stat = fs.statSync(entry);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestChange(path.join(entry, child)));
	return newest;
}

/**
 * Builds the app when build/ is missing or older than a source it is made from. Returns a warning
 * when it had to fall back to an older build (the sources do not build right now).
 */
function ensureBuilt(): string | null {
	const handler = path.join(ROOT, 'build', 'handler.js');
	const sources = ['src', 'db', 'search-config', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json']
		.map((name) => path.join(ROOT, name))
		.filter((name) => fs.existsSync(name));
	const builtAt = fs.existsSync(handler) ? fs.statSync(handler).mtimeMs : 0;
	if (builtAt > Math.max(...sources.map(newestChange))) {
		step('build/ is up to date');
		return null;
	}
	step(builtAt ? 'build/ is older than the sources: npx vite build' : 'build/ is missing: npx vite build');
	const started = performance.now();
	const build = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, encoding: 'utf8' });
	if (build.status === 0) {
		step(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
		return null;
	}
	const log = (build.stdout + build.stderr)
		.split('\n')
		.filter((line) => /error/i.test(line))
		.slice(0, 3)
		.join(' / ');
	if (!fs.existsSync(handler)) throw new Error(`vite build failed and there is no earlier build: ${log}`);
	const warning = `vite build failed (${log}); measured the earlier build of ${new Date(builtAt).toISOString()}, which may lack recent changes`;
	step(`WARNING: ${warning}`);
	return warning;
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** A full garbage collection of this process, now rather than in the middle of a measurement. */
function collectGarbage(): void {
	v8.setFlagsFromString('--expose-gc');
	(vm.runInNewContext('gc') as () => void)();
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number): number {
	const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	// utime and stime are fields 14 and 15 of stat, 12 and 13 after the command; in clock ticks (100 a second here).
	return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The processes that answer a search: the app's server (the child of start.ts) and its Meilisearch. */
function searchProcesses(app: ChildProcess, dataDir: string): { app: number; meilisearch: number } {
	const children = fs.readFileSync(`/proc/${app.pid}/task/${app.pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
	const meilisearch = Number(fs.readFileSync(path.join(dataDir, 'meilisearch', 'meilisearch.pid'), 'utf8').trim());
	const server = children.find((pid) => pid !== meilisearch);
	if (!server) throw new Error('start.ts has no app process');
	return { app: server, meilisearch };
}

/** Stops the app (which stops its Meilisearch); kills both if they do not stop in time. */
async function stopApp(app: ChildProcess, dataDir: string): Promise<void> {
	if (app.exitCode === null && app.signalCode === null) {
		const exited = new Promise<void>((resolve) => app.once('exit', () => resolve()));
		app.kill('SIGTERM');
		const timer = setTimeout(() => app.kill('SIGKILL'), 30_000);
		await exited;
		clearTimeout(timer);
	}
	// The app's Meilisearch records its pid; after a hard kill of the app it would be left running.
	const pidFile = path.join(dataDir, 'meilisearch', 'meilisearch.pid');
	if (fs.existsSync(pidFile)) {
		const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
		if (
			Number.isInteger(pid) &&
			pid > 1 &&
			isRunning(pid) &&
			fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir)
		) {
			process.kill(pid, 'SIGKILL');
			step(`killed the app's Meilisearch (pid ${pid}), which outlived the app`);
		}
	}
}

/** What the app printed, shown when the benchmark fails. */
let appOutput = '';

/**
 * A private copy of build/ for the app to run from: SvelteKit loads route chunks lazily, so a
 * `vite build` run by someone else in the meantime would pull them from under the running app.
 * node_modules is linked, so the copy resolves the same packages.
 */
function privateBuild(dataDir: string): string {
	const appDir = path.join(dataDir, 'app');
	const handler = path.join(ROOT, 'build', 'handler.js');
	for (let attempt = 0; attempt < 5; attempt++) {
		const before = fs.statSync(handler).mtimeMs;
		fs.rmSync(path.join(appDir, 'build'), { recursive: true, force: true });
		fs.cpSync(path.join(ROOT, 'build'), path.join(appDir, 'build'), { recursive: true });
		if (fs.statSync(handler).mtimeMs === before) {
			if (!fs.existsSync(path.join(appDir, 'node_modules')))
				fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(appDir, 'node_modules'));
			// The build is ES modules, as the repository's package.json declares.
			fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ type: 'module' }));
			return appDir;
		}
	}
	throw new Error('build/ kept changing while it was being copied');
}

async function startApp(
	dataDir: string,
	port: number,
	meiliPort: number,
	extraEnv: NodeJS.ProcessEnv = {}
): Promise<ChildProcess> {
	appOutput = ''; // what an app started before printed says nothing about this one
	const env: NodeJS.ProcessEnv = {
		...process.env,
		DATA_DIR: dataDir,
		PORT: String(port),
		MEILI_PORT: String(meiliPort),
		HOST: '127.0.0.1',
		DEMO_DATA: 'off',
		// Every request comes from 127.0.0.1; the API's per-address limit (300 a minute by default)
		// would measure the limiter, not the search.
		API_RATE_LIMIT_PER_MINUTE: '100000000',
		...extraEnv
	};
	// The bundled Meilisearch, as on a fresh machine.
	delete env.MEILI_URL;
	delete env.MEILI_MASTER_KEY;
	delete env.MEILI_INDEX_PREFIX;
	// `node build/cli/start.js`, as npm start runs it, in a folder holding the build copy.
	const appDir = privateBuild(dataDir);
	const app = spawn(process.execPath, [path.join(appDir, 'build', 'cli', 'start.js')], {
		cwd: appDir,
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	cleanups.push(() => stopApp(app, dataDir));
	app.stdout!.on('data', (chunk: Buffer) => (appOutput += chunk.toString()));
	app.stderr!.on('data', (chunk: Buffer) => (appOutput += chunk.toString()));
	app.once('exit', (code, signal) => (appOutput += `\n[the app exited: ${signal ?? `code ${code}`}]`));
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('The app did not start within 180 s')), 180_000);
		const poll = setInterval(() => {
			if (appOutput.includes('is running at')) {
				clearTimeout(timer);
				clearInterval(poll);
				resolve();
			}
		}, 100);
		app.once('exit', (code) => {
			clearTimeout(timer);
			clearInterval(poll);
			reject(new Error(`The app stopped at start (exit code ${code})`));
		});
	});
	return app;
}

// ── Report ────────────────────────────────────────────────────────────────────────────────────

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');
const verdict = (ok: boolean) => (ok ? '✔' : '✘');
function row(label: string, ...cells: string[]): string {
	return `  ${label.padEnd(74)}${cells.map((cell) => ` ${cell.padStart(13)}`).join('')}`;
}

// ── Main ──────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
	const reuse = process.env.BENCH_DATA_DIR;
	const dataDir = reuse ? path.resolve(reuse) : fs.mkdtempSync(path.join(os.tmpdir(), 'cbm9-bench-search-'));
	if (!reuse && !process.env.BENCH_KEEP)
		cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
	const databaseFile = path.join(dataDir, 'glossary.sqlite');
	const random = new Random(20251203);
	const { db } = await prepareDatabase(databaseFile, { demoData: false });
	cleanups.push(() => db.destroy());
	const stateCodes = (await db.selectFrom('state').select('code').orderBy('code').execute()).map((state) => state.code);
	let corpus: Corpus | null = generateCorpus(stateCodes, random);
	const queries = generateQueries(corpus, random);
	const trafficPool = trafficQueries(corpus);
	const restrictedEntries = corpus.submissions
		.filter((submission) => submission.distribution === 'restricted')
		.reduce((sum, submission) => sum + submission.entries.length, 0);
	const languages = new Set(
		corpus.submissions.flatMap((submission) =>
			submission.entries.flatMap((entry) => entry.versions.map((version) => version.language))
		)
	);
	const report: string[] = [];
	let writeSeconds = Number.NaN;
	let rowsWritten = 0;
	let indexSeconds = Number.NaN;
	let documents: number;

	if (!reuse) {
		step(
			`writing ${ENTRIES.toLocaleString('en')} entries and ${CONCEPTS.toLocaleString('en')} concepts to ${databaseFile}`
		);
		let started = performance.now();
		rowsWritten = await writeCorpus(db, corpus);
		writeSeconds = (performance.now() - started) / 1000;

		step('indexing with reindexAll into a Meilisearch of our own on the same DATA_DIR');
		const indexer: EmbeddedMeilisearch = await startEmbeddedMeilisearch({ dataDir, port: await freePort() });
		cleanups.push(() => indexer.stop());
		const search = createSearchService(
			loadConfig({ DATA_DIR: dataDir, MEILI_URL: indexer.url, MEILI_MASTER_KEY: indexer.masterKey })
		);
		await applySearchSettings(search);
		started = performance.now();
		let lastShown = 0;
		const indexed = await reindexAll(db, search, {
			onProgress: (message) => {
				if (performance.now() - lastShown > 10_000) {
					lastShown = performance.now();
					step(message);
				}
			}
		});
		indexSeconds = (performance.now() - started) / 1000;
		documents = indexed.documents;
		step(
			`wrote ${rowsWritten.toLocaleString('en')} rows in ${writeSeconds.toFixed(1)} s; reindexAll: ${documents.toLocaleString('en')} documents in ${indexSeconds.toFixed(1)} s`
		);
		await indexer.stop();
	} else {
		step(`reusing ${dataDir}: no generation, no indexing`);
		documents = (
			await db
				.selectFrom('searchDocument')
				.select((eb) => eb.fn.countAll<number>().as('count'))
				.executeTakeFirstOrThrow()
		).count;
	}

	// The generated corpus is a few hundred megabytes of objects in this process, which measures
	// every latency; its garbage collection would run on the cores the app and Meilisearch share.
	// eslint-disable-next-line no-useless-assignment -- dropping the reference is what frees the corpus
	corpus = null;
	collectGarbage();
	const buildWarning = ensureBuilt();
	const port = await freePort();
	const meiliPort = await freePort();
	// First without the app's cache of recent results, so that every request reaches Meilisearch:
	// these are the figures to hold against Meilisearch's own.
	step(
		`starting the app on port ${port} (Meilisearch on ${meiliPort}), as npm start does, with SEARCH_CACHE_ENTRIES=0`
	);
	let app = await startApp(dataDir, port, meiliPort, { SEARCH_CACHE_ENTRIES: '0' });
	const appUrl = `http://127.0.0.1:${port}`;
	const meiliUrl = `http://127.0.0.1:${meiliPort}`;
	const masterKey = readMasterKey(dataDir);
	if (!masterKey) throw new Error('No master key in DATA_DIR/meilisearch');

	const requests = queries.map((query) => parseSearchRequest(query.params));
	const appPaths = queries.map((query) => `/api/v1/search?${query.params}`);
	const plainBodies = requests.map(plainSearchBody);
	const rawHeaders = { authorization: `Bearer ${masterKey}`, 'content-type': 'application/json' };

	// Clients: keep-alive to the app and to Meilisearch, as the app's own transport (transport.ts);
	// fresh connections only for the keep-alive check.
	const appPool = new Pool(appUrl, { connections: CONCURRENCY });
	const freshConnections = new Agent({ pipelining: 0 });
	const keepAlive = new Agent({ connections: 2 * CONCURRENCY });
	cleanups.push(async () => {
		await appPool.close();
		await freshConnections.close();
		await keepAlive.close();
	});
	// The app falls back to SQLite when Meilisearch does not answer within the client's timeout
	// (5 s, client.ts); such answers are counted, since they are not Meilisearch's.
	const fallbackAnswers = { sequential: 0, load: 0 };
	let fallbackCounter: keyof typeof fallbackAnswers = 'sequential';
	const countFallback = (body: string | Buffer) => {
		if (body.includes('"engine":"database"')) fallbackAnswers[fallbackCounter]++;
	};
	const callApp = async (pathAndQuery: string) => {
		const response = await appPool.request({ path: pathAndQuery, method: 'GET' });
		const body = await response.body.text();
		if (response.statusCode !== 200) throw new Error(`app answered ${response.statusCode}: ${body.slice(0, 200)}`);
		countFallback(body);
		return body;
	};
	const callMeilisearch = async (body: string, dispatcher: Agent, route = '/multi-search') => {
		const response = await request(`${meiliUrl}${route}`, { method: 'POST', headers: rawHeaders, body, dispatcher });
		const text = await response.body.text();
		if (response.statusCode !== 200)
			throw new Error(`Meilisearch answered ${response.statusCode}: ${text.slice(0, 200)}`);
		return text;
	};
	const postQueries: PostQueries = async (list) =>
		JSON.parse(await callMeilisearch(JSON.stringify({ queries: list }), keepAlive)) as Awaited<ReturnType<PostQueries>>;
	const replay = (searchRequest: SearchRequest) => appRequests(searchRequest, postQueries);

	// Warm-up, and a check that the app really answers from Meilisearch, not from its fallback.
	step('warming up');
	const engines = new Set<string>();
	for (const pathAndQuery of appPaths.slice(-WARM_UP_QUERIES))
		engines.add((JSON.parse(await callApp(pathAndQuery)) as { engine: string }).engine);
	fallbackAnswers.sequential = 0;
	for (const searchRequest of requests.slice(-WARM_UP_QUERIES)) await replay(searchRequest);
	if (!engines.has('meilisearch'))
		throw new Error('The app answered every warm-up query from its SQLite fallback: Meilisearch is not working');
	const stats = (await (
		await request(`${meiliUrl}/indexes/terms/stats`, { headers: rawHeaders, dispatcher: freshConnections })
	).body.json()) as { numberOfDocuments: number };

	// Other processes on the machine skew every figure; say how busy it was.
	const loadAtStart = os
		.loadavg()
		.map((load) => load.toFixed(1))
		.join(' ');
	step(`concurrency 1: app over HTTP and Meilisearch directly, in turns (load average ${loadAtStart})`);
	const {
		app: appSequential,
		raw: rawSequential,
		plain: plainSequential
	} = await inTurns([...requests.keys()], {
		app: (index) => callApp(appPaths[index]!),
		raw: (index) => replay(requests[index]!),
		plain: (index) => callMeilisearch(plainBodies[index]!, keepAlive)
	});
	const byKind = new Map<BenchQuery['kind'], { app: Figures; raw: Figures }>();
	for (const kind of ['exact term', 'one typo', 'prefix', 'two words + filter'] as const) {
		const ofKind = (samples: number[]) => samples.filter((_, index) => queries[index]!.kind === kind);
		byKind.set(kind, { app: figures(ofKind(appSequential.samples)), raw: figures(ofKind(rawSequential.samples)) });
	}

	step('keep-alive check: the meilisearch client as client.ts configures it, and without the fix');
	const appSearch: SearchService = createSearchService(
		loadConfig({ DATA_DIR: dataDir, MEILI_URL: meiliUrl, MEILI_MASTER_KEY: masterKey })
	);
	const defaultClient = new Meilisearch({ host: meiliUrl, apiKey: masterKey });
	// The transport is what differs here, so the request is one Meilisearch answers at once: no
	// query, 20 documents (about 30 KB; the trap needs an answer over ~1 KB, and hits any fetch on
	// a reused connection). The four clients take turns, so that a change in load hits all alike.
	const emptyParams: SearchParams = { filter: [visibilityFilter(['public'])], limit: 20 };
	const emptyBody = JSON.stringify({ q: '', ...emptyParams });
	let clientTimeouts = 0;
	const timedClientSearch = async (client: Meilisearch) => {
		const started = performance.now();
		try {
			await client.index('terms').search('', emptyParams);
		} catch {
			clientTimeouts++; // the meilisearch client gives up after 5 s (client.ts)
		}
		return performance.now() - started;
	};
	const keepAliveSamples = {
		clientTs: [] as number[],
		defaultClient: [] as number[],
		undiciKeepAlive: [] as number[],
		undiciFresh: [] as number[]
	};
	for (let round = 0; round < DIAGNOSTIC_QUERIES; round++) {
		keepAliveSamples.clientTs.push(await timedClientSearch(appSearch.client));
		keepAliveSamples.defaultClient.push(await timedClientSearch(defaultClient));
		keepAliveSamples.undiciKeepAlive.push(
			(await sequentially([emptyBody], (body) => callMeilisearch(body, keepAlive, '/indexes/terms/search'))).p50
		);
		keepAliveSamples.undiciFresh.push(
			(await sequentially([emptyBody], (body) => callMeilisearch(body, freshConnections, '/indexes/terms/search'))).p50
		);
	}
	const viaClientTs = figures(keepAliveSamples.clientTs);
	const viaDefaultClient = figures(keepAliveSamples.defaultClient);
	const viaUndiciKeepAlive = figures(keepAliveSamples.undiciKeepAlive);
	const viaUndiciFresh = figures(keepAliveSamples.undiciFresh);

	step('where the app spends its time (in-process, the app’s own client)');
	const profile = await profileSearch(db, appSearch, requests.slice(0, DIAGNOSTIC_QUERIES));

	step(`concurrency ${CONCURRENCY}: autocannon against the app, ${LOAD_SECONDS} s`);
	let nextApp = 0;
	fallbackCounter = 'load';
	// What one search costs in CPU decides how many two cores can answer, whatever the concurrency.
	const processes = searchProcesses(app, dataDir);
	const cpuBefore = { app: cpuSeconds(processes.app), meilisearch: cpuSeconds(processes.meilisearch) };
	const appLoad = await loadTest(
		appUrl,
		CONCURRENCY,
		LOAD_SECONDS,
		() => ({ method: 'GET', path: appPaths[nextApp++ % appPaths.length]! }),
		countFallback
	);
	const cpuPerSearch = {
		app: ((cpuSeconds(processes.app) - cpuBefore.app) / appLoad.count) * 1000,
		meilisearch: ((cpuSeconds(processes.meilisearch) - cpuBefore.meilisearch) / appLoad.count) * 1000
	};
	step(`concurrency ${CONCURRENCY}: Meilisearch directly, the app's requests, ${LOAD_SECONDS} s`);
	const rawLoad = await concurrently(requests, CONCURRENCY, LOAD_SECONDS, replay);
	step(`concurrency ${CONCURRENCY}: autocannon against Meilisearch, one multi-search per search, ${LOAD_SECONDS} s`);
	let nextRaw = 0;
	const plainLoad = await loadTest(`${meiliUrl}/multi-search`, CONCURRENCY, LOAD_SECONDS, () => ({
		method: 'POST',
		path: '/multi-search',
		// A copy: autocannon writes the Content-Length of each body into the headers object it gets.
		headers: { ...rawHeaders },
		body: plainBodies[nextRaw++ % plainBodies.length]!
	}));

	step('SQLite FTS5 fallback, in-process');
	const fallback = await sequentially(requests, (searchRequest) => fallbackSearch(db, null, searchRequest));

	// What HTTP, SvelteKit and JSON add: each query in-process and over HTTP, back to back, so
	// that the difference is not lost in the spread of search times.
	const httpOverhead: number[] = [];
	for (const [index, searchRequest] of requests.entries()) {
		const inProcess = (await sequentially([searchRequest], (item) => searchWithMeilisearch(db, appSearch, null, item)))
			.p50;
		const overHttp = (await sequentially([appPaths[index]!], callApp)).p50;
		httpOverhead.push(overHttp - inProcess);
	}
	const overhead = figures(httpOverhead);

	// Then as `npm start` runs it, with its cache of recent results: the same queries once to fill
	// it, then again, one after the other and at concurrency 32. Every repeat is answered from
	// memory, so these figures are those of searches people have just made (the search box asks
	// again as they type; the common terms are looked up over and over), not of new ones.
	step('restarting the app with its default cache of recent results');
	await stopApp(app, dataDir);
	// eslint-disable-next-line no-useless-assignment -- the cleanups registered above stop whichever app runs
	app = await startApp(dataDir, port, meiliPort);
	// First, with the cache empty, traffic that mixes popular and rare queries: how much of the
	// load the cache takes depends on how often people repeat a search, which the table shows.
	step(
		`concurrency ${CONCURRENCY}: ${TRAFFIC_QUERIES.toLocaleString('en')} different queries drawn by popularity, the cache empty at first, ${LOAD_SECONDS} s`
	);
	const trafficPaths = trafficPool.map((query) => `/api/v1/search?${query.params}`);
	const popularity = new Zipf(trafficPaths.length, TRAFFIC_EXPONENT);
	const draws = new Random(20251206);
	const asked = new Set<number>();
	let trafficRequests = 0;
	fallbackCounter = 'load';
	const trafficLoad = await loadTest(
		appUrl,
		CONCURRENCY,
		LOAD_SECONDS,
		() => {
			const rank = popularity.sample(draws);
			asked.add(rank);
			trafficRequests++;
			return { method: 'GET', path: trafficPaths[rank]! };
		},
		countFallback
	);
	const repeatShare = trafficRequests ? 1 - asked.size / trafficRequests : 0;
	fallbackCounter = 'sequential';
	for (const pathAndQuery of appPaths) await callApp(pathAndQuery);
	step('concurrency 1 and 32 against the app, every query asked before');
	const cachedSequential = await sequentially(appPaths, callApp);
	nextApp = 0;
	const cachedLoad = await loadTest(
		appUrl,
		CONCURRENCY,
		LOAD_SECONDS,
		() => ({ method: 'GET', path: appPaths[nextApp++ % appPaths.length]! }),
		countFallback
	);

	// ── The table ──
	const p50Ratio = appSequential.p50 / rawSequential.p50;
	const p95Ratio = appSequential.p95 / rawSequential.p95;
	const plainP50Ratio = appSequential.p50 / plainSequential.p50;
	const plainP95Ratio = appSequential.p95 / plainSequential.p95;
	report.push(
		'',
		`Search benchmark — ${ENTRIES.toLocaleString('en')} national entries (${stateCodes.length} States, ${languages.size} languages, ${((restrictedEntries / ENTRIES) * 100).toFixed(1)} % restricted), ${CONCEPTS.toLocaleString('en')} agreed concepts in 6 languages`,
		...(buildWarning ? [`WARNING: ${buildWarning}`] : []),
		`${os.cpus().length} vCPU (load average ${loadAtStart} at the start of the measurements, ${os
			.loadavg()
			.map((load) => load.toFixed(1))
			.join(' ')} at the end), Node ${process.version}, Meilisearch ${EMBEDDED_MEILISEARCH_VERSION}`,
		`${queries.length} queries (60 exact terms, 50 with one typo, 40 prefixes, 50 two-word queries with a filter); anonymous viewer`,
		'',
		'Data and indexing',
		row(
			'write to SQLite (Kysely, bulk, one transaction, with audit + outbox)',
			Number.isFinite(writeSeconds) ? `${writeSeconds.toFixed(1)} s` : 'reused',
			Number.isFinite(writeSeconds) ? `${Math.round(rowsWritten / writeSeconds).toLocaleString('en')} rows/s` : ''
		),
		row(
			`reindexAll → ${documents.toLocaleString('en')} documents (Meilisearch holds ${stats.numberOfDocuments.toLocaleString('en')})`,
			Number.isFinite(indexSeconds) ? `${indexSeconds.toFixed(1)} s` : 'reused',
			Number.isFinite(indexSeconds) ? `${Math.round(documents / indexSeconds).toLocaleString('en')} docs/s` : ''
		),
		'',
		row(`Concurrency 1 (${queries.length} queries, each made the three ways, in turns)`, 'p50', 'p95', 'target', ''),
		row(
			'app over HTTP: GET /api/v1/search (keep-alive client; SEARCH_CACHE_ENTRIES=0)',
			ms(appSequential.p50),
			ms(appSequential.p95),
			`p95 ≤ ${TARGETS.p95Ms} ms`,
			verdict(appSequential.p95 <= TARGETS.p95Ms)
		),
		row(
			'Meilisearch directly: the app’s requests (counts ∥ page → members), keep-alive',
			ms(rawSequential.p50),
			ms(rawSequential.p95)
		),
		row(
			'app / Meilisearch',
			`${p50Ratio.toFixed(2)}×`,
			`${p95Ratio.toFixed(2)}×`,
			`≤ ${TARGETS.ratio}×`,
			verdict(p50Ratio <= TARGETS.ratio && p95Ratio <= TARGETS.ratio)
		),
		row(
			'Meilisearch directly: one multi-search (page + counts), as a plain client asks',
			ms(plainSequential.p50),
			ms(plainSequential.p95)
		),
		row(
			'app / that one request',
			`${plainP50Ratio.toFixed(2)}×`,
			`${plainP95Ratio.toFixed(2)}×`,
			`≤ ${TARGETS.ratio}×`,
			verdict(plainP50Ratio <= TARGETS.ratio && plainP95Ratio <= TARGETS.ratio)
		),
		row(
			'  app answers from the SQLite fallback (Meilisearch over the 5 s client timeout)',
			`${fallbackAnswers.sequential} of ${queries.length}`
		),
		row('FTS5 fallback: fallbackSearch() in-process, no HTTP', ms(fallback.p50), ms(fallback.p95)),
		...[...byKind].map(([kind, { app, raw }]) =>
			row(
				`  ${kind}: app | Meilisearch p50, app | Meilisearch p95`,
				`${app.p50.toFixed(1)} | ${raw.p50.toFixed(1)}`,
				`${app.p95.toFixed(1)} | ${raw.p95.toFixed(1)}`
			)
		),
		'',
		row(`Concurrency ${CONCURRENCY} (${LOAD_SECONDS} s each)`, 'req/s', 'p50', 'p95', 'target'),
		row(
			'app over HTTP (autocannon, keep-alive; SEARCH_CACHE_ENTRIES=0)',
			`${Math.round(appLoad.perSecond ?? 0)}`,
			ms(appLoad.p50),
			ms(appLoad.p95),
			`≥ ${TARGETS.requestsPerSecond} req/s ${verdict((appLoad.perSecond ?? 0) >= TARGETS.requestsPerSecond)}`
		),
		row(
			'Meilisearch directly: the app’s requests (undici, keep-alive)',
			`${Math.round(rawLoad.perSecond ?? 0)}`,
			ms(rawLoad.p50),
			ms(rawLoad.p95)
		),
		row(
			'Meilisearch directly: one multi-search per search (autocannon, keep-alive)',
			`${Math.round(plainLoad.perSecond ?? 0)}`,
			ms(plainLoad.p50),
			ms(plainLoad.p95)
		),
		row(
			'  CPU per search during the app run: the app | Meilisearch (2 cores = 2,000 ms a second)',
			`${cpuPerSearch.app.toFixed(1)} | ${cpuPerSearch.meilisearch.toFixed(1)} ms`
		),
		row(
			'errors (app | the app’s requests | one multi-search)',
			`${appLoad.errors ?? 0} | ${rawLoad.errors ?? 0} | ${plainLoad.errors ?? 0}`
		),
		row(
			'app answers from the SQLite fallback (Meilisearch over the 5 s client timeout)',
			`${fallbackAnswers.load} of ${appLoad.count + cachedLoad.count + trafficLoad.count}`
		),
		'',
		row('The app with its cache of recent results (the default)', 'req/s', 'p50', 'p95', 'target'),
		row(
			`  concurrency ${CONCURRENCY}, ${TRAFFIC_QUERIES.toLocaleString('en')} queries by popularity (Zipf ${TRAFFIC_EXPONENT}), cache empty at first`,
			`${Math.round(trafficLoad.perSecond ?? 0)}`,
			ms(trafficLoad.p50),
			ms(trafficLoad.p95),
			`≥ ${TARGETS.requestsPerSecond} req/s ${verdict((trafficLoad.perSecond ?? 0) >= TARGETS.requestsPerSecond)}`
		),
		row(
			`    ${asked.size.toLocaleString('en')} different queries in ${trafficRequests.toLocaleString('en')} requests: ${(repeatShare * 100).toFixed(0)} % repeat one asked earlier in the run (errors: ${trafficLoad.errors ?? 0})`
		),
		row('  every query asked before:'),
		row(
			'  concurrency 1, GET /api/v1/search',
			'',
			ms(cachedSequential.p50),
			ms(cachedSequential.p95),
			`p95 ≤ ${TARGETS.p95Ms} ms ${verdict(cachedSequential.p95 <= TARGETS.p95Ms)}`
		),
		row(
			`  concurrency ${CONCURRENCY}, autocannon, ${LOAD_SECONDS} s (errors: ${cachedLoad.errors ?? 0})`,
			`${Math.round(cachedLoad.perSecond ?? 0)}`,
			ms(cachedLoad.p50),
			ms(cachedLoad.p95),
			`≥ ${TARGETS.requestsPerSecond} req/s ${verdict((cachedLoad.perSecond ?? 0) >= TARGETS.requestsPerSecond)}`
		),
		'',
		row(`Keep-alive check: no query, 20 documents (~30 KB), ${DIAGNOSTIC_QUERIES} times each`, 'p50', 'p95'),
		row(
			'meilisearch client as client.ts makes it (Node fetch, undici Agent pipelining 0)',
			ms(viaClientTs.p50),
			ms(viaClientTs.p95)
		),
		row(
			'meilisearch client with default fetch (keep-alive): the ~40 ms trap',
			ms(viaDefaultClient.p50),
			ms(viaDefaultClient.p95)
		),
		row(
			'undici request, keep-alive: how transport.ts sends searches',
			ms(viaUndiciKeepAlive.p50),
			ms(viaUndiciKeepAlive.p95)
		),
		row(
			'undici request, pipelining 0 (a fresh connection per request)',
			ms(viaUndiciFresh.p50),
			ms(viaUndiciFresh.p95)
		),
		row('  searches the meilisearch client gave up on (5 s timeout)', `${clientTimeouts}`),
		'',
		row(`Where the app’s time goes (in-process, concurrency 1, first ${DIAGNOSTIC_QUERIES} queries)`, 'p50', 'p95'),
		row(
			`searchWithMeilisearch(), whole (${profile.failed} requests over the 5 s client timeout)`,
			ms(profile.total.p50),
			ms(profile.total.p95)
		),
		row(
			'  Meilisearch, each request on its own: counts (facets over every match, total)',
			ms(profile.counts.p50),
			ms(profile.counts.p95)
		),
		row('    page of groups (distinct by concept)', ms(profile.page.p50), ms(profile.page.p95)),
		row(
			`    what else matched in the page's concept groups (needed by ${profile.membersShare} % of queries)`,
			ms(profile.members.p50),
			ms(profile.members.p95)
		),
		row('  SQLite: the matched documents’ texts (mirror)', ms(profile.documents.p50), ms(profile.documents.p95)),
		row(
			'  groups: concept labels, English consensus texts (SQLite), highlighting, cropping',
			ms(profile.groups.p50),
			ms(profile.groups.p95)
		),
		'',
		row(
			'HTTP + SvelteKit + JSON: app over HTTP − the same search in-process, paired',
			ms(overhead.p50),
			ms(overhead.p95)
		),
		''
	);
	console.log(report.join('\n'));
	if (process.env.BENCH_KEEP && !reuse) console.log(`Data kept in ${dataDir} (BENCH_DATA_DIR=${dataDir} reuses it).`);
}

interface Profile {
	total: Figures;
	/** Requests over the client's timeout. */
	failed: number;
	counts: Figures;
	page: Figures;
	members: Figures;
	documents: Figures;
	groups: Figures;
	membersShare: number;
}

/**
 * The steps of searchWithMeilisearch (query.ts), built by the same functions and each timed on its
 * own (the app sends the counts beside the page and its members), to see which of them costs what.
 */
async function profileSearch(db: Db, search: SearchService, requests: readonly SearchRequest[]): Promise<Profile> {
	let failed = 0;
	const total = await sequentially(requests, (searchRequest) =>
		searchWithMeilisearch(db, search, null, searchRequest).catch(() => {
			failed++; // over the client's 5 s timeout; the app would answer from SQLite
		})
	);
	const samples = {
		counts: [] as number[],
		page: [] as number[],
		members: [] as number[],
		documents: [] as number[],
		groups: [] as number[]
	};
	let withMembers = 0;
	const timed = async <T>(into: number[], run: () => Promise<T>): Promise<T> => {
		const started = performance.now();
		const result = await run();
		into.push(performance.now() - started);
		return result;
	};
	const hitsOf = async (query: MultiSearchQuery) => {
		const [result] = await search.multiSearch<Pick<SearchDocument, 'id' | 'groupKey' | 'kind'>>([query]).catch(() => {
			failed++;
			return [];
		});
		return result?.hits ?? [];
	};
	for (const searchRequest of requests) {
		const { q, filters, queries } = meilisearchQueries(searchRequest);
		await timed(samples.counts, () => hitsOf(queries.counts));
		const page = await timed(samples.page, () => hitsOf(queries.groups));
		const members = membersQuery(
			'terms',
			q,
			filters,
			page.map((hit) => hit.groupKey).filter((key) => key.startsWith('c'))
		);
		const memberHits = members ? await timed(samples.members, () => hitsOf(members)) : [];
		if (members) withMembers++;
		const shown = page.map((hit) => ({
			key: hit.groupKey,
			...shownMatches(
				[hit, ...memberHits.filter((member) => member.groupKey === hit.groupKey && member.id !== hit.id)],
				ENTRIES_PER_GROUP
			)
		}));
		const documents = await timed(samples.documents, () =>
			mirroredDocuments(
				db,
				shown.flatMap((group) => group.shown.map((hit) => hit.id)),
				['public']
			)
		);
		await timed(samples.groups, () =>
			resultGroups(
				db,
				null,
				shown.map((group) => ({
					key: group.key,
					documents: documents.filter((document) => document.groupKey === group.key),
					matchedEntries: group.matchedEntries
				})),
				queryWordMatcher(searchRequest.q)
			)
		);
	}
	return {
		total,
		failed,
		counts: figures(samples.counts),
		page: figures(samples.page),
		members: figures(samples.members),
		documents: figures(samples.documents),
		groups: figures(samples.groups),
		membersShare: Math.round((withMembers / requests.length) * 100)
	};
}

try {
	await main();
} catch (error) {
	console.error(error);
	if (appOutput) console.error(`The app's output (last lines):\n${appOutput.split('\n').slice(-40).join('\n')}`);
	process.exitCode = 1;
} finally {
	await cleanUp();
}
