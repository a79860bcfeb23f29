// The coverage matrix as a picture (SVG): one row per concept, one column per State, a filled
// square where the State defines the concept. The table on the page carries the same data for
// screen readers; the picture shows the pattern at a glance and can be pasted into a report.

export interface CoveragePictureInput {
	concepts: { label: string }[];
	states: { code: string }[];
	/** covered[conceptIndex][stateIndex] */
	covered: boolean[][];
}

function escapeXml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!
	);
}

export function coverageSvg(input: CoveragePictureInput): string {
	const cell = 14;
	const labelWidth = 220;
	const headerHeight = 40;
	const width = labelWidth + input.states.length * cell + 10;
	const height = headerHeight + input.concepts.length * cell + 10;
	const parts: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="10" role="img" aria-labelledby="title">`,
		`<title id="title">Coverage of ${input.concepts.length} concepts by ${input.states.length} participating States</title>`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`
	];
	input.states.forEach((state, column) => {
		const x = labelWidth + column * cell + cell / 2;
		parts.push(
			`<text x="${x}" y="${headerHeight - 6}" transform="rotate(-60 ${x} ${headerHeight - 6})" fill="#1b1f23">${escapeXml(state.code)}</text>`
		);
	});
	input.concepts.forEach((concept, row) => {
		const y = headerHeight + row * cell;
		const label = concept.label.length > 36 ? `${concept.label.slice(0, 35)}…` : concept.label;
		parts.push(
			`<text x="${labelWidth - 6}" y="${y + cell - 4}" text-anchor="end" fill="#1b1f23">${escapeXml(label)}</text>`
		);
		input.states.forEach((_, column) => {
			const covered = input.covered[row]?.[column] ?? false;
			parts.push(
				`<rect x="${labelWidth + column * cell + 1}" y="${y + 1}" width="${cell - 2}" height="${cell - 2}" fill="${covered ? '#0b3a5d' : '#eef1f4'}"/>`
			);
		});
	});
	parts.push('</svg>');
	return parts.join('\n');
}
