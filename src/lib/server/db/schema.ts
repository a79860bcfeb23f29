// The typed shape of the SQLite schema in db/migrations, as Kysely sees it through CamelCasePlugin
// (table `entry_version` is `entryVersion`, column `state_code` is `stateCode`).
// Timestamps are ISO 8601 UTC strings; booleans are 0/1 integers (better-sqlite3 binds no booleans).
// A test compares this interface with the migrated database so the two cannot drift apart.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
	AdministrativeStatus,
	Distribution,
	Equivalence,
	OsceLanguage,
	PartOfSpeech,
	Stance,
	TermType,
	TextStatus
} from '../../domain/vocabulary';

type Flag = 0 | 1;

export interface StateTable {
	code: string;
	alpha3: string;
	nameEn: string;
	nameFr: string;
	nameDe: string;
	nameIt: string;
	nameRu: string;
	nameEs: string;
	officialLanguages: string;
}

export interface LanguageTable {
	code: string;
	nameEn: string;
	nativeName: string;
	isOsceLanguage: Flag;
}

export interface ExchangeCycleTable {
	year: number;
	submissionDeadline: string | null;
	isOpen: Flag;
	note: string | null;
	createdAt: string;
}

export interface UserTable {
	id: string;
	email: string;
	displayName: string;
	passwordHash: string;
	stateCode: string | null;
	isAdministrator: Flag;
	isStateEditor: Flag;
	isDelegate: Flag;
	createdAt: string;
	updatedAt: string;
	passwordChangedAt: string;
	disabledAt: string | null;
}

export interface SessionTable {
	id: string;
	userId: string;
	createdAt: string;
	expiresAt: string;
}

export interface SignInAttemptTable {
	id: Generated<number>;
	email: string;
	address: string;
	attemptedAt: string;
	succeeded: Flag;
}

export interface SubmissionTable {
	id: Generated<number>;
	stateCode: string;
	cycleYear: number;
	distribution: Distribution;
	documentReference: string | null;
	createdAt: string;
	createdBy: string | null;
}

export interface SubmissionRevisionTable {
	id: Generated<number>;
	submissionId: number;
	number: number;
	status: 'draft' | 'submitted';
	summary: string | null;
	createdAt: string;
	createdBy: string | null;
	submittedAt: string | null;
	submittedBy: string | null;
}

export interface NationalEntryTable {
	id: Generated<number>;
	submissionId: number;
	createdAt: string;
	createdBy: string | null;
}

export interface EntryVersionTable {
	id: Generated<number>;
	entryId: number;
	revisionId: number;
	position: number;
	withdrawn: Flag;
	sourceAct: string | null;
	sourceArticle: string | null;
	sourceDate: string | null;
	sourceUrl: string | null;
	note: string | null;
}

export interface EntryLanguageVersionTable {
	id: Generated<number>;
	entryVersionId: number;
	language: string;
	isOriginal: Flag;
	textStatus: TextStatus;
	term: string;
	termType: TermType | null;
	partOfSpeech: PartOfSpeech | null;
	administrativeStatus: AdministrativeStatus | null;
	definition: string | null;
	definitionSource: string | null;
	note: string | null;
}

export interface EntryAdditionalTermTable {
	id: Generated<number>;
	languageVersionId: number;
	position: number;
	term: string;
	termType: TermType | null;
	partOfSpeech: PartOfSpeech | null;
	administrativeStatus: AdministrativeStatus | null;
}

export interface ConceptTable {
	id: Generated<number>;
	label: string;
	status: 'candidate' | 'agreed' | 'deprecated';
	createdAt: string;
	createdBy: string | null;
}

export interface ConceptVersionTable {
	id: Generated<number>;
	conceptId: number;
	number: number;
	status: 'agreed' | 'deprecated';
	adoptedAt: string;
	proposalRevisionId: number | null;
}

export interface ConceptDefinitionTable {
	id: Generated<number>;
	conceptVersionId: number;
	language: OsceLanguage;
	definition: string;
	note: string | null;
}

