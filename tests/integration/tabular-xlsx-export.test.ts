import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ExportEntry } from '../../src/lib/domain/export/types';
import { ZipArchive } from '../../src/lib/server/zip/archive';
import { listXlsxSheets, parseXlsx } from '../../src/lib/server/tabular/xlsx-reader';
import { dataSheetName, writeXlsx, xlsxBuffer } from '../../src/lib/server/tabular/xlsx-writer';
import { collectingSink } from '../fixtures/tabular/collecting-sink';
import { ROUND_TRIP_ENTRIES, ROUND_TRIP_META } from '../fixtures/tabular/round-trip-entries';

/** The text of a part of the workbook. */
async function partText(bytes: Uint8Array, name: string): Promise<string> {
	const archive = await ZipArchive.open(bytes);
	try {
		const chunks: Buffer[] = [];
		for await (const chunk of (await archive.stream(name)) as AsyncIterable<Buffer>) chunks.push(chunk);
		return Buffer.concat(chunks).toString('utf8');
	} finally {
		archive.close();
	}
}

/** A cell of a sheet part as written: its style's font and alignment, its type and value. */
async function cellOf(bytes: Uint8Array, sheet: number, reference: string) {
	const xml = await partText(bytes, `xl/worksheets/sheet${sheet}.xml`);
	const styles = await partText(bytes, 'xl/styles.xml');
	const cell = new RegExp(`<c r="${reference}" s="(\\d+)"(?: t="(\\w+)")?>([\\s\\S]*?)</c>`).exec(xml);
	if (!cell) return undefined;
	const formats = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map(
		(match) => match[0]
	);
	const format = formats[Number(cell[1])]!;
	const fonts = [...styles.matchAll(/<font>(.*?)<\/font>/g)].map((match) => match[1]!);
	const numberFormat = /numFmtId="(\d+)"/.exec(format)![1]!;
	return {
		type: cell[2] ?? 'n',
		content: cell[3]!,
		bold: fonts[Number(/fontId="(\d+)"/.exec(format)![1])]!.includes('<b/>'),
		wrapped: format.includes('wrapText="1"'),
		top: format.includes('vertical="top"'),
		numberFormat:
			new RegExp(`<numFmt numFmtId="${numberFormat}" formatCode="([^"]*)"`).exec(styles)?.[1] ?? numberFormat
	};
}

