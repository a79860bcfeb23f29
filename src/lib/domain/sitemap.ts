// sitemap.xml (sitemaps.org 0.9) with a language alternate for every page (xhtml:link hreflang),
// so search engines offer each reader the page in their language.

function escapeXml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!
	);
}

export interface SitemapPage {
	path: string;
	lastModified?: string | null;
}

export function sitemapXml(
	origin: string,
	pages: readonly SitemapPage[],
	locales: readonly string[],
	localize: (path: string, locale: string) => string
): string {
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
	];
	for (const page of pages) {
		for (const locale of locales) {
			lines.push('  <url>');
			lines.push(`    <loc>${escapeXml(origin + localize(page.path, locale))}</loc>`);
			if (page.lastModified) lines.push(`    <lastmod>${escapeXml(page.lastModified.slice(0, 10))}</lastmod>`);
			for (const alternate of locales) {
				lines.push(
					`    <xhtml:link rel="alternate" hreflang="${alternate}" href="${escapeXml(origin + localize(page.path, alternate))}"/>`
				);
			}
			lines.push('  </url>');
		}
	}
	lines.push('</urlset>');
	return lines.join('\n') + '\n';
}
