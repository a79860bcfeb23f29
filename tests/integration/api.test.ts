// The public JSON API's reads against the demonstration data: what the open-data user gets (public
// content only, whoever asks), exact totals across pages, and the errors that name what is wrong.
import { describe, expect, it } from 'vitest';
import { getApiConcept, listApiConcepts } from '../../src/lib/server/api/concepts';
import { getApiRelease, listApiReleases } from '../../src/lib/server/api/releases';
import { listApiNationalEntries, type ApiNationalEntry } from '../../src/lib/server/api/national-entries';
import {
	ApiParameterError,
	parseConceptListQuery,
	parseConceptQuery,
	parseNationalEntryQuery,
	parseNoParameters,
	type NationalEntryQuery
} from '../../src/lib/server/api/parameters';
import { TokenBucketRateLimiter } from '../../src/lib/server/api/rate-limit';
import { apiJson, tooManyRequests } from '../../src/lib/server/api/responses';
import { answerJson } from '../../src/lib/server/api/endpoint';
import { getConceptPage } from '../../src/lib/server/glossary';
import { openProposal, startSilence, statePosition } from '../../src/lib/server/proposals/workflow';
import { evaluateDueDeadlines } from '../../src/lib/server/proposals/deadlines';
import { NotFoundError } from '../../src/lib/domain/errors';
import { languageTextFromTerms, type ConceptText } from '../../src/lib/domain/concept-text';
import type { Db } from '../../src/lib/server/db/connection';
import { createTestDatabase } from '../helpers/database';
import { givenAccount } from '../helpers/actors';
import { clock, DAY } from '../helpers/consensus';

const ORIGIN = 'https://glossary.example.org';
const { db } = await createTestDatabase({ demoData: true });
const readerPl = await givenAccount(db, { stateCode: 'PL' });

async function conceptId(database: Db, label: string): Promise<number> {
	return (await database.selectFrom('concept').select('id').where('label', '=', label).executeTakeFirstOrThrow()).id;
}

function parameterError(parse: () => unknown): ApiParameterError {
	try {
		parse();
	} catch (caught) {
		if (caught instanceof ApiParameterError) return caught;
		throw caught;
	}
	throw new Error('The parameters were accepted');
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
	return promise.then(
		() => {
			throw new Error('The read succeeded');
		},
		(caught: Error) => caught
	);
}

function entriesQuery(params: string): NationalEntryQuery {
	return parseNationalEntryQuery(new URLSearchParams(params));
}

/** Every entry of a listing, page after page, as a client following the next links would. */
async function allPages(params: string, perPage: number): Promise<{ ids: number[]; totals: number[]; pages: number }> {
	const ids: number[] = [];
	const totals: number[] = [];
	let page = 1;
	for (;;) {
		const result = await listApiNationalEntries(db, entriesQuery(`${params}&perPage=${perPage}&page=${page}`), ORIGIN);
		ids.push(...result.items.map((item) => item.id));
		totals.push(result.total);
		if (result.links.next === null) return { ids, totals, pages: result.totalPages };
		expect(result.links.next).toContain(`page=${page + 1}`);
		page += 1;
	}
}

