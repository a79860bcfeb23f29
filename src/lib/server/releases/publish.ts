// Publishing a release of the consensus glossary: a numbered, dated snapshot of the latest adopted
// version of every agreed or deprecated concept, with the change of each since the previous release
// (releaseChangelog decides). Releases are immutable (triggers in the migration); a correction is
// the next release.
import type { Db, Tx } from '../db/connection';
import { recordAudit } from '../audit';
import { canPublishRelease, ensure, ensureSignedIn, recordedUserId, type Viewer } from '../permissions';
import { notify } from '../notifications/notify';
import { releasePublishedText } from '../notifications/messages';
import {
	formatDay,
	releaseChangelog,
	type ConceptVersionRef,
	type ReleaseChange,
	type ReleaseSnapshot
} from '../../domain/consensus';
import { ConflictError, ValidationError } from '../../domain/errors';

const TITLE_MAX = 200;

export interface PublishReleaseInput {
	title: string;
	notes: string | null;
}

export interface PublishedRelease {
	number: number;
	releasedAt: string;
	counts: Readonly<Record<ReleaseChange, number>>;
}

async function previousSnapshot(trx: Tx): Promise<ReleaseSnapshot | null> {
	const release = await trx
		.selectFrom('glossaryRelease')
		.select(['id', 'number', 'releasedAt'])
		.orderBy('number', 'desc')
		.executeTakeFirst();
	if (!release) return null;
	const concepts = await trx
		.selectFrom('glossaryReleaseConcept')
		.innerJoin('conceptVersion', 'conceptVersion.id', 'glossaryReleaseConcept.conceptVersionId')
		.select([
			'glossaryReleaseConcept.conceptId',
			'conceptVersion.id as versionId',
			'conceptVersion.number as versionNumber',
			'conceptVersion.status'
		])
		.where('glossaryReleaseConcept.releaseId', '=', release.id)
		.execute();
	return { number: release.number, releasedAt: release.releasedAt, concepts };
}

/** The latest version adopted by `at` of every concept that has one. */
async function agreedAt(trx: Tx, at: string): Promise<ConceptVersionRef[]> {
	const versions = await trx
		.selectFrom('conceptVersion')
		.select(['conceptId', 'id as versionId', 'number as versionNumber', 'status'])
		.where('adoptedAt', '<=', at)
		.execute();
	const latest = new Map<number, ConceptVersionRef>();
	for (const version of versions) {
		if ((latest.get(version.conceptId)?.versionNumber ?? 0) < version.versionNumber)
			latest.set(version.conceptId, version);
	}
	return [...latest.values()];
}

export async function publishRelease(
	db: Db,
	viewer: Viewer,
	input: PublishReleaseInput,
	now: Date = new Date()
): Promise<PublishedRelease> {
	ensure(canPublishRelease(viewer), 'Only the Secretariat may publish a release of the consensus glossary.');
	ensureSignedIn(viewer);
	const title = input.title.trim().normalize('NFC');
	if (title === '')
		throw new ValidationError({ title: 'Give the release a title, for example: Consensus glossary, release 2.' });
	if (title.length > TITLE_MAX)
		throw new ValidationError({ title: `Keep the title under ${TITLE_MAX} characters; the notes can say more.` });
	const notes = input.notes?.trim().normalize('NFC') || null;
	const releasedAt = now.toISOString();

	return db.transaction().execute(async (trx) => {
		const previous = await previousSnapshot(trx);
		const changelog = releaseChangelog(previous, await agreedAt(trx, releasedAt));
		if (changelog.missing.length > 0) {
			// Nothing is ever deleted, so this is a fault to investigate, not something to publish.
			throw new ConflictError(
				`Concepts ${changelog.missing.map((concept) => concept.conceptId).join(', ')} of release ${previous?.number} have no adopted version now; the release was not published.`
			);
		}
		if (!changelog.hasChanges) {
			throw new ConflictError(
				previous
					? `Nothing was adopted, amended or deprecated since release ${previous.number} of ${formatDay(previous.releasedAt)}; a new release would be identical to it.`
					: 'No concept has been adopted yet, so there is nothing to release.'
			);
		}
		const by = recordedUserId(viewer);
		const { id: releaseId } = await trx
			.insertInto('glossaryRelease')
			.values({ number: changelog.number, title, releasedAt, releasedBy: by, notes })
			.returning('id')
			.executeTakeFirstOrThrow();
		await trx
			.insertInto('glossaryReleaseConcept')
			.values(
				changelog.entries.map((entry) => ({
					releaseId,
					conceptId: entry.conceptId,
					conceptVersionId: entry.version.versionId,
					change: entry.change
				}))
			)
			.execute();
		await recordAudit(trx, {
			actorId: by,
			action: 'release.publish',
			entityType: 'glossary_release',
			entityId: releaseId,
			after: {
				number: changelog.number,
				title,
				notes,
				releasedAt,
				counts: changelog.counts,
				concepts: changelog.entries.map((entry) => ({
					conceptId: entry.conceptId,
					version: entry.version.versionNumber,
					change: entry.change
				}))
			}
		});
		await notify(
			trx,
			{
				kind: 'release_published',
				releaseId,
				text: releasePublishedText({ number: changelog.number, title }, changelog.counts),
				createdAt: releasedAt
			},
			by
		);
		return { number: changelog.number, releasedAt, counts: changelog.counts };
	});
}
