// Timings of the comparison logic on the size of the real problem: 57 participating States each
// defining one concept in about 60 words. Run with `npx tsx tests/bench/compare-logic.bench.ts`.
// Prints figures; asserts nothing (DESIGN.md §6: performance is checked by benchmarks, not tests).
import { performance } from 'node:perf_hooks';
import {
	clusterOrder,
	conceptDivergence,
	detectReferenceDefinition,
	sharedPhrases,
	similarityMatrix,
	wordDiff,
	type ComparableText
} from '../../src/lib/domain/compare';

const STATES = 57;
const RUNS = 30;

// Deterministic pseudo-random numbers (mulberry32), so that every run measures the same texts.
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let value = Math.imul(state ^ (state >>> 15), 1 | state);
		value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	};
}

// Families of wording (about 60 words each) in three scripts; each State's text is a variant.
const FAMILIES: { locale: string; text: string }[] = [
	{
		locale: 'en',
		text: 'Cyberspace is the global domain within the information environment consisting of the interdependent networks of information technology infrastructures and resident data, including the Internet, telecommunications networks, computer systems and embedded processors and controllers, together with the people, organisations and services that use them to create, store, process and exchange information across national borders in peacetime and in times of crisis or armed conflict.'
	},
	{
		locale: 'en',
		text: 'The virtual environment resulting from the interaction of people, software and services on the Internet by means of technology devices and networks connected to it, which does not exist in any physical form and in which public authorities, operators of essential services and citizens depend on the availability, integrity and confidentiality of the information exchanged between them every day, at home, at work and in their dealings with the administration.'
	},
	{
		locale: 'fr',
		text: "Le cyberespace est l'espace de communication constitué par l'interconnexion mondiale d'équipements de traitement automatisé de données numériques, ainsi que par les réseaux, les systèmes d'information, les logiciels et les services qui en dépendent, dans lequel l'État, les opérateurs d'importance vitale et les citoyens échangent des informations dont la disponibilité, l'intégrité et la confidentialité doivent être garanties en toutes circonstances, y compris en temps de crise."
	},
	{
		locale: 'ru',
		text: 'Информационное пространство — сфера деятельности, связанная с формированием, созданием, преобразованием, передачей, использованием и хранением информации, оказывающая воздействие в том числе на индивидуальное и общественное сознание, информационную инфраструктуру и собственно информацию, включая объекты критической информационной инфраструктуры, сети электросвязи и информационные системы государственных органов, организаций и граждан, а также средства обеспечения их безопасности и устойчивого функционирования.'
	}
];

const FILLERS = [
	'digital',
	'secure',
	'national',
	'critical',
	'electronic',
	'public',
	'private',
	'operational',
	'resilient',
	'trusted'
];

function variant(base: string, next: () => number): string {
	return base
		.split(' ')
		.filter(() => next() > 0.04)
		.map((word) => (next() < 0.1 ? (FILLERS[Math.floor(next() * FILLERS.length)] ?? word) : word))
		.join(' ');
}

function corpus(seed: number): ComparableText[] {
	const next = random(seed);
	return Array.from({ length: STATES }, (_, index) => {
		const family = FAMILIES[Math.floor(next() * FAMILIES.length)]!;
		return { id: `S${String(index + 1).padStart(2, '0')}`, locale: family.locale, text: variant(family.text, next) };
	});
}

function measure(label: string, run: (iteration: number) => unknown): void {
	const timings: number[] = [];
	for (let iteration = 0; iteration < RUNS; iteration++) {
		const start = performance.now();
		run(iteration);
		timings.push(performance.now() - start);
	}
	const first = timings[0]!;
	const sorted = [...timings].sort((left, right) => left - right);
	const median = sorted[Math.floor(sorted.length / 2)]!;
	const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
	console.log(
		`${label.padEnd(58)} first ${first.toFixed(2).padStart(7)} ms   median ${median.toFixed(2).padStart(7)} ms   p95 ${p95.toFixed(2).padStart(7)} ms`
	);
}

// A fresh corpus each iteration (different seeds) keeps the word-normalisation cache honest.
const corpora = Array.from({ length: RUNS }, (_, index) => corpus(index + 1));
const words = corpora[0]!.reduce((total, text) => total + text.text.split(/\s+/u).length, 0) / STATES;
console.log(`${STATES} texts of ${words.toFixed(0)} words on average, ${RUNS} runs each, Node ${process.version}\n`);

measure('similarityMatrix (57 texts, 1596 pairs)', (iteration) => similarityMatrix(corpora[iteration]!));
const matrices = corpora.map((texts) => similarityMatrix(texts));
const ids = corpora[0]!.map((text) => text.id);
measure('clusterOrder (57×57, average linkage)', (iteration) => clusterOrder(matrices[iteration]!, ids));
measure('similarityMatrix + clusterOrder + conceptDivergence', (iteration) => {
	const matrix = similarityMatrix(corpora[(iteration + 7) % RUNS]!);
	clusterOrder(matrix, ids);
	return conceptDivergence(matrix);
});
measure('sharedPhrases (57 texts)', (iteration) => sharedPhrases(corpora[iteration]!));
measure('wordDiff (two 60-word revisions)', (iteration) => {
	const [before, after] = [corpora[iteration]![0]!, corpus(1000 + iteration)[0]!];
	return wordDiff(before.text, variant(before.text, random(iteration)) + after.text.slice(0, 20), before.locale);
});
measure('detectReferenceDefinition (57 texts)', (iteration) =>
	corpora[iteration]!.map((text) => detectReferenceDefinition(text.text, text.locale))
);