describe('our XLSX export', () => {
	it('comes back exactly as it went out', async () => {
		const bytes = await xlsxBuffer(ROUND_TRIP_ENTRIES, ROUND_TRIP_META);
		const sink = collectingSink();
		const summary = await parseXlsx(bytes, sink, {});
		expect(sink.messages()).toEqual([]);
		expect(summary).toMatchObject({
			sheetName: 'Serbia 2025',
			sheetNames: ['Serbia 2025', 'About'],
			entries: 3,
			notKept: []
		});
		expect(sink.entries.map((entry) => ({ entryId: Number(entry.sourceId), content: entry.content }))).toEqual(
			ROUND_TRIP_ENTRIES
		);
	});

	it('comes back exactly after LibreOffice Calc opened and saved it again', async () => {
		// The fixture is this export of ROUND_TRIP_ENTRIES, saved again by LibreOffice Calc 7.4 (soffice
		// --convert-to xlsx): shared strings, its own styles and date formats instead of ours.
		const bytes = fs.readFileSync(
			path.join(import.meta.dirname, '../fixtures/tabular/round-trip-resaved-by-libreoffice.xlsx')
		);
		expect(await partText(bytes, 'xl/sharedStrings.xml')).toContain('<si>');
		const sink = collectingSink();
		const summary = await parseXlsx(bytes, sink, {});
		expect(sink.messages()).toEqual([]);
		expect(summary).toMatchObject({ sheetNames: ['Serbia 2025', 'About'], entries: 3 });
		expect(sink.entries.map((entry) => ({ entryId: Number(entry.sourceId), content: entry.content }))).toEqual(
			ROUND_TRIP_ENTRIES
		);
	});

	it('has a bold, frozen header row, widths by content and wrapped definitions', async () => {
		const bytes = await xlsxBuffer(ROUND_TRIP_ENTRIES, ROUND_TRIP_META);
		expect(await listXlsxSheets(bytes)).toEqual(['Serbia 2025', 'About']);
		const sheet = await partText(bytes, 'xl/worksheets/sheet1.xml');
		expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
		const widths = [...sheet.matchAll(/<col min="(\d+)" max="\d+" width="(\d+)"/g)].map((match) => [
			Number(match[1]),
			Number(match[2])
		]);
		expect(widths.filter(([column]) => [1, 3, 4].includes(column!)).map(([, width]) => width)).toEqual([14, 28, 60]);
		expect(await cellOf(bytes, 1, 'A1')).toMatchObject({
			content: '<is><t xml:space="preserve">Entry ID</t></is>',
			bold: true
		});
		expect(await cellOf(bytes, 1, 'D1')).toMatchObject({
			content: '<is><t xml:space="preserve">Definition</t></is>',
			bold: true
		});
		expect(await cellOf(bytes, 1, 'D2')).toMatchObject({ type: 'inlineStr', wrapped: true, top: true, bold: false });
		expect(await cellOf(bytes, 1, 'C2')).toMatchObject({ type: 'inlineStr', wrapped: false, top: true });
		// Dates and identifiers are real dates and numbers, so Excel sorts and filters them.
		expect(await cellOf(bytes, 1, 'N2')).toMatchObject({
			type: 'n',
			content: '<v>42398</v>',
			numberFormat: 'yyyy\\-mm\\-dd'
		});
		expect(await cellOf(bytes, 1, 'A2')).toMatchObject({ type: 'n', content: '<v>101</v>' });
	});

	it('writes every text as text, never as a formula, and reads it back as written', async () => {
		const hostile = [
			'=HYPERLINK("https://evil.example","click")',
			"+cmd|' /C calc'!A0",
			'@SUM(1+1)',
			'-2+3',
			"'=already quoted"
		];
		const entries: ExportEntry[] = hostile.map((text, index) => ({
			entryId: index + 1,
			content: {
				...ROUND_TRIP_ENTRIES[2]!.content,
				languageVersions: ROUND_TRIP_ENTRIES[2]!.content.languageVersions.map((version) => ({
					...version,
					definition: text
				}))
			}
		}));
		const bytes = await xlsxBuffer(entries, ROUND_TRIP_META);
		const sheet = await partText(bytes, 'xl/worksheets/sheet1.xml');
		expect(sheet).not.toMatch(/<f[ >]/);
		const sink = collectingSink();
		await parseXlsx(bytes, sink, {});
		expect(sink.entries.map((entry) => entry.content.languageVersions[0]!.definition)).toEqual(hostile);
	});

	it('writes a date Excel cannot show as a date (before March 1900) as text, and reads it back', async () => {
		const entries: ExportEntry[] = [
			{ entryId: 1, content: { ...ROUND_TRIP_ENTRIES[2]!.content, sourceDate: '1896-05-18' } }
		];
		const bytes = await xlsxBuffer(entries, ROUND_TRIP_META);
		expect((await cellOf(bytes, 1, 'N2'))?.type).toBe('inlineStr');
		const sink = collectingSink();
		await parseXlsx(bytes, sink, {});
		expect(sink.entries[0]!.content.sourceDate).toBe('1896-05-18');
	});

	it('describes the submission on a second sheet, “About”', async () => {
		const bytes = await xlsxBuffer(ROUND_TRIP_ENTRIES, ROUND_TRIP_META);
		const about = await partText(bytes, 'xl/worksheets/sheet2.xml');
		const rows = Object.fromEntries(
			[
				...about.matchAll(
					/<row r="\d+">.*?<t xml:space="preserve">(.*?)<\/t>.*?<t xml:space="preserve">(.*?)<\/t>.*?<\/row>/g
				)
			].map((match) => [match[1], match[2]])
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
		expect(await cellOf(bytes, 2, 'A1')).toMatchObject({ bold: true });
	});

	it('names the sheet after the State and cycle, by code when the name is too long for Excel', () => {
		expect(dataSheetName(ROUND_TRIP_META)).toBe('Serbia 2025');
		expect(
			dataSheetName({
				...ROUND_TRIP_META,
				stateCode: 'GB',
				stateName: 'United Kingdom of Great Britain and Northern Ireland'
			})
		).toBe('GB 2025');
		expect(
			dataSheetName({ ...ROUND_TRIP_META, stateCode: 'XX', stateName: 'Name: with / forbidden [characters]' })
		).toBe('XX 2025');
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
		const summary = await parseXlsx(Buffer.concat(parts), sink, {});
		expect(summary).toMatchObject({ entries: 2000, errors: 0 });
		expect(sink.entries.at(-1)).toMatchObject({ row: 2001, sourceId: '2000' });
	});
});