describe('GET /api/v1/concepts', () => {
	it('lists the agreed concepts A–Z by English headword, with their text in all six languages and absolute links', async () => {
		const list = await listApiConcepts(db, parseConceptListQuery(new URLSearchParams()), ORIGIN);
		expect(list).toMatchObject({ page: 1, perPage: 20, total: 3, totalPages: 1 });
		expect(list.items.map((item) => item.headword.term)).toEqual(['cyber incident', 'cybersecurity', 'vulnerability']);
		const cybersecurity = list.items[1]!;
		expect(cybersecurity).toMatchObject({ status: 'agreed', version: 1, adoptedAt: '2025-06-16T15:00:00.000Z' });
		expect(cybersecurity.texts.en?.terms.map((term) => [term.term, term.administrativeStatus])).toEqual([
			['cybersecurity', 'preferred'],
			['cyber security', 'admitted']
		]);
		expect(cybersecurity.texts.ru?.terms[0]?.term).toBe('кибербезопасность');
		expect(Object.keys(cybersecurity.texts)).toEqual(['en', 'fr', 'de', 'it', 'ru', 'es']);
		expect(cybersecurity.links).toEqual({
			self: `${ORIGIN}/api/v1/concepts/${cybersecurity.id}`,
			html: `${ORIGIN}/glossary/${cybersecurity.id}`
		});
		expect(list.links).toEqual({
			self: `${ORIGIN}/api/v1/concepts`,
			first: `${ORIGIN}/api/v1/concepts`,
			last: `${ORIGIN}/api/v1/concepts`,
			prev: null,
			next: null
		});
	});

	it('orders and heads the list in the requested language', async () => {
		const list = await listApiConcepts(db, parseConceptListQuery(new URLSearchParams('language=ru')), ORIGIN);
		expect(list.items.map((item) => item.headword)).toEqual([
			{ language: 'ru', term: 'кибербезопасность', translationPending: false },
			{ language: 'ru', term: 'киберинцидент', translationPending: false },
			{ language: 'ru', term: 'уязвимость', translationPending: false }
		]);
	});

	it('pages with exact totals, keeping the other parameters in the links', async () => {
		const first = await listApiConcepts(
			db,
			parseConceptListQuery(new URLSearchParams('perPage=2&language=de')),
			ORIGIN
		);
		expect(first).toMatchObject({ page: 1, perPage: 2, total: 3, totalPages: 2 });
		expect(first.items).toHaveLength(2);
		expect(first.links.next).toBe(`${ORIGIN}/api/v1/concepts?language=de&perPage=2&page=2`);
		const second = await listApiConcepts(
			db,
			parseConceptListQuery(new URLSearchParams('perPage=2&language=de&page=2')),
			ORIGIN
		);
		expect(second).toMatchObject({ page: 2, total: 3, totalPages: 2 });
		expect(second.items).toHaveLength(1);
		expect(second.links).toMatchObject({ prev: `${ORIGIN}/api/v1/concepts?language=de&perPage=2`, next: null });
		expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(3);
		const beyond = await listApiConcepts(db, parseConceptListQuery(new URLSearchParams('perPage=2&page=9')), ORIGIN);
		expect(beyond).toMatchObject({ items: [], total: 3, totalPages: 2 });
	});

	it('refuses parameters it does not know or cannot read, naming them', () => {
		const misspelt = parameterError(() => parseConceptListQuery(new URLSearchParams('langauge=fr')));
		expect(misspelt.parameter).toBe('langauge');
		expect(misspelt.message).toBe(
			'Unknown parameter "langauge". This endpoint takes: status, language, page, perPage.'
		);
		expect(parameterError(() => parseConceptListQuery(new URLSearchParams('language=pl'))).message).toBe(
			'The parameter "language" must be one of the OSCE languages en, fr, de, it, ru, es, not "pl".'
		);
		expect(parameterError(() => parseConceptListQuery(new URLSearchParams('status=candidate'))).message).toBe(
			'The parameter "status" must be one of agreed, deprecated, all, not "candidate".'
		);
		expect(parameterError(() => parseConceptListQuery(new URLSearchParams('perPage=0'))).message).toBe(
			'The parameter "perPage" must be a number of items per page from 1 to 100, not "0".'
		);
		expect(parameterError(() => parseConceptListQuery(new URLSearchParams('perPage=101'))).parameter).toBe('perPage');
		expect(parameterError(() => parseConceptListQuery(new URLSearchParams('page=1.5'))).parameter).toBe('page');
		expect(parameterError(() => parseConceptListQuery(new URLSearchParams('page=1&page=2'))).message).toBe(
			'Give the parameter "page" only once.'
		);
		expect(parameterError(() => parseConceptQuery(new URLSearchParams('version=first'))).message).toBe(
			'The parameter "version" must be a version number (1, 2, …), not "first".'
		);
		expect(parameterError(() => parseNoParameters(new URLSearchParams('page=2'))).message).toBe(
			'Unknown parameter "page". This endpoint takes no parameters.'
		);
	});
});

