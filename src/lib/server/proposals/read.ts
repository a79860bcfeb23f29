// What the proposal pages show: the list of proposals, and one proposal with its current text (and
// the previous one, for the diff), the national entries it cites as far as the viewer may read
// them, the positions of the 57 States, the silence procedure, the timeline, and what the viewer
// may do. Proposals are the working group's public record; restricted national content is not,
// and never reaches a viewer who may not read it.
import type { Db } from '../db/connection';
import {
	canComment,
	canReviseProposal,
	canRunSilenceProcedure,
	canStatePosition,
	canWithdrawProposal,
	SYSTEM_ACTOR,
	type Viewer
} from '../permissions';
import { conceptPath } from '../notifications/links';
import { interpretiveStatementsOf, type InterpretiveStatementView } from './adoption';
import { citedEntries, type CitedEntryView } from './citations';
import { readRevisionText } from './revision-text';
import { loadProposalState, type LoadedProposal } from './state';
import type { ConceptLanguageText, ConceptText } from '../../domain/concept-text';
import {
	formatDeadline,
	type EndedSilence,
	type Position,
	type ProposalKind,
	type ProposalStatus,
	type RunningSilence
} from '../../domain/consensus';
import { languageName, listInWords, stateName } from '../../domain/consensus/wording';
import { NotFoundError } from '../../domain/errors';
import {
	CONCEPT_STATUS_LABELS,
	OSCE_LANGUAGES,
	PROPOSAL_STATUS_LABELS,
	STANCE_LABELS,
	STANCES,
	type OsceLanguage,
	type Stance
} from '../../domain/vocabulary';

export const PROPOSAL_KIND_LABELS: Record<ProposalKind, string> = {
	new_concept: 'New concept',
	amendment: 'Amendment',
	deprecation: 'Deprecation'
};

export const NO_RESPONSE_LABEL = 'No response';

// ── Listing ────────────────────────────────────────────────────────────────────────────────────

export interface ProposalFilter {
	status?: ProposalStatus;
	kind?: ProposalKind;
	conceptId?: number;
}

export interface ProposalListing {
	id: number;
	title: string;
	kind: ProposalKind;
	kindLabel: string;
	status: ProposalStatus;
	statusLabel: string;
	conceptId: number | null;
	conceptLabel: string | null;
	/** Null when the Secretariat opened the proposal. */
	openedForState: string | null;
	openedForStateName: string | null;
	openedAt: string;
	closedAt: string | null;
	currentRevision: number;
	/** The deadline of the running silence, as shown everywhere; null when none runs. */
	silenceDeadline: string | null;
	/** Whether the viewer follows the proposal (false for the anonymous public). */
	following: boolean;
}

