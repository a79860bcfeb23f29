import { describe, expect, it } from 'vitest';
import { fixture, importTbx, langSec, tbxV3, utf8 } from './tbx-helpers';

const entry = (id: string, term: string) => `<conceptEntry id="${id}">${langSec('en', term)}</conceptEntry>`;

function utf16(text: string, order: 'le' | 'be', byteOrderMark: boolean): Uint8Array {
	const bytes = new Uint8Array((byteOrderMark ? 2 : 0) + text.length * 2);
	let offset = 0;
	if (byteOrderMark) {
		bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
		offset = 2;
	}
	for (let index = 0; index < text.length; index++) {
		const unit = text.charCodeAt(index);
		bytes[offset++] = order === 'le' ? unit & 0xff : unit >> 8;
		bytes[offset++] = order === 'le' ? unit >> 8 : unit & 0xff;
	}
	return bytes;
}

describe('files that are refused', () => {
	it('refuses XML that is not well-formed with the line and column, and stops there', async () => {
		const { entries, errors } = await importTbx(fixture('not-well-formed.tbx'));
		expect(entries).toEqual([]);
		expect(errors).toEqual([
			{
				severity: 'error',
				message:
					'The file is not well-formed XML: <term> is not closed: its end tag is missing or misspelt (line 17, column 15). Correct the file (an XML editor shows the place) and import it again.',
				line: 17,
				column: 15
			}
		]);
	});

	it('keeps what it read before the break but reads nothing after it', async () => {
		const file = tbxV3(
			`${entry('c1', 'firewall')}\n<conceptEntry id="c2"><langSec xml:lang="en"></conceptEntry>\n${entry('c3', 'malware')}`
		);
		const { entries, errors } = await importTbx(file, { originalLanguage: 'en' });
		expect(entries.map((parsed) => parsed.sourceId)).toEqual(['c1']);
		expect(errors).toHaveLength(1);
		expect(errors[0]!.message).toMatch(
			/^The file is not well-formed XML: <langSec> is not closed.*\(line 7, column \d+\)/
		);
	});

	it('refuses a DOCTYPE that declares entities, before reading any entry', async () => {
		const { entries, problems } = await importTbx(fixture('doctype-entities.tbx'));
		expect(entries).toEqual([]);
		expect(problems).toEqual([
			{
				severity: 'error',
				message:
					'The file declares entities in a DOCTYPE (line 2). For safety, entity declarations are not accepted; remove the DOCTYPE.',
				line: 2
			}
		]);
	});

	it('refuses a "billion laughs" file at once instead of expanding it', async () => {
		const started = performance.now();
		const { entries, problems } = await importTbx(fixture('billion-laughs.tbx'));
		expect(entries).toEqual([]);
		expect(problems).toEqual([
			{
				severity: 'error',
				message:
					'The file declares entities in a DOCTYPE (line 2). For safety, entity declarations are not accepted; remove the DOCTYPE.',
				line: 2
			}
		]);
		expect(performance.now() - started).toBeLessThan(1000);
	});

	it('refuses any other DOCTYPE declarations too', async () => {
		const file = `<?xml version="1.0"?>\n<!DOCTYPE tbx [\n<!ELEMENT tbx ANY>\n]>\n${tbxV3(entry('c1', 'firewall')).split('\n').slice(1).join('\n')}`;
		const { errors } = await importTbx(file);
		expect(errors).toEqual([
			{
				severity: 'error',
				message:
					'The file has a DOCTYPE with its own declarations (line 2). For safety, DOCTYPE declarations are not accepted; remove the DOCTYPE.',
				line: 2
			}
		]);
	});

	it('accepts a DOCTYPE whose DTD name merely contains a bracket', async () => {
		const file = `<?xml version="1.0"?>\n<!DOCTYPE tbx SYSTEM "schemas[v3]/tbx.dtd">\n${tbxV3(entry('c1', 'firewall')).split('\n').slice(1).join('\n')}`;
		const { entries, problems } = await importTbx(file, { originalLanguage: 'en' });
		expect(problems).toEqual([]);
		expect(entries).toHaveLength(1);
	});

	it('refuses an entity reference that XML does not define, with its line', async () => {
		const { entries, errors } = await importTbx(fixture('undefined-entity.tbx'), { originalLanguage: 'fr' });
		expect(entries).toEqual([]);
		expect(errors).toEqual([
			{
				severity: 'error',
				message:
					'The file uses an entity reference that is not defined (line 8, column 51). Only &amp; &lt; &gt; &quot; &apos; and numeric character references such as &#233; are allowed; replace the reference with the character itself.',
				line: 8,
				column: 51
			}
		]);
	});

	it('refuses a file that is not TBX, naming its root element', async () => {
		const legacyMin = '<?xml version="1.0"?>\n<TBX dialect="TBX-Min"><header/><body/></TBX>';
		expect((await importTbx(legacyMin)).errors).toEqual([
			{
				severity: 'error',
				message:
					'The file is not a TBX file: its root element is <TBX>, but a TBX file starts with <tbx> (TBX v3) or <martif> (TBX 2008).',
				line: 2
			}
		]);
		const xliff = '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"/>';
		expect((await importTbx(xliff)).errors[0]!.message).toBe(
			'The file is not a TBX file: its root element is <xliff> (namespace urn:oasis:names:tc:xliff:document:2.0), but a TBX file starts with <tbx> (TBX v3) or <martif> (TBX 2008).'
		);
	});

	it('refuses elements nested deeper than the limit, with the line', async () => {
		const nested = `${'<hi>'.repeat(30)}deep${'</hi>'.repeat(30)}`;
		const file = tbxV3(
			`<conceptEntry id="c1"><langSec xml:lang="en">\n<descrip type="definition">${nested}</descrip><termSec><term>t</term></termSec></langSec></conceptEntry>`
		);
		const { entries, errors } = await importTbx(file, { originalLanguage: 'en' }, { maxDepth: 20 });
		expect(entries).toEqual([]);
		expect(errors).toEqual([
			{
				severity: 'error',
				message:
					'The file nests XML elements more than 20 levels deep (line 7). TBX needs far fewer levels; the file is damaged or not a terminology file.',
				line: 7
			}
		]);
		expect((await importTbx(file, { originalLanguage: 'en' }, { maxDepth: 64 })).errors).toEqual([]);
	});

	it('refuses a file larger than the limit, giving the limit in MB, and stops reading it', async () => {
		let chunksRead = 0;
		async function* endless() {
			yield utf8(tbxV3('').slice(0, 200));
			for (;;) {
				chunksRead++;
				yield new Uint8Array(256 * 1024).fill(0x20);
			}
		}
		const { errors } = await importTbx(endless(), {}, { maxBytes: 1024 * 1024 });
		expect(errors).toEqual([
			{
				severity: 'error',
				message:
					'The file is larger than the import limit of 1 MB. Split it into smaller files and import them one after the other.'
			}
		]);
		expect(chunksRead).toBe(4);
		const halfMegabyte = await importTbx(new Uint8Array(600 * 1024).fill(0x20), {}, { maxBytes: 512 * 1024 });
		expect(halfMegabyte.errors[0]!.message).toBe(
			'The file is larger than the import limit of 0.5 MB. Split it into smaller files and import them one after the other.'
		);
	});

	it('refuses an empty file', async () => {
		expect((await importTbx(new Uint8Array(0))).errors).toEqual([{ severity: 'error', message: 'The file is empty.' }]);
	});
});

