import { getServices } from '$lib/server/app';
import { publicPages } from '$lib/server/sitemap';
import { sitemapXml } from '$lib/domain/sitemap';
import { localHref } from '$lib/i18n';
import { locales } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
	const xml = sitemapXml(url.origin, await publicPages(getServices().db), locales, (path, locale) =>
		localHref(path, locale as (typeof locales)[number])
	);
	return new Response(xml, {
		headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }
	});
};