/** Proposals matching `filter`, open ones first, then the most recently opened. */
export async function listProposals(db: Db, viewer: Viewer, filter: ProposalFilter = {}): Promise<ProposalListing[]> {
	let query = db
		.selectFrom('proposal')
		.leftJoin('concept', 'concept.id', 'proposal.conceptId')
		.select([
			'proposal.id',
			'proposal.title',
			'proposal.kind',
			'proposal.status',
			'proposal.conceptId',
			'concept.label as conceptLabel',
			'proposal.openedForState',
			'proposal.openedAt',
			'proposal.closedAt'
		])
		.select((eb) =>
			eb
				.selectFrom('proposalRevision')
				.select((inner) => inner.fn.max('number').as('number'))
				.whereRef('proposalRevision.proposalId', '=', 'proposal.id')
				.as('currentRevision')
		);
	if (filter.status) query = query.where('proposal.status', '=', filter.status);
	if (filter.kind) query = query.where('proposal.kind', '=', filter.kind);
	if (filter.conceptId !== undefined) query = query.where('proposal.conceptId', '=', filter.conceptId);
	const rows = await query
		.orderBy((eb) => eb.case().when('proposal.status', 'in', ['discussion', 'silence']).then(0).else(1).end())
		.orderBy('proposal.openedAt', 'desc')
		.orderBy('proposal.id', 'desc')
		.execute();
	if (rows.length === 0) return [];

	const ids = rows.map((row) => row.id);
	const silences = await db
		.selectFrom('silenceProcedure')
		.innerJoin('proposalRevision', 'proposalRevision.id', 'silenceProcedure.revisionId')
		.select(['proposalRevision.proposalId', 'silenceProcedure.deadlineAt', 'silenceProcedure.timeZone'])
		.where('silenceProcedure.outcome', 'is', null)
		.where('proposalRevision.proposalId', 'in', ids)
		.execute();
	const followed = viewer
		? new Set(
				(
					await db
						.selectFrom('proposalFollow')
						.select('proposalId')
						.where('userId', '=', viewer.id)
						.where('proposalId', 'in', ids)
						.execute()
				).map((row) => row.proposalId)
			)
		: new Set<number>();
	return rows.map((row) => {
		const silence = silences.find((candidate) => candidate.proposalId === row.id);
		return {
			id: row.id,
			title: row.title,
			kind: row.kind,
			kindLabel: PROPOSAL_KIND_LABELS[row.kind],
			status: row.status,
			statusLabel: PROPOSAL_STATUS_LABELS[row.status],
			conceptId: row.conceptId,
			conceptLabel: row.conceptLabel,
			openedForState: row.openedForState,
			openedForStateName: row.openedForState ? stateName(row.openedForState) : null,
			openedAt: row.openedAt,
			closedAt: row.closedAt,
			currentRevision: row.currentRevision ?? 1,
			silenceDeadline: silence ? formatDeadline(silence.deadlineAt, silence.timeZone) : null,
			following: followed.has(row.id)
		};
	});
}

// ── Revision texts ─────────────────────────────────────────────────────────────────────────────

export interface RevisionLanguageView {
	language: OsceLanguage;
	languageName: string;
	/** True when the revision does not give this language yet. */
	pending: boolean;
	text: ConceptLanguageText | null;
}

export interface RevisionTextView {
	number: number;
	rationale: string | null;
	createdAt: string;
	authorName: string | null;
	/** The six OSCE languages in order, each with its text or marked pending. */
	languages: RevisionLanguageView[];
	text: ConceptText;
	pendingLanguages: OsceLanguage[];
}

async function userNames(db: Db, ids: Iterable<string | null>): Promise<Map<string, string>> {
	const wanted = [...new Set([...ids].filter((id): id is string => id !== null && id !== SYSTEM_ACTOR.id))];
	const names = new Map<string, string>([[SYSTEM_ACTOR.id, SYSTEM_ACTOR.displayName]]);
	if (wanted.length === 0) return names;
	for (const row of await db.selectFrom('user').select(['id', 'displayName']).where('id', 'in', wanted).execute())
		names.set(row.id, row.displayName);
	return names;
}

async function revisionTextView(
	db: Db,
	revision: { id: number; number: number; rationale: string | null; createdAt: string; createdBy: string | null }
) {
	const text = await readRevisionText(db, revision.id);
	const names = await userNames(db, [revision.createdBy]);
	const languages = OSCE_LANGUAGES.map((language) => ({
		language,
		languageName: languageName(language),
		pending: !text[language],
		text: text[language] ?? null
	}));
	return {
		number: revision.number,
		rationale: revision.rationale,
		createdAt: revision.createdAt,
		authorName: revision.createdBy ? (names.get(revision.createdBy) ?? null) : null,
		languages,
		text,
		pendingLanguages: languages.filter((language) => language.pending).map((language) => language.language)
	};
}

/** Revision `number` of a proposal, for reading it alone or diffing any two revisions. */
export async function getRevisionText(db: Db, proposalId: number, number: number): Promise<RevisionTextView> {
	const revision = await db
		.selectFrom('proposalRevision')
		.select(['id', 'number', 'rationale', 'createdAt', 'createdBy'])
		.where('proposalId', '=', proposalId)
		.where('number', '=', number)
		.executeTakeFirst();
	if (!revision) throw new NotFoundError(`There is no revision ${number} of this proposal.`);
	return revisionTextView(db, revision);
}

// ── One proposal ───────────────────────────────────────────────────────────────────────────────

