// RawEntry → EntryContent: language versions (one per language), which one is the original, text
// statuses, definitions wherever the file put them, and the entry's source. The platform's own
// provenance notes (provenance-notes.ts) are turned back into fields here.
import type { AdditionalTerm, EntryContent, LanguageVersion } from '../national-entry';
import { primaryLanguage } from '../national-entry';
import type { ImportOptions, ImportProblem } from '../import/types';
import type { TextStatus } from '../vocabulary';
import { EntryReport } from './entry-report';
import type { FileContext } from './file-context';
import { findMatchingLanguage, normaliseLanguageTag, sameLanguageTag } from './language-tags';
import { readDefinitionSourceNote, readEntrySourceNote, readPlainNote, readTextStatusNote } from './provenance-notes';
import type { RawDefinition, RawEntry, RawLanguageSection, RawText } from './raw-entry';
import { mapTerm } from './term-mapping';

export interface MappedEntry {
	/** Null when the entry has an error and is not imported. */
	content: EntryContent | null;
	problems: ImportProblem[];
	/** Languages of the entry's usable language sections. */
	languages: string[];
}

interface Definition {
	text: string;
	source: string | null;
	line: number;
}

interface Draft {
	language: string;
	line: number;
	term: AdditionalTerm;
	additionalTerms: AdditionalTerm[];
	definition: Definition | null;
	definitionSourceOnly: string | null;
	notes: string[];
	status: { textStatus: TextStatus; isOriginal: boolean } | null;
}

const COURTESY: TextStatus = 'courtesy_translation';

export function mapEntry(raw: RawEntry, context: FileContext, options: ImportOptions): MappedEntry {
	return new EntryMapping(raw, context, options).map();
}

class EntryMapping {
	private readonly report: EntryReport;
	private readonly name: string;

	constructor(
		private readonly raw: RawEntry,
		private readonly context: FileContext,
		private readonly options: ImportOptions
	) {
		this.report = new EntryReport(raw, context);
		this.name = this.report.name;
	}

	map(): MappedEntry {
		const drafts = this.languageVersions();
		const languages = drafts.map((draft) => draft.language);
		if (drafts.length === 0) {
			if (!this.report.hasError())
				this.error(
					`${this.name} has no term in any usable language section, so it cannot be imported. Give it at least one term with its language.`,
					this.raw.line
				);
			return this.result(null, languages);
		}
		const original = this.original(drafts);
		this.entryLevelDefinitions(drafts, original);
		if (!original.definition) {
			// Term banks often hold terms without definitions. Such an entry cannot be a CBM 9 entry,
			// but it does not make the rest of the file wrong: it is left out and the preview says so.
			this.warning(
				`${this.name} is left out: it has no definition in its original language (${original.language}), and CBM 9 asks for a definition of every term.`,
				original.line
			);
			return this.result(null, languages);
		}
		const content: EntryContent = {
			languageVersions: drafts.map((draft) => this.languageVersion(draft, draft === original)),
			...this.source(),
			note: joinNotes(
				this.raw.notes.filter((note) => !readEntrySourceNote(note.text)).map((note) => readPlainNote(note.text))
			)
		};
		return this.result(this.report.hasError() ? null : content, languages);
	}

	private result(content: EntryContent | null, languages: string[]): MappedEntry {
		this.context.countNotKept(this.raw.notKept);
		return { content, problems: this.report.problems, languages };
	}

	private error(message: string, line: number): void {
		this.report.error(message, line);
	}

	private warning(message: string, line: number): void {
		this.report.warning(message, line);
	}

	// Language versions ------------------------------------------------------------------------

	private languageVersions(): Draft[] {
		const drafts: Draft[] = [];
		for (const section of this.raw.languageSections) {
			const language = this.sectionLanguage(section);
			if (!language) continue;
			const draft = this.draft(section, language);
			if (!draft) continue;
			const same = drafts.find((existing) => sameLanguageTag(existing.language, language));
			if (same) {
				this.warning(
					`${this.name} has two language sections for "${language}" (lines ${same.line} and ${section.line}); they were merged into one language version.`,
					section.line
				);
				this.merge(same, draft);
			} else {
				drafts.push(draft);
			}
		}
		return drafts;
	}

