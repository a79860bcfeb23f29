import { getServices } from '$lib/server/app';
import { publicFeedXml } from '$lib/server/notifications/feed';
import type { RequestHandler } from './$types';

// Adoptions by the working group and releases of the consensus glossary, public by nature.
export const GET: RequestHandler = async ({ url }) => {
	const xml = await publicFeedXml(getServices().db, url.origin, url.pathname);
	return new Response(xml, {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' }
	});
};