export interface PositionCell {
	stateCode: string;
	stateName: string;
	/** Null: no response yet on the current revision. */
	stance: Stance | null;
	label: string;
	statement: string | null;
	statedBy: string | null;
	statedAt: string | null;
}

export type PositionFilter = Stance | 'no_response';

export interface PositionRecordView {
	revision: number;
	stateCode: string;
	stateName: string;
	stance: Stance;
	label: string;
	statement: string | null;
	statedBy: string;
	statedAt: string;
	/** When the State replaced it with another position on the same revision. */
	supersededAt: string | null;
	/** True for the State's current position on the current revision. */
	current: boolean;
}

export interface SilenceView {
	revision: number;
	startedAt: string;
	startedBy: string;
	deadlineAt: string;
	timeZone: string;
	/** The deadline as everyone is shown it, e.g. "Friday, 13 November 2026, 12:00 (Vienna, CET, UTC+01:00)". */
	deadline: string;
	/** The deadline has passed and the outcome is being recorded (the scheduler runs every minute). */
	deadlinePassed: boolean;
}

export interface EndedSilenceView extends Omit<SilenceView, 'deadlinePassed'> {
	outcome: 'held' | 'broken' | 'cancelled';
	endedAt: string;
	brokenByState: string | null;
}

export type TimelineKind =
	| 'opened'
	| 'revision'
	| 'position'
	| 'silence_started'
	| 'silence_held'
	| 'silence_broken'
	| 'silence_cancelled'
	| 'comment'
	| 'adopted'
	| 'withdrawn';

export interface TimelineItem {
	at: string;
	kind: TimelineKind;
	revision: number | null;
	stateCode: string | null;
	commentId: number | null;
	text: string;
}

export interface AdoptionView {
	conceptId: number;
	conceptPath: string;
	conceptVersionId: number;
	versionNumber: number;
	adoptedAt: string;
	interpretiveStatements: InterpretiveStatementView[];
}

export interface ProposalPermissions {
	canRevise: boolean;
	/** The State the viewer may state a position for, or null. */
	canStatePositionFor: string | null;
	/** Put the current revision under silence. */
	canRunSilence: boolean;
	canCancelSilence: boolean;
	canComment: boolean;
	canWithdraw: boolean;
	canFollow: boolean;
	following: boolean;
}

export interface ProposalView {
	id: number;
	title: string;
	kind: ProposalKind;
	kindLabel: string;
	status: ProposalStatus;
	statusLabel: string;
	concept: { id: number; label: string; status: 'candidate' | 'agreed' | 'deprecated'; statusLabel: string } | null;
	openedByName: string | null;
	openedForState: string | null;
	openedForStateName: string | null;
	openedAt: string;
	closedAt: string | null;
	current: RevisionTextView;
	/** The revision before the current one, for the diff; null for revision 1. */
	previous: RevisionTextView | null;
	revisions: { number: number; createdAt: string; authorName: string | null; pendingLanguages: OsceLanguage[] }[];
	citedEntries: CitedEntryView[];
	/** The 57 States by name with their position on the current revision, filtered if asked. */
	positions: PositionCell[];
	positionCounts: Record<Stance | 'no_response', number>;
	positionHistory: PositionRecordView[];
	silence: SilenceView | null;
	endedSilences: EndedSilenceView[];
	adoption: AdoptionView | null;
	timeline: TimelineItem[];
	permissions: ProposalPermissions;
}

function positionRecord(
	position: Position,
	names: Map<string, string>,
	extra: { supersededAt: string | null; current: boolean }
): PositionRecordView {
	return {
		revision: position.revision,
		stateCode: position.stateCode,
		stateName: stateName(position.stateCode),
		stance: position.stance,
		label: STANCE_LABELS[position.stance],
		statement: position.statement,
		statedBy: names.get(position.statedBy) ?? position.statedBy,
		statedAt: position.statedAt,
		...extra
	};
}

