// Shapes shared by the comparison modules.

/** One text to compare: a national definition (or a proposal's definition) in its language. */
export interface ComparableText {
	id: string;
	text: string;
	/** BCP 47 tag of the text's language ("fr", "sr-Latn"). */
	locale: string;
}

/** A stretch of the ORIGINAL text in UTF-16 code units, end exclusive: `text.slice(start, end)`. */
export interface TextRange {
	start: number;
	end: number;
}
