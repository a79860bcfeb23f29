import { describe, expect, it } from 'vitest';
import { parseTbx } from '../../src/lib/domain/tbx';
import type { ParsedEntry } from '../../src/lib/domain/import/types';
import { importTbx, langSec, tbxV3, utf8 } from './tbx-helpers';

function generatedFile(count: number): string {
	const entries: string[] = [];
	for (let index = 1; index <= count; index++) {
		entries.push(
			`<conceptEntry id="c${index}"><descrip type="subjectField">ICT</descrip>${langSec('sr', `термин ${index}`, `Дефиниција ${index}.`)}${langSec('en', `term ${index}`)}</conceptEntry>`
		);
	}
	return tbxV3(entries.join('\n'));
}

describe('streaming', () => {
	it('hands each entry to the sink as soon as it closes, before the rest of the file arrives', async () => {
		const file = generatedFile(3);
		// One chunk per entry: everything up to and including each </conceptEntry>, then the tail.
		const pieces = file.split(/(?<=<\/conceptEntry>)/);
		const received: ParsedEntry[] = [];
		const entriesWhenChunkRequested: number[] = [];
		async function* chunks() {
			for (const piece of pieces) {
				entriesWhenChunkRequested.push(received.length);
				yield utf8(piece);
			}
		}
		await parseTbx(
			chunks(),
			{
				entry: async (entry) => {
					// A slow sink (a database write, say) is awaited before the next chunk is read.
					await new Promise((resolve) => setTimeout(resolve, 5));
					received.push(entry);
				},
				problem: () => {}
			},
			{ originalLanguage: 'sr' }
		);
		expect(pieces).toHaveLength(4);
		expect(entriesWhenChunkRequested).toEqual([0, 1, 2, 3]);
		expect(received.map((entry) => entry.sourceId)).toEqual(['c1', 'c2', 'c3']);
	});

	it('reads a generated file of 5,000 entries completely, in order', async () => {
		const bytes = utf8(generatedFile(5000));
		const chunks = [];
		for (let offset = 0; offset < bytes.length; offset += 64 * 1024)
			chunks.push(bytes.subarray(offset, offset + 64 * 1024));
		const { entries, problems, summary } = await importTbx(chunks, { originalLanguage: 'sr' });
		expect(problems).toEqual([]);
		expect(summary.entries).toBe(5000);
		expect(entries).toHaveLength(5000);
		expect(entries[0]!.sourceId).toBe('c1');
		expect(entries[4999]!.content.languageVersions.map((version) => version.term)).toEqual([
			'термин 5000',
			'term 5000'
		]);
		expect(summary.notKept).toEqual(['subjectField (5000 entries)']);
	});
});
