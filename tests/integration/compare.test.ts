import os from 'node:os';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/lib/server/config';
import { createSearchService } from '../../src/lib/server/search/client';
import { applySearchSettings } from '../../src/lib/server/search/settings';
import { drainOutbox } from '../../src/lib/server/search/sync';
import { compareConcept, compareEntries } from '../../src/lib/server/compare/comparison';
import {
	createCandidateFromEntry,
	linkEntry,
	listUnmappedEntries,
	suggestConcepts,
	unlinkEntry
} from '../../src/lib/server/compare/mapping';
import { coverageMatrix, rankByConsensus } from '../../src/lib/server/compare/coverage';
import { comparisonCsv, coverageCsv } from '../../src/lib/server/compare/export';
import { ForbiddenError, ValidationError } from '../../src/lib/domain/errors';
import { createTestDatabase } from '../helpers/database';
import { givenAccount } from '../helpers/actors';

const meilisearch = inject('meilisearch');
const { db } = await createTestDatabase({ demoData: true });
const search = createSearchService(
	loadConfig({
		DATA_DIR: os.tmpdir(),
		MEILI_URL: meilisearch.url,
		MEILI_MASTER_KEY: meilisearch.masterKey,
		MEILI_INDEX_PREFIX: `cmp${process.pid}_${Date.now()}_`
	})
);
await applySearchSettings(search);
await drainOutbox(db, search);
const expert = await givenAccount(db, { isStateEditor: true, stateCode: 'DE' });
const delegate = await givenAccount(db, { isDelegate: true, stateCode: 'FR' });

async function conceptId(label: string): Promise<number> {
	return (await db.selectFrom('concept').select('id').where('label', '=', label).executeTakeFirstOrThrow()).id;
}

describe('the comparison of a concept', () => {
	it('shows one card per linked entry the viewer may read', async () => {
		const id = await conceptId('cybersecurity');
		const forExpert = await compareConcept(db, expert, id, { text: 'english', baseline: { kind: 'none' } });
		expect(forExpert.entries.map((entry) => entry.stateCode).sort()).toEqual(['DE', 'FR', 'GB', 'KZ', 'PL']);
		const forPublic = await compareConcept(db, null, id, { text: 'english', baseline: { kind: 'none' } });
		expect(forPublic.entries.map((entry) => entry.stateCode).sort()).toEqual(['DE', 'FR', 'GB']);
		expect(JSON.stringify(forPublic)).not.toMatch(/Poland|Kazakhstan|cyberbezpiecze/);
	});

	it('diffs against a State’s text as baseline, or a consensus proposal revision', async () => {
		const id = await conceptId('cybersecurity');
		const german = forEntry(
			await compareConcept(db, expert, id, { text: 'english', baseline: { kind: 'none' } }),
			'DE'
		);
		const view = await compareConcept(db, expert, id, {
			text: 'english',
			baseline: { kind: 'entry', entryId: german }
		});
		expect(view.result.baseline?.label).toBe('Germany, 2025');
		const polish = view.result.cards.find((card) => card.id === `e${forEntry(view, 'PL')}`)!;
		expect(polish.diff?.some((segment) => segment.kind === 'added')).toBe(true);
		expect(polish.similarity).toBeGreaterThan(0);

		const cyberspace = await conceptId('cyberspace');
		const proposal = await compareConcept(db, expert, cyberspace, {
			text: 'english',
			baseline: { kind: 'proposal', proposalId: 1, revision: 2, language: 'en' }
		});
		expect(proposal.result.baseline?.text).toMatch(/^The global domain formed by interconnected/);
		expect(proposal.proposalBaselines.map((item) => `${item.revision}:${item.languages.join(',')}`)).toEqual([
			'1:en,fr,de,ru',
			'2:en,fr,de,it,ru,es'
		]);
	});

	it('exports the comparison as CSV, one row per State, Cyrillic intact', async () => {
		const view = await compareConcept(db, expert, await conceptId('cybersecurity'), {
			text: 'original',
			baseline: { kind: 'none' }
		});
		const csv = comparisonCsv(view);
		expect(csv.startsWith('\uFEFFState code,State,Cycle')).toBe(true);
		expect(csv).toContain('кибербезопасность');
		// One record per line as Excel reads them: CRLF after each, never a bare LF between records.
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.trimEnd().split('\r\n')).toHaveLength(6);
	});

	it('compares entries chosen by hand, dropping those the viewer may not read', async () => {
		const rows = await db.selectFrom('nationalEntry').select('id').execute();
		const view = await compareEntries(
			db,
			null,
			rows.map((row) => row.id),
			{ text: 'english', baseline: { kind: 'none' } }
		);
		expect(view.entries.every((entry) => entry.distribution === 'public')).toBe(true);
	});
});

