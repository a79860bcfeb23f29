// What adoption does to the consensus glossary, as data for the server to write in the same
// transaction as the adoption: which concept version to create from the adopted revision, with which
// status, and which interpretive statements to keep with it. Earlier versions are never changed.
import { interpretiveStatements } from './positions';
import type {
	ConceptStatus,
	ConceptVersionStatus,
	Instant,
	InterpretiveStatement,
	OsceLanguage,
	ProposalKind,
	ProposalState
} from './types';

/** The concept a proposal is about, as it stands when the adoption is written. */
export interface ConceptTarget {
	readonly conceptId: number;
	readonly status: ConceptStatus;
	/** The number of its latest adopted version; null for a candidate concept that has none. */
	readonly currentVersion: number | null;
}

export interface AdoptionPlan {
	readonly kind: ProposalKind;
	/** The adopted revision; its text becomes the text of the new concept version. */
	readonly revision: number;
	readonly adoptedAt: Instant;
	/** Create the concept (a new concept proposed without a candidate), or add a version to it. */
	readonly concept: { readonly action: 'create' } | { readonly action: 'add_version'; readonly conceptId: number };
	/** The status the concept takes (concept.status). */
	readonly conceptStatus: ConceptVersionStatus;
	/** The concept version to create (concept_version.number and .status). */
	readonly version: { readonly number: number; readonly status: ConceptVersionStatus };
	/** The version the new one follows; it stays as it is, as history. Null for a new concept. */
	readonly previousVersion: number | null;
	/** The reservations current at adoption, kept with the adopted text. */
	readonly interpretiveStatements: readonly InterpretiveStatement[];
	/** Languages the adopted text does not give yet: the version is agreed, its translation pending. */
	readonly pendingLanguages: readonly OsceLanguage[];
}

export type AdoptionPlanResult =
	{ readonly ok: true; readonly plan: AdoptionPlan } | { readonly ok: false; readonly reason: string };

/**
 * Whether a proposal of `kind` can apply to the concept as it stands; null when it can. The server
 * should ask before starting a silence too, so that a proposal that could not be applied is never
 * put under silence.
 */
export function refusalForConcept(kind: ProposalKind, concept: ConceptTarget | null): string | null {
	switch (kind) {
		case 'new_concept':
			if (concept && (concept.currentVersion !== null || concept.status !== 'candidate')) {
				return `This concept already has an adopted text (version ${concept.currentVersion ?? '?'}); a change to it is an amendment or a deprecation, not a new concept.`;
			}
			return null;
		case 'amendment':
			if (!concept) return 'An amendment needs the agreed concept it amends.';
			if (concept.status === 'deprecated')
				return 'This concept is deprecated; an amendment can only change an agreed concept.';
			if (concept.status !== 'agreed' || concept.currentVersion === null) {
				return 'This concept has no agreed text yet; propose it as a new concept instead of an amendment.';
			}
			return null;
		case 'deprecation':
			if (!concept) return 'A deprecation needs the agreed concept it deprecates.';
			if (concept.status === 'deprecated')
				return `This concept is already deprecated (version ${concept.currentVersion ?? '?'}).`;
			if (concept.status !== 'agreed' || concept.currentVersion === null) {
				return 'This concept has no agreed text yet, so there is nothing to deprecate.';
			}
			return null;
	}
}

const STATUS_IN_WORDS: Record<ProposalState['status'], string> = {
	discussion: 'under discussion',
	silence: 'under the silence procedure',
	adopted: 'adopted',
	withdrawn: 'withdrawn'
};

/**
 * The changes adoption makes: for a new concept, version 1, agreed; for an amendment, the next version
 * number, agreed; for a deprecation, the next version number, deprecated. `concept` is null for a new
 * concept proposed without a candidate concept.
 */
export function adoptionPlan(state: ProposalState, concept: ConceptTarget | null): AdoptionPlanResult {
	if (state.status !== 'adopted' || state.closedAt === null) {
		return {
			ok: false,
			reason: `Only an adopted proposal changes the glossary; this proposal is ${STATUS_IN_WORDS[state.status]}.`
		};
	}
	const refusal = refusalForConcept(state.kind, concept);
	if (refusal) return { ok: false, reason: refusal };

	const previousVersion = concept?.currentVersion ?? null;
	const status: ConceptVersionStatus = state.kind === 'deprecation' ? 'deprecated' : 'agreed';
	const revision = state.history.revisions.find((record) => record.number === state.currentRevision);
	return {
		ok: true,
		plan: {
			kind: state.kind,
			revision: state.currentRevision,
			adoptedAt: state.closedAt,
			concept: concept ? { action: 'add_version', conceptId: concept.conceptId } : { action: 'create' },
			conceptStatus: status,
			version: { number: (previousVersion ?? 0) + 1, status },
			previousVersion,
			interpretiveStatements: interpretiveStatements(state),
			pendingLanguages: revision?.pendingLanguages ?? []
		}
	};
}
