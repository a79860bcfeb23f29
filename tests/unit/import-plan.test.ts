import { describe, expect, it } from 'vitest';
import {
	canonicalContent,
	originalTermKey,
	planImport,
	type ExistingEntry,
	type IncomingEntry
} from '../../src/lib/domain/import/plan';
import { languageVersion, type EntryContent } from '../../src/lib/domain/national-entry';

function content(term: string, definition: string, english?: string): EntryContent {
	return {
		languageVersions: [
			languageVersion({ language: 'de', term, definition, isOriginal: true }),
			...(english
				? [languageVersion({ language: 'en', term: english, definition: null, textStatus: 'courtesy_translation' })]
				: [])
		],
		sourceAct: null,
		sourceArticle: null,
		sourceDate: null,
		sourceUrl: null,
		note: null
	};
}

// The server fingerprints with a hash; the canonical text itself is an exact fingerprint.
const key = (entry: EntryContent) => ({ termKey: originalTermKey(entry), fingerprint: canonicalContent(entry) });
const existing = (entryId: number, entry: EntryContent): ExistingEntry => ({ entryId, ...key(entry) });
const incoming = (seq: number, entry: EntryContent, sourceId: string | null = null): IncomingEntry => ({
	seq,
	sourceId,
	...key(entry)
});

const cyber = content('Cybersicherheit', 'Schutz von Systemen.', 'cybersecurity');
const incident = content('Sicherheitsvorfall', 'Ein Ereignis mit nachteiligen Folgen.');
const risk = content('Risiko', 'Möglichkeit eines Schadens.');

describe('planning an import against a list', () => {
	it('creates every entry of a file imported into an empty list', () => {
		expect(planImport([], [incoming(1, cyber), incoming(2, incident)], 'replace')).toEqual({
			create: [1, 2],
			update: [],
			unchanged: [],
			withdraw: [],
			duplicates: []
		});
	});

	it('matches by original term whatever its case, accents and spacing, and tells changed from unchanged', () => {
		const changed = content('Sicherheitsvorfall', 'Ein Ereignis mit erheblichen nachteiligen Folgen.');
		const sameTermOtherCase = content('  cybersicherheit ', 'Schutz von Systemen.', 'cybersecurity');
		const plan = planImport(
			[existing(10, cyber), existing(11, incident)],
			[incoming(1, sameTermOtherCase), incoming(2, changed)],
			'add'
		);
		expect(plan.update).toEqual([
			{ seq: 1, entryId: 10 },
			{ seq: 2, entryId: 11 }
		]);
		expect(planImport([existing(10, cyber)], [incoming(1, cyber)], 'add').unchanged).toEqual([{ seq: 1, entryId: 10 }]);
	});

	it('sees content as unchanged whatever the order of its fields', () => {
		const reordered: EntryContent = {
			note: null,
			sourceUrl: null,
			sourceDate: null,
			sourceArticle: null,
			sourceAct: null,
			languageVersions: cyber.languageVersions.map(
				(version) => Object.fromEntries(Object.entries(version).reverse()) as typeof version
			)
		};
		expect(canonicalContent(reordered)).toBe(canonicalContent(cyber));
		expect(canonicalContent({ ...cyber, note: 'Geändert.' })).not.toBe(canonicalContent(cyber));
	});

	it('withdraws what the file no longer holds only when the file replaces the list', () => {
		const entries = [existing(10, cyber), existing(11, incident), existing(12, risk)];
		expect(planImport(entries, [incoming(1, cyber)], 'replace').withdraw).toEqual([11, 12]);
		expect(planImport(entries, [incoming(1, cyber)], 'add').withdraw).toEqual([]);
	});

	it('follows the identifiers of our own exports, even when the term was renamed', () => {
		const renamed = content('IT-Sicherheitsvorfall', 'Ein Ereignis mit nachteiligen Folgen.');
		const plan = planImport([existing(11, incident)], [incoming(1, renamed, 'e11')], 'replace');
		expect(plan).toMatchObject({ create: [], update: [{ seq: 1, entryId: 11 }], withdraw: [] });
	});

	it('flags a term the file repeats and gives each repetition its own entry', () => {
		const otherDefinition = content('Risiko', 'Produkt aus Eintrittswahrscheinlichkeit und Schaden.');
		const plan = planImport([existing(12, risk)], [incoming(1, risk), incoming(2, otherDefinition)], 'replace');
		expect(plan.duplicates).toEqual([2]);
		expect(plan.unchanged).toEqual([{ seq: 1, entryId: 12 }]);
		expect(plan.create).toEqual([2]);
	});
});
