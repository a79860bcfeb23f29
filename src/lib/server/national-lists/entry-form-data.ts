// Reads the entry form of the edit pages (see domain/entry-form.ts for the field names).
import { entryFromForm } from '../../domain/entry-form';
import type { EntryContent } from '../../domain/national-entry';

const MAX_OTHER_LANGUAGES = 30;

export function entryFormFromRequest(data: FormData): {
	content: EntryContent;
	values: Record<string, string>;
	otherCount: number;
} {
	const values: Record<string, string> = {};
	for (const [name, value] of data.entries()) {
		if (typeof value === 'string' && name !== 'otherCount') values[name] = value.trim();
	}
	const otherCount = Math.min(Math.max(Number(data.get('otherCount')) || 0, 0), MAX_OTHER_LANGUAGES);
	const content = entryFromForm((name) => values[name] ?? '', otherCount);
	return { content, values, otherCount };
}
