// exceljs's streaming reader lists a workbook's parts with unzipper's Parse, which announces its
// own end as soon as it has read the last byte of the zip ('finish' → emit('end'), unzipper 0.10
// and 0.12 alike), even when parts it found are still waiting to be read. exceljs pauses the zip
// while it copies a sheet stored before the shared strings to a temporary file (as Excel stores
// them); when the machine is busy, Parse reaches the end in the meantime, exceljs believes it, and
// the parts after the sheets are never read: no styles, so dates come back as day numbers, or no
// workbook part, so the file is called damaged. Under load this happened to one import in a few
// hundred.
//
// The fix: in the streaming mode exceljs uses, Parse ends like any stream, once what it found has
// been read. Applied once, to the unzipper that exceljs itself loads.
import { createRequire } from 'node:module';
import type { Duplex } from 'node:stream';

type ParseFactory = (options?: { forceStream?: boolean }) => Duplex;
interface Unzipper {
	Parse: ParseFactory & { endsWhenRead?: true };
}

/** The unzipper module instance exceljs uses. */
export function unzipperOfExceljs(): Unzipper {
	const fromHere = createRequire(import.meta.url);
	return createRequire(fromHere.resolve('exceljs'))('unzipper') as Unzipper;
}

/** Whether a 'finish' listener is Parse's own "announce the end now" one. */
function announcesEnd(listener: (...args: unknown[]) => unknown): boolean {
	return /emit\(\s*['"]end['"]\s*\)/.test(listener.toString());
}

export function makeZipEntriesEndWhenRead(unzipper: Unzipper = unzipperOfExceljs()): void {
	const original = unzipper.Parse;
	if (original.endsWhenRead) return;
	const patched = ((options?: { forceStream?: boolean }) => {
		const parse = original(options);
		if (!options?.forceStream) return parse;
		const early = parse.listeners('finish').filter((listener) => announcesEnd(listener as (...args: unknown[]) => unknown));
		// Another unzipper than the one this was written for: leave it as it is.
		if (early.length !== 1) return parse;
		parse.removeListener('finish', early[0] as (...args: unknown[]) => void);
		// Ends the readable side after the entries already found are read (a second end is ignored:
		// Parse also ends it itself when it reads the zip's end record).
		parse.on('finish', () => parse.push(null));
		return parse;
	}) as Unzipper['Parse'];
	patched.endsWhenRead = true;
	unzipper.Parse = patched;
}
