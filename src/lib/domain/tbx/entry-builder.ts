// Collects the XML events of one entry (conceptEntry / termEntry) into a RawEntry. Only this entry
// is held in memory. Each datum is filed by its level (entry, language, term) and its data
// category; what the model has no place for becomes a "not kept" label, never silent loss.
import { KNOWN_DATA_CATEGORIES, TERM_SECTION_NAMES, type DatumElement, type ElementRole } from './elements';
import type { FileContext } from './file-context';
import {
	cleanText,
	entryName,
	type RawDefinition,
	type RawEntry,
	type RawLanguageSection,
	type RawTermSection
} from './raw-entry';

export interface ElementStart {
	/** As written, with its prefix ("termSec", "basic:definition"). */
	name: string;
	role: ElementRole;
	line: number;
	/** xml:lang, id and target attributes as written, or null. */
	language: string | null;
	id: string | null;
	target: string | null;
}

interface Datum {
	element: DatumElement | 'unknown';
	category: string;
	name: string;
	text: string;
	line: number;
	language: string | null;
	target: string | null;
}

type Level = 'entry' | 'language' | 'term';

type Frame =
	| { kind: 'entry' }
	| { kind: 'language'; section: RawLanguageSection }
	| { kind: 'term'; section: RawTermSection }
	| { kind: 'termGroup'; section: RawTermSection }
	| { kind: 'group'; items: Datum[] }
	| { kind: 'datum'; datum: Datum }
	| { kind: 'inline' }
	| { kind: 'ignored' };

const TRANSACTIONS = 'transactions (transacGrp: dates and responsibility)';

export class EntryBuilder {
	readonly entry: RawEntry;
	private readonly frames: Frame[] = [{ kind: 'entry' }];
	/** The datum whose text is being read (text inside inline markup belongs to it too). */
	private openDatum: Datum | null = null;

	constructor(
		private readonly context: FileContext,
		start: ElementStart
	) {
		this.entry = {
			line: start.line,
			id: start.id,
			language: start.language,
			definitions: [],
			notes: [],
			sources: [],
			links: [],
			languageSections: [],
			notKept: new Set(),
			problems: []
		};
	}

	open(start: ElementStart): void {
		const top = this.frames.at(-1);
		if (top?.kind === 'ignored') return this.push({ kind: 'ignored' });
		if (this.openDatum) return this.push({ kind: 'inline' });
		const { role } = start;
		switch (role.role) {
			case 'language':
				return this.openLanguage(start);
			case 'term':
				return this.openTermSection(start);
			case 'termGroup':
				return top?.kind === 'term' ? this.push({ kind: 'termGroup', section: top.section }) : this.misplaced(start);
			case 'group':
				return this.push({ kind: 'group', items: [] });
			case 'datum': {
				const datum: Datum = {
					element: role.element,
					category: role.category,
					name: start.name,
					text: '',
					line: start.line,
					language: start.language,
					target: start.target
				};
				this.openDatum = datum;
				return this.push({ kind: 'datum', datum });
			}
			case 'entry':
				return this.misplaced(start);
			case 'inline': // markup outside any text: nothing to attach it to
			case 'unknown':
				this.entry.notKept.add(`<${start.name}> elements`);
				this.context.reportOnce(`element:${start.name}`, this.entry.problems, {
					severity: 'warning',
					message: `The file uses the element <${start.name}> (line ${start.line}), which is not part of TBX here; its content was not imported.`,
					line: start.line
				});
				return this.push({ kind: 'ignored' });
		}
	}

	text(text: string): void {
		if (this.openDatum) this.openDatum.text += text;
	}

	/** Returns true when the entry element itself has closed. */
	close(): boolean {
		const frame = this.frames.pop();
		if (!frame) return true;
		if (frame.kind === 'datum') {
			this.openDatum = null;
			frame.datum.text = cleanText(frame.datum.text);
			const parent = this.frames.at(-1);
			if (parent?.kind === 'group') parent.items.push(frame.datum);
			else this.file(frame.datum, []);
		} else if (frame.kind === 'group') {
			const parent = this.frames.at(-1);
			// A group inside a group (adminGrp in descripGrp) adds to the outer group's details.
			if (parent?.kind === 'group') parent.items.push(...frame.items);
			else if (frame.items[0]) this.file(frame.items[0], frame.items.slice(1));
		}
		return frame.kind === 'entry';
	}

	private push(frame: Frame): void {
		this.frames.push(frame);
	}

	private openLanguage(start: ElementStart): void {
		if (this.frames.at(-1)?.kind !== 'entry') return this.misplaced(start);
		const section: RawLanguageSection = {
			line: start.line,
			language: start.language,
			definitions: [],
			notes: [],
			termSections: []
		};
		this.entry.languageSections.push(section);
		this.push({ kind: 'language', section });
	}

	private openTermSection(start: ElementStart): void {
		const top = this.frames.at(-1);
		if (top?.kind !== 'language') return this.misplaced(start);
		const section: RawTermSection = { line: start.line, terms: [], termNotes: [], definitions: [], notes: [] };
		top.section.termSections.push(section);
		this.push({ kind: 'term', section });
	}

	private misplaced(start: ElementStart): void {
		this.entry.problems.push({
			severity: 'error',
			message: `${entryName(this.entry)}: the element <${start.name}> at line ${start.line} is not in its place in the TBX structure, so its content cannot be read. Correct the structure of the entry and import the file again.`,
			line: start.line
		});
		this.push({ kind: 'ignored' });
	}

