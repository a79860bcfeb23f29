// Which cell styles show a date. A workbook stores a date as a day number; only the number format
// of the cell's style (cellXfs, by the cell's s attribute) tells it from a number.
import type { ZipArchive } from '../zip/archive';
import { readXmlElements } from '../zip/xml-part';
import { isDateFormat } from './xlsx-cells';

// Built-in formats that show a date (ECMA-376 Part 1, 18.8.30, and the East Asian ones 27-36, 50-58).
// The built-in time-only formats (18-21, 45-47) show a time of day and are read as numbers.
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, ...range(27, 36), ...range(50, 58)]);

export type DateStyles = (styleIndex: number) => boolean;

export async function readDateStyles(archive: ZipArchive, part: string | null): Promise<DateStyles> {
	if (!part) return () => false;
	const customFormats = new Map<number, string>();
	const dateStyles: boolean[] = [];
	let inCellFormats = false;
	for (const { name, attributes } of await readXmlElements(archive, part)) {
		if (name === 'numFmt') customFormats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
		else if (name === 'cellXfs') inCellFormats = true;
		else if (name === 'cellStyleXfs' || name === 'cellStyles' || name === 'dxfs') inCellFormats = false;
		else if (name === 'xf' && inCellFormats) {
			const formatId = Number(attributes.numFmtId ?? 0);
			const custom = customFormats.get(formatId);
			dateStyles.push(custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATE_FORMATS.has(formatId));
		}
	}
	return (styleIndex) => dateStyles[styleIndex] ?? false;
}

function range(from: number, to: number): number[] {
	return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
