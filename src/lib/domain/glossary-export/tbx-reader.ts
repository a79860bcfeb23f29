// Reads a consensus glossary written by writeGlossaryTbx back into concepts: the inverse of the
// writer, so the round trip can be proven, and a reader for anyone who re-imports our download.
// Text is taken exactly as written (the writer adds no whitespace inside elements). Anything the
// glossary model has no place for is reported as a problem with its line, never dropped silently.
//
// Security, as in the national-list reader (tbx/reader.ts): saxes never loads a DTD or external
// entity, a DOCTYPE with its own declarations is refused, undefined entities are errors, and
// element nesting is bounded.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { isOsceLanguage } from '../vocabulary';
import { TBX_V3_NAMESPACE } from '../tbx/elements';
import { notWellFormedMessage } from '../tbx/xml-errors';
import {
	conceptName,
	fileConceptDatum,
	fileLanguageDatum,
	fileTermDatum,
	finishConcept,
	finishLanguage,
	finishTerm,
	newConceptDraft,
	newLanguageDraft,
	newTermDraft,
	type ConceptDraft,
	type Datum,
	type LanguageDraft,
	type TermDraft
} from './tbx-drafts';
import type { GlossaryConcept } from './types';

export interface GlossaryTbxProblem {
	line: number;
	message: string;
}

export interface GlossaryTbxReading {
	/** The title in the header, if any. */
	title: string | null;
	concepts: GlossaryConcept[];
	/** What could not be read; empty for a file this platform wrote. */
	problems: GlossaryTbxProblem[];
}

/** The file cannot be read at all (not well-formed, not TBX v3, refused for safety). */
export class GlossaryTbxError extends Error {
	override name = 'GlossaryTbxError';
	constructor(
		message: string,
		readonly line?: number
	) {
		super(message);
	}
}

export const DEFAULT_MAX_DEPTH = 64;

export function readGlossaryTbx(xml: string, options: { maxDepth?: number } = {}): GlossaryTbxReading {
	const reader = new GlossaryTbxReader(options.maxDepth ?? DEFAULT_MAX_DEPTH);
	return reader.read(xml);
}

/** Elements that carry one value as text; everything inside them is part of that text. */
const DATUM_ELEMENTS = new Set([
	'title',
	'term',
	'termNote',
	'descrip',
	'admin',
	'note',
	'xref',
	'ref',
	'transac',
	'transacNote',
	'date',
	'adminNote',
	'descripNote'
]);
/** Groups only gather data that belongs to their parent; their data is filed at the parent's level. */
const GROUP_ELEMENTS = new Set(['descripGrp', 'adminGrp', 'termNoteGrp']);

type Frame =
	| { kind: 'outer'; local: string }
	| { kind: 'concept'; draft: ConceptDraft }
	| { kind: 'language'; draft: LanguageDraft }
	| { kind: 'term'; draft: TermDraft }
	| { kind: 'group' }
	| { kind: 'datum'; datum: Datum }
	/** Markup inside a datum's text; its text belongs to the datum. */
	| { kind: 'inline' }
	/** An element the glossary has no place for, with everything inside it (reported once). */
	| { kind: 'skipped' };

class GlossaryTbxReader {
	private readonly parser = new SaxesParser({ xmlns: true, position: true });
	private readonly frames: Frame[] = [];
	private readonly concepts: GlossaryConcept[] = [];
	private readonly problems: GlossaryTbxProblem[] = [];
	private readonly conceptIds = new Set<number>();
	private openDatum: Datum | null = null;
	private title: string | null = null;
	private lastClosedTag = '';

	constructor(private readonly maxDepth: number) {
		const parser = this.parser;
		parser.on('error', (error) => {
			const placed = notWellFormedMessage(error.message, this.lastClosedTag);
			throw new GlossaryTbxError(placed.message, placed.line);
		});
		parser.on('doctype', (doctype) => this.doctype(doctype));
		parser.on('opentag', (tag) => this.open(tag));
		parser.on('closetag', (tag) => this.close(tag));
		parser.on('text', (text) => this.text(text));
		parser.on('cdata', (text) => this.text(text));
	}

	read(xml: string): GlossaryTbxReading {
		// A byte order mark that survived decoding is not text before the root element.
		this.parser.write(xml.startsWith('\uFEFF') ? xml.slice(1) : xml).close();
		return { title: this.title, concepts: this.concepts, problems: this.problems };
	}

	/** Passed to the drafts, which report what they cannot file. */
	private readonly report = (line: number, message: string): void => {
		this.problems.push({ line, message });
	};

	private doctype(doctype: string): void {
		const declarations = doctype.replace(/"[^"]*"|'[^']*'/g, '');
		if (declarations.includes('[')) {
			throw new GlossaryTbxError(
				`The file has a DOCTYPE with its own declarations (line ${this.parser.line}). For safety, such files are not read; remove the DOCTYPE.`,
				this.parser.line
			);
		}
	}

	private text(text: string): void {
		if (this.openDatum) this.openDatum.text += text;
	}

