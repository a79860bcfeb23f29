// The fixed parts of the workbooks we write (ECMA-376, SpreadsheetML transitional): the package's
// content types and relationships, the workbook with its sheets, and the few styles the export uses.
import { escapeXlsxText } from './xlsx-text';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Indexes into cellXfs of styles(). */
export const STYLE = { plain: 0, top: 1, wrapped: 2, header: 3, date: 4, label: 5 } as const;

export function contentTypes(sheetCount: number): string {
	const sheets = Array.from(
		{ length: sheetCount },
		(_, index) =>
			`<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
	).join('');
	return (
		XML_DECLARATION +
		'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
		'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
		'<Default Extension="xml" ContentType="application/xml"/>' +
		'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
		sheets +
		'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
		'<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
		'</Types>'
	);
}

export function packageRelationships(): string {
	return (
		XML_DECLARATION +
		`<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
		`<Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/>` +
		'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
		'</Relationships>'
	);
}

export function coreProperties(created: Date): string {
	const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
	return (
		XML_DECLARATION +
		'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
		'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
		'<dc:creator>CBM 9 glossary platform</dc:creator>' +
		`<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
		'</cp:coreProperties>'
	);
}

/** The workbook with its sheets in tab order (sheet N is xl/worksheets/sheetN.xml, relationship rIdN). */
export function workbook(sheetNames: readonly string[]): string {
	const sheets = sheetNames
		.map((name, index) => `<sheet name="${escapeXlsxText(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
		.join('');
	return (
		XML_DECLARATION +
		`<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
		'<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>' +
		`<sheets>${sheets}</sheets>` +
		'</workbook>'
	);
}

export function workbookRelationships(sheetCount: number): string {
	const sheets = Array.from(
		{ length: sheetCount },
		(_, index) =>
			`<Relationship Id="rId${index + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`
	).join('');
	return (
		XML_DECLARATION +
		`<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
		sheets +
		`<Relationship Id="rId${sheetCount + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>` +
		'</Relationships>'
	);
}

// Two fonts (regular, bold) and the cell formats of STYLE, in its order; 164 is the first id free for
// a format of our own.
export function styles(): string {
	const top = '<alignment vertical="top"/>';
	const wrapped = '<alignment vertical="top" wrapText="1"/>';
	const formats = [
		'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
		`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">${top}</xf>`,
		`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">${wrapped}</xf>`,
		`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">${top}</xf>`,
		`<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">${top}</xf>`,
		`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">${top}</xf>`
	];
	return (
		XML_DECLARATION +
		`<styleSheet xmlns="${MAIN}">` +
		'<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>' +
		'<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
		'<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
		'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
		'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
		`<cellXfs count="${formats.length}">${formats.join('')}</cellXfs>` +
		'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
		'</styleSheet>'
	);
}

export function worksheetStart(layout: { frozenHeader: boolean; widths: readonly number[] }): string {
	const view = layout.frozenHeader
		? '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>'
		: '<sheetView workbookViewId="0"/>';
	const columns = layout.widths
		.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`)
		.join('');
	return (
		XML_DECLARATION +
		`<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
		`<sheetViews>${view}</sheetViews>` +
		`<cols>${columns}</cols>` +
		'<sheetData>'
	);
}

export function worksheetEnd(): string {
	return '</sheetData></worksheet>';
}