async function positionMatrix(db: Db, loaded: LoadedProposal, names: Map<string, string>): Promise<PositionCell[]> {
	const states = await db.selectFrom('state').select(['code', 'nameEn']).execute();
	return states
		.sort((a, b) => a.nameEn.localeCompare(b.nameEn, 'en'))
		.map((state) => {
			const position = loaded.state.currentPositions[state.code];
			return {
				stateCode: state.code,
				stateName: state.nameEn,
				stance: position?.stance ?? null,
				label: position ? STANCE_LABELS[position.stance] : NO_RESPONSE_LABEL,
				statement: position?.statement ?? null,
				statedBy: position ? (names.get(position.statedBy) ?? position.statedBy) : null,
				statedAt: position?.statedAt ?? null
			};
		});
}

function countPositions(cells: readonly PositionCell[]): Record<Stance | 'no_response', number> {
	const counts = Object.fromEntries([...STANCES, 'no_response'].map((key) => [key, 0])) as Record<
		Stance | 'no_response',
		number
	>;
	for (const cell of cells) counts[cell.stance ?? 'no_response'] += 1;
	return counts;
}

function silenceView(
	silence: { revision: number; startedAt: string; startedBy: string; deadlineAt: string; timeZone: string },
	names: Map<string, string>
) {
	return {
		revision: silence.revision,
		startedAt: silence.startedAt,
		startedBy: names.get(silence.startedBy) ?? silence.startedBy,
		deadlineAt: silence.deadlineAt,
		timeZone: silence.timeZone,
		deadline: formatDeadline(silence.deadlineAt, silence.timeZone)
	};
}

interface TimelineSources {
	loaded: LoadedProposal;
	kindLabel: string;
	names: Map<string, string>;
	openedBy: string | null;
	comments: { id: number; revision: number; authorId: string; authorStateCode: string | null; createdAt: string }[];
	adoption: AdoptionView | null;
	conceptLabel: string | null;
}

const isEnded = (silence: EndedSilence | RunningSilence): silence is EndedSilence => 'outcome' in silence;

function personName(names: Map<string, string>, id: string | null): string {
	return id === null ? SYSTEM_ACTOR.displayName : (names.get(id) ?? id);
}

