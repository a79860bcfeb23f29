// The pages anyone may read, for sitemap.xml: always computed as the anonymous public sees them,
// so nothing restricted can be listed.
import type { Db } from './db/connection';
import { listGlossary } from './glossary';
import { listReleases } from './releases/read';
import { listSubmissions } from './national-lists/read';
import type { SitemapPage } from '../domain/sitemap';

export async function publicPages(db: Db): Promise<SitemapPage[]> {
	const anonymous = null;
	const [concepts, releases, submissions] = await Promise.all([
		listGlossary(db, 'en', { includeDeprecated: true }),
		listReleases(db),
		listSubmissions(db, anonymous)
	]);
	const published = submissions.filter(
		(submission) => submission.distribution === 'public' && submission.currentRevision !== null
	);
	return [
		{ path: '/' },
		{
			path: '/glossary',
			lastModified:
				concepts
					.map((concept) => concept.adoptedAt)
					.sort()
					.at(-1) ?? null
		},
		...concepts.map((concept) => ({ path: `/glossary/${concept.conceptId}`, lastModified: concept.adoptedAt })),
		{ path: '/glossary/releases', lastModified: releases[0]?.releasedAt ?? null },
		...releases.map((release) => ({ path: `/glossary/releases/${release.number}`, lastModified: release.releasedAt })),
		{ path: '/national-lists' },
		...[...new Set(published.map((submission) => submission.stateCode))].map((code) => ({
			path: `/national-lists/${code}`
		})),
		...published.map((submission) => ({
			path: `/national-lists/${submission.stateCode}/${submission.cycleYear}`,
			lastModified: submission.submittedAt
		}))
	];
}
