// /glossary/releases/3/download/tbx, /csv, /json: a release exactly as published.
import { error } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import {
	downloadGlossary,
	glossaryDownloadResponse,
	isGlossaryDownloadFormat,
	UNKNOWN_FORMAT_MESSAGE
} from '$lib/server/glossary-export';
import { loadOrThrow } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, request }) => {
	const format = params.format.toLowerCase();
	if (!isGlossaryDownloadFormat(format)) error(404, UNKNOWN_FORMAT_MESSAGE);
	// An unknown release is a NotFoundError, answered 404 with its message.
	const download = await loadOrThrow(() =>
		downloadGlossary(getServices().db, { release: Number(params.number), format, siteUrl: url.origin })
	);
	return glossaryDownloadResponse(download, request.headers.get('If-None-Match'));
};
