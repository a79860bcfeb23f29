import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml, type AtomEntry, type AtomFeed } from '../../src/lib/domain/atom';

interface Node {
	name: string;
	attributes: Record<string, string>;
	text: string;
	children: Node[];
}

/** Parses with a strict XML parser (a malformed document throws) into a small tree, namespaces resolved. */
function parse(xml: string): Node {
	const parser = new SaxesParser({ xmlns: true });
	const root: Node = { name: '#document', attributes: {}, text: '', children: [] };
	const stack: Node[] = [root];
	parser.on('opentag', (tag) => {
		const node: Node = {
			name: `{${tag.uri}}${tag.local}`,
			attributes: Object.fromEntries(
				Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value])
			),
			text: '',
			children: []
		};
		stack.at(-1)!.children.push(node);
		stack.push(node);
	});
	parser.on('text', (text) => {
		stack.at(-1)!.text += text;
	});
	parser.on('closetag', () => void stack.pop());
	parser.write(xml).close();
	return root.children[0]!;
}

const ATOM = '{http://www.w3.org/2005/Atom}';
const child = (node: Node, name: string) => node.children.find((candidate) => candidate.name === ATOM + name);
const children = (node: Node, name: string) => node.children.filter((candidate) => candidate.name === ATOM + name);

const ENTRY: AtomEntry = {
	id: 'urn:cbm9:adoption:3',
	title: 'Adopted: "cyberspace" <revision 2> & more',
	updated: '2026-11-13T11:00:00.000Z',
	links: [{ href: 'https://glossary.example.org/proposals/3?tab=history&lang=fr' }],
	summary: "Poland's reservation: 'telecommunications networks' include <public> networks."
};

const FEED: AtomFeed = {
	id: 'urn:cbm9:feed:public',
	title: 'OSCE CBM 9 consensus glossary',
	links: [{ href: 'https://glossary.example.org/feed.atom', rel: 'self', type: 'application/atom+xml' }],
	authors: [{ name: 'OSCE Secretariat' }],
	entries: [ENTRY]
};

describe('the Atom writer', () => {
	it('writes an RFC 4287 feed with id, title, updated, links and author, in the Atom namespace', () => {
		const feed = parse(atomFeed(FEED));
		expect(feed.name).toBe(`${ATOM}feed`);
		expect(child(feed, 'id')?.text).toBe('urn:cbm9:feed:public');
		expect(child(feed, 'title')?.text).toBe('OSCE CBM 9 consensus glossary');
		expect(child(feed, 'updated')?.text).toBe('2026-11-13T11:00:00.000Z');
		expect(child(feed, 'link')?.attributes).toEqual({
			rel: 'self',
			href: 'https://glossary.example.org/feed.atom',
			type: 'application/atom+xml'
		});
		expect(child(child(feed, 'author')!, 'name')?.text).toBe('OSCE Secretariat');
		const [entry] = children(feed, 'entry');
		expect(child(entry!, 'id')?.text).toBe('urn:cbm9:adoption:3');
		expect(child(entry!, 'updated')?.text).toBe('2026-11-13T11:00:00.000Z');
		expect(child(entry!, 'link')?.attributes).toEqual({
			rel: 'alternate',
			href: 'https://glossary.example.org/proposals/3?tab=history&lang=fr'
		});
	});

	it('escapes markup in text and attributes so that the reader gets back exactly the text', () => {
		const xml = atomFeed(FEED);
		expect(xml).toContain('<title type="text">Adopted: &quot;cyberspace&quot; &lt;revision 2&gt; &amp; more</title>');
		expect(xml).toContain('href="https://glossary.example.org/proposals/3?tab=history&amp;lang=fr"');
		const entry = children(parse(xml), 'entry')[0]!;
		expect(child(entry, 'title')?.text).toBe(ENTRY.title);
		expect(child(entry, 'summary')?.text).toBe(ENTRY.summary);
	});

	it('drops characters XML cannot carry instead of writing a document no reader accepts', () => {
		expect(escapeXml('bell\u0007 tab\t line\nend\uFFFF \uD800lone')).toBe('bell tab\t line\nend lone');
		expect(escapeXml('😀 Кибер')).toBe('😀 Кибер');
		const feed = parse(atomFeed({ ...FEED, entries: [{ ...ENTRY, title: 'form\u000Cfeed' }] }));
		expect(child(children(feed, 'entry')[0]!, 'title')?.text).toBe('formfeed');
	});

	it('takes the feed’s updated date from its latest entry unless given', () => {
		const older = { ...ENTRY, id: 'urn:cbm9:a', updated: '2026-01-01T00:00:00Z' };
		const newer = { ...ENTRY, id: 'urn:cbm9:b', updated: '2026-12-01T08:00:00+01:00' };
		expect(child(parse(atomFeed({ ...FEED, entries: [older, newer] })), 'updated')?.text).toBe(
			'2026-12-01T08:00:00+01:00'
		);
		expect(child(parse(atomFeed({ ...FEED, updated: '2027-01-01T00:00:00Z', entries: [] })), 'updated')?.text).toBe(
			'2027-01-01T00:00:00Z'
		);
	});

	it('writes an empty feed when told when it last changed, and refuses one without that date', () => {
		expect(children(parse(atomFeed({ ...FEED, updated: '2026-11-13T11:00:00Z', entries: [] })), 'entry')).toEqual([]);
		expect(() => atomFeed({ ...FEED, entries: [] })).toThrow('An empty feed needs its updated date.');
	});

	it('needs an author for the feed or for every entry', () => {
		expect(() => atomFeed({ ...FEED, authors: [] })).toThrow(
			'Entry 1 has no author and the feed names none; Atom requires one or the other.'
		);
		const signed = parse(
			atomFeed({ ...FEED, authors: [], entries: [{ ...ENTRY, authors: [{ name: 'Delegate of France' }] }] })
		);
		expect(child(child(children(signed, 'entry')[0]!, 'author')!, 'name')?.text).toBe('Delegate of France');
	});

	it('refuses dates that are not RFC 3339 and empty ids or titles', () => {
		expect(() => atomFeed({ ...FEED, entries: [{ ...ENTRY, updated: '13/11/2026' }] })).toThrow(
			'The updated date of entry 1 "13/11/2026" is not an RFC 3339 date-time such as 2026-11-13T11:00:00Z.'
		);
		expect(() => atomFeed({ ...FEED, entries: [{ ...ENTRY, updated: '2026-11-13 11:00' }] })).toThrow(RangeError);
		expect(() => atomFeed({ ...FEED, entries: [{ ...ENTRY, id: ' ' }] })).toThrow(
			'The id of entry 1 must not be empty.'
		);
		expect(() => atomFeed({ ...FEED, title: '' })).toThrow('The feed title must not be empty.');
	});
});
