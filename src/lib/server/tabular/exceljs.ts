// exceljs, loaded when the first workbook is read or written rather than with the app: it made the
// server's shared code take 0.15-0.25 s longer to load and 10 MB more memory, and most processes
// (the server at start, every CLI) never touch a workbook.
import type ExcelJS from 'exceljs';
import { makeZipEntriesEndWhenRead } from './zip-entries-fix';

let loading: Promise<typeof ExcelJS> | null = null;

export function loadExcelJS(): Promise<typeof ExcelJS> {
	loading ??= import('exceljs').then((module) => {
		makeZipEntriesEndWhenRead();
		return module.default;
	});
	return loading;
}
