// Reading releases of the consensus glossary: the list, and one release with its changelog and the
// line to cite it by. Releases are public.
import type { Db } from '../db/connection';
import { absoluteUrl, conceptPath, releasePath } from '../notifications/links';
import { citeRelease, formatDay, RELEASE_CHANGES, type ReleaseChange } from '../../domain/consensus';
import { NotFoundError } from '../../domain/errors';

export const RELEASE_CHANGE_LABELS: Record<ReleaseChange, string> = {
	added: 'Added',
	amended: 'Amended',
	deprecated: 'Deprecated',
	unchanged: 'Unchanged'
};

export interface ReleaseListing {
	number: number;
	title: string;
	releasedAt: string;
	/** The release day in Vienna, e.g. "12 March 2027". */
	releasedDay: string;
	counts: Record<ReleaseChange, number>;
}

function emptyCounts(): Record<ReleaseChange, number> {
	return Object.fromEntries(RELEASE_CHANGES.map((change) => [change, 0])) as Record<ReleaseChange, number>;
}

/** Every release, the latest first. */
export async function listReleases(db: Db): Promise<ReleaseListing[]> {
	const releases = await db
		.selectFrom('glossaryRelease')
		.select(['id', 'number', 'title', 'releasedAt'])
		.orderBy('number', 'desc')
		.execute();
	const changes = await db
		.selectFrom('glossaryReleaseConcept')
		.select(['releaseId', 'change', (eb) => eb.fn.countAll<number>().as('count')])
		.groupBy(['releaseId', 'change'])
		.execute();
	return releases.map((release) => {
		const counts = emptyCounts();
		for (const row of changes) if (row.releaseId === release.id) counts[row.change] = row.count;
		return {
			number: release.number,
			title: release.title,
			releasedAt: release.releasedAt,
			releasedDay: formatDay(release.releasedAt),
			counts
		};
	});
}

export interface ReleaseConceptView {
	conceptId: number;
	conceptPath: string;
	/** The English preferred term of the released version. */
	term: string;
	change: ReleaseChange;
	changeLabel: string;
	versionNumber: number;
	status: 'agreed' | 'deprecated';
	/** The version in the previous release; null when the concept was not in it. */
	previousVersionNumber: number | null;
}

export interface ReleaseView extends ReleaseListing {
	notes: string | null;
	releasedBy: string | null;
	/** The permanent address of the release. */
	url: string;
	/** "OSCE CBM 9 consensus glossary, release 3 (12 March 2027). https://…" */
	citeAs: string;
	/** Every concept of the release, by term. */
	concepts: ReleaseConceptView[];
	/** The concepts that changed since the previous release, by kind of change. */
	changelog: Record<Exclude<ReleaseChange, 'unchanged'>, ReleaseConceptView[]>;
}

async function releaseConcepts(db: Db, releaseId: number) {
	return db
		.selectFrom('glossaryReleaseConcept')
		.innerJoin('conceptVersion', 'conceptVersion.id', 'glossaryReleaseConcept.conceptVersionId')
		.innerJoin('concept', 'concept.id', 'glossaryReleaseConcept.conceptId')
		.leftJoin('conceptTerm', (join) =>
			join
				.onRef('conceptTerm.conceptVersionId', '=', 'conceptVersion.id')
				.on('conceptTerm.language', '=', 'en')
				.on('conceptTerm.position', '=', 1)
		)
		.select([
			'glossaryReleaseConcept.conceptId',
			'glossaryReleaseConcept.change',
			'conceptVersion.number as versionNumber',
			'conceptVersion.status',
			'concept.label',
			'conceptTerm.term'
		])
		.where('glossaryReleaseConcept.releaseId', '=', releaseId)
		.execute();
}

/** Release `number` with its changelog; `siteUrl` is the site's address, for the citation. */
export async function getRelease(db: Db, number: number, siteUrl: string): Promise<ReleaseView> {
	const release = await db
		.selectFrom('glossaryRelease')
		.leftJoin('user', 'user.id', 'glossaryRelease.releasedBy')
		.select([
			'glossaryRelease.id',
			'glossaryRelease.number',
			'glossaryRelease.title',
			'glossaryRelease.releasedAt',
			'glossaryRelease.notes',
			'user.displayName as releasedBy'
		])
		.where('glossaryRelease.number', '=', number)
		.executeTakeFirst();
	if (!release) throw new NotFoundError(`There is no release ${number} of the consensus glossary.`);
	const previous = await db
		.selectFrom('glossaryRelease')
		.select('id')
		.where('number', '=', number - 1)
		.executeTakeFirst();
	const previousVersions = new Map(
		previous ? (await releaseConcepts(db, previous.id)).map((row) => [row.conceptId, row.versionNumber]) : []
	);

	const concepts = (await releaseConcepts(db, release.id))
		.map((row): ReleaseConceptView => ({
			conceptId: row.conceptId,
			conceptPath: conceptPath(row.conceptId),
			term: row.term ?? row.label,
			change: row.change,
			changeLabel: RELEASE_CHANGE_LABELS[row.change],
			versionNumber: row.versionNumber,
			status: row.status,
			previousVersionNumber: previousVersions.get(row.conceptId) ?? null
		}))
		.sort((a, b) => a.term.localeCompare(b.term, 'en') || a.conceptId - b.conceptId);
	const counts = emptyCounts();
	for (const concept of concepts) counts[concept.change] += 1;
	const url = absoluteUrl(siteUrl, releasePath(release.number));
	return {
		number: release.number,
		title: release.title,
		notes: release.notes,
		releasedAt: release.releasedAt,
		releasedDay: formatDay(release.releasedAt),
		releasedBy: release.releasedBy,
		counts,
		url,
		citeAs: citeRelease({ number: release.number, releasedAt: release.releasedAt, url }),
		concepts,
		changelog: {
			added: concepts.filter((concept) => concept.change === 'added'),
			amended: concepts.filter((concept) => concept.change === 'amended'),
			deprecated: concepts.filter((concept) => concept.change === 'deprecated')
		}
	};
}
