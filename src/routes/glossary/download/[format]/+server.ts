// /glossary/download/tbx, /csv, /json: the consensus glossary as it stands now.
import { error } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import {
	downloadGlossary,
	glossaryDownloadResponse,
	isGlossaryDownloadFormat,
	UNKNOWN_FORMAT_MESSAGE
} from '$lib/server/glossary-export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, request }) => {
	const format = params.format.toLowerCase();
	if (!isGlossaryDownloadFormat(format)) error(404, UNKNOWN_FORMAT_MESSAGE);
	const download = await downloadGlossary(getServices().db, { release: null, format, siteUrl: url.origin });
	return glossaryDownloadResponse(download, request.headers.get('If-None-Match'));
};
