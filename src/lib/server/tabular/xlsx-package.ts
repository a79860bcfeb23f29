// Where a workbook keeps its parts (ECMA-376 Part 2, Open Packaging): the package relationships
// name the workbook part, the workbook lists its sheets in tab order, and the workbook's
// relationships name each sheet's part, the shared strings and the styles. Paths are resolved as
// the standard says rather than assumed, so files from LibreOffice, Google Sheets, Numbers and
// older Excel versions read like Excel's own.
import { readXmlElements } from '../zip/xml-part';
import { ZipRefusal, type ZipArchive } from '../zip/archive';

export interface WorkbookSheet {
	name: string;
	part: string;
}

export interface WorkbookParts {
	/** Worksheets in tab order (chart sheets, which hold no cells, are left out). */
	sheets: WorkbookSheet[];
	sharedStrings: string | null;
	styles: string | null;
	/** The 1904 date system of old Mac workbooks: serial day 0 is 1904-01-01. */
	date1904: boolean;
}

const RELATIONSHIP_TYPE_END = {
	officeDocument: '/officeDocument',
	worksheet: '/worksheet',
	sharedStrings: '/sharedStrings',
	styles: '/styles'
} as const;

export async function readWorkbookParts(archive: ZipArchive): Promise<WorkbookParts> {
	const workbookPart =
		(await relationships(archive, '')).find((relationship) =>
			relationship.type.endsWith(RELATIONSHIP_TYPE_END.officeDocument)
		)?.target ?? 'xl/workbook.xml';
	if (!archive.has(workbookPart)) throw new ZipRefusal('damaged', 'it holds no workbook part');

	const links = await relationships(archive, workbookPart);
	const byId = new Map(links.map((relationship) => [relationship.id, relationship]));
	const partOfType = (end: string) => links.find((relationship) => relationship.type.endsWith(end))?.target ?? null;

	const sheets: WorkbookSheet[] = [];
	let date1904 = false;
	for (const element of await readXmlElements(archive, workbookPart)) {
		if (element.name === 'workbookPr') date1904 = isTrue(element.attributes.date1904);
		if (element.name !== 'sheet') continue;
		const link = byId.get(element.attributes.id ?? '');
		if (!link || !link.type.endsWith(RELATIONSHIP_TYPE_END.worksheet)) continue;
		sheets.push({ name: element.attributes.name ?? '', part: link.target });
	}
	const sharedStrings = partOfType(RELATIONSHIP_TYPE_END.sharedStrings);
	const styles = partOfType(RELATIONSHIP_TYPE_END.styles);
	return {
		sheets,
		sharedStrings: sharedStrings && archive.has(sharedStrings) ? sharedStrings : null,
		styles: styles && archive.has(styles) ? styles : null,
		date1904
	};
}

interface Relationship {
	id: string;
	type: string;
	/** The target as a part name from the package root, e.g. "xl/worksheets/sheet1.xml". */
	target: string;
}

/** The relationships of a part ("" for the package itself), with targets resolved against it. */
async function relationships(archive: ZipArchive, part: string): Promise<Relationship[]> {
	const folder = part.includes('/') ? part.slice(0, part.lastIndexOf('/') + 1) : '';
	const file = part.slice(folder.length);
	const relationshipsPart = `${folder}_rels/${file}.rels`;
	if (!archive.has(relationshipsPart)) return [];
	return (await readXmlElements(archive, relationshipsPart))
		.filter((element) => element.name === 'Relationship' && element.attributes.TargetMode !== 'External')
		.map(({ attributes }) => ({
			id: attributes.Id ?? '',
			type: attributes.Type ?? '',
			target: resolvePartName(folder, attributes.Target ?? '')
		}));
}

/** "worksheets/sheet1.xml" from "xl/" → "xl/worksheets/sheet1.xml"; "/xl/styles.xml" stays from the root. */
export function resolvePartName(folder: string, target: string): string {
	const segments = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
	for (const segment of target.split('/')) {
		if (segment === '' || segment === '.') continue;
		if (segment === '..') segments.pop();
		else segments.push(decodeURIComponentSafely(segment));
	}
	return segments.join('/');
}

function decodeURIComponentSafely(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

function isTrue(value: string | undefined): boolean {
	return value === '1' || value === 'true';
}
