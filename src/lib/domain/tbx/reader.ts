// Streaming TBX reader on saxes: text in, entries and problems out, one entry in memory at a time.
// Security: saxes never loads a DTD or external entity; a DOCTYPE with an internal subset is
// refused outright (entity declarations are how "billion laughs" files work), undefined entities
// are errors, and element nesting is bounded. Any fatal problem stops the reading.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { ImportLimits, ImportOptions, ImportProblem, ImportSummary, ParsedEntry } from '../import/types';
import { classifyElement, TBX_V3_NAMESPACE } from './elements';
import { EntryBuilder, type ElementStart } from './entry-builder';
import { mapEntry } from './entry-mapping';
import { FileContext } from './file-context';
import { notWellFormedMessage } from './xml-errors';

export type ReaderOutput = { entry: ParsedEntry } | { problem: ImportProblem };

/** A problem that ends the reading; the import is refused. */
export class FatalImportError extends Error {
	override name = 'FatalImportError';
	constructor(readonly problem: ImportProblem) {
		super(problem.message);
	}
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

export class TbxReader {
	private readonly parser = new SaxesParser({ xmlns: true, position: true });
	private readonly outputs: ReaderOutput[] = [];
	private context: FileContext | null = null;
	private depth = 0;
	/** Local names of the open elements outside the current entry (header, text, body…). */
	private readonly outerPath: string[] = [];
	private entry: EntryBuilder | null = null;
	/** Depth of an unexpected element under <body> whose subtree is skipped. */
	private skipUntilDepth = 0;
	private lastClosedTag = '';
	private readonly entryLines = new Map<string, number>();
	private readonly languages = new Set<string>();
	private entryCount = 0;

	constructor(
		private readonly options: ImportOptions,
		private readonly limits: ImportLimits
	) {
		const parser = this.parser;
		// saxes adds each handler as a new property of the parser; with a seventh one V8 turns the
		// parser into a slow dictionary-mode object and parsing gets five times slower. Keep to six.
		parser.on('error', (error) => this.fail(notWellFormedMessage(error.message, this.lastClosedTag)));
		parser.on('doctype', (doctype) => this.doctype(doctype));
		parser.on('opentag', (tag) => this.openElement(tag));
		parser.on('closetag', (tag) => this.closeElement(tag));
		parser.on('text', (text) => this.entry?.text(text));
		parser.on('cdata', (text) => this.entry?.text(text));
	}

	/** The line the reader has reached (1-based), for problems found outside the XML. */
	get line(): number {
		return this.parser.line;
	}

	get format(): ImportSummary['format'] {
		return this.context?.version === '2008' ? 'tbx-2008' : 'tbx-v3';
	}

	/** Throws FatalImportError when the file must be refused. */
	write(text: string): void {
		this.parser.write(text);
	}

	close(): void {
		this.parser.close();
	}

	/** Entries and problems found since the last call, in file order. */
	takeOutputs(): ReaderOutput[] {
		return this.outputs.splice(0, this.outputs.length);
	}

	summary(): ImportSummary {
		return {
			format: this.format,
			entries: this.entryCount,
			languages: [...this.languages],
			notKept: this.context?.notKeptSummary() ?? []
		};
	}

	private fail(problem: { message: string; line?: number; column?: number }): never {
		throw new FatalImportError({ severity: 'error', ...problem });
	}

	private doctype(doctype: string): void {
		const declarations = doctype.replace(/"[^"]*"|'[^']*'/g, '');
		if (!declarations.includes('[')) return; // only names an external DTD: allowed, never loaded
		const line = this.parser.line - countLineBreaks(doctype);
		const message = /<!ENTITY/i.test(doctype)
			? `The file declares entities in a DOCTYPE (line ${line}). For safety, entity declarations are not accepted; remove the DOCTYPE.`
			: `The file has a DOCTYPE with its own declarations (line ${line}). For safety, DOCTYPE declarations are not accepted; remove the DOCTYPE.`;
		this.fail({ message, line });
	}

