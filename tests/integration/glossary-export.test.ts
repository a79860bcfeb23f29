// Downloads of the consensus glossary from a real database with the demonstration data: valid
// TBX-Basic (xmllint against LTAC's core RELAX NG and the TBX-Basic DCA rules), read back without
// loss, interpretive statements from a real adoption, releases that never change once published,
// and the HTTP answers of the download routes.
import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import type { Db } from '../../src/lib/server/db/connection';
import {
	downloadGlossary,
	glossaryDownloadResponse,
	loadCurrentGlossary,
	loadReleaseGlossary,
	renderGlossaryDownload,
	type GlossaryDownload,
	type GlossaryDownloadFormat
} from '../../src/lib/server/glossary-export';
import { insertConceptVersion } from '../../src/lib/server/concepts/concept-store';
import { startSilence } from '../../src/lib/server/proposals/workflow';
import { evaluateDueDeadlines } from '../../src/lib/server/proposals/deadlines';
import { publishRelease } from '../../src/lib/server/releases/publish';
import {
	glossaryCsv,
	readGlossaryTbx,
	writeGlossaryTbx,
	type GlossaryJson
} from '../../src/lib/domain/glossary-export';
import { languageTextFromTerms } from '../../src/lib/domain/concept-text';
import { NotFoundError } from '../../src/lib/domain/errors';
import { OSCE_LANGUAGES } from '../../src/lib/domain/vocabulary';
import { DEMO_PROPOSAL } from '../../db/demo/demo-data';
import { createTestDatabase } from '../helpers/database';
import { givenAccount } from '../helpers/actors';
import { basicDcaViolations, requireTbxTools, validateAgainstCoreSchema } from '../helpers/tbx-validation';
import { CURRENT_META, GLOSSARY_CONCEPTS, RELEASE_META } from '../fixtures/glossary-export/concepts';

// The routes reach the database through the app's services; here they get the test database.
const services = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock('$lib/server/app', () => ({ getServices: () => services }));
const { GET: currentRoute } = await import('../../src/routes/glossary/download/[format]/+server');
const { GET: releaseRoute } = await import('../../src/routes/glossary/releases/[number=id]/download/[format]/+server');

const { db } = await createTestDatabase({ demoData: true });
services.db = db;
const secretariat = await givenAccount(db, { isAdministrator: true });
const SITE = 'https://glossary.example.org';
const FORMATS: GlossaryDownloadFormat[] = ['tbx', 'csv', 'json'];

function expectValidTbxBasic(xml: string): void {
	requireTbxTools();
	const { valid, output } = validateAgainstCoreSchema(xml);
	expect(output).toContain('validates');
	expect(valid).toBe(true);
	expect(basicDcaViolations(xml)).toEqual({});
}

async function downloads(release: number | null): Promise<Record<GlossaryDownloadFormat, GlossaryDownload>> {
	const exported =
		release === null ? await loadCurrentGlossary(db, SITE) : await loadReleaseGlossary(db, release, SITE);
	return {
		tbx: renderGlossaryDownload(exported, 'tbx'),
		csv: renderGlossaryDownload(exported, 'csv'),
		json: renderGlossaryDownload(exported, 'json')
	};
}

/** The parts of a request event the download routes use; the route's own event type is inferred. */
function routeEvent<Event>(path: string, params: Record<string, string>, headers: Record<string, string> = {}): Event {
	const url = new URL(path, SITE);
	return { params, url, request: new Request(url, { headers }) } as unknown as Event;
}

async function httpErrorOf(answer: () => unknown): Promise<{ status: number; message: string }> {
	const caught = await Promise.resolve()
		.then(answer)
		.then(
			() => null,
			(error: unknown) => error
		);
	if (!isHttpError(caught)) throw new Error(`Expected an HTTP error, got ${String(caught)}`);
	return { status: caught.status, message: caught.body.message };
}

