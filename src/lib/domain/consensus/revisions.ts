// Revisions: each is a complete text in the OSCE languages. English is required (it is the working
// language and the one every State can read); the other languages may follow and show as pending.
import type { ConceptLanguageText } from '../concept-text';
import { OSCE_LANGUAGES, type OsceLanguage } from '../vocabulary';
import { accept, deadlineInWords, instantOf, refuse } from './decision';
import type {
	ConceptText,
	Decision,
	Instant,
	PastPosition,
	PostRevisionAction,
	ProposalEvent,
	ProposalKind,
	ProposalState,
	UserId
} from './types';
import { languageName } from './wording';

function isComplete(text: ConceptLanguageText): boolean {
	return text.definition.trim() !== '' && text.terms.length > 0 && text.terms.every((term) => term.term.trim() !== '');
}

export type RevisionTextCheck =
	{ readonly ok: true; readonly pendingLanguages: OsceLanguage[] } | { readonly ok: false; readonly reason: string };

export function checkRevisionText(text: ConceptText): RevisionTextCheck {
	const english = text.en;
	if (!english || !isComplete(english)) {
		return {
			ok: false,
			reason: 'A revision needs the English text: at least one English term and an English definition.'
		};
	}
	const pendingLanguages: OsceLanguage[] = [];
	for (const language of OSCE_LANGUAGES) {
		const languageText = text[language];
		if (!languageText) {
			pendingLanguages.push(language);
		} else if (!isComplete(languageText)) {
			const name = languageName(language);
			return {
				ok: false,
				reason: `The ${name} text is incomplete: give at least one term and a definition, or leave ${name} out to mark it as pending.`
			};
		}
	}
	return { ok: true, pendingLanguages };
}

/** A new proposal, under discussion, with its first revision. */
export function openProposal(
	input: { readonly kind: ProposalKind; readonly by: UserId; readonly text: ConceptText },
	now: Date
): Decision {
	const at = instantOf(now);
	const check = checkRevisionText(input.text);
	if (!check.ok) return refuse(check.reason);
	const next: ProposalState = {
		kind: input.kind,
		status: 'discussion',
		openedAt: at,
		closedAt: null,
		currentRevision: 1,
		currentPositions: {},
		silence: null,
		history: {
			revisions: [{ number: 1, postedAt: at, postedBy: input.by, pendingLanguages: check.pendingLanguages }],
			positions: [],
			silences: []
		}
	};
	return accept(next, [
		{ type: 'proposal_opened', kind: input.kind, at, by: input.by },
		{ type: 'revision_posted', revision: 1, at, by: input.by, pendingLanguages: check.pendingLanguages }
	]);
}

export function postRevision(state: ProposalState, action: PostRevisionAction, at: Instant): Decision {
	// Under silence, States are weighing one fixed text; replacing it would change what their silence
	// means. The Secretariat, which chairs the procedure, has to cancel the silence first; the rules
	// do not cancel it on the author's behalf.
	if (state.silence) {
		return refuse(
			`Revision ${state.silence.revision} is under silence until ${deadlineInWords(state)}. A new revision cannot be posted during a silence procedure: the Secretariat must cancel the silence first.`
		);
	}
	const check = checkRevisionText(action.text);
	if (!check.ok) return refuse(check.reason);

	const replaced = state.currentRevision;
	const number = replaced + 1;
	const cleared = Object.values(state.currentPositions).sort((a, b) => a.stateCode.localeCompare(b.stateCode));
	// The positions on the replaced revision stay in its history as the States' last word on it.
	const retired: PastPosition[] = cleared.map((position) => ({ ...position, supersededAt: null }));
	const next: ProposalState = {
		...state,
		currentRevision: number,
		currentPositions: {},
		history: {
			...state.history,
			revisions: [
				...state.history.revisions,
				{ number, postedAt: at, postedBy: action.by, pendingLanguages: check.pendingLanguages }
			],
			positions: [...state.history.positions, ...retired]
		}
	};
	const events: ProposalEvent[] = [
		{ type: 'revision_posted', revision: number, at, by: action.by, pendingLanguages: check.pendingLanguages }
	];
	if (cleared.length > 0) {
		events.push({
			type: 'positions_cleared',
			revision: replaced,
			stateCodes: cleared.map((position) => position.stateCode),
			at
		});
	}
	return accept(next, events);
}
