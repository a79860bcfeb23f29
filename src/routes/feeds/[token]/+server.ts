import { error } from '@sveltejs/kit';
import { getServices } from '$lib/server/app';
import { userFeedXml } from '$lib/server/notifications/feed';
import type { RequestHandler } from './$types';

// A user's notifications for feed readers, which cannot sign in: the secret token in the address is the key.
export const GET: RequestHandler = async ({ params, url }) => {
	const xml = await userFeedXml(getServices().db, params.token, url.origin, url.pathname);
	if (xml === null)
		error(404, 'There is no feed at this address. It may have been replaced by a newer one: see your inbox.');
	return new Response(xml, {
		headers: {
			'Content-Type': 'application/atom+xml; charset=utf-8',
			// Personal: no shared cache may keep it, no search engine may list it.
			'Cache-Control': 'private, no-store',
			'X-Robots-Tag': 'noindex'
		}
	});
};
