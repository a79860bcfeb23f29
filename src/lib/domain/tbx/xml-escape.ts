// Escaping for the TBX writer. Carriage returns and, in attributes, tabs and line feeds are
// written as character references because XML parsers normalise them otherwise. Characters
// that XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are
// replaced by U+FFFD so that the file stays well-formed.

const NOT_XML_CHARACTER =
	// eslint-disable-next-line no-control-regex -- the control characters XML cannot carry are what this matches
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
	...TEXT_ESCAPES,
	'"': '&quot;',
	'\t': '&#9;',
	'\n': '&#10;'
};

export function escapeXmlText(value: string): string {
	return value.replace(NOT_XML_CHARACTER, '\uFFFD').replace(/[&<>\r]/g, (character) => TEXT_ESCAPES[character]!);
}

export function escapeXmlAttribute(value: string): string {
	return value
		.replace(NOT_XML_CHARACTER, '\uFFFD')
		.replace(/[&<>"\r\n\t]/g, (character) => ATTRIBUTE_ESCAPES[character]!);
}
