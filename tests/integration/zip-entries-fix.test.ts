// exceljs's streaming reader believes unzipper's Parse when it says it has ended; Parse must not
// say so while parts it found are still waiting to be read (zip-entries-fix.ts).
import { PassThrough, type Duplex } from 'node:stream';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { makeZipEntriesEndWhenRead, unzipperOfExceljs } from '../../src/lib/server/tabular/zip-entries-fix';
import { xlsxBuffer } from '../../src/lib/server/tabular/xlsx-writer';
import { ROUND_TRIP_ENTRIES, ROUND_TRIP_META } from '../fixtures/tabular/round-trip-entries';

interface ZipEntry {
	path: string;
	autodrain(): void;
}

/** Reads every entry of a Parse stream only after it has read the whole zip, as a busy exceljs does. */
async function entriesReadLate(parse: Duplex, zip: Buffer): Promise<{ endBeforeRead: boolean; paths: string[] }> {
	let ended = false;
	parse.on('end', () => (ended = true));
	parse.pause();
	const source = new PassThrough();
	source.pipe(parse);
	source.end(zip);
	await once(parse, 'finish');
	const endBeforeRead = ended;
	const paths: string[] = [];
	parse.on('data', (entry: ZipEntry) => {
		paths.push(entry.path);
		entry.autodrain();
	});
	parse.resume();
	if (!ended) await once(parse, 'end');
	return { endBeforeRead, paths };
}

describe('reading the parts of a workbook', () => {
	it('ends only once every part found has been read, however late it is read', async () => {
		const unzipper = unzipperOfExceljs();
		makeZipEntriesEndWhenRead(unzipper);
		const zip = await xlsxBuffer(ROUND_TRIP_ENTRIES, ROUND_TRIP_META);
		const { endBeforeRead, paths } = await entriesReadLate(unzipper.Parse({ forceStream: true }), zip);
		expect(endBeforeRead).toBe(false);
		expect(paths).toEqual(expect.arrayContaining(['xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels']));
	});

	it('is applied once, however often it is asked for', () => {
		const unzipper = unzipperOfExceljs();
		makeZipEntriesEndWhenRead(unzipper);
		const patched = unzipper.Parse;
		makeZipEntriesEndWhenRead(unzipper);
		expect(unzipper.Parse).toBe(patched);
	});
});