export interface ConceptTermTable {
	id: Generated<number>;
	conceptVersionId: number;
	language: OsceLanguage;
	position: number;
	term: string;
	administrativeStatus: AdministrativeStatus;
	termType: TermType | null;
	partOfSpeech: PartOfSpeech | null;
}

export interface ConceptLinkTable {
	id: Generated<number>;
	conceptId: number;
	entryId: number;
	equivalence: Equivalence;
	note: string | null;
	createdAt: string;
	createdBy: string | null;
	removedAt: string | null;
	removedBy: string | null;
}

export interface ProposalTable {
	id: Generated<number>;
	kind: 'new_concept' | 'amendment' | 'deprecation';
	conceptId: number | null;
	title: string;
	status: 'discussion' | 'silence' | 'adopted' | 'withdrawn';
	openedBy: string | null;
	openedForState: string | null;
	openedAt: string;
	closedAt: string | null;
}

export interface ProposalRevisionTable {
	id: Generated<number>;
	proposalId: number;
	number: number;
	rationale: string | null;
	createdBy: string | null;
	createdAt: string;
}

export interface ProposalTextTable {
	id: Generated<number>;
	revisionId: number;
	language: OsceLanguage;
	definition: string;
	note: string | null;
}

export interface ProposalTermTable {
	id: Generated<number>;
	revisionId: number;
	language: OsceLanguage;
	position: number;
	term: string;
	administrativeStatus: AdministrativeStatus;
	termType: TermType | null;
	partOfSpeech: PartOfSpeech | null;
}

export interface ProposalCitationTable {
	revisionId: number;
	entryId: number;
}

export interface CommentTable {
	id: Generated<number>;
	revisionId: number;
	parentId: number | null;
	authorId: string;
	authorStateCode: string | null;
	body: string;
	createdAt: string;
	editedAt: string | null;
	removedAt: string | null;
}

export interface CommentEditTable {
	id: Generated<number>;
	commentId: number;
	previousBody: string;
	editedAt: string;
}

export interface StatePositionTable {
	id: Generated<number>;
	revisionId: number;
	stateCode: string;
	stance: Stance;
	statement: string | null;
	statedBy: string;
	statedAt: string;
	supersededAt: string | null;
}

export interface SilenceProcedureTable {
	id: Generated<number>;
	revisionId: number;
	startedBy: string;
	startedAt: string;
	deadlineAt: string;
	timeZone: string;
	outcome: 'held' | 'broken' | 'cancelled' | null;
	endedAt: string | null;
	brokenByPositionId: number | null;
}

export interface GlossaryReleaseTable {
	id: Generated<number>;
	number: number;
	title: string;
	releasedAt: string;
	releasedBy: string | null;
	notes: string | null;
}

export interface GlossaryReleaseConceptTable {
	releaseId: number;
	conceptId: number;
	conceptVersionId: number;
	change: 'added' | 'amended' | 'deprecated' | 'unchanged';
}

export interface AuditEventTable {
	id: Generated<number>;
	occurredAt: string;
	actorId: string | null;
	action: string;
	entityType: string;
	entityId: string;
	stateCode: string | null;
	beforeJson: string | null;
	afterJson: string | null;
}

export interface SearchOutboxTable {
	id: Generated<number>;
	documentType: 'national_entry' | 'concept';
	documentId: number;
	enqueuedAt: string;
	attempts: Generated<number>;
	nextAttemptAt: string;
	lastError: string | null;
	processedAt: string | null;
	leasedUntil: string | null;
}

export interface SearchDocumentTable {
	/** Stable integer key, also the rowid of the document's row in search_fts. */
	docNo: Generated<number>;
	id: string;
	kind: 'national' | 'consensus';
	groupKey: string;
	visibility: Distribution;
	stateCode: string | null;
	language: string;
	cycleYear: number | null;
	conceptStatus: string;
	translationPending: Flag;
}