describe('the demo glossary and its first release', () => {
	it('exports release 1 as published: the three agreed concepts in all six languages, labelled as demonstration data', async () => {
		const { concepts, meta } = await loadReleaseGlossary(db, 1, SITE);
		expect(
			concepts.map((concept) => [
				concept.text.en?.terms[0]?.term,
				concept.version,
				concept.status,
				concept.firstRelease
			])
		).toEqual([
			['cybersecurity', 1, 'agreed', 1],
			['cyber incident', 1, 'agreed', 1],
			['vulnerability', 1, 'agreed', 1]
		]);
		for (const concept of concepts) expect(Object.keys(concept.text)).toEqual([...OSCE_LANGUAGES]);
		expect(concepts[0]!.citeAs).toBe(
			`OSCE CBM 9 consensus glossary, “cybersecurity”, version 1 (16 June 2025). ${SITE}/glossary/${concepts[0]!.conceptId}?version=1`
		);
		expect(meta).toMatchObject({
			scope: {
				kind: 'release',
				number: 1,
				title: 'Consensus glossary, release 1 (demonstration)',
				releasedAt: '2025-07-01T09:00:00.000Z'
			},
			url: `${SITE}/glossary/releases/1`,
			citeAs: `OSCE CBM 9 consensus glossary, release 1 (1 July 2025). ${SITE}/glossary/releases/1`,
			demonstration: true
		});
	});

	it('writes TBX-Basic that validates against the TBX v3 core RELAX NG and the TBX-Basic DCA rules', async () => {
		expectValidTbxBasic((await downloadGlossary(db, { release: 1, format: 'tbx', siteUrl: SITE })).body);
		expectValidTbxBasic((await downloadGlossary(db, { release: null, format: 'tbx', siteUrl: SITE })).body);
	});

	it('validates the hardest concepts too: scripts, XML special characters, every status, notes, pending languages', () => {
		expectValidTbxBasic(writeGlossaryTbx(GLOSSARY_CONCEPTS, RELEASE_META));
		expectValidTbxBasic(writeGlossaryTbx(GLOSSARY_CONCEPTS, CURRENT_META));
		expectValidTbxBasic(writeGlossaryTbx([], { ...CURRENT_META, scope: { kind: 'current', asOf: null } }));
	});

	it('tells a broken glossary file from a valid one with the same checks', () => {
		requireTbxTools();
		const xml = writeGlossaryTbx(GLOSSARY_CONCEPTS, RELEASE_META);
		expect(basicDcaViolations(xml.replace('>preferredTerm-admn-sts<', '>preferred<'))).toEqual({
			'administrativeStatus picklist': 1
		});
		// In a langSec, notes come before the term sections.
		const misordered = xml.replace(
			'</termSec>\n\t\t\t\t</langSec>',
			'</termSec>\n\t\t\t\t\t<note>late</note>\n\t\t\t\t</langSec>'
		);
		expect(validateAgainstCoreSchema(misordered).valid).toBe(false);
	});

	it('reads the TBX and JSON downloads back into exactly the concepts that were exported', async () => {
		for (const release of [1, null]) {
			const { concepts } =
				release === null ? await loadCurrentGlossary(db, SITE) : await loadReleaseGlossary(db, release, SITE);
			const reading = readGlossaryTbx((await downloadGlossary(db, { release, format: 'tbx', siteUrl: SITE })).body);
			expect(reading.problems).toEqual([]);
			expect(reading.concepts).toEqual(concepts);
			const json = JSON.parse(
				(await downloadGlossary(db, { release, format: 'json', siteUrl: SITE })).body
			) as GlossaryJson;
			expect(json.concepts.map((concept) => [concept.id, concept.version, concept.texts.ru?.definition])).toEqual(
				concepts.map((concept) => [concept.conceptId, concept.version, concept.text.ru?.definition])
			);
		}
	});

	it('writes a CSV row per concept and language', async () => {
		const csv = (await downloadGlossary(db, { release: 1, format: 'csv', siteUrl: SITE })).body;
		expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + 3 * 6);
		expect(csv).toContain(',ru,,кибербезопасность,,');
	});
});

