// What the glossary exporters (TBX-Basic, CSV, JSON) receive: the concepts of one snapshot of the
// consensus glossary, each at exactly one adopted version, and the facts about the snapshot the
// file should carry. The server builds these from SQLite; the writers never look anything up.
import type { ConceptText } from '../concept-text';
import type { ConceptVersionStatus, Instant } from '../consensus/types';

export interface GlossaryInterpretiveStatement {
	/** ISO 3166-1 alpha-2 code of the State that made the reservation. */
	stateCode: string;
	/** The State's English protocol name, as the platform's reference list gives it. */
	stateName: string;
	statement: string;
}

export interface GlossaryConcept {
	conceptId: number;
	/** concept_version.number of the exported version. */
	version: number;
	status: ConceptVersionStatus;
	adoptedAt: Instant;
	/** The first release that published this version; null while it awaits a release. */
	firstRelease: number | null;
	/** The permanent address of this version of the concept ("…/glossary/12?version=2"). */
	url: string;
	/** The line to cite this version by, as the concept page shows it. */
	citeAs: string;
	/** In the OSCE languages; a language without text is pending. */
	text: ConceptText;
	/** The reservations current when the version was adopted, by State code. */
	interpretiveStatements: GlossaryInterpretiveStatement[];
}

export interface GlossaryReleaseScope {
	kind: 'release';
	number: number;
	title: string;
	releasedAt: Instant;
	notes: string | null;
}

export interface CurrentGlossaryScope {
	kind: 'current';
	/** When the newest exported version was adopted; null for an empty glossary. */
	asOf: Instant | null;
}

export interface GlossaryExportMeta {
	scope: GlossaryReleaseScope | CurrentGlossaryScope;
	/** The page of the release, or of the glossary. */
	url: string;
	/** The line to cite the whole file by. */
	citeAs: string;
	/** Terms of use and disclaimer, one line. */
	termsOfUse: string;
	/** True when the installation holds demonstration data, which must be labelled as such. */
	demonstration: boolean;
}