describe('GET /api/v1/concepts/{id}', () => {
	it('gives the concept with its history, release, citation and only the public national entries, even for a signed-in reader', async () => {
		const id = await conceptId(db, 'cybersecurity');
		const concept = await getApiConcept(db, id, parseConceptQuery(new URLSearchParams()), ORIGIN);
		expect(concept).toMatchObject({
			id,
			status: 'agreed',
			version: 1,
			currentVersion: 1,
			pendingLanguages: [],
			interpretiveStatements: []
		});
		expect(concept.versions).toEqual([
			{
				number: 1,
				status: 'agreed',
				adoptedAt: '2025-06-16T15:00:00.000Z',
				releaseNumber: 1,
				links: { self: `${ORIGIN}/api/v1/concepts/${id}?version=1`, html: `${ORIGIN}/glossary/${id}?version=1` }
			}
		]);
		expect(concept.firstRelease).toMatchObject({
			number: 1,
			title: 'Consensus glossary, release 1 (demonstration)',
			links: { self: `${ORIGIN}/api/v1/releases/1` }
		});
		expect(concept.url).toBe(`${ORIGIN}/glossary/${id}?version=1`);
		expect(concept.citeAs).toBe(
			`OSCE CBM 9 consensus glossary, “cybersecurity”, version 1 (16 June 2025). ${ORIGIN}/glossary/${id}?version=1`
		);
		expect(concept.texts.fr).toMatchObject({ terms: [{ term: 'cybersécurité', administrativeStatus: 'preferred' }] });

		const states = concept.nationalEntries.map((entry) => entry.stateCode).sort();
		expect(states).toEqual(['DE', 'FR', 'GB']);
		// The same concept read as a signed-in reader of a participating State shows the restricted lists too:
		// the API must not, since it answers everyone alike.
		const signedInView = await getConceptPage(db, readerPl, id);
		expect(signedInView.linkedEntries.map((entry) => entry.stateCode)).toEqual(expect.arrayContaining(['PL', 'KZ']));
		expect(JSON.stringify(concept)).not.toMatch(/"stateCode":"(PL|KZ)"/);
	});

	it('answers 404 for unknown ids, candidate concepts and versions that do not exist', async () => {
		const unknown = await rejection(getApiConcept(db, 999_999, { version: undefined }, ORIGIN));
		expect(unknown).toBeInstanceOf(NotFoundError);
		expect(unknown.message).toBe('There is no such concept in the consensus glossary.');
		// "cyberspace" is only a candidate: under discussion, not part of the glossary.
		expect(
			await rejection(getApiConcept(db, await conceptId(db, 'cyberspace'), { version: undefined }, ORIGIN))
		).toBeInstanceOf(NotFoundError);
		const version = await rejection(getApiConcept(db, await conceptId(db, 'vulnerability'), { version: 4 }, ORIGIN));
		expect(version).toBeInstanceOf(NotFoundError);
		expect(version.message).toBe('Version 4 of this concept does not exist.');
	});
});

describe('GET /api/v1/releases', () => {
	it('lists the releases and gives one with its concepts, changelog and citation', async () => {
		const list = await listApiReleases(db, ORIGIN);
		expect(list).toEqual({
			items: [
				{
					number: 1,
					title: 'Consensus glossary, release 1 (demonstration)',
					releasedAt: '2025-07-01T09:00:00.000Z',
					counts: { added: 3, amended: 0, deprecated: 0, unchanged: 0 },
					links: { self: `${ORIGIN}/api/v1/releases/1`, html: `${ORIGIN}/glossary/releases/1` }
				}
			],
			total: 1
		});
		const release = await getApiRelease(db, 1, ORIGIN);
		expect(release.citeAs).toBe(
			`OSCE CBM 9 consensus glossary, release 1 (1 July 2025). ${ORIGIN}/glossary/releases/1`
		);
		expect(release.downloads).toEqual({
			tbx: `${ORIGIN}/glossary/releases/1/download/tbx`,
			csv: `${ORIGIN}/glossary/releases/1/download/csv`,
			json: `${ORIGIN}/glossary/releases/1/download/json`
		});
		expect(release.concepts.map((concept) => concept.term)).toEqual([
			'cyber incident',
			'cybersecurity',
			'vulnerability'
		]);
		expect(release.changelog.added.map((concept) => concept.id)).toEqual(release.concepts.map((concept) => concept.id));
		expect(release.changelog).toMatchObject({ amended: [], deprecated: [] });
		expect(release.concepts[0]).toMatchObject({ change: 'added', status: 'agreed', version: 1, previousVersion: null });

		const missing = await rejection(getApiRelease(db, 2, ORIGIN));
		expect(missing).toBeInstanceOf(NotFoundError);
		expect(missing.message).toBe('There is no release 2 of the consensus glossary.');
	});
});