describe('encodings', () => {
	const text = tbxV3(`${entry('c1', 'информационная безопасность')}\n${entry('c2', 'κυβερνοασφάλεια')}`);

	it('reads UTF-8 with or without a byte order mark and UTF-16 in either byte order, with or without one, alike', async () => {
		const reference = await importTbx(text, { originalLanguage: 'en' });
		expect(reference.entries.map((parsed) => parsed.content.languageVersions[0]!.term)).toEqual([
			'информационная безопасность',
			'κυβερνοασφάλεια'
		]);
		const utf16Text = text.replace('encoding="UTF-8"', 'encoding="UTF-16"');
		const variants = [
			new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]),
			utf16(utf16Text, 'le', true),
			utf16(utf16Text, 'be', true),
			utf16(utf16Text, 'le', false),
			utf16(utf16Text, 'be', false)
		];
		for (const bytes of variants) {
			const result = await importTbx(bytes, { originalLanguage: 'en' });
			expect(result.problems).toEqual([]);
			expect(result.entries).toEqual(reference.entries);
		}
	});

	it('refuses a file that declares another encoding', async () => {
		const latin1 = new Uint8Array([...utf8(text.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'))]);
		expect((await importTbx(latin1)).errors).toEqual([
			{
				severity: 'error',
				message:
					'The file is encoded in ISO-8859-1. Only UTF-8 and UTF-16 are accepted: save the file as UTF-8 (most editors and terminology tools offer this when saving or exporting) and import it again.',
				line: 1
			}
		]);
		const windows = utf8(text.replace('encoding="UTF-8"', "encoding='windows-1252'"));
		expect((await importTbx(windows)).errors[0]!.message).toMatch(
			/^The file is encoded in windows-1252\. Only UTF-8 and UTF-16 are accepted/
		);
	});

	it('refuses a file whose declared UTF-16 does not match its bytes', async () => {
		const { errors } = await importTbx(utf8(text.replace('encoding="UTF-8"', 'encoding="UTF-16"')));
		expect(errors[0]!.message).toBe(
			'The file declares the encoding "UTF-16", but its bytes are not UTF-16 (it has no UTF-16 byte order mark). Save it as UTF-8 and import it again.'
		);
	});

	it('refuses bytes that are not UTF-8, naming their line, even when they arrive split across chunks', async () => {
		// "é" written in Latin-1 (0xE9) inside an otherwise UTF-8 file, on line 7.
		const [before, after] = tbxV3(`\n<conceptEntry id="c1">${langSec('fr', 'sécurité')}</conceptEntry>`).split('é');
		const bytes = new Uint8Array([...utf8(before!), 0xe9, ...utf8(after!)]);
		const expected = [
			{
				severity: 'error',
				message:
					'The file is not valid UTF-8: line 7 contains bytes that are not UTF-8 text. The file is probably saved in another encoding (such as Windows-1252 or ISO-8859-1); save it as UTF-8 and import it again.',
				line: 7
			}
		];
		expect((await importTbx(bytes)).errors).toEqual(expected);
		const oneByteAtATime = Array.from(bytes, (byte) => new Uint8Array([byte]));
		expect((await importTbx(oneByteAtATime)).errors).toEqual(expected);
	});

	it('decodes characters split across chunks', async () => {
		const bytes = utf8(text);
		const reference = await importTbx(bytes, { originalLanguage: 'en' });
		const split = await importTbx(
			Array.from(bytes, (byte) => new Uint8Array([byte])),
			{ originalLanguage: 'en' }
		);
		expect(split.entries).toEqual(reference.entries);
		const utf16Bytes = utf16(text.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'le', true);
		const splitUtf16 = await importTbx(
			Array.from(utf16Bytes, (byte) => new Uint8Array([byte])),
			{ originalLanguage: 'en' }
		);
		expect(splitUtf16.entries).toEqual(reference.entries);
	});
});
