// Bytes → text for the XML reader, chunk by chunk. The encoding comes from a byte order mark or,
// without one, from the first bytes and the XML declaration (XML 1.0, appendix F). Only UTF-8 and
// UTF-16 are accepted; invalid byte sequences are refused, never replaced, so no character is
// silently misread.

export type XmlEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Refusal of the bytes. `textBeforeError` is the text decoded from the failing chunk up to the bad bytes. */
export class DecodeError extends Error {
	override name = 'DecodeError';
	constructor(
		message: string,
		readonly invalidBytes: { encoding: XmlEncoding; textBeforeError: string } | null = null
	) {
		super(message);
	}
}

const SNIFF_LIMIT = 1024;
const EMPTY = new Uint8Array(0);

const ENCODING_NAMES: Record<XmlEncoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };

export function invalidBytesMessage(encoding: XmlEncoding, line: number): string {
	return encoding === 'utf-8'
		? `The file is not valid UTF-8: line ${line} contains bytes that are not UTF-8 text. The file is probably saved in another encoding (such as Windows-1252 or ISO-8859-1); save it as UTF-8 and import it again.`
		: `The file is not valid UTF-16: line ${line} contains a broken character. Save the file as UTF-8 and import it again.`;
}

export class XmlByteDecoder {
	private sniffed: Uint8Array[] = [];
	private sniffedLength = 0;
	private encoding: XmlEncoding | undefined;
	private decoder: TextDecoder | undefined;
	private carry: Uint8Array = EMPTY;

	get detectedEncoding(): XmlEncoding | undefined {
		return this.encoding;
	}

	/** Text of the chunk; empty while the first bytes are still being examined. */
	decode(chunk: Uint8Array): string {
		if (this.encoding) return this.decodeBytes(chunk, false);
		this.sniffed.push(chunk);
		this.sniffedLength += chunk.length;
		return this.trySniff(false);
	}

	/** Text still held back at the end of the input; throws if the input ends inside a character. */
	end(): string {
		const rest = this.encoding ? '' : this.trySniff(true);
		return rest + this.decodeBytes(EMPTY, true);
	}

	private trySniff(final: boolean): string {
		const head = concat(this.sniffed, this.sniffedLength);
		const decision = sniffEncoding(head, final);
		if (!decision) return '';
		this.encoding = decision.encoding;
		this.decoder = new TextDecoder(decision.encoding, { fatal: true, ignoreBOM: true });
		this.sniffed = [];
		return this.decodeBytes(head.subarray(decision.byteOrderMarkLength), final);
	}

	private decodeBytes(chunk: Uint8Array, final: boolean): string {
		const encoding = this.encoding;
		const decoder = this.decoder;
		if (!encoding || !decoder) return '';
		const bytes = this.carry.length > 0 ? concat([this.carry, chunk], this.carry.length + chunk.length) : chunk;
		const split = final ? bytes.length : completeCharactersLength(bytes, encoding);
		const piece = bytes.subarray(0, split);
		this.carry = bytes.slice(split);
		try {
			return decoder.decode(piece);
		} catch {
			const badOffset = encoding === 'utf-8' ? firstInvalidUtf8Offset(piece) : firstInvalidUtf16Offset(piece, encoding);
			const textBeforeError = new TextDecoder(encoding, { ignoreBOM: true }).decode(piece.subarray(0, badOffset));
			throw new DecodeError(`The file is not valid ${ENCODING_NAMES[encoding]}.`, { encoding, textBeforeError });
		}
	}
}

interface SniffResult {
	encoding: XmlEncoding;
	byteOrderMarkLength: number;
}

/** Undefined while more bytes are needed to decide. */
function sniffEncoding(head: Uint8Array, final: boolean): SniffResult | undefined {
	if (head.length < 4 && !final) return undefined;
	const [b0, b1, b2, b3] = [head[0], head[1], head[2], head[3]];
	if ((b0 === 0x00 && b1 === 0x00) || (b2 === 0x00 && b3 === 0x00 && (b0 === 0x3c || b0 === 0xff))) {
		throw new DecodeError(unsupportedEncodingMessage('UTF-32'));
	}
	if (b0 === 0x4c && b1 === 0x6f && b2 === 0xa7 && b3 === 0x94)
		throw new DecodeError(unsupportedEncodingMessage('EBCDIC'));
	let result: SniffResult;
	if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) result = { encoding: 'utf-8', byteOrderMarkLength: 3 };
	else if (b0 === 0xff && b1 === 0xfe) result = { encoding: 'utf-16le', byteOrderMarkLength: 2 };
	else if (b0 === 0xfe && b1 === 0xff) result = { encoding: 'utf-16be', byteOrderMarkLength: 2 };
	else if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00)
		result = { encoding: 'utf-16le', byteOrderMarkLength: 0 };
	else if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f)
		result = { encoding: 'utf-16be', byteOrderMarkLength: 0 };
	else result = { encoding: 'utf-8', byteOrderMarkLength: 0 };

	const text = new TextDecoder(result.encoding, { ignoreBOM: true }).decode(
		head.subarray(result.byteOrderMarkLength, SNIFF_LIMIT)
	);
	if (text.startsWith('<?xml')) {
		const declarationEnd = text.indexOf('?>');
		if (declarationEnd < 0) {
			// The reader reports an unfinished declaration; here we only wait for a complete one.
			return !final && head.length < SNIFF_LIMIT ? undefined : result;
		}
		checkDeclaredEncoding(text.slice(0, declarationEnd), result);
	} else if ('<?xml'.startsWith(text) && !final) {
		return undefined;
	}
	return result;
}

