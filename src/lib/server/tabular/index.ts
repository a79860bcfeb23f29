// XLSX reading and the CSV/XLSX writers; the mapping and CSV reading are in domain/tabular.
export { listXlsxSheets, parseXlsx, type XlsxSelection } from './xlsx-reader';
export { writeCsv, type TabularExportOptions } from './csv-writer';
export { dataSheetName, writeXlsx, xlsxBuffer } from './xlsx-writer';
