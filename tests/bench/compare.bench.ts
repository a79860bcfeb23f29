// npm run bench:compare — the comparison of one concept defined by all 57 States, and the coverage
// matrix of 500 concepts × 57 States. Server time is measured in process (the page's load
// function: database reads, diff, similarity, clustering); the page over HTTP is measured too.
// Target (issue 5): ≤ 150 ms p95 server time for the 57-State comparison.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareDatabase } from '../../src/lib/server/database';
import { STATES } from '../../src/lib/domain/reference/states';
import { insertEntryVersion } from '../../src/lib/server/national-lists/entry-store';
import { compareConcept } from '../../src/lib/server/compare/comparison';
import { coverageMatrix } from '../../src/lib/server/compare/coverage';
import { languageVersion } from '../../src/lib/domain/national-entry';
import { SYSTEM_ACTOR } from '../../src/lib/server/permissions';
import { figures, ms, startApp, table, timeRuns } from './support';

const CONCEPTS = 500;
const WORDS = [
	'information',
	'systems',
	'networks',
	'data',
	'protection',
	'security',
	'availability',
	'integrity',
	'confidentiality',
	'threats',
	'measures',
	'services',
	'processing',
	'storage',
	'transmission',
	'operators',
	'critical',
	'infrastructure',
	'incidents',
	'resilience',
	'users',
	'devices',
	'attacks',
	'disruption',
	'authorities',
	'public',
	'private',
	'digital',
	'electronic',
	'communications'
];

function definition(seed: number, words = 40): string {
	// A shared core with variations, like real definitions of one concept.
	const parts: string[] = [];
	let value = seed * 2654435761;
	for (let index = 0; index < words; index++) {
		value = (value * 1103515245 + 12345) >>> 0;
		parts.push(index % 3 === 0 ? WORDS[index % WORDS.length]! : WORDS[value % WORDS.length]!);
	}
	return `The ${parts.join(' ')}.`;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbm9-bench-compare-'));
const { db } = await prepareDatabase(path.join(dataDir, 'glossary.sqlite'), { demoData: false });
try {
	const started = performance.now();
	const now = new Date().toISOString();
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('exchangeCycle')
			.values({ year: 2025, submissionDeadline: null, isOpen: 1, note: null, createdAt: now })
			.execute();
		const conceptIds: number[] = [];
		for (let index = 0; index < CONCEPTS; index++) {
			const { id } = await trx
				.insertInto('concept')
				.values({ label: `concept ${index + 1}`, status: 'candidate', createdAt: now, createdBy: null })
				.returning('id')
				.executeTakeFirstOrThrow();
			conceptIds.push(id);
		}
		for (const [stateIndex, state] of STATES.entries()) {
			const { id: submissionId } = await trx
				.insertInto('submission')
				.values({
					stateCode: state.code,
					cycleYear: 2025,
					distribution: 'public',
					documentReference: null,
					createdAt: now,
					createdBy: null
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			const { id: revisionId } = await trx
				.insertInto('submissionRevision')
				.values({ submissionId, number: 1, status: 'draft', summary: null, createdAt: now, createdBy: null })
				.returning('id')
				.executeTakeFirstOrThrow();
			for (const [conceptIndex, conceptId] of conceptIds.entries()) {
				// Every State defines concept 1; about a third of the others.
				if (conceptIndex > 0 && (conceptIndex + stateIndex) % 3 !== 0) continue;
				const { id: entryId } = await trx
					.insertInto('nationalEntry')
					.values({ submissionId, createdAt: now, createdBy: null })
					.returning('id')
					.executeTakeFirstOrThrow();
				await insertEntryVersion(
					trx,
					{ entryId, revisionId, position: conceptIndex + 1 },
					{
						languageVersions: [
							languageVersion({
								language: state.officialLanguages[0] ?? 'en',
								term: `term ${conceptIndex}`,
								definition: definition(stateIndex * 1000 + conceptIndex),
								isOriginal: true
							}),
							...(state.officialLanguages[0] === 'en'
								? []
								: [
										languageVersion({
											language: 'en',
											term: `term ${conceptIndex}`,
											definition: definition(stateIndex * 7 + conceptIndex),
											textStatus: 'courtesy_translation'
										})
									])
						],
						sourceAct: 'Act',
						sourceArticle: 'Art. 1',
						sourceDate: null,
						sourceUrl: null,
						note: null
					}
				);
				await trx
					.insertInto('conceptLink')
					.values({ conceptId, entryId, equivalence: 'equivalent', note: null, createdAt: now, createdBy: null })
					.execute();
			}
			await trx
				.updateTable('submissionRevision')
				.set({ status: 'submitted', submittedAt: now })
				.where('id', '=', revisionId)
				.execute();
		}
	});
	const links = await db
		.selectFrom('conceptLink')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.executeTakeFirstOrThrow();
	console.log(
		`Generated ${CONCEPTS} concepts, 57 States, ${links.count} linked entries in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`
	);

	const viewer = SYSTEM_ACTOR;
	const rows = [['measure (server time, in process)', 'runs', 'p50', 'p95', 'max']];
	const add = (label: string, result: ReturnType<typeof figures>) =>
		rows.push([label, String(result.count), ms(result.p50), ms(result.p95), ms(result.max)]);
	add(
		'comparison, 57 States, shared wording + heatmap',
		await timeRuns(50, () => compareConcept(db, viewer, 1, { text: 'english', baseline: { kind: 'none' } }))
	);
	const first = (await compareConcept(db, viewer, 1, { text: 'english', baseline: { kind: 'none' } })).entries[0]!
		.entryId;
	add(
		'comparison, 57 States, diff against a baseline',
		await timeRuns(50, () =>
			compareConcept(db, viewer, 1, { text: 'english', baseline: { kind: 'entry', entryId: first } })
		)
	);
	add(
		'comparison, 57 States, original texts',
		await timeRuns(50, () => compareConcept(db, viewer, 1, { text: 'original', baseline: { kind: 'none' } }))
	);
	const cold = performance.now();
	await coverageMatrix(db, viewer, { onlyStatesWithEntries: false });
	rows.push(['coverage matrix 500 × 57, first (divergence computed)', '1', ms(performance.now() - cold), '', '']);
	add(
		'coverage matrix 500 × 57, again (divergence cached)',
		await timeRuns(10, () => coverageMatrix(db, viewer, { onlyStatesWithEntries: false }), 0)
	);
	console.log(table(rows));

	await db.destroy();
	const app = await startApp(dataDir, { DEMO_DATA: 'off' });
	try {
		const samples: number[] = [];
		for (let index = 0; index < 40; index++) {
			const begin = performance.now();
			await (await fetch(`${app.url}/compare/1`)).text();
			if (index >= 5) samples.push(performance.now() - begin);
		}
		const page = figures(samples);
		const coverage: number[] = [];
		for (let index = 0; index < 6; index++) {
			const begin = performance.now();
			await (await fetch(`${app.url}/compare/coverage?states=all`)).text();
			coverage.push(performance.now() - begin);
		}
		const matrix = figures(coverage.slice(1));
		console.log(
			`\nOver HTTP, anonymous (rendered page): /compare/1 p50 ${ms(page.p50)}, p95 ${ms(page.p95)}; /compare/coverage (500 × 57) first ${ms(coverage[0]!)}, then p50 ${ms(matrix.p50)}.`
		);
	} finally {
		await app.stop();
	}
} finally {
	await db.destroy().catch(() => undefined);
	fs.rmSync(dataDir, { recursive: true, force: true });
}