function timeline({
	loaded,
	kindLabel,
	names,
	openedBy,
	comments,
	adoption,
	conceptLabel
}: TimelineSources): TimelineItem[] {
	const { state, proposal } = loaded;
	const items: TimelineItem[] = [];
	const item = (
		at: string,
		kind: TimelineKind,
		text: string,
		extra: Partial<Pick<TimelineItem, 'revision' | 'stateCode' | 'commentId'>> = {}
	) =>
		items.push({
			at,
			kind,
			text,
			revision: extra.revision ?? null,
			stateCode: extra.stateCode ?? null,
			commentId: extra.commentId ?? null
		});

	item(
		proposal.openedAt,
		'opened',
		`${personName(names, openedBy)} opened the proposal (${kindLabel.toLowerCase()}).`,
		{ revision: 1 }
	);
	for (const revision of state.history.revisions) {
		const pending =
			revision.pendingLanguages.length > 0
				? ` ${listInWords(revision.pendingLanguages.map(languageName))} pending.`
				: '';
		const text =
			revision.number === 1
				? `Revision 1 posted.${pending}`
				: `${personName(names, revision.postedBy)} posted revision ${revision.number}; the positions on revision ${revision.number - 1} were cleared.${pending}`;
		item(revision.postedAt, 'revision', text, { revision: revision.number });
	}
	const positions = [...state.history.positions, ...Object.values(state.currentPositions)].sort((a, b) =>
		a.statedAt.localeCompare(b.statedAt)
	);
	for (const position of positions) {
		const statement = position.statement ? `: “${position.statement}”` : '.';
		item(
			position.statedAt,
			'position',
			`${stateName(position.stateCode)} — ${STANCE_LABELS[position.stance].toLowerCase()} on revision ${position.revision}${statement} (${personName(names, position.statedBy)})`,
			{ revision: position.revision, stateCode: position.stateCode }
		);
	}
	const silences: (EndedSilence | RunningSilence)[] = [
		...state.history.silences,
		...(state.silence ? [state.silence] : [])
	];
	for (const silence of silences) {
		const deadline = formatDeadline(silence.deadlineAt, silence.timeZone);
		const revision = silence.revision;
		item(
			silence.startedAt,
			'silence_started',
			`${personName(names, silence.startedBy)} put revision ${revision} under the silence procedure until ${deadline}.`,
			{ revision }
		);
		if (!isEnded(silence)) continue;
		if (silence.outcome === 'held')
			item(
				silence.endedAt,
				'silence_held',
				`The silence on revision ${revision} held: no State objected by ${deadline}.`,
				{ revision }
			);
		if (silence.outcome === 'broken') {
			const objecting = silence.brokenBy?.stateCode ?? null;
			const who = objecting ? stateName(objecting) : 'a State';
			item(
				silence.endedAt,
				'silence_broken',
				`The objection of ${who} broke the silence on revision ${revision}; the proposal returned to discussion.`,
				{
					revision,
					stateCode: objecting
				}
			);
		}
		if (silence.outcome === 'cancelled')
			item(silence.endedAt, 'silence_cancelled', `The silence on revision ${revision} was cancelled.`, { revision });
	}
	for (const comment of comments) {
		const who = `${personName(names, comment.authorId)}${comment.authorStateCode ? ` (${stateName(comment.authorStateCode)})` : ''}`;
		item(comment.createdAt, 'comment', `${who} commented on revision ${comment.revision}.`, {
			revision: comment.revision,
			stateCode: comment.authorStateCode,
			commentId: comment.id
		});
	}
	if (proposal.status === 'adopted' && proposal.closedAt) {
		const version = adoption ? ` It is version ${adoption.versionNumber} of the concept “${conceptLabel ?? ''}”.` : '';
		item(proposal.closedAt, 'adopted', `Revision ${state.currentRevision} was adopted by consensus.${version}`, {
			revision: state.currentRevision
		});
	}
	if (proposal.status === 'withdrawn' && proposal.closedAt)
		item(proposal.closedAt, 'withdrawn', 'The proposal was withdrawn.', { revision: state.currentRevision });
	// A stable sort keeps the order above for steps at the same instant: an objection before the silence it broke.
	return items.sort((a, b) => a.at.localeCompare(b.at));
}

export interface ProposalViewOptions {
	/** Show only the States with this stance, or those that have not responded. */
	positions?: PositionFilter;
	now?: Date;
}

