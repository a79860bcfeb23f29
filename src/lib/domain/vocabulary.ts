// The controlled vocabularies of DESIGN.md §2, with the labels people read. The database CHECKs
// hold the same values; a test keeps the two in step.

export const OSCE_LANGUAGES = ['en', 'fr', 'de', 'it', 'ru', 'es'] as const;
export type OsceLanguage = (typeof OSCE_LANGUAGES)[number];

export function isOsceLanguage(value: string): value is OsceLanguage {
	return (OSCE_LANGUAGES as readonly string[]).includes(value);
}

export const DISTRIBUTIONS = ['public', 'restricted'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];
export const DISTRIBUTION_LABELS: Record<Distribution, string> = {
	public: 'Public',
	restricted: 'Restricted to participating States'
};

export const TEXT_STATUSES = ['authentic', 'official_translation', 'courtesy_translation'] as const;
export type TextStatus = (typeof TEXT_STATUSES)[number];
export const TEXT_STATUS_LABELS: Record<TextStatus, string> = {
	authentic: 'Authentic text',
	official_translation: 'Official translation',
	courtesy_translation: 'Courtesy translation'
};

export const ADMINISTRATIVE_STATUSES = ['preferred', 'admitted', 'deprecated', 'superseded'] as const;
export type AdministrativeStatus = (typeof ADMINISTRATIVE_STATUSES)[number];
export const ADMINISTRATIVE_STATUS_LABELS: Record<AdministrativeStatus, string> = {
	preferred: 'Preferred',
	admitted: 'Admitted',
	deprecated: 'Deprecated',
	superseded: 'Superseded'
};

// TBX-Basic term types and parts of speech, spelled as in TBX so import and export map one to one.
export const TERM_TYPES = ['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase'] as const;
export type TermType = (typeof TERM_TYPES)[number];
export const TERM_TYPE_LABELS: Record<TermType, string> = {
	fullForm: 'Full form',
	acronym: 'Acronym',
	abbreviation: 'Abbreviation',
	shortForm: 'Short form',
	variant: 'Variant',
	phrase: 'Phrase'
};

export const PARTS_OF_SPEECH = ['noun', 'verb', 'adjective', 'adverb', 'properNoun', 'other'] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

export const EQUIVALENCES = ['equivalent', 'broader', 'narrower', 'related'] as const;
export type Equivalence = (typeof EQUIVALENCES)[number];
export const EQUIVALENCE_LABELS: Record<Equivalence, string> = {
	equivalent: 'Equivalent',
	broader: 'Broader than the concept',
	narrower: 'Narrower than the concept',
	related: 'Related'
};

export const STANCES = ['support', 'no_objection', 'reservation', 'objection'] as const;
export type Stance = (typeof STANCES)[number];
export const STANCE_LABELS: Record<Stance, string> = {
	support: 'Support',
	no_objection: 'No objection',
	reservation: 'Reservation',
	objection: 'Objection'
};

export const PROPOSAL_STATUS_LABELS = {
	discussion: 'Under discussion',
	silence: 'Under silence procedure',
	adopted: 'Adopted',
	withdrawn: 'Withdrawn'
} as const;

export const CONCEPT_STATUS_LABELS = {
	candidate: 'Candidate',
	agreed: 'Agreed',
	deprecated: 'Deprecated'
} as const;