describe('a concept adopted with a reservation, and release 2', () => {
	it('carries the interpretive statement made when the concept was adopted', async () => {
		// The demo proposal on "cyberspace" has a reservation of Poland on revision 2; let its silence hold.
		const proposal = await db
			.selectFrom('proposal')
			.select(['id', 'conceptId'])
			.where('title', '=', DEMO_PROPOSAL.title)
			.executeTakeFirstOrThrow();
		await startSilence(
			db,
			secretariat,
			proposal.id,
			{ revision: 2, deadlineDate: '2026-01-06', deadlineTime: '12:00', timeZone: 'UTC' },
			new Date('2026-01-05T09:00:00Z')
		);
		expect((await evaluateDueDeadlines(db, new Date('2026-01-06T12:01:00Z'))).adopted).toEqual([proposal.id]);
		await publishRelease(
			db,
			secretariat,
			{ title: 'Consensus glossary, release 2 (demonstration)', notes: 'Adds cyberspace.' },
			new Date('2026-01-10T09:00:00Z')
		);

		const { concepts } = await loadReleaseGlossary(db, 2, SITE);
		const cyberspace = concepts.find((concept) => concept.conceptId === proposal.conceptId)!;
		expect(concepts).toHaveLength(4);
		expect(cyberspace).toMatchObject({
			version: 1,
			status: 'agreed',
			firstRelease: 2,
			adoptedAt: '2026-01-06T12:00:00.000Z'
		});
		expect(cyberspace.interpretiveStatements).toEqual([
			{
				stateCode: 'PL',
				stateName: 'Poland',
				statement:
					'Poland understands "telecommunications networks" to include networks used exclusively by public authorities.'
			}
		]);
		// The concepts of release 1 are unchanged in release 2, and say they were first published in release 1.
		expect(concepts.filter((concept) => concept !== cyberspace).map((concept) => concept.firstRelease)).toEqual([
			1, 1, 1
		]);

		const tbx = (await downloadGlossary(db, { release: 2, format: 'tbx', siteUrl: SITE })).body;
		expect(tbx).toContain(
			'<note>CBM9 interpretive statement: PL (Poland): Poland understands "telecommunications networks" to include networks used exclusively by public authorities.</note>'
		);
		expectValidTbxBasic(tbx);
		expect(readGlossaryTbx(tbx)).toEqual({
			title: 'OSCE CBM 9 consensus glossary, release 2 (10 January 2026)',
			concepts,
			problems: []
		});
		expect(glossaryCsv(concepts)).toContain('PL (Poland): Poland understands');
	});

	it('keeps every release download byte for byte when a newer concept version is adopted later', async () => {
		const before = { release1: await downloads(1), release2: await downloads(2), current: await downloads(null) };
		const cybersecurity = (await loadReleaseGlossary(db, 1, SITE)).concepts[0]!;
		await db.transaction().execute((trx) =>
			insertConceptVersion(
				trx,
				{
					conceptId: cybersecurity.conceptId,
					number: 2,
					status: 'agreed',
					adoptedAt: '2026-02-01T10:00:00.000Z',
					proposalRevisionId: null
				},
				{
					...cybersecurity.text,
					en: languageTextFromTerms(
						['cybersecurity', 'cyber security'],
						'An amended definition adopted after release 2.'
					)
				}
			)
		);
		const after = { release1: await downloads(1), release2: await downloads(2), current: await downloads(null) };

		for (const format of FORMATS) {
			expect(after.release1[format].body).toBe(before.release1[format].body);
			expect(after.release1[format].etag).toBe(before.release1[format].etag);
			expect(after.release2[format].body).toBe(before.release2[format].body);
			expect(after.current[format].etag).not.toBe(before.current[format].etag);
		}
		const current = await loadCurrentGlossary(db, SITE);
		expect(current.concepts.find((concept) => concept.conceptId === cybersecurity.conceptId)).toMatchObject({
			version: 2,
			firstRelease: null,
			text: { en: { definition: 'An amended definition adopted after release 2.' } }
		});
		expect(current.meta.scope).toEqual({ kind: 'current', asOf: '2026-02-01T10:00:00.000Z' });
		expect(after.current.tbx.fileName).toBe('cbm9-consensus-glossary-2026-02-01.tbx');
		expect(readGlossaryTbx(after.current.tbx.body).concepts).toEqual(current.concepts);
	});
});

