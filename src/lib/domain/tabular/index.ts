// CSV and XLSX national lists: column mapping, row reading, CSV parsing and our export's layout.
// XLSX reading and the writers need Node streams and live in lib/server/tabular.
export * from './column-target';
export { guessColumnMapping } from './guess-mapping';
export { validateColumnMapping } from './validate-mapping';
export { rowToEntry, type RowReading } from './row-to-entry';
export { parseCsv, UnreadableFileError } from './csv-reader';
export type {
	CellProblem,
	CsvDelimiter,
	TabularColumn,
	TabularFileFacts,
	TabularHeader,
	TabularImportSummary,
	TabularSink
} from './table-reader';
export {
	aboutRows,
	exportColumns,
	exportFileName,
	exportLanguages,
	exportRow,
	type ExportColumn
} from './export-layout';
export { columnLabel, columnLetter } from './column-names';
