// Where things live on the site, for links in notifications, feeds and citations. The routes are
// expected at these paths; change them here if the pages move.

export function proposalPath(proposalId: number): string {
	return `/proposals/${proposalId}`;
}

export function releasePath(releaseNumber: number): string {
	return `/glossary/releases/${releaseNumber}`;
}

export function conceptPath(conceptId: number): string {
	return `/glossary/${conceptId}`;
}

/**
 * An absolute URL of `path` on the site at `siteUrl` ("https://glossary.example.org", or with the
 * base path the app is served under: "https://example.org/cbm9").
 */
export function absoluteUrl(siteUrl: string, path: string): string {
	return `${siteUrl.trim().replace(/\/+$/, '')}${path}`;
}
