// Releases of the consensus glossary for GET /api/v1/releases and /api/v1/releases/{number}. Releases
// are public snapshots; who published one is not part of the open data.
import type { Db } from '../db/connection';
import { getRelease, listReleases, type ReleaseConceptView } from '../releases/read';
import type { ReleaseChange } from '../../domain/consensus';
import { conceptApiUrl, conceptPageUrl, releaseApiUrl, releaseDownloadUrls, releasePageUrl } from './links';
import type { GlossaryDownloadFormat } from '../glossary-export';

type ReleaseCounts = Record<ReleaseChange, number>;

export interface ApiReleaseSummary {
	number: number;
	title: string;
	releasedAt: string;
	counts: ReleaseCounts;
	links: { self: string; html: string };
}

export interface ApiReleaseList {
	items: ApiReleaseSummary[];
	total: number;
}

export interface ApiReleaseConcept {
	id: number;
	/** The English preferred term of the released version. */
	term: string;
	change: ReleaseChange;
	status: 'agreed' | 'deprecated';
	version: number;
	/** The version in the previous release; null when the concept was not in it. */
	previousVersion: number | null;
	links: { self: string; html: string };
}

export interface ApiRelease {
	number: number;
	title: string;
	notes: string | null;
	releasedAt: string;
	counts: ReleaseCounts;
	citeAs: string;
	/** The permanent address of the release. */
	url: string;
	concepts: ApiReleaseConcept[];
	changelog: Record<Exclude<ReleaseChange, 'unchanged'>, ApiReleaseConcept[]>;
	/** The whole release as a file, in each download format. */
	downloads: Record<GlossaryDownloadFormat, string>;
	links: { self: string; html: string };
}

/** Every release, the latest first. */
export async function listApiReleases(db: Db, origin: string): Promise<ApiReleaseList> {
	const releases = await listReleases(db);
	return {
		items: releases.map((release) => ({
			number: release.number,
			title: release.title,
			releasedAt: release.releasedAt,
			counts: release.counts,
			links: { self: releaseApiUrl(origin, release.number), html: releasePageUrl(origin, release.number) }
		})),
		total: releases.length
	};
}

function toApiReleaseConcept(concept: ReleaseConceptView, origin: string): ApiReleaseConcept {
	return {
		id: concept.conceptId,
		term: concept.term,
		change: concept.change,
		status: concept.status,
		version: concept.versionNumber,
		previousVersion: concept.previousVersionNumber,
		links: {
			self: conceptApiUrl(origin, concept.conceptId, concept.versionNumber),
			html: conceptPageUrl(origin, concept.conceptId, concept.versionNumber)
		}
	};
}

/** Release `number` with its concepts and changelog. Throws NotFoundError when there is none. */
export async function getApiRelease(db: Db, number: number, origin: string): Promise<ApiRelease> {
	const release = await getRelease(db, number, origin);
	const concept = (view: ReleaseConceptView) => toApiReleaseConcept(view, origin);
	return {
		number: release.number,
		title: release.title,
		notes: release.notes,
		releasedAt: release.releasedAt,
		counts: release.counts,
		citeAs: release.citeAs,
		url: release.url,
		concepts: release.concepts.map(concept),
		changelog: {
			added: release.changelog.added.map(concept),
			amended: release.changelog.amended.map(concept),
			deprecated: release.changelog.deprecated.map(concept)
		},
		downloads: releaseDownloadUrls(origin, release.number),
		links: { self: releaseApiUrl(origin, release.number), html: releasePageUrl(origin, release.number) }
	};
}
