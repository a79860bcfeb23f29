// Absolute addresses in API answers, built from the origin the request came to, so they work behind
// whatever host name (or ORIGIN) the site is served under.
import { absoluteUrl, conceptPath, releasePath } from '../notifications/links';
import { GLOSSARY_DOWNLOAD_FORMATS, type GlossaryDownloadFormat } from '../glossary-export';

export const API_BASE_PATH = '/api/v1';

export function apiUrl(origin: string, path: string, params?: URLSearchParams): string {
	const query = params?.toString();
	return absoluteUrl(origin, `${API_BASE_PATH}${path}${query ? `?${query}` : ''}`);
}

export function conceptApiUrl(origin: string, conceptId: number, version?: number): string {
	return apiUrl(
		origin,
		`/concepts/${conceptId}`,
		version === undefined ? undefined : new URLSearchParams({ version: String(version) })
	);
}

export function releaseApiUrl(origin: string, releaseNumber: number): string {
	return apiUrl(origin, `/releases/${releaseNumber}`);
}

/** The concept's page on the site; with a version, the stable address of that version's text. */
export function conceptPageUrl(origin: string, conceptId: number, version?: number): string {
	return absoluteUrl(origin, `${conceptPath(conceptId)}${version === undefined ? '' : `?version=${version}`}`);
}

export function releasePageUrl(origin: string, releaseNumber: number): string {
	return absoluteUrl(origin, releasePath(releaseNumber));
}

/** The release as a file in each download format (TBX-Basic, CSV, JSON). */
export function releaseDownloadUrls(origin: string, releaseNumber: number): Record<GlossaryDownloadFormat, string> {
	return Object.fromEntries(
		GLOSSARY_DOWNLOAD_FORMATS.map((format) => [
			format,
			absoluteUrl(origin, `${releasePath(releaseNumber)}/download/${format}`)
		])
	) as Record<GlossaryDownloadFormat, string>;
}

export function nationalEntryPageUrl(origin: string, stateCode: string, cycleYear: number, entryId: number): string {
	return absoluteUrl(origin, `/national-lists/${stateCode}/${cycleYear}#entry-${entryId}`);
}

export interface PageLinks {
	self: string;
	first: string;
	last: string;
	prev: string | null;
	next: string | null;
}

/** Links to the neighbouring pages of a listing, keeping the other parameters as they were given. */
export function pageLinks(
	origin: string,
	path: string,
	params: URLSearchParams,
	page: number,
	totalPages: number
): PageLinks {
	const at = (number: number): string => {
		const copy = new URLSearchParams(params);
		if (number === 1) copy.delete('page');
		else copy.set('page', String(number));
		return apiUrl(origin, path, copy);
	};
	const last = Math.max(1, totalPages);
	return {
		self: at(page),
		first: at(1),
		last: at(last),
		prev: page > 1 ? at(Math.min(page - 1, last)) : null,
		next: page < last ? at(page + 1) : null
	};
}

export function totalPages(total: number, perPage: number): number {
	return Math.ceil(total / perPage);
}
