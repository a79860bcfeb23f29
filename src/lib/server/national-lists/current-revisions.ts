// The current revision of a submission is its latest submitted one: that is what others read,
// while the State's editors may be working on a newer draft.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { DISTRIBUTIONS, type Distribution } from '../../domain/vocabulary';

/** Subquery of the ids of the current revisions of the submissions with the given distributions (all by default). */
export function currentRevisionIdsQuery(db: Kysely<Database>, distributions: readonly Distribution[] = DISTRIBUTIONS) {
	return db
		.selectFrom('submissionRevision as revision')
		.innerJoin('submission', 'submission.id', 'revision.submissionId')
		.select('revision.id')
		.where('revision.status', '=', 'submitted')
		.where('submission.distribution', 'in', [...distributions])
		.where(({ eb, selectFrom }) =>
			eb(
				'revision.number',
				'=',
				selectFrom('submissionRevision as later')
					.select((inner) => inner.fn.max('later.number').as('number'))
					.whereRef('later.submissionId', '=', 'revision.submissionId')
					.where('later.status', '=', 'submitted')
			)
		);
}