describe('the download routes', () => {
	it('send the current glossary and a release as attachments with a file name, type, cache headers and ETag', async () => {
		const expected: Record<GlossaryDownloadFormat, string> = {
			tbx: 'application/x-tbx+xml; charset=utf-8',
			csv: 'text/csv; charset=utf-8',
			json: 'application/json; charset=utf-8'
		};
		for (const format of FORMATS) {
			const release = await releaseRoute(
				routeEvent(`/glossary/releases/1/download/${format}`, { number: '1', format })
			);
			expect(release.status).toBe(200);
			expect(release.headers.get('Content-Type')).toBe(expected[format]);
			expect(release.headers.get('Content-Disposition')).toBe(
				`attachment; filename="cbm9-consensus-glossary-release-1.${format}"`
			);
			expect(release.headers.get('Cache-Control')).toBe('public, max-age=300');
			expect(release.headers.get('ETag')).toMatch(/^"[\w-]{43}"$/);
			// The bytes as sent (Response.text() would drop the CSV's byte order mark).
			expect(Buffer.from(await release.arrayBuffer()).toString('utf8')).toBe(
				(await downloadGlossary(db, { release: 1, format, siteUrl: SITE })).body
			);

			const current = await currentRoute(routeEvent(`/glossary/download/${format}`, { format }));
			expect(current.headers.get('Content-Disposition')).toBe(
				`attachment; filename="cbm9-consensus-glossary-2026-02-01.${format}"`
			);
		}
	});

	it('answer 304 Not Modified to a client that already has the file', async () => {
		const first = await releaseRoute(routeEvent('/glossary/releases/2/download/tbx', { number: '2', format: 'tbx' }));
		const etag = first.headers.get('ETag')!;
		const again = await releaseRoute(
			routeEvent('/glossary/releases/2/download/tbx', { number: '2', format: 'tbx' }, { 'If-None-Match': `W/${etag}` })
		);
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		expect(again.headers.get('ETag')).toBe(etag);
		const other = glossaryDownloadResponse(
			await downloadGlossary(db, { release: 2, format: 'tbx', siteUrl: SITE }),
			'"something-else"'
		);
		expect(other.status).toBe(200);
	});

	it('answer 404 with a clear message for an unknown release or format', async () => {
		expect(
			await httpErrorOf(() =>
				releaseRoute(routeEvent('/glossary/releases/9/download/tbx', { number: '9', format: 'tbx' }))
			)
		).toEqual({
			status: 404,
			message: 'There is no release 9 of the consensus glossary.'
		});
		const unknownFormat = {
			status: 404,
			message:
				'The consensus glossary can be downloaded as TBX (…/download/tbx), CSV (…/download/csv) or JSON (…/download/json).'
		};
		expect(
			await httpErrorOf(() =>
				releaseRoute(routeEvent('/glossary/releases/1/download/xlsx', { number: '1', format: 'xlsx' }))
			)
		).toEqual(unknownFormat);
		expect(await httpErrorOf(() => currentRoute(routeEvent('/glossary/download/pdf', { format: 'pdf' })))).toEqual(
			unknownFormat
		);
		await expect(downloadGlossary(db, { release: 9, format: 'json', siteUrl: SITE })).rejects.toBeInstanceOf(
			NotFoundError
		);
	});
});
