// The workbook's shared-string table: every distinct text of every sheet, which cells name by index.
// Read once before the sheet. Past a megabyte it is kept in a private temporary file rather than in
// memory, with only the offsets in memory, so a 50,000-row list reads with memory as flat as a CSV.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ZipArchive } from '../zip/archive';
import { readXmlPart } from '../zip/xml-part';
import { unescapeXlsxText } from './xlsx-text';

const IN_MEMORY_BYTES = 1024 * 1024;

export class SharedStrings {
	private offsets = new Float64Array(1024);
	private count = 0;
	private buffer: Buffer;
	private buffered = 0;
	/** Bytes already moved from the buffer to the file. */
	private spilled = 0;
	private file: { dir: string; fd: number } | null = null;

	private constructor(memoryBytes: number) {
		this.buffer = Buffer.allocUnsafe(memoryBytes);
	}

	/**
	 * Reads the table; texts longer than `maxChars` are kept one character longer than that, so the
	 * sheet reader can say the cell is too long without the table holding all of it.
	 */
	static async read(
		archive: ZipArchive,
		part: string | null,
		maxChars: number,
		memoryBytes = IN_MEMORY_BYTES
	): Promise<SharedStrings> {
		const table = new SharedStrings(memoryBytes);
		if (!part) return table;
		let pieces: string[] = [];
		let length = 0;
		// Phonetic guides (rPh) of Japanese text are not part of the text the cell shows.
		let phonetic = 0;
		let inText = false;
		try {
			await readXmlPart(archive, part, {
				open(name) {
					if (name === 'si') {
						pieces = [];
						length = 0;
					} else if (name === 'rPh') phonetic++;
					else if (name === 't' && phonetic === 0) inText = true;
				},
				text(text) {
					if (!inText || length > maxChars) return;
					pieces.push(text);
					length += text.length;
				},
				close(name) {
					if (name === 't') inText = false;
					else if (name === 'rPh') phonetic--;
					else if (name === 'si') table.add(unescapeXlsxText(pieces.join('')).slice(0, maxChars + 1));
				}
			});
			table.flush();
		} catch (error) {
			table.close();
			throw error;
		}
		return table;
	}

	get size(): number {
		return this.count;
	}

	/** The text at `index`, or undefined when the table has no such entry. */
	get(index: number): string | undefined {
		if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
		const start = this.offsets[index]!;
		const end = this.offsets[index + 1]!;
		const length = end - start;
		if (!this.file) return this.buffer.toString('utf8', start, end);
		const bytes = length <= this.buffer.length ? this.buffer : Buffer.allocUnsafe(length);
		fs.readSync(this.file.fd, bytes, 0, length, start);
		return bytes.toString('utf8', 0, length);
	}

	/** Deletes the temporary file, if there is one. */
	close(): void {
		if (!this.file) return;
		fs.closeSync(this.file.fd);
		fs.rmSync(this.file.dir, { recursive: true, force: true });
		this.file = null;
	}

	private add(text: string): void {
		const bytes = Buffer.byteLength(text);
		if (this.buffered + bytes > this.buffer.length) this.spill();
		if (bytes > this.buffer.length) {
			this.writeToFile(Buffer.from(text));
		} else {
			this.buffer.write(text, this.buffered);
			this.buffered += bytes;
		}
		this.count++;
		if (this.count + 1 >= this.offsets.length) {
			const grown = new Float64Array(this.offsets.length * 2);
			grown.set(this.offsets);
			this.offsets = grown;
		}
		this.offsets[this.count] = this.spilled + this.buffered;
	}

	/** Once the table is read: what is still in the buffer goes to the file, if there is one. */
	private flush(): void {
		if (this.file) this.spill();
	}

	private spill(): void {
		this.writeToFile(this.buffer.subarray(0, this.buffered));
		this.buffered = 0;
	}

	private writeToFile(bytes: Buffer): void {
		if (!this.file) {
			const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbm9-xlsx-'));
			this.file = { dir, fd: fs.openSync(path.join(dir, 'shared-strings'), 'w+', 0o600) };
		}
		let written = 0;
		while (written < bytes.length)
			written += fs.writeSync(this.file.fd, bytes, written, bytes.length - written, this.spilled + written);
		this.spilled += bytes.length;
	}
}
