// The separator of a CSV file, told from its header line: commas (most exports), semicolons (Excel
// in most of Europe, where the comma is the decimal sign) or tabs. Only separators outside quotes count.
import type { CsvDelimiter } from './table-reader';

// A header mentions commas in its words more often than semicolons or tabs, so they win a tie.
const PREFERENCE: readonly CsvDelimiter[] = [';', '\t', ','];
const MAX_LINES_WITHOUT_SEPARATOR = 10;
const MAX_HEAD_CHARACTERS = 1 << 20;

/**
 * The separator of the first line that has one (title lines above the header have none), or null
 * when more text is needed to tell. With `complete`, the text is all there is.
 */
export function detectDelimiter(text: string, complete: boolean): CsvDelimiter | null {
	const counts = new Map<CsvDelimiter, number>(PREFERENCE.map((delimiter) => [delimiter, 0]));
	let inQuotes = false;
	let lines = 0;
	for (let index = 0; index < text.length; index++) {
		const character = text[index]!;
		if (character === '"') inQuotes = !inQuotes;
		else if (inQuotes) continue;
		else if (character === ',' || character === ';' || character === '\t')
			counts.set(character, counts.get(character)! + 1);
		else if (character === '\n' || character === '\r') {
			const found = mostFrequent(counts);
			if (found) return found;
			if (++lines >= MAX_LINES_WITHOUT_SEPARATOR) return ',';
		}
	}
	if (complete || text.length > MAX_HEAD_CHARACTERS) return mostFrequent(counts) ?? ',';
	return null;
}

function mostFrequent(counts: Map<CsvDelimiter, number>): CsvDelimiter | null {
	let best: CsvDelimiter | null = null;
	for (const delimiter of PREFERENCE) {
		const count = counts.get(delimiter)!;
		if (count > 0 && (best === null || count > counts.get(best)!)) best = delimiter;
	}
	return best;
}
