// What changed between two versions of a State's national list: two revisions of one submission,
// or the lists of two exchange cycles. Within one submission entries keep their identity; across
// cycles they are matched by their original term (case, accents and spacing ignored).
import { wordDiff, summariseChange, type DiffSegment } from './compare';
import { termKey } from './entry-validation';
import { englishVersion, originalVersion, type EntryContent } from './national-entry';

export interface ComparedEntry {
	entryId: number;
	content: EntryContent;
}

export interface TextChange {
	language: string;
	segments: DiffSegment[];
}

export interface ChangedEntry {
	before: ComparedEntry;
	after: ComparedEntry;
	term: TextChange | null;
	definition: TextChange | null;
	englishTerm: TextChange | null;
	englishDefinition: TextChange | null;
	/** Source, notes or further languages changed (shown as a list of field names). */
	otherChanges: string[];
}

export interface ListChanges {
	added: ComparedEntry[];
	withdrawn: ComparedEntry[];
	changed: ChangedEntry[];
	unchanged: number;
}

function change(
	before: string | null | undefined,
	after: string | null | undefined,
	language: string
): TextChange | null {
	const a = before ?? '';
	const b = after ?? '';
	if (a === b) return null;
	return { language, segments: wordDiff(a, b, language) };
}

function otherChanges(before: EntryContent, after: EntryContent): string[] {
	const fields: string[] = [];
	if (before.sourceAct !== after.sourceAct) fields.push('act');
	if (before.sourceArticle !== after.sourceArticle) fields.push('article');
	if (before.sourceDate !== after.sourceDate) fields.push('date of the act');
	if (before.sourceUrl !== after.sourceUrl) fields.push('link');
	if (before.note !== after.note) fields.push('note');
	const languages = (content: EntryContent) =>
		content.languageVersions.map((version) =>
			JSON.stringify([version.language, version.term, version.definition, version.textStatus, version.additionalTerms])
		);
	const original = (content: EntryContent) => originalVersion(content.languageVersions);
	const english = (content: EntryContent) => englishVersion(content.languageVersions);
	const rest = (content: EntryContent) =>
		languages(content).filter((_, index) => {
			const version = content.languageVersions[index];
			return version !== original(content) && version !== english(content);
		});
	if (JSON.stringify(rest(before)) !== JSON.stringify(rest(after))) fields.push('other language versions');
	const additional = (content: EntryContent) =>
		JSON.stringify([original(content)?.additionalTerms, english(content)?.additionalTerms]);
	if (additional(before) !== additional(after)) fields.push('other terms');
	const statuses = (content: EntryContent) => JSON.stringify([english(content)?.textStatus]);
	if (statuses(before) !== statuses(after)) fields.push('status of the English text');
	return fields;
}

function compareEntries(before: ComparedEntry, after: ComparedEntry): ChangedEntry | null {
	const originalBefore = originalVersion(before.content.languageVersions);
	const originalAfter = originalVersion(after.content.languageVersions);
	const englishBefore = englishVersion(before.content.languageVersions);
	const englishAfter = englishVersion(after.content.languageVersions);
	const language = originalAfter?.language ?? originalBefore?.language ?? 'en';
	const changed: ChangedEntry = {
		before,
		after,
		term: change(originalBefore?.term, originalAfter?.term, language),
		definition: change(originalBefore?.definition, originalAfter?.definition, language),
		englishTerm: change(englishBefore?.term, englishAfter?.term, 'en'),
		englishDefinition: change(englishBefore?.definition, englishAfter?.definition, 'en'),
		otherChanges: otherChanges(before.content, after.content)
	};
	const textChanged = [changed.term, changed.definition, changed.englishTerm, changed.englishDefinition].some(
		(text) => text && summariseChange(text.segments) !== 'unchanged'
	);
	return textChanged || changed.otherChanges.length > 0 ? changed : null;
}

export function compareLists(
	before: readonly ComparedEntry[],
	after: readonly ComparedEntry[],
	options: { sameSubmission: boolean }
): ListChanges {
	const key = (entry: ComparedEntry) =>
		options.sameSubmission
			? String(entry.entryId)
			: termKey(originalVersion(entry.content.languageVersions)?.term ?? '');
	const remaining = new Map<string, ComparedEntry[]>();
	for (const entry of before) remaining.set(key(entry), [...(remaining.get(key(entry)) ?? []), entry]);

	const result: ListChanges = { added: [], withdrawn: [], changed: [], unchanged: 0 };
	for (const entry of after) {
		const candidates = remaining.get(key(entry));
		const match = candidates?.shift();
		if (!match) {
			result.added.push(entry);
			continue;
		}
		const changed = compareEntries(match, entry);
		if (changed) result.changed.push(changed);
		else result.unchanged++;
	}
	for (const leftover of remaining.values()) result.withdrawn.push(...leftover);
	return result;
}