	private openElement(tag: SaxesTagNS): void {
		this.depth++;
		const line = this.parser.line; // where the start tag ends; start tags rarely span lines
		if (this.depth > this.limits.maxDepth) {
			this.fail({
				message: `The file nests XML elements more than ${this.limits.maxDepth} levels deep (line ${line}). TBX needs far fewer levels; the file is damaged or not a terminology file.`,
				line
			});
		}
		if (!this.context) return this.openRoot(tag, line);
		if (this.skipUntilDepth > 0) return;
		if (this.entry) return this.entry.open(this.elementStart(tag, line));
		const parent = this.outerPath.at(-1);
		if (parent === 'body' && this.outerPath.length === 3) return this.openEntry(tag, line);
		if (parent === 'back') this.context.notKeptOutsideEntries(`back matter (<${tag.name}>)`);
		this.outerPath.push(tag.local);
	}

	private openRoot(tag: SaxesTagNS, line: number): void {
		const language = tag.attributes['xml:lang']?.value ?? null;
		if (tag.local === 'tbx' && (tag.uri === TBX_V3_NAMESPACE || tag.uri === '')) {
			this.context = new FileContext('v3', language);
			if (tag.uri === '') {
				this.outputs.push({
					problem: {
						severity: 'warning',
						message: `The <tbx> element (line ${line}) lacks the TBX namespace ${TBX_V3_NAMESPACE}; the file was read as TBX v3.`,
						line
					}
				});
			}
		} else if (tag.local === 'martif' && tag.uri === '') {
			this.context = new FileContext('2008', language);
		} else {
			this.fail({
				message: `The file is not a TBX file: its root element is <${tag.name}>${tag.uri ? ` (namespace ${tag.uri})` : ''}, but a TBX file starts with <tbx> (TBX v3) or <martif> (TBX 2008).`,
				line
			});
		}
		this.outerPath.push(tag.local);
	}

	private openEntry(tag: SaxesTagNS, line: number): void {
		const start = this.elementStart(tag, line);
		if (start.role.role !== 'entry') {
			const version = this.context!.version;
			this.outputs.push({
				problem: {
					severity: 'error',
					message: `The element <${tag.name}> at line ${line} is not a TBX ${version === 'v3' ? 'v3 <conceptEntry>' : '2008 <termEntry>'}, so its content cannot be read. Correct the file and import it again.`,
					line
				}
			});
			this.skipUntilDepth = this.depth;
			return;
		}
		this.entry = new EntryBuilder(this.context!, start);
	}

	private closeElement(tag: SaxesTagNS): void {
		this.lastClosedTag = tag.name;
		const depth = this.depth--;
		if (this.skipUntilDepth > 0) {
			if (depth === this.skipUntilDepth) this.skipUntilDepth = 0;
			return;
		}
		if (this.entry) {
			if (this.entry.close()) this.finishEntry(this.entry);
			return;
		}
		this.outerPath.pop();
	}

	private elementStart(tag: SaxesTagNS, line: number): ElementStart {
		const context = this.context!;
		const { attributes } = tag;
		const isCoreElement = tag.uri === '' || (context.version === 'v3' && tag.uri === TBX_V3_NAMESPACE);
		return {
			name: tag.name,
			role: classifyElement(context.version, tag.local, isCoreElement, attributes['type']?.value),
			line,
			language: langAttribute(tag),
			id: attributes['id']?.value ?? null,
			target: attributes['target']?.value ?? null
		};
	}

	private finishEntry(builder: EntryBuilder): void {
		this.entry = null;
		const raw = builder.entry;
		if (raw.id !== null) {
			const earlier = this.entryLines.get(raw.id);
			if (earlier !== undefined) {
				raw.problems.push({
					severity: 'error',
					message: `Two entries have the id "${raw.id}" (lines ${earlier} and ${raw.line}). Each entry needs its own id; correct the file and import it again.`,
					line: raw.line
				});
			} else {
				this.entryLines.set(raw.id, raw.line);
			}
		}
		const mapped = mapEntry(raw, this.context!, this.options);
		for (const problem of mapped.problems) this.outputs.push({ problem });
		for (const language of mapped.languages) this.languages.add(language);
		if (mapped.content) {
			this.entryCount++;
			this.outputs.push({
				entry: { content: mapped.content, line: raw.line, ...(raw.id !== null ? { sourceId: raw.id } : {}) }
			});
		}
	}
}

function langAttribute(tag: SaxesTagNS): string | null {
	const attribute = tag.attributes['xml:lang'];
	return attribute && (attribute.uri === XML_NAMESPACE || attribute.prefix === 'xml') ? attribute.value : null;
}

export function countLineBreaks(text: string): number {
	let count = 0;
	for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) count++;
	return count;
}