	private sectionLanguage(section: RawLanguageSection): string | null {
		const inherited = this.raw.language ?? this.context.rootLanguage;
		const written = section.language ?? inherited;
		if (written === null) {
			this.error(
				`${this.name}: the language section at line ${section.line} does not say its language (xml:lang). Add the language code.`,
				section.line
			);
			return null;
		}
		if (section.language === null) {
			this.warning(
				`${this.name}: the language section at line ${section.line} has no xml:lang; it was read as "${written}", the language of the file.`,
				section.line
			);
		}
		const result = normaliseLanguageTag(written);
		if (!result.ok) {
			this.warning(
				`${this.name}: the language section at line ${section.line} has the language code "${written}", which is not a language code; this language section was not imported.`,
				section.line
			);
			this.report.notKept('language sections without a valid language code');
			return null;
		}
		if (result.repairedFrom !== undefined) {
			this.report.warnOnce(
				`language:${written}`,
				`The language code "${written}" (first at line ${section.line}) is not a standard code; it was read as "${result.tag}".`,
				section.line
			);
		} else if (result.unknownLanguage) {
			this.report.warnOnce(
				`language:${written}`,
				`The language code "${written}" (first at line ${section.line}) is not a language we know. Check that it is right.`,
				section.line
			);
		}
		return result.tag;
	}

	private draft(section: RawLanguageSection, language: string): Draft | null {
		const terms: AdditionalTerm[] = [];
		const termDefinitions: RawDefinition[] = [];
		for (const termSection of section.termSections) {
			const term = mapTerm(termSection, this.report);
			if (term) terms.push(term);
			termDefinitions.push(...termSection.definitions);
		}
		const [first, ...additionalTerms] = terms;
		if (!first) {
			// Term sections without a <term> are reported already; empty terms only lose something when the section says more.
			const hasContent = section.definitions.length > 0 || termDefinitions.length > 0 || section.notes.length > 0;
			const missingTermElement = section.termSections.some((termSection) => termSection.terms.length === 0);
			if (section.termSections.length === 0 || (hasContent && !missingTermElement)) {
				this.error(
					`${this.name}: the language section "${language}" at line ${section.line} has no term. Give its term, or remove the language section.`,
					section.line
				);
			}
			return null;
		}
		const draft: Draft = {
			language,
			line: section.line,
			term: first,
			additionalTerms,
			definition: null,
			definitionSourceOnly: null,
			notes: [],
			status: null
		};
		for (const note of section.notes) this.languageNote(draft, note);
		// A section this platform wrote (it carries a text status note) has no placeholders to skip.
		const writtenByPlatform = draft.status !== null;
		for (const definition of [...section.definitions, ...termDefinitions])
			this.addDefinition(draft, definition, writtenByPlatform);
		return draft;
	}

	private addDefinition(draft: Draft, raw: RawDefinition, verbatim = false): void {
		if (!(verbatim ? raw.text.length > 0 : this.isRealDefinition(raw))) return;
		const definition: Definition = {
			text: raw.text,
			source: raw.sources.length > 0 ? raw.sources.join('; ') : null,
			line: raw.line
		};
		if (!draft.definition) {
			draft.definition = definition;
		} else if (draft.definition.text !== definition.text) {
			this.warning(
				`${this.name} has a second definition in "${draft.language}" at line ${raw.line}; only the first one was imported.`,
				raw.line
			);
			this.report.notKept('further definitions in one language');
		}
	}

	/** "-" and similar placeholders that some tools write for an empty field are not definitions. */
	private isRealDefinition(raw: RawDefinition): boolean {
		if (/[\p{L}\p{N}]/u.test(raw.text)) return true;
		if (raw.text)
			this.report.warnOnce(
				`placeholder:${raw.text}`,
				`Definitions that only say "${raw.text}" (first at line ${raw.line}) were read as missing definitions.`,
				raw.line
			);
		return false;
	}

	private languageNote(draft: Draft, note: RawText): void {
		const status = readTextStatusNote(note.text);
		if (status) {
			draft.status ??= status;
			return;
		}
		const definitionSource = readDefinitionSourceNote(note.text);
		if (definitionSource !== undefined) {
			draft.definitionSourceOnly ??= definitionSource;
			return;
		}
		draft.notes.push(readPlainNote(note.text));
	}

	private merge(into: Draft, from: Draft): void {
		into.additionalTerms.push(from.term, ...from.additionalTerms);
		if (from.definition) {
			const definition = {
				text: from.definition.text,
				line: from.definition.line,
				language: null,
				sources: from.definition.source ? [from.definition.source] : []
			};
			this.addDefinition(into, definition, true);
		}
		into.definitionSourceOnly ??= from.definitionSourceOnly;
		into.notes.push(...from.notes);
		into.status ??= from.status;
	}

	// Original and definitions given for the whole entry ------------------------------------------

