// saxes reports well-formedness errors as "line:column: message"; people importing a file need
// the same facts in plain words.

export interface PlacedMessage {
	message: string;
	line?: number;
	column?: number;
}

const UNDEFINED_ENTITY =
	'The file uses an entity reference that is not defined (line {line}, column {column}). Only &amp; &lt; &gt; &quot; &apos; and numeric character references such as &#233; are allowed; replace the reference with the character itself.';

function plainReason(reason: string, lastClosedTag: string): string {
	const unclosed = /^unclosed tag: (.+)$/.exec(reason);
	if (unclosed) return `the file ends while <${unclosed[1]}> is still open (the file may be cut off)`;
	const unmatched = /^unmatched closing tag: (.+)\.$/.exec(reason);
	if (unmatched) return `the end tag </${unmatched[1]}> has no matching start tag`;
	switch (reason) {
		case 'unexpected close tag.':
			return lastClosedTag
				? `<${lastClosedTag}> is not closed: its end tag is missing or misspelt`
				: 'an end tag does not match its start tag';
		case 'text data outside of root node.':
			return 'there is text outside the root element';
		case 'documents may contain only one root.':
			return 'there is more than one root element';
		case 'document must contain a root element.':
			return 'there is no XML element in the file';
		case 'disallowed character.':
			return 'it contains a character that XML does not allow';
		default:
			return reason.replace(/\.$/, '');
	}
}

export function notWellFormedMessage(saxesMessage: string, lastClosedTag: string): PlacedMessage {
	const placed = /^(\d+):(\d+): ([\s\S]*)$/.exec(saxesMessage);
	if (!placed) return { message: `The file is not well-formed XML: ${plainReason(saxesMessage, lastClosedTag)}.` };
	const line = Number(placed[1]);
	const column = Number(placed[2]);
	const reason = placed[3]!;
	if (reason === 'undefined entity.') {
		return {
			message: UNDEFINED_ENTITY.replace('{line}', String(line)).replace('{column}', String(column)),
			line,
			column
		};
	}
	return {
		message: `The file is not well-formed XML: ${plainReason(reason, lastClosedTag)} (line ${line}, column ${column}). Correct the file (an XML editor shows the place) and import it again.`,
		line,
		column
	};
}
