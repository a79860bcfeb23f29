// One XML part of a package, streamed through saxes: the visitor hears elements by their local name
// ("c", not "x:c"), so files from producers that write namespace prefixes read the same. saxes loads
// no DTD and expands no entity but the five predefined ones; a part with a document type
// declaration is refused outright, as no office format uses one.
import { SaxesParser } from 'saxes';
import type { ZipArchive } from './archive';
import { ZipRefusal } from './archive';

export interface XmlVisitor {
	open?(name: string, attributes: Readonly<Record<string, string>>): void;
	text?(text: string): void;
	close?(name: string): void;
}

/**
 * Streams the part through the visitor. After each piece of the part, `between` runs and is awaited
 * (with the inflated bytes read so far), so a reader can hand what it gathered to async consumers
 * without holding the whole part.
 */
export async function readXmlPart(
	archive: ZipArchive,
	name: string,
	visitor: XmlVisitor,
	between?: (bytesRead: number) => Promise<void>
): Promise<void> {
	const parser = new SaxesParser({ xmlns: false });
	let failure: Error | null = null;
	parser.on('error', (error) => {
		failure ??= new ZipRefusal('damaged', `the part “${name}” is not well-formed XML (${error.message})`);
	});
	parser.on('doctype', () => {
		failure ??= new ZipRefusal(
			'damaged',
			`the part “${name}” has a document type declaration, which office files never have`
		);
	});
	if (visitor.open) {
		const open = visitor.open.bind(visitor);
		parser.on('opentag', (tag) => open(localName(tag.name), localAttributes(tag.attributes as Record<string, string>)));
	}
	if (visitor.text) {
		const text = visitor.text.bind(visitor);
		parser.on('text', text);
		parser.on('cdata', text);
	}
	if (visitor.close) {
		const close = visitor.close.bind(visitor);
		parser.on('closetag', (tag) => close(localName(tag.name)));
	}

	const decoder = new TextDecoder('utf-8');
	const stream = await archive.stream(name);
	const pieces = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
	let bytesRead = 0;
	try {
		for (;;) {
			const piece = await nextPiece(pieces, name);
			bytesRead += piece?.length ?? 0;
			parser.write(piece === null ? decoder.decode() : decoder.decode(piece, { stream: true }));
			if (piece === null) parser.close();
			if (failure) throw failure;
			// What the visitor or `between` throws is theirs to explain and passes through as it is.
			if (between) await between(bytesRead);
			if (piece === null) return;
		}
	} finally {
		stream.destroy();
	}
}

async function nextPiece(pieces: AsyncIterator<Buffer>, name: string): Promise<Buffer | null> {
	try {
		const next = await pieces.next();
		return next.done ? null : next.value;
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		// yauzl stops a part that inflates to more than its declared size.
		if (/too many bytes/.test(reason))
			throw new ZipRefusal(
				'too-large-inflated',
				`the part “${name}” unpacks to more than it declares, as zip bombs do`
			);
		throw new ZipRefusal('damaged', `the part “${name}” cannot be unpacked (${reason})`);
	}
}

/** The whole of a small part (relationships, the workbook, styles) as its elements in order. */
export async function readXmlElements(
	archive: ZipArchive,
	name: string
): Promise<{ name: string; attributes: Readonly<Record<string, string>> }[]> {
	const elements: { name: string; attributes: Readonly<Record<string, string>> }[] = [];
	await readXmlPart(archive, name, { open: (element, attributes) => elements.push({ name: element, attributes }) });
	return elements;
}

function localName(name: string): string {
	const colon = name.indexOf(':');
	return colon < 0 ? name : name.slice(colon + 1);
}

function localAttributes(attributes: Record<string, string>): Record<string, string> {
	const local: Record<string, string> = {};
	for (const [name, value] of Object.entries(attributes)) {
		if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
		local[localName(name)] = value;
	}
	return local;
}
