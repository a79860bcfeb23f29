// Downloads of the consensus glossary (the current text or a release): TBX-Basic with its reader
// for the round trip, CSV and JSON. Pure: the server loads the concepts and passes them in.
export type {
	GlossaryConcept,
	GlossaryExportMeta,
	GlossaryInterpretiveStatement,
	GlossaryReleaseScope,
	CurrentGlossaryScope
} from './types';
export { writeGlossaryTbx, GLOSSARY_TBX_ENCODING_NOTE, DEMONSTRATION_LINE } from './tbx-writer';
export { readGlossaryTbx, GlossaryTbxError, type GlossaryTbxReading, type GlossaryTbxProblem } from './tbx-reader';
export { glossaryCsv, GLOSSARY_CSV_HEADERS } from './csv';
export {
	glossaryJson,
	glossaryJsonDocument,
	GLOSSARY_JSON_FORMAT,
	GLOSSARY_JSON_FORMAT_VERSION,
	type GlossaryJson,
	type GlossaryJsonConcept,
	type GlossaryJsonText
} from './json';
export { citeConcept, citeGlossary, conceptHeading, glossaryFileName, glossaryTitle } from './naming';
