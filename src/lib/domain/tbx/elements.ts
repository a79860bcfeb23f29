// What an XML element means in a TBX entry, whatever the version and style: TBX v3 DCA
// (<descrip type="definition">), TBX v3 DCT (<basic:definition>, <min:partOfSpeech>) and
// TBX 2008 (<termEntry>, <langSet>, <tig>, <ntig>/<termGrp>) all come out the same.

export const TBX_V3_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';

export type TbxVersion = 'v3' | '2008';

/** Elements that carry one piece of data as text. */
export type DatumElement =
	| 'term'
	| 'termNote'
	| 'descrip'
	| 'admin'
	| 'note'
	| 'xref'
	| 'ref'
	| 'transac'
	| 'transacNote'
	| 'date'
	| 'adminNote'
	| 'descripNote';

export type ElementRole =
	| { role: 'entry' }
	| { role: 'language' }
	| { role: 'term' }
	/** TBX 2008 <termGrp> inside <ntig>: the term and its termNotes, on the term's level. */
	| { role: 'termGroup' }
	| { role: 'group' }
	| { role: 'datum'; element: DatumElement | 'unknown'; category: string }
	/** Markup inside text (<hi>, <foreign>, <ph>, …): its text belongs to the surrounding datum. */
	| { role: 'inline' }
	| { role: 'unknown' };

const DATUM_ELEMENTS: ReadonlySet<string> = new Set<DatumElement>([
	'term',
	'termNote',
	'descrip',
	'admin',
	'note',
	'xref',
	'ref',
	'transac',
	'transacNote',
	'date',
	'adminNote',
	'descripNote'
]);

const GROUP_ELEMENTS: ReadonlySet<string> = new Set(['descripGrp', 'adminGrp', 'transacGrp', 'termNoteGrp']);
const INLINE_ELEMENTS: ReadonlySet<string> = new Set(['hi', 'foreign', 'ph', 'sc', 'ec', 'bpt', 'ept', 'it']);

const CONTAINERS: Record<TbxVersion, Readonly<Record<string, ElementRole>>> = {
	v3: { conceptEntry: { role: 'entry' }, langSec: { role: 'language' }, termSec: { role: 'term' } },
	'2008': {
		termEntry: { role: 'entry' },
		langSet: { role: 'language' },
		tig: { role: 'term' },
		ntig: { role: 'term' },
		termGrp: { role: 'termGroup' }
	}
};

/** DCT style: the element's local name is the data category; its TBX element is implied. */
const DCT_ELEMENTS: Readonly<Record<string, DatumElement>> = {
	definition: 'descrip',
	context: 'descrip',
	subjectField: 'descrip',
	source: 'admin',
	customerSubset: 'admin',
	projectSubset: 'admin',
	administrativeStatus: 'termNote',
	partOfSpeech: 'termNote',
	termType: 'termNote',
	grammaticalGender: 'termNote',
	geographicalUsage: 'termNote',
	termLocation: 'termNote',
	usageStatus: 'termNote',
	transactionType: 'transac',
	responsibility: 'transacNote',
	xGraphic: 'xref',
	externalCrossReference: 'xref',
	crossReference: 'ref'
};

/** How each version calls a term section, for messages. */
export const TERM_SECTION_NAMES: Record<TbxVersion, string> = { v3: '<termSec>', '2008': '<tig> or <ntig>' };

/**
 * `isCoreElement` is true for elements in the TBX namespace (v3) or in no namespace (TBX 2008, and
 * v3 files that forgot the namespace); anything else is a DCT data category element.
 */
export function classifyElement(
	version: TbxVersion,
	local: string,
	isCoreElement: boolean,
	typeAttribute: string | undefined
): ElementRole {
	if (!isCoreElement) return datumRole(DCT_ELEMENTS[local] ?? 'unknown', local);
	const container = CONTAINERS[version][local];
	if (container) return container;
	if (DATUM_ELEMENTS.has(local)) return datumRole(local as DatumElement, typeAttribute?.trim() ?? '');
	if (GROUP_ELEMENTS.has(local)) return GROUP;
	if (INLINE_ELEMENTS.has(local)) return INLINE;
	return UNKNOWN;
}

const GROUP: ElementRole = { role: 'group' };
const INLINE: ElementRole = { role: 'inline' };
const UNKNOWN: ElementRole = { role: 'unknown' };

// Roles are immutable and files use few element/type pairs: share them instead of allocating one per element.
const DATUM_ROLE_CACHE_LIMIT = 256;
const datumRoles = new Map<string, Map<string, ElementRole>>();
let cachedDatumRoles = 0;

function datumRole(element: DatumElement | 'unknown', category: string): ElementRole {
	let byCategory = datumRoles.get(element);
	let role = byCategory?.get(category);
	if (role) return role;
	if (cachedDatumRoles >= DATUM_ROLE_CACHE_LIMIT) {
		datumRoles.clear();
		cachedDatumRoles = 0;
		byCategory = undefined;
	}
	if (!byCategory) {
		byCategory = new Map();
		datumRoles.set(element, byCategory);
	}
	role = { role: 'datum', element, category };
	byCategory.set(category, role);
	cachedDatumRoles++;
	return role;
}

/** Data categories of TBX-Basic and TBX-Min by element; others are reported once per file. */
export const KNOWN_DATA_CATEGORIES: Readonly<Partial<Record<DatumElement, readonly string[]>>> = {
	descrip: ['definition', 'context', 'subjectField'],
	admin: ['source', 'customerSubset', 'projectSubset'],
	termNote: [
		'administrativeStatus',
		'partOfSpeech',
		'termType',
		'grammaticalGender',
		'geographicalUsage',
		'termLocation',
		'usageStatus'
	],
	xref: ['externalCrossReference', 'xGraphic'],
	ref: ['crossReference'],
	transac: ['transactionType'],
	transacNote: ['responsibility']
};