function checkDeclaredEncoding(declaration: string, detected: SniffResult): void {
	const declared = /\sencoding\s*=\s*(["'])([^"']*)\1/.exec(declaration)?.[2];
	if (declared === undefined) return;
	const name = declared.toLowerCase();
	const isUtf8 = name === 'utf-8' || name === 'utf8';
	const isUtf16 = name === 'utf-16' || name === 'utf-16le' || name === 'utf-16be' || name === 'utf16';
	if (!isUtf8 && !isUtf16) throw new DecodeError(unsupportedEncodingMessage(declared));
	const detectedUtf16 = detected.encoding !== 'utf-8';
	if (isUtf16 && !detectedUtf16) {
		throw new DecodeError(
			`The file declares the encoding "${declared}", but its bytes are not UTF-16 (it has no UTF-16 byte order mark). Save it as UTF-8 and import it again.`
		);
	}
	if (isUtf8 && detectedUtf16) {
		throw new DecodeError(
			`The file declares the encoding "${declared}", but its bytes are UTF-16. Save it as UTF-8 and import it again.`
		);
	}
}

function unsupportedEncodingMessage(encoding: string): string {
	return `The file is encoded in ${encoding}. Only UTF-8 and UTF-16 are accepted: save the file as UTF-8 (most editors and terminology tools offer this when saving or exporting) and import it again.`;
}

/** Length of the prefix that ends on a character boundary; the rest waits for the next chunk. */
function completeCharactersLength(bytes: Uint8Array, encoding: XmlEncoding): number {
	const length = bytes.length;
	if (encoding === 'utf-8') {
		for (let index = length - 1; index >= 0 && index >= length - 4; index--) {
			const byte = bytes[index]!;
			if ((byte & 0xc0) === 0x80) continue;
			const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
			return length - index < needed ? index : length;
		}
		return length;
	}
	const even = length - (length % 2);
	if (even < 2) return even;
	const unit = codeUnitAt(bytes, even - 2, encoding);
	return unit >= 0xd800 && unit <= 0xdbff ? even - 2 : even;
}

function codeUnitAt(bytes: Uint8Array, offset: number, encoding: 'utf-16le' | 'utf-16be'): number {
	const first = bytes[offset]!;
	const second = bytes[offset + 1]!;
	return encoding === 'utf-16le' ? first | (second << 8) : (first << 8) | second;
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
	let index = 0;
	while (index < bytes.length) {
		const lead = bytes[index]!;
		if (lead < 0x80) {
			index++;
			continue;
		}
		const continuations =
			lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
		if (continuations === 0) return index;
		// Overlong forms, surrogates and code points above U+10FFFF show in the second byte.
		const lower = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
		const upper = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
		const second = bytes[index + 1];
		if (second === undefined || second < lower || second > upper) return index;
		for (let offset = 2; offset <= continuations; offset++) {
			const next = bytes[index + offset];
			if (next === undefined || (next & 0xc0) !== 0x80) return index;
		}
		index += continuations + 1;
	}
	return bytes.length;
}

function firstInvalidUtf16Offset(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): number {
	let offset = 0;
	while (offset + 1 < bytes.length) {
		const unit = codeUnitAt(bytes, offset, encoding);
		if (unit >= 0xd800 && unit <= 0xdbff) {
			const next = offset + 3 < bytes.length ? codeUnitAt(bytes, offset + 2, encoding) : -1;
			if (next < 0xdc00 || next > 0xdfff) return offset;
			offset += 4;
		} else if (unit >= 0xdc00 && unit <= 0xdfff) {
			return offset;
		} else {
			offset += 2;
		}
	}
	return offset;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
	if (parts.length === 1) return parts[0]!;
	const result = new Uint8Array(length);
	let offset = 0;
	for (const part of parts) {
		result.set(part, offset);
		offset += part.length;
	}
	return result;
}
