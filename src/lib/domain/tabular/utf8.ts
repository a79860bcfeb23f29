// Strict UTF-8 decoding of a byte stream in pieces: a character split between two pieces is kept
// for the next one, and bytes that are not UTF-8 are found exactly, so the problem can name the row.

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

export const UTF8_BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf] as const;

/** Thrown when bytes are not UTF-8; `validText` is the text before them, for locating the row. */
export class InvalidUtf8Error extends Error {
	override name = 'InvalidUtf8Error';
	constructor(readonly validText: string) {
		super('The bytes are not UTF-8 text.');
	}
}

/** Decodes one piece; returns its text and the bytes of a character the next piece completes. */
export function decodeUtf8Piece(bytes: Uint8Array, isLast: boolean): { text: string; carry: Uint8Array } {
	const cut = isLast ? bytes.length : bytes.length - unfinishedSequenceLength(bytes);
	const whole = bytes.subarray(0, cut);
	try {
		return { text: decoder.decode(whole), carry: bytes.slice(cut) };
	} catch {
		const invalidAt = firstInvalidOffset(whole);
		throw new InvalidUtf8Error(lenientDecoder.decode(whole.subarray(0, Math.max(invalidAt, 0))));
	}
}

/** How many bytes at the end start a character that is not complete yet (0 to 3). */
function unfinishedSequenceLength(bytes: Uint8Array): number {
	for (let back = 1; back <= Math.min(3, bytes.length); back++) {
		const byte = bytes[bytes.length - back]!;
		if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
		const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
		return length > back ? back : 0;
	}
	return 0;
}

/** The offset of the first byte that does not start a valid UTF-8 character, or -1. */
function firstInvalidOffset(bytes: Uint8Array): number {
	let index = 0;
	while (index < bytes.length) {
		const lead = bytes[index]!;
		if (lead < 0x80) {
			index++;
			continue;
		}
		const rule = sequenceRule(lead);
		if (!rule || index + rule.length > bytes.length) return index;
		const second = bytes[index + 1]!;
		if (second < rule.low || second > rule.high) return index;
		for (let next = 2; next < rule.length; next++) if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
		index += rule.length;
	}
	return -1;
}

/** Length and allowed second byte of a sequence (RFC 3629: no overlong forms, no surrogates). */
function sequenceRule(lead: number): { length: number; low: number; high: number } | null {
	if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, low: 0x80, high: 0xbf };
	if (lead === 0xe0) return { length: 3, low: 0xa0, high: 0xbf };
	if (lead === 0xed) return { length: 3, low: 0x80, high: 0x9f };
	if (lead >= 0xe1 && lead <= 0xef) return { length: 3, low: 0x80, high: 0xbf };
	if (lead === 0xf0) return { length: 4, low: 0x90, high: 0xbf };
	if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, low: 0x80, high: 0xbf };
	if (lead === 0xf4) return { length: 4, low: 0x80, high: 0x8f };
	return null;
}
