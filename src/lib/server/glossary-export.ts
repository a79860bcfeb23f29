// Downloads of the consensus glossary: the current text (the latest adopted version of every agreed
// or deprecated concept) or a release (exactly the versions the release holds, even where newer ones
// were adopted since), as TBX-Basic, CSV or JSON. The glossary is public, so anyone may download it.
// A download depends only on what is stored, never on the time of the request, so the same data
// always gives the same bytes and the same ETag.
import type { Db } from './db/connection';
import { hasDemoData } from './demo-data';
import { latestAdoptedVersions, readConceptTexts, type AdoptedVersionRow } from './concepts/texts';
import { matchesIfNoneMatch, strongEtag } from './http-cache';
import { absoluteUrl, conceptPath } from './notifications/links';
import { interpretiveStatementsOf } from './proposals/adoption';
import { getRelease } from './releases/read';
import {
	citeConcept,
	citeGlossary,
	glossaryCsv,
	glossaryFileName,
	glossaryJson,
	writeGlossaryTbx,
	type GlossaryConcept,
	type GlossaryExportMeta
} from '../domain/glossary-export';

export const GLOSSARY_DOWNLOAD_FORMATS = ['tbx', 'csv', 'json'] as const;
export type GlossaryDownloadFormat = (typeof GLOSSARY_DOWNLOAD_FORMATS)[number];

export function isGlossaryDownloadFormat(value: string): value is GlossaryDownloadFormat {
	return (GLOSSARY_DOWNLOAD_FORMATS as readonly string[]).includes(value);
}

export const UNKNOWN_FORMAT_MESSAGE =
	'The consensus glossary can be downloaded as TBX (…/download/tbx), CSV (…/download/csv) or JSON (…/download/json).';

// The wording of reuse is for the OSCE Secretariat to settle; this line says only what is certain.
export const GLOSSARY_TERMS_OF_USE =
	'The consensus glossary of the OSCE participating States under confidence-building measure 9 (PC.DEC/1106). ' +
	'Cite it as given in this file. It does not replace the national definitions of the participating States or the texts of their legal acts.';

export interface GlossaryExport {
	concepts: GlossaryConcept[];
	meta: GlossaryExportMeta;
}

export interface GlossaryDownload {
	fileName: string;
	contentType: string;
	body: string;
	/** A strong validator: the same bytes always give the same ETag. */
	etag: string;
}

/** The glossary as it stands: the latest version of every agreed or deprecated concept. */
export async function loadCurrentGlossary(db: Db, siteUrl: string): Promise<GlossaryExport> {
	const concepts = await conceptsAt(db, await latestAdoptedVersions(db), siteUrl);
	// "As of" the newest adoption rather than the request time, so the file only changes with the glossary.
	const asOf = concepts.reduce<string | null>(
		(newest, concept) =>
			newest === null || Date.parse(concept.adoptedAt) > Date.parse(newest) ? concept.adoptedAt : newest,
		null
	);
	const scope = { kind: 'current', asOf } as const;
	const url = absoluteUrl(siteUrl, '/glossary');
	return { concepts, meta: await meta(db, scope, url, citeGlossary(scope, url)) };
}

/** Release `number` exactly as published. Throws NotFoundError for a release that does not exist. */
export async function loadReleaseGlossary(db: Db, number: number, siteUrl: string): Promise<GlossaryExport> {
	const release = await getRelease(db, number, siteUrl);
	const versions = await db
		.selectFrom('glossaryReleaseConcept')
		.innerJoin('glossaryRelease', 'glossaryRelease.id', 'glossaryReleaseConcept.releaseId')
		.innerJoin('conceptVersion', 'conceptVersion.id', 'glossaryReleaseConcept.conceptVersionId')
		.select([
			'conceptVersion.id',
			'conceptVersion.conceptId',
			'conceptVersion.number',
			'conceptVersion.status',
			'conceptVersion.adoptedAt'
		])
		.where('glossaryRelease.number', '=', number)
		.execute();
	const scope = {
		kind: 'release',
		number: release.number,
		title: release.title,
		releasedAt: release.releasedAt,
		notes: release.notes
	} as const;
	return {
		concepts: await conceptsAt(db, versions, siteUrl),
		meta: await meta(db, scope, release.url, release.citeAs)
	};
}

