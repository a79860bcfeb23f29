// The TBX importer: bytes in (as they arrive), entries and problems out to the sink as each entry
// closes. A fatal problem (size, encoding, XML, security) is reported as an error and ends the
// reading; the server refuses an import with any error.
import {
	DEFAULT_IMPORT_LIMITS,
	type ImportLimits,
	type ImportOptions,
	type ImportSink,
	type ImportSummary
} from '../import/types';
import { DecodeError, invalidBytesMessage, XmlByteDecoder } from './decode';
import { countLineBreaks, FatalImportError, TbxReader } from './reader';

export async function parseTbx(
	chunks: AsyncIterable<Uint8Array>,
	sink: ImportSink,
	options: ImportOptions = {},
	limits: ImportLimits = DEFAULT_IMPORT_LIMITS
): Promise<ImportSummary> {
	const reader = new TbxReader(options, limits);
	const decoder = new XmlByteDecoder();
	let bytes = 0;
	try {
		for await (const chunk of chunks) {
			bytes += chunk.length;
			if (bytes > limits.maxBytes) {
				throw new FatalImportError({
					severity: 'error',
					message: `The file is larger than the import limit of ${megabytes(limits.maxBytes)} MB. Split it into smaller files and import them one after the other.`
				});
			}
			reader.write(decoder.decode(chunk));
			await deliver(reader, sink);
		}
		if (bytes === 0) throw new FatalImportError({ severity: 'error', message: 'The file is empty.' });
		reader.write(decoder.end());
		reader.close();
	} catch (error) {
		const problem = fatalProblem(error, reader);
		await deliver(reader, sink);
		await sink.problem(problem);
		return reader.summary();
	}
	await deliver(reader, sink);
	return reader.summary();
}

async function deliver(reader: TbxReader, sink: ImportSink): Promise<void> {
	for (const output of reader.takeOutputs()) {
		if ('entry' in output) await sink.entry(output.entry);
		else await sink.problem(output.problem);
	}
}

function fatalProblem(error: unknown, reader: TbxReader): FatalImportError['problem'] {
	if (error instanceof FatalImportError) return error.problem;
	if (error instanceof DecodeError) {
		if (!error.invalidBytes) return { severity: 'error', message: error.message, line: 1 };
		const line = reader.line + countLineBreaks(error.invalidBytes.textBeforeError);
		return { severity: 'error', message: invalidBytesMessage(error.invalidBytes.encoding, line), line };
	}
	throw error;
}

function megabytes(bytes: number): string {
	const value = bytes / (1024 * 1024);
	return String(value >= 1 ? Math.round(value * 100) / 100 : Number(value.toPrecision(2)));
}
