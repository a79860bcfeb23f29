// The words of notifications, in one place so the inbox, the feeds and the tests read the same.
import type { NotificationKind } from '../db/schema';
import { formatDeadline } from '../../domain/consensus';
import { listInWords, stateName } from '../../domain/consensus/wording';
import type { ReleaseChange } from '../../domain/consensus';

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
	proposal_opened: 'Proposal opened',
	silence_started: 'Silence procedure started',
	silence_broken: 'Silence broken',
	adopted: 'Adopted',
	comment: 'Comment',
	release_published: 'Release published'
};

/** "Delegate of France (France)", "Secretariat member (OSCE Secretariat)". */
export function personInWords(displayName: string, stateCode: string | null): string {
	return `${displayName} (${stateCode ? stateName(stateCode) : 'OSCE Secretariat'})`;
}

const EXCERPT_LENGTH = 200;

function excerpt(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

export function proposalOpenedText(proposal: { title: string }, who: string): string {
	return `${who} opened the proposal “${proposal.title}”.`;
}

export function silenceStartedText(
	proposal: { title: string },
	revision: number,
	deadlineAt: string,
	timeZone: string
): string {
	return `Revision ${revision} of “${proposal.title}” is under the silence procedure until ${formatDeadline(deadlineAt, timeZone)}. If no State objects by then, it is adopted.`;
}

export function silenceBrokenText(
	proposal: { title: string },
	revision: number,
	objectingState: string,
	reason: string | null
): string {
	const because = reason ? ` Reason given: ${excerpt(reason)}` : '';
	return `${stateName(objectingState)} objected to revision ${revision} of “${proposal.title}”: the silence is broken and the proposal returns to discussion.${because}`;
}

export function adoptedText(
	proposal: { title: string },
	revision: number,
	deadlineAt: string,
	timeZone: string,
	reservingStates: readonly string[]
): string {
	const statements =
		reservingStates.length === 0
			? ''
			: ` The interpretive statement${reservingStates.length === 1 ? '' : 's'} of ${listInWords(reservingStates.map(stateName))} ${reservingStates.length === 1 ? 'is' : 'are'} kept with the adopted text.`;
	return `“${proposal.title}” is adopted: no State objected to revision ${revision} by ${formatDeadline(deadlineAt, timeZone)}.${statements}`;
}

export function commentText(proposal: { title: string }, revision: number, who: string, body: string): string {
	return `${who} commented on revision ${revision} of “${proposal.title}”: “${excerpt(body)}”`;
}

export function releasePublishedText(
	release: { number: number; title: string },
	counts: Readonly<Record<ReleaseChange, number>>
): string {
	return `Release ${release.number} of the consensus glossary is published: ${release.title} (${counts.added} added, ${counts.amended} amended, ${counts.deprecated} deprecated).`;
}
