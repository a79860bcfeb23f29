// The consensus glossary as CSV (for spreadsheets) and JSON (for programs): the shapes people and
// programs rely on.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
	GLOSSARY_CSV_HEADERS,
	glossaryCsv,
	glossaryFileName,
	glossaryJson,
	type GlossaryJson
} from '../../src/lib/domain/glossary-export';
import type { ConceptText } from '../../src/lib/domain/concept-text';
import { OSCE_LANGUAGES } from '../../src/lib/domain/vocabulary';
import { CURRENT_META, GLOSSARY_CONCEPTS, RELEASE_META } from '../fixtures/glossary-export/concepts';

describe('the CSV download', () => {
	const csv = glossaryCsv(GLOSSARY_CONCEPTS);
	const [header, ...rows] = parse(csv.slice(1), { relax_column_count: false }) as string[][];
	const rowsOf = (conceptId: number) => rows.filter((row) => row[0] === String(conceptId));

	it('is UTF-8 with a byte order mark and Windows line ends, so Excel opens it as it is', () => {
		expect(csv.startsWith('\uFEFFConcept ID,Version,Status,Adopted,First release,Language,')).toBe(true);
		expect(csv.split('\r\n')[0]).toBe(`\uFEFF${GLOSSARY_CSV_HEADERS.join(',')}`);
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('has one row per concept and OSCE language, pending languages marked and left empty', () => {
		expect(header).toEqual([...GLOSSARY_CSV_HEADERS]);
		expect(rows).toHaveLength(GLOSSARY_CONCEPTS.length * 6);
		expect(rowsOf(7).map((row) => [row[5], row[6], row[7]])).toEqual([
			['en', '', 'cyber incident'],
			['fr', '', 'cyberincident'],
			['de', '', 'Cybersicherheitsvorfall'],
			['it', 'yes', ''],
			['ru', '', 'киберинцидент'],
			['es', 'yes', '']
		]);
	});

	it('gives the concept, its version, status, adoption, release and address on every row', () => {
		expect(rowsOf(7)[0]).toEqual([
			'7',
			'3',
			'agreed',
			'2027-03-12T10:15:00.000Z',
			'2',
			'en',
			'',
			'cyber incident',
			'ICT incident [variant, admitted] | CI [acronym, proper noun, deprecated] | computer incident [other, superseded]',
			'An event that compromises the "availability", integrity & <confidentiality> of a system; see ]]> and \'quotes\'.',
			"CBM9 concept status: a note of the working group that looks like the platform's own",
			'GR (Greece): Test text: Η Ελλάδα θεωρεί ότι ο όρος «σύστημα» περιλαμβάνει & τα <δίκτυα>.\nPL (Poland): Test text: "networks" include closed networks.\nSecond line: CBM9 note: not a note.',
			'https://glossary.example.org/glossary/7?version=3'
		]);
		expect(rowsOf(12)[0]!.slice(0, 5)).toEqual(['12', '2', 'deprecated', '2027-09-30T23:30:00.000Z', '']);
	});

	it('keeps definitions over several lines in one cell', () => {
		expect(rowsOf(7)[2]![9]).toBe(
			'Ereignis, das die Verfügbarkeit beeinträchtigt.\r\n\r\nZweiter Absatz mit Windows-Zeilenumbruch.'
		);
	});

	it('puts a language without a preferred term entirely under other terms', () => {
		// "hacker" is deprecated: it is no one's preferred term any more.
		expect(rowsOf(12)[0]!.slice(7, 9)).toEqual(['', 'hacker [noun, deprecated]']);
	});
});

describe('the JSON download', () => {
	const document = JSON.parse(glossaryJson(GLOSSARY_CONCEPTS, RELEASE_META)) as GlossaryJson;

	it('says what it is, which release, how to cite it and under what terms', () => {
		const { concepts, ...header } = document;
		expect(concepts).toHaveLength(3);
		expect(header).toEqual({
			format: 'cbm9-consensus-glossary',
			formatVersion: 1,
			title: 'OSCE CBM 9 consensus glossary, release 2 (1 April 2027)',
			scope: 'release',
			release: {
				number: 2,
				title: 'Consensus glossary, release 2 — “autumn” & <more>',
				releasedAt: '2027-04-01T07:30:00.000Z',
				notes: 'Adds cyber incident.\nCorrects the French of encryption.'
			},
			asOf: null,
			url: 'https://glossary.example.org/glossary/releases/2',
			citeAs:
				'OSCE CBM 9 consensus glossary, release 2 (1 April 2027). https://glossary.example.org/glossary/releases/2',
			termsOfUse: 'The consensus glossary of the OSCE participating States (test terms of use).',
			demonstration: false,
			languages: ['en', 'fr', 'de', 'it', 'ru', 'es']
		});
	});

	it('describes the current glossary by the day of its latest adoption, and flags demonstration data', () => {
		const current = JSON.parse(glossaryJson(GLOSSARY_CONCEPTS, CURRENT_META)) as GlossaryJson;
		expect([current.scope, current.release, current.asOf, current.demonstration]).toEqual([
			'current',
			null,
			'2027-09-30T23:30:00.000Z',
			true
		]);
		expect(current.title).toBe('OSCE CBM 9 consensus glossary, current, as of 1 October 2027');
	});

	it('lists every concept with its version, provenance and all six languages, null where pending', () => {
		const cyberIncident = document.concepts[1]!;
		expect(Object.keys(cyberIncident)).toEqual([
			'id',
			'version',
			'status',
			'adoptedAt',
			'firstRelease',
			'url',
			'citeAs',
			'texts',
			'pendingLanguages',
			'interpretiveStatements'
		]);
		expect(cyberIncident).toMatchObject({
			id: 7,
			version: 3,
			status: 'agreed',
			adoptedAt: '2027-03-12T10:15:00.000Z',
			firstRelease: 2,
			pendingLanguages: ['it', 'es']
		});
		expect(Object.keys(cyberIncident.texts)).toEqual([...OSCE_LANGUAGES]);
		expect(cyberIncident.texts.it).toBeNull();
		expect(cyberIncident.interpretiveStatements).toEqual(GLOSSARY_CONCEPTS[1]!.interpretiveStatements);
		expect(document.concepts[2]!.firstRelease).toBeNull();
	});

	it('gives back every text exactly', () => {
		for (const [index, concept] of document.concepts.entries()) {
			const texts = Object.fromEntries(
				Object.entries(concept.texts).filter(([, text]) => text !== null)
			) as ConceptText;
			expect(texts).toEqual(GLOSSARY_CONCEPTS[index]!.text);
		}
	});
});

describe('file names', () => {
	it('name a release by its number and the current glossary by the Vienna day of its latest adoption', () => {
		expect(glossaryFileName(RELEASE_META.scope, 'tbx')).toBe('cbm9-consensus-glossary-release-2.tbx');
		// 23:30 UTC on 30 September is already 1 October in Vienna, as the title says.
		expect(glossaryFileName(CURRENT_META.scope, 'csv')).toBe('cbm9-consensus-glossary-2027-10-01.csv');
		expect(glossaryFileName({ kind: 'current', asOf: null }, 'json')).toBe('cbm9-consensus-glossary.json');
	});
});
