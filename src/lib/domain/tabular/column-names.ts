// How problems name a column: by its letter, as a spreadsheet shows it, and by its header.

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
	let letters = '';
	for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
		letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
	}
	return letters;
}

/** "C (Definition)", or "C" for a column without a header. */
export function columnLabel(index: number, header: string | undefined): string {
	const name = header?.trim();
	return name ? `${columnLetter(index)} (${name})` : columnLetter(index);
}

/** "Column F ‘Bemerkung intern’", as the preview lists columns that are not imported. */
export function columnMention(index: number, header: string | undefined): string {
	const name = header?.trim();
	return name ? `column ${columnLetter(index)} ‘${name}’` : `column ${columnLetter(index)} (no header)`;
}