/** The whole document of a search_document row, apart so that filtering and counting read few pages. */
export interface SearchDocumentContentTable {
	docNo: number;
	documentJson: string;
}

/** Contentless FTS5 table (its texts cannot be read back); rowid = search_document.doc_no; `rank` is available in queries. */
export interface SearchFtsTable {
	rowid: number;
	terms: string;
	definitions: string;
	stems: string;
}

export interface AppSettingTable {
	key: string;
	value: string;
	updatedAt: string;
}

export interface ImportJobTable {
	id: string;
	submissionId: number;
	createdBy: string | null;
	createdAt: string;
	fileName: string;
	fileSize: number;
	format: 'tbx-v3' | 'tbx-2008' | 'csv' | 'xlsx' | null;
	optionsJson: string;
	status: 'parsing' | 'ready' | 'refused' | 'committed' | 'discarded' | 'failed';
	bytesRead: Generated<number>;
	entriesParsed: Generated<number>;
	errorCount: Generated<number>;
	warningCount: Generated<number>;
	summaryJson: string | null;
	finishedAt: string | null;
	committedAt: string | null;
	committedRevision: number | null;
}

export interface ImportJobEntryTable {
	jobId: string;
	seq: number;
	line: number | null;
	rowNumber: number | null;
	sourceId: string | null;
	contentJson: string;
}

export interface ImportJobProblemTable {
	jobId: string;
	seq: number;
	severity: 'error' | 'warning';
	message: string;
	line: number | null;
	columnNumber: number | null;
	rowNumber: number | null;
	field: string | null;
}

export type NotificationKind =
	'proposal_opened' | 'silence_started' | 'silence_broken' | 'adopted' | 'comment' | 'release_published';

export interface NotificationTable {
	id: Generated<number>;
	recipientId: string;
	kind: NotificationKind;
	/** Set for every kind but release_published. */
	proposalId: number | null;
	/** Set for release_published only. */
	releaseId: number | null;
	text: string;
	createdAt: string;
	readAt: string | null;
}

export interface ProposalFollowTable {
	userId: string;
	proposalId: number;
	createdAt: string;
}

export interface FeedTokenTable {
	tokenHash: string;
	userId: string;
	createdAt: string;
}

export interface Database {
	state: StateTable;
	language: LanguageTable;
	exchangeCycle: ExchangeCycleTable;
	user: UserTable;
	session: SessionTable;
	signInAttempt: SignInAttemptTable;
	submission: SubmissionTable;
	submissionRevision: SubmissionRevisionTable;
	nationalEntry: NationalEntryTable;
	entryVersion: EntryVersionTable;
	entryLanguageVersion: EntryLanguageVersionTable;
	entryAdditionalTerm: EntryAdditionalTermTable;
	concept: ConceptTable;
	conceptVersion: ConceptVersionTable;
	conceptDefinition: ConceptDefinitionTable;
	conceptTerm: ConceptTermTable;
	conceptLink: ConceptLinkTable;
	proposal: ProposalTable;
	proposalRevision: ProposalRevisionTable;
	proposalText: ProposalTextTable;
	proposalTerm: ProposalTermTable;
	proposalCitation: ProposalCitationTable;
	comment: CommentTable;
	commentEdit: CommentEditTable;
	statePosition: StatePositionTable;
	silenceProcedure: SilenceProcedureTable;
	glossaryRelease: GlossaryReleaseTable;
	glossaryReleaseConcept: GlossaryReleaseConceptTable;
	auditEvent: AuditEventTable;
	searchOutbox: SearchOutboxTable;
	appSetting: AppSettingTable;
	importJob: ImportJobTable;
	importJobEntry: ImportJobEntryTable;
	importJobProblem: ImportJobProblemTable;
	searchDocument: SearchDocumentTable;
	searchDocumentContent: SearchDocumentContentTable;
	searchFts: SearchFtsTable;
	notification: NotificationTable;
	proposalFollow: ProposalFollowTable;
	feedToken: FeedTokenTable;
}

export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type State = Selectable<StateTable>;
