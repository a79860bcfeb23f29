// Shared by the TBX unit tests: run the importer on a string, bytes or a fixture and collect what
// reaches the sink; build small TBX documents around a body.
import fs from 'node:fs';
import path from 'node:path';
import { parseTbx } from '../../src/lib/domain/tbx';
import type {
	ImportLimits,
	ImportOptions,
	ImportProblem,
	ImportSummary,
	ParsedEntry
} from '../../src/lib/domain/import/types';
import { DEFAULT_IMPORT_LIMITS } from '../../src/lib/domain/import/types';

export interface ImportResult {
	entries: ParsedEntry[];
	problems: ImportProblem[];
	errors: ImportProblem[];
	warnings: ImportProblem[];
	summary: ImportSummary;
}

export function fixture(name: string): Uint8Array {
	return fs.readFileSync(path.resolve('tests/fixtures/tbx', name));
}

export function utf8(text: string): Uint8Array {
	return new TextEncoder().encode(text);
}

export function* chunksOf(bytes: Uint8Array, size: number): Generator<Uint8Array> {
	for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}

async function* asAsync(chunks: Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
	for (const chunk of chunks) yield chunk;
}

export async function importTbx(
	input: string | Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
	options: ImportOptions = {},
	limits: Partial<ImportLimits> = {}
): Promise<ImportResult> {
	const chunks: AsyncIterable<Uint8Array> =
		typeof input === 'string'
			? asAsync([utf8(input)])
			: input instanceof Uint8Array
				? asAsync([input])
				: Symbol.asyncIterator in input
					? input
					: asAsync(input);
	const entries: ParsedEntry[] = [];
	const problems: ImportProblem[] = [];
	const summary = await parseTbx(
		chunks,
		{
			entry: (entry) => {
				entries.push(entry);
			},
			problem: (problem) => {
				problems.push(problem);
			}
		},
		options,
		{ ...DEFAULT_IMPORT_LIMITS, ...limits }
	);
	return {
		entries,
		problems,
		errors: problems.filter((problem) => problem.severity === 'error'),
		warnings: problems.filter((problem) => problem.severity === 'warning'),
		summary
	};
}

/** A TBX v3 DCA document around the given conceptEntry elements. */
export function tbxV3(body: string, rootLanguage = 'en'): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="${rootLanguage}" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
<text>
<body>
${body}
</body>
</text>
</tbx>
`;
}

/** A language section with a term and, unless null, a definition. */
export function langSec(language: string, term: string, definition: string | null = `Definition of ${term}.`): string {
	const definitionXml = definition === null ? '' : `<descrip type="definition">${definition}</descrip>`;
	return `<langSec xml:lang="${language}">${definitionXml}<termSec><term>${term}</term></termSec></langSec>`;
}

export function messages(problems: readonly ImportProblem[]): string[] {
	return problems.map((problem) => problem.message);
}
