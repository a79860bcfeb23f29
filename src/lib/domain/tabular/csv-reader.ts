// Reads a CSV file as it arrives: strict UTF-8 (with or without BOM), separator told from the
// header line, quoted cells over several lines, rows numbered as a spreadsheet shows them.
// Rows go to the sink one by one; the parser's back-pressure keeps memory flat whatever the size.
import { parse, CsvError, type Parser } from 'csv-parse';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, type ImportOptions } from '../import/types';
import type { ColumnMapping } from './column-target';
import { detectDelimiter } from './delimiter';
import { tooLargeMessage } from './file-size';
import { unguardFormula } from './csv-writing';
import { TableReader, type CsvDelimiter, type TabularImportSummary, type TabularSink } from './table-reader';
import { InvalidUtf8Error, UTF8_BYTE_ORDER_MARK, decodeUtf8Piece } from './utf8';

/** A problem that makes the whole file unreadable, in words for the preview. */
export class UnreadableFileError extends Error {
	override name = 'UnreadableFileError';
}

// Guards against a wrong separator or an unclosed quote turning the whole file into one cell.
const MAX_RECORD_CHARACTERS = 1_000_000;

// The longest signature looked for at the start of a file (a zip or .xls header).
const SIGNATURE_LENGTH = 4;

const SAVE_AS_UTF8 = 'In Excel, choose “Save as” → “CSV UTF-8 (comma delimited)” and import that file.';

/**
 * Reads a CSV file into entries and problems, pushed to the sink as they are found. `mapping` is the
 * one the user checked in the preview; without it the mapping guessed from the header is used.
 */
export async function parseCsv(
	chunks: AsyncIterable<Uint8Array>,
	sink: TabularSink,
	options: ImportOptions,
	limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
	mapping?: ColumnMapping
): Promise<TabularImportSummary> {
	const table = new TableReader('csv', sink, options, mapping);
	try {
		const texts = decodeText(chunks, limits, table);
		for await (const { cells, row } of csvRows(texts, (delimiter) => (table.facts.delimiter = delimiter))) {
			// Our CSV exports guard texts a spreadsheet would take for a formula; read them as written.
			await table.row(cells.map(unguardFormula), row);
			if (!table.wantsRows) break;
		}
	} catch (error) {
		if (!(error instanceof UnreadableFileError)) throw error;
		await table.fileProblem('error', error.message);
	}
	return table.finish();
}

/** The file's text, piece by piece, after checking size, encoding and that it is text at all. */
async function* decodeText(
	chunks: AsyncIterable<Uint8Array>,
	limits: ImportLimits,
	table: TableReader
): AsyncGenerator<string> {
	let bytesRead = 0;
	let carry: Uint8Array = new Uint8Array(0);
	let started = false;
	// The first bytes say what the file is (BOM, UTF-16, a workbook): wait until there are enough of them.
	const start = (bytes: Uint8Array): Uint8Array => {
		started = true;
		refuseNonText(bytes);
		table.facts.byteOrderMark = UTF8_BYTE_ORDER_MARK.every((byte, index) => bytes[index] === byte);
		return table.facts.byteOrderMark ? bytes.subarray(UTF8_BYTE_ORDER_MARK.length) : bytes;
	};
	for await (const chunk of chunks) {
		bytesRead += chunk.byteLength;
		table.countBytes(chunk.byteLength);
		if (bytesRead > limits.maxBytes) {
			throw new UnreadableFileError(tooLargeMessage(limits));
		}
		let bytes = carry.length > 0 ? concat(carry, chunk) : chunk;
		if (!started) {
			if (bytes.length < SIGNATURE_LENGTH) {
				carry = bytes.slice();
				continue;
			}
			bytes = start(bytes);
		}
		const piece = decodeUtf8Piece(bytes, false);
		carry = piece.carry;
		if (piece.text) yield piece.text;
	}
	if (!started) carry = start(carry);
	if (carry.length > 0) yield decodeUtf8Piece(carry, true).text;
}

/** Files that are not CSV text at all get a message saying what they are. */
function refuseNonText(bytes: Uint8Array): void {
	const startsWith = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
	if (startsWith(0x50, 0x4b, 0x03, 0x04)) {
		throw new UnreadableFileError(
			'This is an Excel workbook (or another zip file), not a CSV file; import it as an XLSX file.'
		);
	}
	if (startsWith(0xd0, 0xcf, 0x11, 0xe0)) {
		throw new UnreadableFileError(`This is an old Excel workbook (.xls), not a CSV file. ${SAVE_AS_UTF8}`);
	}
	if (startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff) || bytes.subarray(0, 4096).includes(0)) {
		throw new UnreadableFileError(
			`The file is saved as UTF-16 (Excel calls it “Unicode text”), not as UTF-8. ${SAVE_AS_UTF8}`
		);
	}
}