	private open(tag: SaxesTagNS): void {
		const line = this.parser.line;
		if (this.frames.length >= this.maxDepth) {
			throw new GlossaryTbxError(
				`The file nests XML elements more than ${this.maxDepth} levels deep (line ${line}); it is damaged or not a glossary.`,
				line
			);
		}
		const top = this.frames.at(-1);
		if (!top) return this.openRoot(tag, line);
		if (top.kind === 'skipped') return this.push({ kind: 'skipped' });
		if (top.kind === 'datum' || top.kind === 'inline') return this.push({ kind: 'inline' });

		const local = tag.uri === TBX_V3_NAMESPACE ? tag.local : null;
		if (top.kind === 'outer') {
			if (local === 'conceptEntry' && top.local === 'body')
				return this.push({ kind: 'concept', draft: newConceptDraft(tag.attributes['id']?.value ?? null, line) });
			if (local === 'body' && top.local === 'text') return this.push({ kind: 'outer', local });
			// Inside <text>, anything but the body's concepts (back matter, stray data) would be lost unseen.
			if (this.isInside('text')) return this.skip(tag, line);
			if (local !== null && DATUM_ELEMENTS.has(local)) return this.openDatumElement(local, tag, line);
			return this.push({ kind: 'outer', local: local ?? tag.name });
		}
		if (local !== null && DATUM_ELEMENTS.has(local)) return this.openDatumElement(local, tag, line);
		if (local !== null && GROUP_ELEMENTS.has(local)) return this.push({ kind: 'group' });
		if (local === 'langSec' && top.kind === 'concept') return this.openLanguage(top.draft, tag, line);
		if (local === 'termSec' && top.kind === 'language') {
			return this.push({ kind: 'term', draft: newTermDraft(line) });
		}
		this.skip(tag, line);
	}

	private isInside(local: string): boolean {
		return this.frames.some((frame) => frame.kind === 'outer' && frame.local === local);
	}

	private openDatumElement(local: string, tag: SaxesTagNS, line: number): void {
		const datum: Datum = {
			element: local,
			type: tag.attributes['type']?.value ?? '',
			target: tag.attributes['target']?.value ?? null,
			text: '',
			line
		};
		this.openDatum = datum;
		this.push({ kind: 'datum', datum });
	}

	/** A section in a language the glossary does not hold is skipped whole, with one problem. */
	private openLanguage(concept: ConceptDraft, tag: SaxesTagNS, line: number): void {
		const written = tag.attributes['xml:lang']?.value ?? '';
		const language = written.toLowerCase();
		if (!isOsceLanguage(language)) {
			this.report(
				line,
				`The language section at line ${line} is in "${written}", which is not an OSCE language (en, fr, de, it, ru, es); it was not read.`
			);
			return this.push({ kind: 'skipped' });
		}
		if (concept.languagesSeen.has(language)) {
			this.report(line, `The concept has a second language section in "${language}" at line ${line}; it was not read.`);
			return this.push({ kind: 'skipped' });
		}
		concept.languagesSeen.add(language);
		this.push({ kind: 'language', draft: newLanguageDraft(language, line) });
	}

	private openRoot(tag: SaxesTagNS, line: number): void {
		if (tag.local !== 'tbx' || tag.uri !== TBX_V3_NAMESPACE) {
			throw new GlossaryTbxError(
				`The file is not a TBX v3 file: its root element is <${tag.name}>, not <tbx> in the namespace ${TBX_V3_NAMESPACE}.`,
				line
			);
		}
		this.push({ kind: 'outer', local: 'tbx' });
	}

	private skip(tag: SaxesTagNS, line: number): void {
		this.report(
			line,
			`The element <${tag.name}> at line ${line} has no place in the consensus glossary; it was not read.`
		);
		this.push({ kind: 'skipped' });
	}

	private push(frame: Frame): void {
		this.frames.push(frame);
	}

	private close(tag: SaxesTagNS): void {
		this.lastClosedTag = tag.name;
		const frame = this.frames.pop();
		if (!frame) return;
		switch (frame.kind) {
			case 'datum':
				this.openDatum = null;
				return this.file(frame.datum);
			case 'term':
				return this.finishTerm(frame.draft);
			case 'language':
				return this.finishLanguage(frame.draft);
			case 'concept':
				return this.finishConcept(frame.draft);
		}
	}

	/** The innermost concept, language or term section around the current position. */
	private level(): Extract<Frame, { kind: 'concept' | 'language' | 'term' }> | null {
		for (let index = this.frames.length - 1; index >= 0; index--) {
			const frame = this.frames[index]!;
			if (frame.kind === 'concept' || frame.kind === 'language' || frame.kind === 'term') return frame;
		}
		return null;
	}

	private file(datum: Datum): void {
		const level = this.level();
		if (!level) {
			if (datum.element === 'title' && this.isInside('titleStmt')) this.title = datum.text;
			return; // the rest of the header is for people
		}
		if (level.kind === 'concept') return fileConceptDatum(level.draft, datum, this.report);
		if (level.kind === 'language') return fileLanguageDatum(level.draft, datum, this.report);
		fileTermDatum(level.draft, datum, this.report);
	}

	private finishTerm(draft: TermDraft): void {
		const language = this.level();
		const term = finishTerm(draft, this.report);
		if (term && language?.kind === 'language') language.draft.terms.push(term);
	}

	private finishLanguage(draft: LanguageDraft): void {
		const concept = this.level();
		const text = finishLanguage(draft, this.report);
		if (text && concept?.kind === 'concept') concept.draft.text[draft.language] = text;
	}

	private finishConcept(draft: ConceptDraft): void {
		const concept = finishConcept(draft, this.report);
		if (!concept) return;
		if (this.conceptIds.has(concept.conceptId)) {
			this.report(draft.line, `${conceptName(draft)} appears twice; the second was not read.`);
			return;
		}
		this.conceptIds.add(concept.conceptId);
		this.concepts.push(concept);
	}
}