function forEntry(view: Awaited<ReturnType<typeof compareConcept>>, stateCode: string): number {
	return view.entries.find((entry) => entry.stateCode === stateCode)!.entryId;
}

describe('mapping national entries to concepts', () => {
	it('suggests the concept of an unmapped entry from its English text, and links it', async () => {
		const unmapped = await listUnmappedEntries(db, expert);
		const cyberAttack = unmapped.find((entry) => entry.stateCode === 'GB' && entry.term === 'cyber attack')!;
		expect(cyberAttack).toBeDefined();
		const candidate = await createCandidateFromEntry(db, expert, {
			entryId: unmapped.find((entry) => entry.term === 'cyberattaque')!.entryId,
			label: 'cyber attack'
		});
		await drainOutbox(db, search);
		const suggestions = await suggestConcepts(db, search, expert, cyberAttack.entryId);
		expect(suggestions[0]).toMatchObject({ conceptId: candidate, label: 'cyber attack' });

		await linkEntry(db, expert, { conceptId: candidate, entryId: cyberAttack.entryId, equivalence: 'broader' });
		const view = await compareConcept(db, expert, candidate, { text: 'english', baseline: { kind: 'none' } });
		expect(view.entries.map((entry) => [entry.stateCode, entry.equivalence])).toEqual([
			['FR', 'equivalent'],
			['GB', 'broader']
		]);
		expect((await listUnmappedEntries(db, expert)).some((entry) => entry.entryId === cyberAttack.entryId)).toBe(false);
	});

	it('keeps every link change in the history and the audit trail', async () => {
		const id = await conceptId('vulnerability');
		const british = (
			await compareConcept(db, expert, id, { text: 'english', baseline: { kind: 'none' } })
		).entries.find((entry) => entry.stateCode === 'GB')!;
		await linkEntry(db, expert, { conceptId: id, entryId: british.entryId, equivalence: 'narrower' });
		await unlinkEntry(db, expert, { conceptId: id, entryId: british.entryId });
		const links = await db
			.selectFrom('conceptLink')
			.selectAll()
			.where('conceptId', '=', id)
			.where('entryId', '=', british.entryId)
			.orderBy('id')
			.execute();
		expect(links.map((link) => [link.equivalence, link.removedAt !== null])).toEqual([
			['equivalent', true],
			['narrower', true]
		]);
		const audit = await db
			.selectFrom('auditEvent')
			.select('action')
			.where('entityId', '=', `${id}:${british.entryId}`)
			.orderBy('id')
			.execute();
		expect(audit.map((event) => event.action)).toEqual(['concept_link.change', 'concept_link.remove']);
	});

	it('is for experts and the Secretariat only, and names a bad degree of equivalence', async () => {
		const id = await conceptId('cyberspace');
		await expect(
			linkEntry(db, delegate, { conceptId: id, entryId: 1, equivalence: 'equivalent' })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(linkEntry(db, null, { conceptId: id, entryId: 1, equivalence: 'equivalent' })).rejects.toBeInstanceOf(
			ForbiddenError
		);
		const error = await linkEntry(db, expert, { conceptId: id, entryId: 1, equivalence: 'similar' }).catch(
			(caught) => caught
		);
		expect(error).toBeInstanceOf(ValidationError);
		expect(error.fieldErrors.equivalence).toMatch(/equivalent, broader, narrower or related/);
	});
});

describe('coverage and divergence', () => {
	it('shows who defined which concept in which cycle, and exports it', async () => {
		const matrix = await coverageMatrix(db, expert, { onlyStatesWithEntries: true });
		const cybersecurity = await conceptId('cybersecurity');
		expect(Object.keys(matrix.cells[cybersecurity] ?? {}).sort()).toEqual(['DE', 'FR', 'GB', 'KZ', 'PL']);
		expect(matrix.cells[cybersecurity]?.DE?.cycles).toEqual([2025]);
		const header = coverageCsv(matrix).split('\n')[0]!;
		expect(header.startsWith('\uFEFFConcept,Status,States,Divergence,')).toBe(true);
		expect(
			header
				.split(',')
				.slice(4)
				.map((code) => code.trim())
		).toEqual(matrix.states.map((state) => state.code));
		const publicMatrix = await coverageMatrix(db, null, { onlyStatesWithEntries: true });
		expect(publicMatrix.states.map((state) => state.code)).not.toContain('PL');
	});

	it('ranks concepts from closest to consensus to furthest', async () => {
		const ranked = rankByConsensus(
			(await coverageMatrix(db, expert)).concepts.filter((concept) => concept.entryCount > 0)
		);
		const measured = ranked.filter((concept) => concept.divergence !== null).map((concept) => concept.divergence!);
		expect(measured).toEqual([...measured].sort((a, b) => a - b));
		expect(ranked.at(-1)?.divergence ?? null).toBeNull();
	});
});
