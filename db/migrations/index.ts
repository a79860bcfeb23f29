// Every migration, in the order it runs. Listed by hand (not globbed) so that the app build, the
// command-line tools and the tests all run exactly the same set; a test checks that no file is missing.
import type { Migration } from 'kysely';
import * as createReferenceAndAccounts from './20261123T1300-create-reference-and-accounts';
import * as createNationalLists from './20261123T1310-create-national-lists';
import * as createConceptsAndConsensus from './20261123T1320-create-concepts-and-consensus';
import * as createAuditAndOutbox from './20261123T1330-create-audit-and-outbox';
import * as createImportJobs from './20261123T1400-create-import-jobs';
import * as createSearchMirror from './20261123T1410-create-search-mirror';
import * as createNotifications from './20261123T1420-create-notifications';
import * as indexPendingOutboxRowsById from './20261201T1200-index-pending-outbox-rows-by-id';
import * as keySearchMirrorByInteger from './20261201T2300-key-search-mirror-by-integer';
import * as keepShownFieldsInSearchMirror from './20261202T0500-keep-shown-fields-in-search-mirror';

export const MIGRATIONS: Record<string, Migration> = {
	'20261123T1300-create-reference-and-accounts': createReferenceAndAccounts,
	'20261123T1310-create-national-lists': createNationalLists,
	'20261123T1320-create-concepts-and-consensus': createConceptsAndConsensus,
	'20261123T1330-create-audit-and-outbox': createAuditAndOutbox,
	'20261123T1400-create-import-jobs': createImportJobs,
	'20261123T1410-create-search-mirror': createSearchMirror,
	'20261123T1420-create-notifications': createNotifications,
	'20261201T1200-index-pending-outbox-rows-by-id': indexPendingOutboxRowsById,
	'20261201T2300-key-search-mirror-by-integer': keySearchMirrorByInteger,
	'20261202T0500-keep-shown-fields-in-search-mirror': keepShownFieldsInSearchMirror
};