describe('GET /api/v1/national-entries', () => {
	it('lists the 17 entries of the current public lists, never the restricted lists of Poland and Kazakhstan', async () => {
		const everything = await listApiNationalEntries(db, entriesQuery('perPage=100'), ORIGIN);
		expect(everything.total).toBe(17);
		expect(everything.items).toHaveLength(17);
		expect(new Set(everything.items.map((item) => item.stateCode))).toEqual(new Set(['DE', 'FR', 'CH', 'GB']));
		expect((await listApiNationalEntries(db, entriesQuery('state=pl'), ORIGIN)).total).toBe(0);
		expect((await listApiNationalEntries(db, entriesQuery('state=KZ&cycle=2025'), ORIGIN)).total).toBe(0);
	});

	it('reads every entry once across pages, with the same exact total on each page', async () => {
		const paged = await allPages('', 5);
		expect(paged.pages).toBe(4);
		expect(paged.totals).toEqual([17, 17, 17, 17]);
		expect(paged.ids).toHaveLength(17);
		expect(new Set(paged.ids).size).toBe(17);
	});

	it('filters by State, cycle and language, reading each list at its current revision', async () => {
		const germany2025 = await listApiNationalEntries(db, entriesQuery('state=de&cycle=2025'), ORIGIN);
		expect(germany2025.total).toBe(5);
		expect(
			germany2025.items.every((item) => item.stateCode === 'DE' && item.cycle === 2025 && item.revision === 2)
		).toBe(true);
		expect(germany2025.links.self).toBe(`${ORIGIN}/api/v1/national-entries?state=DE&cycle=2025`);
		expect((await listApiNationalEntries(db, entriesQuery('state=DE'), ORIGIN)).total).toBe(8);
		expect((await listApiNationalEntries(db, entriesQuery('cycle=2024'), ORIGIN)).total).toBe(3);

		// The language filter agrees with the language versions the entries actually have ("fr" also finds "fr-CH").
		const all = (await listApiNationalEntries(db, entriesQuery('perPage=100'), ORIGIN)).items;
		const hasFrench = (item: ApiNationalEntry) =>
			item.languageVersions.some((version) => /^fr(-|$)/i.test(version.language));
		const french = await listApiNationalEntries(db, entriesQuery('language=fr&perPage=100'), ORIGIN);
		expect(french.items.map((item) => item.id).sort()).toEqual(
			all
				.filter(hasFrench)
				.map((item) => item.id)
				.sort()
		);
		expect(new Set(french.items.map((item) => item.stateCode))).toEqual(new Set(['FR', 'CH']));
	});

	it('gives each entry its language versions with their status, its source, and its links to agreed concepts only', async () => {
		const items = (await listApiNationalEntries(db, entriesQuery('state=DE&cycle=2025'), ORIGIN)).items;
		const cybersicherheit = items.find((item) => item.languageVersions[0]?.term === 'Cybersicherheit')!;
		expect(
			cybersicherheit.languageVersions.map((version) => [version.language, version.isOriginal, version.textStatus])
		).toEqual([
			['de', true, 'authentic'],
			['en', false, 'courtesy_translation']
		]);
		expect(cybersicherheit.translationPending).toBe(false);
		// The demonstration entries quote no act, and say so in their note.
		expect(cybersicherheit.source).toEqual({ act: null, article: null, date: null, url: null });
		expect(cybersicherheit.note).toContain('Demonstration text');
		expect(cybersicherheit.concepts).toEqual([
			{
				id: await conceptId(db, 'cybersecurity'),
				equivalence: 'equivalent',
				links: {
					self: `${ORIGIN}/api/v1/concepts/${await conceptId(db, 'cybersecurity')}`,
					html: `${ORIGIN}/glossary/${await conceptId(db, 'cybersecurity')}`
				}
			}
		]);
		expect(cybersicherheit.links.html).toBe(`${ORIGIN}/national-lists/DE/2025#entry-${cybersicherheit.id}`);
		// "Cyberraum" is linked only to the candidate concept "cyberspace", which is not public.
		const cyberraum = items.find((item) => item.languageVersions[0]?.term === 'Cyberraum')!;
		expect(cyberraum.concepts).toEqual([]);
	});

	it('refuses malformed filters, naming them', () => {
		expect(parameterError(() => entriesQuery('state=DEU')).message).toBe(
			'The parameter "state" must be a two-letter ISO 3166-1 code such as DE, not "DEU".'
		);
		expect(parameterError(() => entriesQuery('cycle=1999')).message).toBe(
			'The parameter "cycle" must be an exchange cycle (a year from 2013 to 2200), not "1999".'
		);
		expect(parameterError(() => entriesQuery('language=fr_FR')).message).toBe(
			'The parameter "language" must be a language tag such as de, fr or sr-Latn, not "fr_FR".'
		);
	});
});

