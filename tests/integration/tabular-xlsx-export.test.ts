import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportEntry } from '../../src/lib/domain/export/types';
import { parseXlsx } from '../../src/lib/server/tabular/xlsx-reader';
import { dataSheetName, writeXlsx, xlsxBuffer } from '../../src/lib/server/tabular/xlsx-writer';
import { collectingSink, inPieces } from '../fixtures/tabular/collecting-sink';
import { ROUND_TRIP_ENTRIES, ROUND_TRIP_META } from '../fixtures/tabular/round-trip-entries';

async function loaded(bytes: Buffer): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	return workbook;
}

describe('our XLSX export', () => {
	it('comes back exactly as it went out', async () => {
		const bytes = await xlsxBuffer(ROUND_TRIP_ENTRIES, ROUND_TRIP_META);
		const sink = collectingSink();
		const summary = await parseXlsx(inPieces(bytes, 8192), sink, {});
		expect(sink.messages()).toEqual([]);
		expect(summary).toMatchObject({ sheetName: 'Serbia 2025', sheetNames: ['Serbia 2025', 'About'], entries: 3, notKept: [] });
		expect(sink.entries.map((entry) => ({ entryId: Number(entry.sourceId), content: entry.content }))).toEqual(ROUND_TRIP_ENTRIES);
	});

	it('has a bold, frozen header row, widths by content and wrapped definitions', async () => {
		const workbook = await loaded(await xlsxBuffer(ROUND_TRIP_ENTRIES, ROUND_TRIP_META));
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Serbia 2025', 'About']);
		const sheet = workbook.worksheets[0]!;
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		const header = sheet.getRow(1);
		expect(header.getCell(1).value).toBe('Entry ID');
		expect(header.getCell(4).value).toBe('Definition');
		expect(header.getCell(4).font?.bold).toBe(true);
		expect([1, 3, 4].map((column) => sheet.getColumn(column).width)).toEqual([14, 28, 60]);
		expect(sheet.getRow(2).getCell(4).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
		expect(sheet.getRow(2).getCell(3).alignment?.wrapText).toBeFalsy();
		// Dates and identifiers are real dates and numbers, so Excel sorts and filters them.
		expect(sheet.getRow(2).getCell(14).value).toEqual(new Date(Date.UTC(2016, 0, 29)));
		expect(sheet.getRow(2).getCell(14).numFmt).toBe('yyyy-mm-dd');
		expect(sheet.getRow(2).getCell(1).value).toBe(101);
	});

	it('describes the submission on a second sheet, “About”', async () => {
		const about = (await loaded(await xlsxBuffer(ROUND_TRIP_ENTRIES, ROUND_TRIP_META))).getWorksheet('About')!;
		const rows = Object.fromEntries(
			Array.from({ length: about.rowCount }, (_, index) => [String(about.getRow(index + 1).getCell(1).value), String(about.getRow(index + 1).getCell(2).value)])
		);
		expect(rows).toMatchObject({
			'Participating State': 'Serbia (RS)',
			'Exchange cycle': '2025',
			Revision: '3',
			Submitted: '2025-11-20T10:15:00Z',
			Distribution: 'Restricted to participating States',
			'Document reference': 'PC.DEL/123/25',
			Entries: '3'
		});
		expect(about.getRow(1).getCell(1).font?.bold).toBe(true);
	});

	it('names the sheet after the State and cycle, by code when the name is too long for Excel', () => {
		expect(dataSheetName(ROUND_TRIP_META)).toBe('Serbia 2025');
		expect(dataSheetName({ ...ROUND_TRIP_META, stateCode: 'GB', stateName: 'United Kingdom of Great Britain and Northern Ireland' })).toBe('GB 2025');
		expect(dataSheetName({ ...ROUND_TRIP_META, stateCode: 'XX', stateName: 'Name: with / forbidden [characters]' })).toBe('XX 2025');
	});

	it('writes to a stream, reading the entries once when the languages are given', async () => {
		let reads = 0;
		function* entries(): Generator<ExportEntry> {
			for (let index = 1; index <= 2000; index++) {
				reads++;
				yield { entryId: index, content: ROUND_TRIP_ENTRIES[1]!.content };
			}
		}
		const output = new PassThrough();
		const parts: Buffer[] = [];
		output.on('data', (part: Buffer) => parts.push(part));
		const ended = new Promise((resolve) => output.on('end', resolve));
		await writeXlsx(entries(), ROUND_TRIP_META, output, { languages: ['en'] });
		await ended;
		expect(reads).toBe(2000);
		const sink = collectingSink();
		const summary = await parseXlsx(inPieces(Buffer.concat(parts), 65536), sink, {});
		expect(summary).toMatchObject({ entries: 2000, errors: 0 });
		expect(sink.entries.at(-1)).toMatchObject({ row: 2001, sourceId: '2000' });
	});
});
