// The shapes the consensus rules work on (DESIGN.md §2: proposal, position, silence procedure,
// consensus glossary release). They mirror the proposal, proposal_revision, state_position and
// silence_procedure tables, so a repository can load a ProposalState from rows and write back the
// events a decision returns. Instants are ISO 8601 strings in UTC (`Date#toISOString()`).
import type { ConceptText } from '../concept-text';
import type { OsceLanguage, Stance } from '../vocabulary';

export type { ConceptText, OsceLanguage, Stance };

export type ProposalKind = 'new_concept' | 'amendment' | 'deprecation';
export type ProposalStatus = 'discussion' | 'silence' | 'adopted' | 'withdrawn';
export type SilenceOutcome = 'held' | 'broken' | 'cancelled';
export type ConceptStatus = 'candidate' | 'agreed' | 'deprecated';
/** The status an adopted concept version has (concept_version.status). */
export type ConceptVersionStatus = 'agreed' | 'deprecated';

/** An ISO 8601 instant in UTC, as produced by `Date#toISOString()`. */
export type Instant = string;
/** ISO 3166-1 alpha-2 code of a participating State. */
export type StateCode = string;
/** The id of the user account that acted (user.id). */
export type UserId = string;

export interface RevisionRecord {
	readonly number: number;
	readonly postedAt: Instant;
	readonly postedBy: UserId;
	/** OSCE languages other than English that the revision does not give yet. */
	readonly pendingLanguages: readonly OsceLanguage[];
}

export interface Position {
	readonly revision: number;
	readonly stateCode: StateCode;
	readonly stance: Stance;
	/** The interpretive statement of a reservation, the reason of an objection, optional otherwise. */
	readonly statement: string | null;
	readonly statedBy: UserId;
	readonly statedAt: Instant;
}

/**
 * A position that is no longer current. `supersededAt` is set when the State changed its position
 * on the same revision; it is null when the position was the State's last word on a revision that
 * a later revision replaced (state_position.superseded_at stays NULL in that case too).
 */
export interface PastPosition extends Position {
	readonly supersededAt: Instant | null;
}

export interface RunningSilence {
	readonly revision: number;
	readonly startedAt: Instant;
	readonly startedBy: UserId;
	/** The instant the silence ends; the silence holds if no State objected strictly before it. */
	readonly deadlineAt: Instant;
	/** The IANA time zone the deadline was announced in (Europe/Vienna by default). */
	readonly timeZone: string;
}

export interface EndedSilence extends RunningSilence {
	readonly outcome: SilenceOutcome;
	readonly endedAt: Instant;
	/** The objection that broke the silence; set exactly when the outcome is `broken`. */
	readonly brokenBy: Position | null;
}

export interface ProposalHistory {
	/** Every revision, the current one included, in order. */
	readonly revisions: readonly RevisionRecord[];
	/** Every position that is no longer current, in the order it stopped being current. */
	readonly positions: readonly PastPosition[];
	/** Every silence procedure that ended, in order. */
	readonly silences: readonly EndedSilence[];
}

export interface ProposalState {
	readonly kind: ProposalKind;
	readonly status: ProposalStatus;
	readonly openedAt: Instant;
	/** When the proposal was adopted or withdrawn; null while it is open. */
	readonly closedAt: Instant | null;
	readonly currentRevision: number;
	/** The current position of each State on the current revision, keyed by State code. */
	readonly currentPositions: Readonly<Record<StateCode, Position>>;
	/** The running silence procedure; set exactly when the status is `silence`. */
	readonly silence: RunningSilence | null;
	readonly history: ProposalHistory;
}

// ── Actions ────────────────────────────────────────────────────────────────────────────────────
// Who may take an action is decided by lib/server/permissions; the rules here decide when.

export interface PostRevisionAction {
	readonly type: 'postRevision';
	readonly by: UserId;
	/** The complete text of the new revision; English is required. */
	readonly text: ConceptText;
}

export interface StatePositionAction {
	readonly type: 'statePosition';
	readonly by: UserId;
	readonly stateCode: StateCode;
	/** The revision the delegate is looking at; it must be the current one. */
	readonly revision: number;
	readonly stance: Stance;
	readonly statement: string | null;
}

export interface StartSilenceAction {
	readonly type: 'startSilence';
	readonly by: UserId;
	/** The revision the Secretariat puts under silence; it must be the current one. */
	readonly revision: number;
	/** ISO 8601 instant with `Z` or an explicit offset; see parseLocalDeadline for wall-clock input. */
	readonly deadlineAt: string;
	/** The IANA time zone the deadline is announced in; Europe/Vienna when omitted. */
	readonly timeZone?: string;
}

export interface CancelSilenceAction {
	readonly type: 'cancelSilence';
	readonly by: UserId;
}

export interface WithdrawAction {
	readonly type: 'withdraw';
	readonly by: UserId;
}

/** Sent by the server's deadline worker; see evaluateDeadline. */
export interface EvaluateDeadlineAction {
	readonly type: 'evaluateDeadline';
}

export type ProposalAction =
	| PostRevisionAction
	| StatePositionAction
	| StartSilenceAction
	| CancelSilenceAction
	| WithdrawAction
	| EvaluateDeadlineAction;

// ── Events ─────────────────────────────────────────────────────────────────────────────────────
// What happened, for notifications and the audit trail. Applying them is already done in `next`.

export interface InterpretiveStatement {
	readonly stateCode: StateCode;
	readonly statement: string;
}

export type ProposalEvent =
	| { readonly type: 'proposal_opened'; readonly kind: ProposalKind; readonly at: Instant; readonly by: UserId }
	| {
			readonly type: 'revision_posted';
			readonly revision: number;
			readonly at: Instant;
			readonly by: UserId;
			readonly pendingLanguages: readonly OsceLanguage[];
	  }
	| {
			readonly type: 'positions_cleared';
			/** The revision that was replaced; its positions stay in its history. */
			readonly revision: number;
			readonly stateCodes: readonly StateCode[];
			readonly at: Instant;
	  }
	| { readonly type: 'position_stated'; readonly position: Position; readonly supersedes: Position | null }
	| { readonly type: 'silence_started'; readonly silence: RunningSilence }
	| {
			readonly type: 'silence_broken';
			readonly revision: number;
			readonly stateCode: StateCode;
			readonly objection: Position;
			readonly at: Instant;
	  }
	| {
			readonly type: 'silence_cancelled';
			readonly revision: number;
			readonly at: Instant;
			readonly by: UserId;
			/** `withdrawal` when the silence ended because the proposal was withdrawn. */
			readonly because: 'cancellation' | 'withdrawal';
	  }
	| { readonly type: 'silence_held'; readonly revision: number; readonly at: Instant }
	| {
			readonly type: 'adopted';
			readonly revision: number;
			readonly at: Instant;
			readonly interpretiveStatements: readonly InterpretiveStatement[];
	  }
	| { readonly type: 'withdrawn'; readonly revision: number; readonly at: Instant; readonly by: UserId };

export type Decision =
	| { readonly ok: true; readonly events: readonly ProposalEvent[]; readonly next: ProposalState }
	| { readonly ok: false; readonly reason: string };

export type DeadlineEvaluation =
	| {
			readonly kind: 'nothing_to_do';
			/** The deadline still to come, for scheduling the next evaluation; null when none runs. */
			readonly nextDeadlineAt: Instant | null;
	  }
	| {
			readonly kind: 'transition';
			readonly outcome: 'held' | 'broken';
			readonly events: readonly ProposalEvent[];
			readonly next: ProposalState;
	  };
