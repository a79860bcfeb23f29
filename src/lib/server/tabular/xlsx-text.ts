// Text inside a workbook's XML. XML 1.0 cannot carry most control characters, so a workbook writes
// them as _xHHHH_ (ECMA-376 Part 1, 22.9.2.19 ST_Xstring), and an underscore that would start such a
// sequence is itself written _x005F_; a carriage return is written so too, as XML would turn it
// into a line feed. Writing and reading are exact inverses, so an export reads back unchanged.

/** Text as a workbook stores it → the text. */
export function unescapeXlsxText(text: string): string {
	return text.includes('_x')
		? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)))
		: text;
}

// Control characters other than tab and line feed, a text that looks like an escape, the two
// non-characters, and halves of a surrogate pair without their other half.
const NEEDS_ESCAPE =
	// eslint-disable-next-line no-control-regex -- the control characters XML cannot carry are what this matches
	/[\0-\x08\x0B\x0C\r\x0E-\x1F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MARKUP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** The text → XML character data (or an attribute value) of a workbook part. */
export function escapeXlsxText(text: string): string {
	const escaped = text.replace(NEEDS_ESCAPE, (character) => {
		const code = character.charCodeAt(0);
		// A lone surrogate cannot be written in UTF-8 at all; the replacement character stands for it.
		if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
		return `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
	});
	return escaped.replace(/[&<>"]/g, (character) => MARKUP[character]!);
}