export async function getProposalView(
	db: Db,
	viewer: Viewer,
	proposalId: number,
	options: ProposalViewOptions = {}
): Promise<ProposalView> {
	const now = options.now ?? new Date();
	const loaded = await loadProposalState(db, proposalId);
	const { proposal, state } = loaded;
	const revisionRows = await db
		.selectFrom('proposalRevision')
		.select(['id', 'number', 'rationale', 'createdAt', 'createdBy'])
		.where('proposalId', '=', proposalId)
		.orderBy('number')
		.execute();
	const currentRow = revisionRows.at(-1)!;
	const previousRow = revisionRows.at(-2) ?? null;
	const comments = await db
		.selectFrom('comment')
		.innerJoin('proposalRevision', 'proposalRevision.id', 'comment.revisionId')
		.select([
			'comment.id',
			'proposalRevision.number as revision',
			'comment.authorId',
			'comment.authorStateCode',
			'comment.createdAt'
		])
		.where('proposalRevision.proposalId', '=', proposalId)
		.orderBy('comment.createdAt')
		.orderBy('comment.id')
		.execute();
	const allPositions = [...state.history.positions, ...Object.values(state.currentPositions)];
	const names = await userNames(db, [
		proposal.openedBy,
		...revisionRows.map((row) => row.createdBy),
		...allPositions.map((position) => position.statedBy),
		...state.history.silences.map((silence) => silence.startedBy),
		...(state.silence ? [state.silence.startedBy] : []),
		...comments.map((comment) => comment.authorId)
	]);
	const concept =
		proposal.conceptId === null
			? undefined
			: await db
					.selectFrom('concept')
					.select(['id', 'label', 'status'])
					.where('id', '=', proposal.conceptId)
					.executeTakeFirst();

	let adoption: AdoptionView | null = null;
	if (state.status === 'adopted') {
		const version = await db
			.selectFrom('conceptVersion')
			.select(['id', 'conceptId', 'number', 'adoptedAt'])
			.where('proposalRevisionId', '=', loaded.revisionIds.get(state.currentRevision)!)
			.executeTakeFirst();
		if (version) {
			adoption = {
				conceptId: version.conceptId,
				conceptPath: conceptPath(version.conceptId),
				conceptVersionId: version.id,
				versionNumber: version.number,
				adoptedAt: version.adoptedAt,
				interpretiveStatements: await interpretiveStatementsOf(db, version.id)
			};
		}
	}

	const matrix = await positionMatrix(db, loaded, names);
	const deadlinePassed = state.silence !== null && Date.parse(state.silence.deadlineAt) <= now.getTime();
	const open = (state.status === 'discussion' || state.status === 'silence') && !deadlinePassed;
	const following = viewer
		? (await db
				.selectFrom('proposalFollow')
				.select('userId')
				.where('userId', '=', viewer.id)
				.where('proposalId', '=', proposalId)
				.executeTakeFirst()) !== undefined
		: false;
	const kindLabel = PROPOSAL_KIND_LABELS[proposal.kind];

	return {
		id: proposal.id,
		title: proposal.title,
		kind: proposal.kind,
		kindLabel,
		status: state.status,
		statusLabel: PROPOSAL_STATUS_LABELS[state.status],
		concept: concept ? { ...concept, statusLabel: CONCEPT_STATUS_LABELS[concept.status] } : null,
		openedByName: proposal.openedBy ? (names.get(proposal.openedBy) ?? null) : null,
		openedForState: proposal.openedForState,
		openedForStateName: proposal.openedForState ? stateName(proposal.openedForState) : null,
		openedAt: proposal.openedAt,
		closedAt: proposal.closedAt,
		current: await revisionTextView(db, currentRow),
		previous: previousRow ? await revisionTextView(db, previousRow) : null,
		revisions: state.history.revisions.map((revision) => ({
			number: revision.number,
			createdAt: revision.postedAt,
			authorName: names.get(revision.postedBy) ?? null,
			pendingLanguages: [...revision.pendingLanguages]
		})),
		citedEntries: await citedEntries(db, viewer, currentRow.id),
		positions: options.positions
			? matrix.filter((cell) => (cell.stance ?? 'no_response') === options.positions)
			: matrix,
		positionCounts: countPositions(matrix),
		positionHistory: [
			...state.history.positions.map((position) =>
				positionRecord(position, names, { supersededAt: position.supersededAt, current: false })
			),
			...Object.values(state.currentPositions).map((position) =>
				positionRecord(position, names, { supersededAt: null, current: true })
			)
		].sort((a, b) => a.statedAt.localeCompare(b.statedAt) || a.stateName.localeCompare(b.stateName, 'en')),
		silence: state.silence ? { ...silenceView(state.silence, names), deadlinePassed } : null,
		endedSilences: state.history.silences.map((silence) => ({
			...silenceView(silence, names),
			outcome: silence.outcome,
			endedAt: silence.endedAt,
			brokenByState: silence.brokenBy?.stateCode ?? null
		})),
		adoption,
		timeline: timeline({
			loaded,
			kindLabel,
			names,
			openedBy: proposal.openedBy,
			comments,
			adoption,
			conceptLabel: concept?.label ?? null
		}),
		permissions: {
			canRevise: open && state.status === 'discussion' && canReviseProposal(viewer, proposal),
			canStatePositionFor:
				open && viewer?.stateCode && canStatePosition(viewer, viewer.stateCode) ? viewer.stateCode : null,
			canRunSilence: open && state.status === 'discussion' && canRunSilenceProcedure(viewer),
			canCancelSilence: open && state.status === 'silence' && canRunSilenceProcedure(viewer),
			canComment: open && canComment(viewer),
			canWithdraw: open && canWithdrawProposal(viewer, proposal),
			canFollow: viewer !== null,
			following
		}
	};
}