async function meta(
	db: Db,
	scope: GlossaryExportMeta['scope'],
	url: string,
	citeAs: string
): Promise<GlossaryExportMeta> {
	return { scope, url, citeAs, termsOfUse: GLOSSARY_TERMS_OF_USE, demonstration: await hasDemoData(db) };
}

/** The given concept versions with their texts, first release and interpretive statements, by concept id. */
async function conceptsAt(db: Db, versions: readonly AdoptedVersionRow[], siteUrl: string): Promise<GlossaryConcept[]> {
	const versionIds = versions.map((version) => version.id);
	const [texts, firstReleases] = await Promise.all([readConceptTexts(db, versionIds), firstReleasesOf(db, versionIds)]);
	const concepts: GlossaryConcept[] = [];
	for (const version of [...versions].sort((a, b) => a.conceptId - b.conceptId)) {
		const text = texts.get(version.id) ?? {};
		const url = absoluteUrl(siteUrl, `${conceptPath(version.conceptId)}?version=${version.number}`);
		const statements = await interpretiveStatementsOf(db, version.id);
		concepts.push({
			conceptId: version.conceptId,
			version: version.number,
			status: version.status,
			adoptedAt: version.adoptedAt,
			firstRelease: firstReleases.get(version.id) ?? null,
			url,
			citeAs: citeConcept({ text, version: version.number, adoptedAt: version.adoptedAt, url }),
			text,
			interpretiveStatements: statements.map(({ stateCode, stateName, statement }) => ({
				stateCode,
				stateName,
				statement
			}))
		});
	}
	return concepts;
}

/** The number of the first release that holds each version. */
async function firstReleasesOf(db: Db, versionIds: readonly number[]): Promise<Map<number, number>> {
	if (versionIds.length === 0) return new Map();
	const rows = await db
		.selectFrom('glossaryReleaseConcept')
		.innerJoin('glossaryRelease', 'glossaryRelease.id', 'glossaryReleaseConcept.releaseId')
		.select([
			'glossaryReleaseConcept.conceptVersionId',
			(eb) => eb.fn.min<number>('glossaryRelease.number').as('number')
		])
		.where('glossaryReleaseConcept.conceptVersionId', 'in', [...versionIds])
		.groupBy('glossaryReleaseConcept.conceptVersionId')
		.execute();
	return new Map(rows.map((row) => [row.conceptVersionId, row.number]));
}

const CONTENT_TYPES: Record<GlossaryDownloadFormat, string> = {
	tbx: 'application/x-tbx+xml; charset=utf-8',
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8'
};

export function renderGlossaryDownload(
	{ concepts, meta }: GlossaryExport,
	format: GlossaryDownloadFormat
): GlossaryDownload {
	const body =
		format === 'tbx'
			? writeGlossaryTbx(concepts, meta)
			: format === 'csv'
				? glossaryCsv(concepts)
				: glossaryJson(concepts, meta);
	return {
		fileName: glossaryFileName(meta.scope, format),
		contentType: CONTENT_TYPES[format],
		body,
		etag: strongEtag(body)
	};
}

/** The current glossary (`release` null) or a release, in `format`. Throws NotFoundError for an unknown release. */
export async function downloadGlossary(
	db: Db,
	request: { release: number | null; format: GlossaryDownloadFormat; siteUrl: string }
): Promise<GlossaryDownload> {
	const exported =
		request.release === null
			? await loadCurrentGlossary(db, request.siteUrl)
			: await loadReleaseGlossary(db, request.release, request.siteUrl);
	return renderGlossaryDownload(exported, request.format);
}

/**
 * The HTTP answer: an attachment any cache may keep for five minutes, or 304 Not Modified when the
 * client already holds these bytes (If-None-Match, compared weakly as RFC 9110 asks).
 */
export function glossaryDownloadResponse(download: GlossaryDownload, ifNoneMatch: string | null): Response {
	const headers = {
		'Cache-Control': 'public, max-age=300',
		ETag: download.etag
	};
	if (matchesIfNoneMatch(ifNoneMatch, download.etag)) return new Response(null, { status: 304, headers });
	return new Response(download.body, {
		headers: {
			...headers,
			'Content-Type': download.contentType,
			'Content-Disposition': `attachment; filename="${download.fileName}"`
		}
	});
}