	/** The innermost section the datum belongs to. */
	private level():
		| { level: 'entry' }
		| { level: 'language'; section: RawLanguageSection }
		| { level: 'term'; section: RawTermSection } {
		for (let index = this.frames.length - 1; index >= 0; index--) {
			const frame = this.frames[index]!;
			if (frame.kind === 'language') return { level: 'language', section: frame.section };
			if (frame.kind === 'term' || frame.kind === 'termGroup') return { level: 'term', section: frame.section };
		}
		return { level: 'entry' };
	}

	/** Files a datum (with the other items of its group) where it belongs. */
	private file(datum: Datum, details: Datum[]): void {
		const where = this.level();
		if (datum.element === 'unknown' || !this.isKnownCategory(datum)) {
			this.reportUnknownCategory(datum);
			this.notKeep(datum);
			return this.notKeepDetails(details, datum);
		}
		if (datum.element === 'term') {
			if (where.level === 'term') where.section.terms.push({ text: datum.text, line: datum.line });
			else this.misplacedTerm(datum);
			return this.notKeepDetails(details, datum);
		}
		if (datum.element === 'descrip' && datum.category === 'definition') {
			const definition = this.definition(datum, details);
			if (where.level === 'entry') this.entry.definitions.push(definition);
			else where.section.definitions.push(definition);
			return;
		}
		this.notKeepDetails(details, datum);
		if (datum.element === 'note') {
			if (where.level === 'entry') this.entry.notes.push({ text: datum.text, line: datum.line });
			else where.section.notes.push({ text: datum.text, line: datum.line });
			return;
		}
		if (where.level === 'term' && datum.element === 'termNote') {
			where.section.termNotes.push({
				text: datum.text,
				line: datum.line,
				category: datum.category,
				elementName: datum.name
			});
			return;
		}
		if (where.level === 'entry' && datum.element === 'admin' && datum.category === 'source') {
			this.entry.sources.push({ text: datum.text, line: datum.line });
			return;
		}
		if (
			where.level === 'entry' &&
			datum.element === 'xref' &&
			datum.category === 'externalCrossReference' &&
			datum.target !== null
		) {
			this.entry.links.push({ text: datum.text, line: datum.line, target: datum.target.trim() });
			return;
		}
		this.notKeep(datum, where.level);
	}

	private definition(datum: Datum, details: Datum[]): RawDefinition {
		const sources: string[] = [];
		const others: Datum[] = [];
		for (const detail of details) {
			if (detail.element === 'admin' && detail.category === 'source' && detail.text) sources.push(detail.text);
			else others.push(detail);
		}
		this.notKeepDetails(others, datum);
		return { text: datum.text, line: datum.line, language: datum.language, sources };
	}

	private misplacedTerm(datum: Datum): void {
		this.entry.problems.push({
			severity: 'error',
			message: `${entryName(this.entry)}: the term "${datum.text}" at line ${datum.line} is not inside a ${TERM_SECTION_NAMES[this.context.version]}, so it cannot be read as a term. Move it into one and import the file again.`,
			line: datum.line
		});
	}

	private isKnownCategory(datum: Datum): boolean {
		if (datum.element === 'unknown') return false;
		const known = KNOWN_DATA_CATEGORIES[datum.element];
		return known === undefined || known.includes(datum.category);
	}

	private reportUnknownCategory(datum: Datum): void {
		const what =
			datum.element === 'unknown'
				? `the element <${datum.name}>`
				: datum.category
					? `the data category "${datum.category}" (<${datum.name}>)`
					: `<${datum.name}> without a type`;
		this.context.reportOnce(`category:${datum.name}:${datum.category}`, this.entry.problems, {
			severity: 'warning',
			message: `The file uses ${what} at line ${datum.line}, which TBX-Basic does not define; such values were not imported.`,
			line: datum.line
		});
	}

	/** Details grouped with a datum (in a descripGrp, adminGrp…) that the model has no place for. */
	private notKeepDetails(details: Datum[], main: Datum): void {
		for (const detail of details) {
			if (!this.isKnownCategory(detail)) this.reportUnknownCategory(detail);
			const label = notKeptLabel(detail);
			this.entry.notKept.add(label === TRANSACTIONS ? label : `${label} (grouped with ${categoryName(main)})`);
		}
	}

	private notKeep(datum: Datum, level?: Level): void {
		this.entry.notKept.add(notKeptLabel(datum, level));
	}
}

function categoryName(datum: Datum): string {
	return datum.element === 'unknown' ? `<${datum.name}>` : datum.category || datum.element;
}

const LEVEL_NAMES: Record<Level, string> = { entry: 'entry', language: 'language section', term: 'term section' };

function notKeptLabel(datum: Datum, level?: Level): string {
	if (datum.element === 'transac' || datum.element === 'transacNote' || datum.element === 'date') return TRANSACTIONS;
	if (datum.element === 'xref' && datum.category === 'xGraphic') return 'xGraphic (images)';
	const name = categoryName(datum);
	// Categories the model keeps at another level say where they were met.
	const keptElsewhere =
		datum.element === 'note' ||
		datum.element === 'term' ||
		(datum.element === 'admin' && datum.category === 'source') ||
		datum.category === 'externalCrossReference';
	return keptElsewhere && level ? `${name} (${LEVEL_NAMES[level]} level)` : name;
}