	private original(drafts: Draft[]): Draft {
		const marked = drafts.filter((draft) => draft.status?.isOriginal);
		if (marked.length > 1) {
			this.warning(
				`${this.name} marks more than one language version as the original; "${marked[0]!.language}" was taken.`,
				this.raw.line
			);
		}
		if (marked[0]) return marked[0];
		const wanted = this.options.originalLanguage;
		if (wanted) {
			const normalised = normaliseLanguageTag(wanted);
			const index = findMatchingLanguage(
				drafts.map((draft) => draft.language),
				normalised.ok ? normalised.tag : wanted
			);
			if (index >= 0) return drafts[index]!;
			this.warning(
				`${this.name} has no language version in "${wanted}"; its first language version ("${drafts[0]!.language}") was taken as the original.`,
				this.raw.line
			);
		} else {
			this.report.warnOnce(
				'no-original-language',
				'No original language was chosen for this import, so the first language section of each entry was taken as its original.',
				this.raw.line
			);
		}
		return drafts[0]!;
	}

	private entryLevelDefinitions(drafts: Draft[], original: Draft): void {
		for (const raw of this.raw.definitions) {
			if (!this.isRealDefinition(raw)) continue;
			const target = raw.language === null ? original : this.draftInLanguage(drafts, raw.language);
			if (!target) {
				this.warning(
					`${this.name}: the definition at line ${raw.line} is in "${raw.language}", but the entry has no term in that language; it was not imported.`,
					raw.line
				);
				this.report.notKept('definitions in a language without a term');
				continue;
			}
			if (raw.language === null && drafts.length > 1 && !this.inheritedLanguageIs(original.language)) {
				this.warning(
					`${this.name}: the definition at line ${raw.line} is given for the whole entry without a language; it was taken as the definition in the original language (${original.language}). Check that this is right.`,
					raw.line
				);
			}
			this.addDefinition(target, raw);
		}
	}

	private draftInLanguage(drafts: Draft[], written: string): Draft | undefined {
		const normalised = normaliseLanguageTag(written);
		if (!normalised.ok) return undefined;
		const index = findMatchingLanguage(
			drafts.map((draft) => draft.language),
			normalised.tag
		);
		return index >= 0 ? drafts[index] : undefined;
	}

	/** True when xml:lang inherited from the entry or the file says the entry-level text is in `language`. */
	private inheritedLanguageIs(language: string): boolean {
		const inherited = this.raw.language ?? this.context.rootLanguage;
		if (inherited === null) return false;
		const normalised = normaliseLanguageTag(inherited);
		return normalised.ok && primaryLanguage(normalised.tag) === primaryLanguage(language);
	}

	private languageVersion(draft: Draft, isOriginal: boolean): LanguageVersion {
		const defaultStatus: TextStatus = isOriginal
			? 'authentic'
			: primaryLanguage(draft.language) === 'en'
				? (this.options.englishStatus ?? COURTESY)
				: (this.options.otherStatus ?? COURTESY);
		return {
			language: draft.language,
			isOriginal,
			textStatus: draft.status?.textStatus ?? defaultStatus,
			term: draft.term.term,
			termType: draft.term.termType,
			partOfSpeech: draft.term.partOfSpeech,
			administrativeStatus: draft.term.administrativeStatus,
			definition: draft.definition?.text ?? null,
			definitionSource: draft.definition ? draft.definition.source : draft.definitionSourceOnly,
			note: joinNotes(draft.notes),
			additionalTerms: draft.additionalTerms
		};
	}

	// The entry's source ---------------------------------------------------------------------

	private source(): Pick<EntryContent, 'sourceAct' | 'sourceArticle' | 'sourceDate' | 'sourceUrl'> {
		const source: Pick<EntryContent, 'sourceAct' | 'sourceArticle' | 'sourceDate' | 'sourceUrl'> = {
			sourceAct: null,
			sourceArticle: null,
			sourceDate: null,
			sourceUrl: null
		};
		for (const note of this.raw.notes) {
			const field = readEntrySourceNote(note.text);
			if (field) source[field.field] ??= field.value;
		}
		const acts = this.raw.sources.map((act) => act.text).filter(Boolean);
		if (acts.length > 0) source.sourceAct = acts.join('; ');
		for (const link of this.raw.links) {
			if (!/^https?:\/\//i.test(link.target)) {
				this.warning(
					`${this.name}: the link "${link.target}" at line ${link.line} is not a web address (http or https); it was not imported.`,
					link.line
				);
				this.report.notKept('externalCrossReference (not a web address)');
			} else if (source.sourceUrl === null) {
				source.sourceUrl = link.target;
			} else {
				this.report.notKept('externalCrossReference (further links)');
			}
		}
		return source;
	}
}

function joinNotes(notes: readonly string[]): string | null {
	const kept = notes.filter((note) => note.length > 0);
	return kept.length > 0 ? kept.join('\n\n') : null;
}
