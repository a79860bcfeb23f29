// A zip package (XLSX today; DOCX and ODT use the same) read through its central directory with
// yauzl: parts are found by name in whatever order the producer stored them and read as streams.
// Every declared size is checked before a byte is inflated, and yauzl stops an entry that inflates
// to more than it declares, so a zip bomb is refused in milliseconds instead of filling the memory.
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface ZipLimits {
	maxEntries: number;
	/** Largest part once inflated. */
	maxEntryBytes: number;
	/** All parts together once inflated. */
	maxTotalBytes: number;
	/** Inflated / stored size above which a part counts as a bomb (for parts over `ratioFromBytes`). */
	maxRatio: number;
	ratioFromBytes: number;
}

// Real workbooks and documents inflate 3 to 30 times; a bomb inflates thousands of times.
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
	maxEntries: 10_000,
	maxEntryBytes: 512 * 1024 * 1024,
	maxTotalBytes: 1024 * 1024 * 1024,
	maxRatio: 200,
	ratioFromBytes: 1024 * 1024
};

/** Why a package cannot be read, in words for the person who uploaded it. */
export class ZipRefusal extends Error {
	constructor(
		readonly reason: 'not-a-zip' | 'too-large-inflated' | 'damaged',
		message: string
	) {
		super(message);
		this.name = 'ZipRefusal';
	}
}

const OPEN_OPTIONS: yauzl.Options = {
	lazyEntries: true,
	autoClose: false,
	validateEntrySizes: true,
	decodeStrings: true,
	strictFileNames: false
};

export class ZipArchive {
	private constructor(
		private readonly zip: yauzl.ZipFile,
		// Keyed by the lower-cased name: the parts of an Open Packaging package are named without regard to case.
		private readonly entries: Map<string, yauzl.Entry>
	) {}

	/** Opens a package from a file or from bytes and checks its directory against the limits. */
	static async open(source: string | Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipArchive> {
		let zip: yauzl.ZipFile;
		try {
			zip =
				typeof source === 'string'
					? await yauzl.openPromise(source, OPEN_OPTIONS)
					: await yauzl.fromBufferPromise(
							Buffer.from(source.buffer, source.byteOffset, source.byteLength),
							OPEN_OPTIONS
						);
		} catch (error) {
			throw new ZipRefusal('not-a-zip', `the file is not a readable zip package (${reasonOf(error)})`);
		}
		try {
			if (zip.entryCount > limits.maxEntries) {
				throw new ZipRefusal(
					'too-large-inflated',
					`the package has ${zip.entryCount.toLocaleString('en')} parts, more than the ${limits.maxEntries.toLocaleString('en')} accepted`
				);
			}
			const entries = new Map<string, yauzl.Entry>();
			let total = 0;
			for await (const entry of zip.eachEntry()) {
				checkEntry(entry, limits);
				total += entry.uncompressedSize;
				if (total > limits.maxTotalBytes) {
					throw new ZipRefusal(
						'too-large-inflated',
						`its parts unpack to more than ${megabytes(limits.maxTotalBytes)}, which looks like a zip bomb`
					);
				}
				entries.set(entry.fileName.toLowerCase(), entry);
			}
			return new ZipArchive(zip, entries);
		} catch (error) {
			zip.close();
			if (error instanceof ZipRefusal) throw error;
			throw new ZipRefusal('damaged', `the package's directory is damaged (${reasonOf(error)})`);
		}
	}

	/** The part's size once inflated, as the directory declares it (0 when there is no such part). */
	inflatedSize(name: string): number {
		return this.entries.get(normalise(name))?.uncompressedSize ?? 0;
	}

	has(name: string): boolean {
		return this.entries.has(normalise(name));
	}

	/** The part's bytes as a stream; an error if it inflates to more than it declared or is damaged. */
	async stream(name: string): Promise<Readable> {
		const entry = this.entries.get(normalise(name));
		if (!entry) throw new ZipRefusal('damaged', `the part “${name}” is missing`);
		try {
			return await this.zip.openReadStreamPromise(entry);
		} catch (error) {
			throw new ZipRefusal('damaged', `the part “${name}” cannot be read (${reasonOf(error)})`);
		}
	}

	close(): void {
		if (this.zip.isOpen) this.zip.close();
	}
}

function checkEntry(entry: yauzl.Entry, limits: ZipLimits): void {
	const name = entry.fileName;
	if (entry.uncompressedSize > limits.maxEntryBytes) {
		throw new ZipRefusal(
			'too-large-inflated',
			`the part “${name}” unpacks to ${megabytes(entry.uncompressedSize)}, more than the ${megabytes(limits.maxEntryBytes)} accepted`
		);
	}
	if (
		entry.uncompressedSize > limits.ratioFromBytes &&
		entry.uncompressedSize > entry.compressedSize * limits.maxRatio
	) {
		const ratio = Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize));
		throw new ZipRefusal(
			'too-large-inflated',
			`the part “${name}” would unpack ${ratio.toLocaleString('en')} times larger than it is stored, to ${megabytes(entry.uncompressedSize)}, which looks like a zip bomb`
		);
	}
}

function normalise(name: string): string {
	return name.replace(/^\/+/, '').toLowerCase();
}

function megabytes(bytes: number): string {
	return `${Math.round(bytes / (1024 * 1024)).toLocaleString('en')} MB`;
}

function reasonOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
