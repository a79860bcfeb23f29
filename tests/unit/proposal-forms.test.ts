// The revision text as the proposal forms carry it (terms one per line with an optional status in
// brackets), and the per-language changes between two revisions.
import { describe, expect, it } from 'vitest';
import {
	formatTermLines,
	parseTermLines,
	revisionFormFromRequest,
	revisionFormValues
} from '../../src/lib/server/proposals/revision-form';
import { revisionChanges } from '../../src/lib/server/proposals/revision-diff';
import { textAfter, textBefore } from '../../src/lib/domain/compare';
import { languageTextFromTerms, type ConceptText } from '../../src/lib/domain/concept-text';

function formData(fields: Record<string, string | string[]>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
	return data;
}

describe('terms, one per line', () => {
	it('makes the first term preferred and the others admitted unless a status is given in brackets', () => {
		expect(
			parseTermLines('cybersecurity\n  cyber security [Admitted] \n\nIT security [deprecated]\r\n').map((term) => [
				term.term,
				term.administrativeStatus
			])
		).toEqual([
			['cybersecurity', 'preferred'],
			['cyber security', 'admitted'],
			['IT security', 'deprecated']
		]);
		expect(
			parseTermLines('cyber space [admitted]\ncyberspace [preferred]').map((term) => term.administrativeStatus)
		).toEqual(['admitted', 'preferred']);
	});

	it('keeps a status it does not know as typed, so that the server names it', () => {
		expect(parseTermLines('cyberspace [official]')[0]?.administrativeStatus).toBe('official');
	});

	it('reads a term type and a part of speech in the brackets, in any order and spelling', () => {
		expect(
			parseTermLines(
				'critical information infrastructure [fullForm]\nCII [acronym, admitted, noun]\ncyber [Proper noun, short form]'
			)
		).toEqual([
			{
				term: 'critical information infrastructure',
				administrativeStatus: 'preferred',
				termType: 'fullForm',
				partOfSpeech: null
			},
			{ term: 'CII', administrativeStatus: 'admitted', termType: 'acronym', partOfSpeech: 'noun' },
			{ term: 'cyber', administrativeStatus: 'admitted', termType: 'shortForm', partOfSpeech: 'properNoun' }
		]);
		// An unknown word is reported even when a valid status is also given.
		expect(parseTermLines('CII [admitted, acronymm]')[0]?.administrativeStatus).toBe('acronymm');
	});

	it('keeps term types and parts of speech through a round trip, so a revision does not drop them', () => {
		const lines = 'critical information infrastructure [fullForm, noun]\nCII [acronym]\nCI [deprecated, abbreviation]';
		expect(formatTermLines(parseTermLines(lines))).toBe(lines);
	});

	it('writes back only the statuses that differ from the defaults, so a round trip changes nothing', () => {
		const lines = 'cyber space [admitted]\ncyberspace [preferred]\ncyber-space\ncyber domain [superseded]';
		expect(formatTermLines(parseTermLines(lines))).toBe(lines);
		expect(formatTermLines(parseTermLines('cyberspace\ncyber domain'))).toBe('cyberspace\ncyber domain');
	});
});

describe('the revision form', () => {
	const text: ConceptText = {
		en: {
			...languageTextFromTerms(['cyberspace', 'cyber domain'], 'The global domain of ICT infrastructures.'),
			note: 'Not a legal term.'
		},
		fr: languageTextFromTerms(['cyberespace'], 'Domaine mondial des infrastructures TIC.')
	};

	it('shows a text, its rationale and its citations, with pending languages empty', () => {
		const values = revisionFormValues(text, 'Four States agree.', [3, 7]);
		expect(values).toMatchObject({
			'text.en.terms': 'cyberspace\ncyber domain',
			'text.en.definition': 'The global domain of ICT infrastructures.',
			'text.en.note': 'Not a legal term.',
			'text.fr.terms': 'cyberespace',
			'text.fr.note': '',
			'text.de.terms': '',
			'text.de.definition': '',
			rationale: 'Four States agree.',
			cited: '3,7',
			citedEntryIds: ''
		});
	});

	it('reads back what it shows, with ticked and typed entry numbers together', () => {
		const values = revisionFormValues(text, 'Four States agree.', []);
		const { input, problems } = revisionFormFromRequest(
			formData({ ...values, cited: ['3', '7'], citedEntryIds: '7, #12;15' })
		);
		expect(problems).toEqual({});
		expect(input.text.en).toEqual(text.en);
		expect(input.text.fr).toEqual(text.fr);
		expect(input.text.de).toEqual({ terms: [], definition: '', note: null });
		expect(input.rationale).toBe('Four States agree.');
		expect(input.citedEntryIds).toEqual([3, 7, 12, 15]);
	});

	it('names a typed entry number that is not one, and echoes what was typed', () => {
		const { problems, values } = revisionFormFromRequest(formData({ citedEntryIds: '12, twelve', rationale: '  ' }));
		expect(problems).toEqual({
			citedEntryIds: '“twelve” is not an entry number. Give the numbers separated by commas, for example 12, 15.'
		});
		expect(values.citedEntryIds).toBe('12, twelve');
		expect(revisionFormFromRequest(formData({ rationale: '  ' })).input.rationale).toBeNull();
	});
});

describe('the changes between two revisions', () => {
	const before: ConceptText = {
		en: languageTextFromTerms(['cyberspace'], 'The global domain of ICT infrastructures.'),
		fr: languageTextFromTerms(['cyberespace'], 'Domaine mondial des infrastructures TIC.'),
		ru: languageTextFromTerms(['киберпространство'], 'Глобальная область.')
	};
	const after: ConceptText = {
		en: languageTextFromTerms(
			['cyberspace', 'cyber domain'],
			'The global domain of interconnected ICT infrastructures.'
		),
		fr: languageTextFromTerms(['cyberespace'], 'Domaine mondial des infrastructures TIC.'),
		de: languageTextFromTerms(['Cyberraum'], 'Globaler Bereich der IKT-Infrastrukturen.')
	};

	it('says per language whether it changed, was added, removed or is still pending', () => {
		expect(revisionChanges(before, after).map((change) => [change.language, change.change])).toEqual([
			['en', 'changed'],
			['fr', 'unchanged'],
			['de', 'added'],
			['it', 'pending'],
			['ru', 'removed'],
			['es', 'pending']
		]);
	});

	it('diffs the terms with their status, the definition and the note, covering both texts', () => {
		const english = revisionChanges(before, after)[0]!;
		expect(textBefore(english.terms)).toBe('cyberspace (preferred)');
		expect(textAfter(english.terms)).toBe('cyberspace (preferred); cyber domain (admitted)');
		expect(
			english.definition.filter((segment) => segment.kind === 'added').map((segment) => segment.text.trim())
		).toEqual(['interconnected']);
		expect(textBefore(english.definition)).toBe(before.en!.definition);
		expect(english.note).toEqual([]);
	});
});