/** Rows of cells, numbered from 1 as a spreadsheet shows them (blank lines count). */
async function* csvRows(
	texts: AsyncGenerator<string>,
	onDelimiter: (delimiter: CsvDelimiter) => void
): AsyncGenerator<{ cells: string[]; row: number }> {
	// The separator is told from the header line, so hold text back until that line is complete.
	let head = '';
	let delimiter: CsvDelimiter | null = null;
	let encodingFailure: InvalidUtf8Error | null = null;
	while (delimiter === null) {
		let next: IteratorResult<string>;
		try {
			next = await texts.next();
		} catch (error) {
			if (!(error instanceof InvalidUtf8Error)) throw error;
			encodingFailure = error;
			next = { done: true, value: undefined };
		}
		if (next.done) {
			head += encodingFailure?.validText ?? '';
			delimiter = detectDelimiter(head, true);
		} else {
			head += next.value;
			delimiter = detectDelimiter(head, false);
		}
	}
	onDelimiter(delimiter);

	const parser = parse({
		delimiter,
		relax_column_count: true,
		relax_quotes: true,
		max_record_size: MAX_RECORD_CHARACTERS
	});
	const feeding = feedParser(parser, head, encodingFailure, texts);
	let row = 0;
	try {
		for await (const cells of parser as AsyncIterable<string[]>) yield { cells, row: ++row };
	} catch (error) {
		throw unreadableRow(error, row);
	} finally {
		parser.destroy();
		await feeding;
	}
}

/** Writes the text into the parser as the parser is ready for it, then ends or fails it. */
async function feedParser(
	parser: Parser,
	head: string,
	encodingFailure: InvalidUtf8Error | null,
	texts: AsyncGenerator<string>
) {
	try {
		if (encodingFailure) return await failOnEncoding(parser, head);
		if (!(await write(parser, head))) return;
		for (;;) {
			let next: IteratorResult<string>;
			try {
				next = await texts.next();
			} catch (error) {
				if (error instanceof InvalidUtf8Error) return await failOnEncoding(parser, error.validText);
				throw error;
			}
			if (next.done || parser.destroyed) break;
			if (!(await write(parser, next.value))) return;
		}
		if (!parser.destroyed) parser.end();
	} catch (error) {
		parser.destroy(error instanceof Error ? error : new Error(String(error)));
	} finally {
		await texts.return(undefined);
	}
}

/** False when the parser was closed meanwhile (the reader stopped early). */
async function write(parser: Parser, text: string): Promise<boolean> {
	if (parser.destroyed) return false;
	if (text && !parser.write(text)) {
		await new Promise<void>((resolve) => {
			const done = () => {
				parser.off('drain', done);
				parser.off('close', done);
				resolve();
			};
			parser.on('drain', done);
			parser.on('close', done);
		});
	}
	return !parser.destroyed;
}

/** Parses what was valid, so the row of the first bad byte is known, then fails with a message naming it. */
async function failOnEncoding(parser: Parser, validText: string): Promise<void> {
	if (validText && !parser.destroyed) await new Promise<void>((resolve) => parser.write(validText, () => resolve()));
	const row = parser.info.records + 1;
	parser.destroy(
		new UnreadableFileError(
			`The file is not saved as UTF-8 text: row ${row} has characters in another encoding (perhaps Windows-1252 or Windows-1251, which Excel’s plain “CSV” format writes). ${SAVE_AS_UTF8}`
		)
	);
}

function unreadableRow(error: unknown, rowsRead: number): unknown {
	if (!(error instanceof CsvError)) return error;
	const row = (typeof error.records === 'number' ? error.records : rowsRead) + 1;
	switch (error.code) {
		case 'CSV_QUOTE_NOT_CLOSED':
			return new UnreadableFileError(
				`Row ${row}: a cell opens a quotation mark (") that is never closed, so the rest of the file would be one cell; check the quotation marks in row ${row}.`
			);
		case 'CSV_MAX_RECORD_SIZE':
			return new UnreadableFileError(
				`Row ${row} is longer than ${MAX_RECORD_CHARACTERS.toLocaleString('en')} characters; check the quotation marks in that row, or whether the file uses another separator.`
			);
		default:
			return new UnreadableFileError(
				`Row ${row} cannot be read as CSV: its quotation marks do not pair up; check them.`
			);
	}
}

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
	const bytes = new Uint8Array(first.length + second.length);
	bytes.set(first);
	bytes.set(second, first.length);
	return bytes;
}
