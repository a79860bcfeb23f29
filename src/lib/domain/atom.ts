// Atom feeds (RFC 4287) as a pure function from data to XML text: the per-user feed of
// notifications and the public feed of adoptions and releases. Everything is escaped here, so no
// caller has to think about it; what RFC 4287 requires (id, title, updated; an author for the feed
// or for every entry; RFC 3339 dates) is checked and refused with a RangeError.

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

export interface AtomPerson {
	readonly name: string;
	readonly uri?: string;
	readonly email?: string;
}

export interface AtomLink {
	readonly href: string;
	/** RFC 4287 §4.2.7.2; `alternate` when omitted. */
	readonly rel?: 'alternate' | 'self' | 'related' | 'via' | 'enclosure';
	readonly type?: string;
	readonly title?: string;
}

export interface AtomEntry {
	/** A permanent, universally unique IRI, e.g. a tag: URI or urn: name. */
	readonly id: string;
	readonly title: string;
	/** RFC 3339 instant, e.g. from Date#toISOString(). */
	readonly updated: string;
	readonly published?: string;
	readonly links?: readonly AtomLink[];
	readonly authors?: readonly AtomPerson[];
	/** Plain text. */
	readonly summary?: string;
	readonly categories?: readonly { readonly term: string; readonly label?: string }[];
}

export interface AtomFeed {
	readonly id: string;
	readonly title: string;
	readonly subtitle?: string;
	/** The feed's last change; when omitted, the latest `updated` of its entries. */
	readonly updated?: string;
	readonly links?: readonly AtomLink[];
	/** Required unless every entry names its own author (RFC 4287 §4.1.1). */
	readonly authors?: readonly AtomPerson[];
	/** BCP 47 language of the feed's text (xml:lang). */
	readonly language?: string;
	readonly generator?: string;
	readonly entries: readonly AtomEntry[];
}

// Characters XML 1.0 cannot carry at all, not even escaped: C0 controls other than tab, line feed
// and carriage return, lone surrogates, U+FFFE and U+FFFF.
const NOT_XML =
	// eslint-disable-next-line no-control-regex -- the control characters XML cannot carry are what this matches
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe as XML character data or as a double- or single-quoted attribute value. */
export function escapeXml(text: string): string {
	return text
		.replace(NOT_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function requireDate(value: string, what: string): string {
	if (!RFC_3339.test(value) || Number.isNaN(Date.parse(value))) {
		throw new RangeError(`${what} "${value}" is not an RFC 3339 date-time such as 2026-11-13T11:00:00Z.`);
	}
	return value;
}

function requireText(value: string, what: string): string {
	if (value.trim() === '') throw new RangeError(`${what} must not be empty.`);
	return value;
}

function element(name: string, text: string, attributes: Record<string, string | undefined> = {}): string {
	return `<${name}${attributeList(attributes)}>${escapeXml(text)}</${name}>`;
}

function attributeList(attributes: Record<string, string | undefined>): string {
	return Object.entries(attributes)
		.filter((entry): entry is [string, string] => entry[1] !== undefined)
		.map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
		.join('');
}

function link(value: AtomLink): string {
	return `<link${attributeList({ rel: value.rel ?? 'alternate', href: requireText(value.href, 'A link href'), type: value.type, title: value.title })}/>`;
}

function person(tag: 'author', value: AtomPerson, indent: string): string {
	const parts = [element('name', requireText(value.name, 'An author name'))];
	if (value.uri) parts.push(element('uri', value.uri));
	if (value.email) parts.push(element('email', value.email));
	return `${indent}<${tag}>${parts.join('')}</${tag}>`;
}

function latest(dates: readonly string[]): string | undefined {
	return dates.reduce<string | undefined>(
		(best, date) => (best === undefined || Date.parse(date) > Date.parse(best) ? date : best),
		undefined
	);
}

function entryXml(entry: AtomEntry, index: number): string {
	const what = `Entry ${index + 1}`;
	const lines = [
		'  <entry>',
		`    ${element('id', requireText(entry.id, `The id of ${what.toLowerCase()}`))}`,
		`    ${element('title', requireText(entry.title, `The title of ${what.toLowerCase()}`), { type: 'text' })}`,
		`    ${element('updated', requireDate(entry.updated, `The updated date of ${what.toLowerCase()}`))}`
	];
	if (entry.published)
		lines.push(
			`    ${element('published', requireDate(entry.published, `The published date of ${what.toLowerCase()}`))}`
		);
	for (const author of entry.authors ?? []) lines.push(person('author', author, '    '));
	for (const value of entry.links ?? []) lines.push(`    ${link(value)}`);
	for (const category of entry.categories ?? [])
		lines.push(`    <category${attributeList({ term: category.term, label: category.label })}/>`);
	if (entry.summary !== undefined) lines.push(`    ${element('summary', entry.summary, { type: 'text' })}`);
	lines.push('  </entry>');
	return lines.join('\n');
}

/** The feed as an Atom 1.0 document, UTF-8. Throws RangeError for a feed RFC 4287 would not accept. */
export function atomFeed(feed: AtomFeed): string {
	const authors = feed.authors ?? [];
	if (authors.length === 0) {
		const index = feed.entries.findIndex((entry) => (entry.authors ?? []).length === 0);
		if (index >= 0)
			throw new RangeError(`Entry ${index + 1} has no author and the feed names none; Atom requires one or the other.`);
	}
	// Entries first, so that a bad entry date is reported as such rather than as the feed's.
	const entries = feed.entries.map(entryXml);
	const updated = feed.updated ?? latest(feed.entries.map((entry) => entry.updated));
	if (updated === undefined) throw new RangeError('An empty feed needs its updated date.');

	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed${attributeList({ xmlns: ATOM_NAMESPACE, 'xml:lang': feed.language })}>`,
		`  ${element('id', requireText(feed.id, 'The feed id'))}`,
		`  ${element('title', requireText(feed.title, 'The feed title'), { type: 'text' })}`
	];
	if (feed.subtitle) lines.push(`  ${element('subtitle', feed.subtitle, { type: 'text' })}`);
	lines.push(`  ${element('updated', requireDate(updated, 'The feed updated date'))}`);
	for (const value of feed.links ?? []) lines.push(`  ${link(value)}`);
	for (const author of authors) lines.push(person('author', author, '  '));
	if (feed.generator) lines.push(`  ${element('generator', feed.generator)}`);
	lines.push(...entries, '</feed>', '');
	return lines.join('\n');
}