describe('a concept that was amended with a reservation, and another that was deprecated', async () => {
	const { db: history } = await createTestDatabase({ demoData: true });
	const secretariat = await givenAccount(history, { isAdministrator: true });
	const delegateFr = await givenAccount(history, { isDelegate: true, stateCode: 'FR' });
	const delegatePl = await givenAccount(history, { isDelegate: true, stateCode: 'PL' });
	const at = clock('2026-02-02T08:00:00.000Z');
	const vulnerability = await conceptId(history, 'vulnerability');
	const cybersecurity = await conceptId(history, 'cybersecurity');

	async function adopt(
		kind: 'amendment' | 'deprecation',
		concept: number,
		text: ConceptText,
		start: number,
		reservation?: string
	): Promise<void> {
		const { proposalId } = await openProposal(
			history,
			delegateFr,
			{ kind, conceptId: concept, title: `${kind} ${concept}`, text, rationale: null, citedEntryIds: [] },
			at(start)
		);
		if (reservation)
			await statePosition(
				history,
				delegatePl,
				proposalId,
				{ stateCode: 'PL', revision: 1, stance: 'reservation', statement: reservation },
				at(start + 1)
			);
		const deadline = at(start + DAY);
		await startSilence(
			history,
			secretariat,
			proposalId,
			{
				revision: 1,
				deadlineDate: deadline.toISOString().slice(0, 10),
				deadlineTime: deadline.toISOString().slice(11, 16),
				timeZone: 'UTC'
			},
			at(start + 2)
		);
		expect((await evaluateDueDeadlines(history, at(start + DAY + 1))).adopted).toEqual([proposalId]);
	}

	const amended = {
		en: languageTextFromTerms(['vulnerability', 'security weakness'], 'A weakness that a threat could exploit.')
	};
	await adopt('amendment', vulnerability, amended, 0, 'Poland reads "threat" as including unintentional events.');
	await adopt(
		'deprecation',
		cybersecurity,
		{
			en: {
				...languageTextFromTerms(['cybersecurity'], 'Deprecated in favour of a narrower concept.'),
				terms: [{ term: 'cybersecurity', administrativeStatus: 'deprecated', termType: null, partOfSpeech: null }]
			}
		},
		3 * DAY
	);

	it('shows the new version with its interpretive statement and pending languages, and the earlier one on request', async () => {
		const current = await getApiConcept(history, vulnerability, { version: undefined }, ORIGIN);
		expect(current).toMatchObject({ version: 2, currentVersion: 2, pendingLanguages: ['fr', 'de', 'it', 'ru', 'es'] });
		expect(current.texts.fr).toBeNull();
		expect(current.texts.en?.terms.map((term) => term.term)).toEqual(['vulnerability', 'security weakness']);
		expect(current.interpretiveStatements).toEqual([
			{
				stateCode: 'PL',
				stateName: 'Poland',
				statement: 'Poland reads "threat" as including unintentional events.',
				statedAt: at(1).toISOString()
			}
		]);
		expect(current.versions.map((version) => [version.number, version.releaseNumber])).toEqual([
			[1, 1],
			[2, null]
		]);
		expect(current.citeAs).toContain(`version 2 (3 February 2026). ${ORIGIN}/glossary/${vulnerability}?version=2`);

		const earlier = await getApiConcept(history, vulnerability, { version: 1 }, ORIGIN);
		expect(earlier).toMatchObject({ version: 1, currentVersion: 2, interpretiveStatements: [], pendingLanguages: [] });
		expect(earlier.texts.fr?.terms[0]?.term).toBe('vulnérabilité');
		expect(earlier.links.self).toBe(`${ORIGIN}/api/v1/concepts/${vulnerability}?version=1`);
	});

	it('heads a concept in English while its translation is pending, and lists deprecated concepts only on request', async () => {
		const french = await listApiConcepts(history, parseConceptListQuery(new URLSearchParams('language=fr')), ORIGIN);
		expect(french.total).toBe(2);
		expect(french.items.find((item) => item.id === vulnerability)?.headword).toEqual({
			language: 'en',
			term: 'vulnerability',
			translationPending: true
		});

		const deprecated = await listApiConcepts(
			history,
			parseConceptListQuery(new URLSearchParams('status=deprecated')),
			ORIGIN
		);
		expect(deprecated.items.map((item) => [item.id, item.status, item.version])).toEqual([
			[cybersecurity, 'deprecated', 2]
		]);
		const all = await listApiConcepts(history, parseConceptListQuery(new URLSearchParams('status=all')), ORIGIN);
		expect(all.total).toBe(3);
		expect(all.links.self).toBe(`${ORIGIN}/api/v1/concepts?status=all`);
	});
});

describe('HTTP behaviour', () => {
	it('gives a strong ETag of the body and answers 304 when the client already has it', async () => {
		const body = { hello: 'world' };
		const first = apiJson(new Request(`${ORIGIN}/api/v1/x`), body);
		const etag = first.headers.get('ETag')!;
		expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
		expect(first.headers.get('Cache-Control')).toBe('public, max-age=300');
		expect(first.headers.get('Access-Control-Allow-Origin')).toBe('*');
		expect(await first.json()).toEqual(body);

		for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
			const again = apiJson(new Request(`${ORIGIN}/api/v1/x`, { headers: { 'If-None-Match': header } }), body);
			expect(again.status, header).toBe(304);
			expect(again.headers.get('ETag')).toBe(etag);
			expect(await again.text()).toBe('');
		}
		const changed = apiJson(new Request(`${ORIGIN}/api/v1/x`, { headers: { 'If-None-Match': etag } }), {
			hello: 'there'
		});
		expect(changed.status).toBe(200);
		expect(changed.headers.get('ETag')).not.toBe(etag);
	});

	it('leaves a timing that changes on every request out of the ETag, but not out of the body', async () => {
		const body = { results: [1, 2] };
		const first = apiJson(new Request(`${ORIGIN}/api/v1/x`), body, { unversioned: { tookMs: 12 } });
		const second = apiJson(new Request(`${ORIGIN}/api/v1/x`), body, { unversioned: { tookMs: 3 } });
		expect(await first.json()).toEqual({ results: [1, 2], tookMs: 12 });
		expect(second.headers.get('ETag')).toBe(first.headers.get('ETag'));
		expect(await apiJson(new Request(`${ORIGIN}/api/v1/x`), {}, { unversioned: { tookMs: 1 } }).json()).toEqual({
			tookMs: 1
		});
	});

	it('answers bad parameters with 400 and unknown things with 404, as JSON errors', async () => {
		const bad = await answerJson(new Request(`${ORIGIN}/api/v1/concepts?perPage=x`), async () =>
			parseConceptListQuery(new URLSearchParams('perPage=x'))
		);
		expect(bad.status).toBe(400);
		expect(await bad.json()).toEqual({
			error: {
				status: 400,
				message: 'The parameter "perPage" must be a number of items per page from 1 to 100, not "x".'
			}
		});
		const missing = await answerJson(new Request(`${ORIGIN}/api/v1/releases/7`), () => getApiRelease(db, 7, ORIGIN));
		expect(missing.status).toBe(404);
		expect(missing.headers.get('Access-Control-Allow-Origin')).toBe('*');
		expect(await missing.json()).toEqual({
			error: { status: 404, message: 'There is no release 7 of the consensus glossary.' }
		});
	});

	it('lets each address make its allowance a minute, then says when to come back', async () => {
		let now = 0;
		const limiter = new TokenBucketRateLimiter(60, () => now);
		for (let request = 0; request < 60; request += 1) expect(limiter.take('192.0.2.1').allowed).toBe(true);
		expect(limiter.take('192.0.2.1')).toEqual({ allowed: false, retryAfterSeconds: 1 });
		expect(limiter.take('192.0.2.2').allowed).toBe(true); // another address has its own allowance
		now += 1_000; // a minute's allowance of 60 comes back at one a second
		expect(limiter.take('192.0.2.1').allowed).toBe(true);
		expect(limiter.take('192.0.2.1').allowed).toBe(false);

		const slow = new TokenBucketRateLimiter(6, () => now);
		for (let request = 0; request < 6; request += 1) slow.take('192.0.2.3');
		expect(slow.take('192.0.2.3')).toEqual({ allowed: false, retryAfterSeconds: 10 });

		const answer = tooManyRequests(300, 3, new Date('2026-03-01T12:00:00.000Z'));
		expect(answer.status).toBe(429);
		expect(answer.headers.get('Retry-After')).toBe('3');
		expect(answer.headers.get('Access-Control-Allow-Origin')).toBe('*');
		expect(await answer.json()).toEqual({
			error: {
				status: 429,
				message:
					'Too many requests: each address may make 300 requests a minute to this API. Try again in 3 seconds (at 2026-03-01T12:00:03Z).',
				retryAfterSeconds: 3
			}
		});
	});
});
