// The query parameters of the public API, read strictly: a parameter the endpoint does not know, one
// given twice, or a value that is not well-formed is refused with a message that names it, rather
// than silently ignored (a typo such as `langauge=fr` would otherwise look like a wrong answer).
import { isOsceLanguage, OSCE_LANGUAGES, type OsceLanguage } from '../../domain/vocabulary';

export class ApiParameterError extends Error {
	override name = 'ApiParameterError';
	constructor(
		readonly parameter: string,
		message: string
	) {
		super(message);
	}
}

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;
/** Far beyond any real listing; keeps offsets sane. */
export const MAX_PAGE = 100_000;
export const FIRST_CYCLE = 2013;
export const LAST_CYCLE = 2200;

export const CONCEPT_STATUS_FILTERS = ['agreed', 'deprecated', 'all'] as const;
export type ConceptStatusFilter = (typeof CONCEPT_STATUS_FILTERS)[number];

const STATE_CODE = /^[A-Za-z]{2}$/;
/** A BCP 47 tag as national entries use them: "de", "sr-Latn", "de-CH". */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const WHOLE_NUMBER = /^\d{1,9}$/;

export interface Pagination {
	page: number;
	perPage: number;
}

export interface ConceptListQuery extends Pagination {
	status: ConceptStatusFilter;
	/** The language of the headline term and of the A–Z order. */
	language: OsceLanguage;
}

export interface ConceptQuery {
	/** An earlier version; the current one when absent. */
	version: number | undefined;
}

export interface NationalEntryQuery extends Pagination {
	state: string | undefined;
	cycle: number | undefined;
	language: string | undefined;
}

function quoted(value: string): string {
	return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** Refuses parameters the endpoint does not take, and parameters given more than once. */
function checkNames(params: URLSearchParams, allowed: readonly string[]): void {
	const seen = new Set<string>();
	for (const name of params.keys()) {
		if (!allowed.includes(name)) {
			const known =
				allowed.length === 0 ? 'This endpoint takes no parameters.' : `This endpoint takes: ${allowed.join(', ')}.`;
			throw new ApiParameterError(name, `Unknown parameter ${quoted(name)}. ${known}`);
		}
		if (seen.has(name)) throw new ApiParameterError(name, `Give the parameter "${name}" only once.`);
		seen.add(name);
	}
}

function wholeNumber(
	params: URLSearchParams,
	name: string,
	min: number,
	max: number,
	description: string
): number | undefined {
	const value = params.get(name);
	if (value === null) return undefined;
	const number = WHOLE_NUMBER.test(value) ? Number(value) : NaN;
	if (!(number >= min && number <= max))
		throw new ApiParameterError(name, `The parameter "${name}" must be ${description}, not ${quoted(value)}.`);
	return number;
}

function pagination(params: URLSearchParams): Pagination {
	return {
		page: wholeNumber(params, 'page', 1, MAX_PAGE, `a page number from 1 to ${MAX_PAGE}`) ?? 1,
		perPage:
			wholeNumber(params, 'perPage', 1, MAX_PER_PAGE, `a number of items per page from 1 to ${MAX_PER_PAGE}`) ??
			DEFAULT_PER_PAGE
	};
}

function osceLanguage(params: URLSearchParams, name: string): OsceLanguage | undefined {
	const value = params.get(name);
	if (value === null) return undefined;
	if (!isOsceLanguage(value)) {
		throw new ApiParameterError(
			name,
			`The parameter "${name}" must be one of the OSCE languages ${OSCE_LANGUAGES.join(', ')}, not ${quoted(value)}.`
		);
	}
	return value;
}

export function parseNoParameters(params: URLSearchParams): void {
	checkNames(params, []);
}

export function parseConceptListQuery(params: URLSearchParams): ConceptListQuery {
	checkNames(params, ['status', 'language', 'page', 'perPage']);
	const status = params.get('status') ?? 'agreed';
	if (!(CONCEPT_STATUS_FILTERS as readonly string[]).includes(status)) {
		throw new ApiParameterError(
			'status',
			`The parameter "status" must be one of ${CONCEPT_STATUS_FILTERS.join(', ')}, not ${quoted(status)}.`
		);
	}
	return {
		status: status as ConceptStatusFilter,
		language: osceLanguage(params, 'language') ?? 'en',
		...pagination(params)
	};
}

export function parseConceptQuery(params: URLSearchParams): ConceptQuery {
	checkNames(params, ['version']);
	return { version: wholeNumber(params, 'version', 1, 1_000_000, 'a version number (1, 2, …)') };
}

export function parseNationalEntryQuery(params: URLSearchParams): NationalEntryQuery {
	checkNames(params, ['state', 'cycle', 'language', 'page', 'perPage']);
	const state = params.get('state');
	if (state !== null && !STATE_CODE.test(state)) {
		throw new ApiParameterError(
			'state',
			`The parameter "state" must be a two-letter ISO 3166-1 code such as DE, not ${quoted(state)}.`
		);
	}
	const language = params.get('language');
	if (language !== null && !LANGUAGE_TAG.test(language)) {
		throw new ApiParameterError(
			'language',
			`The parameter "language" must be a language tag such as de, fr or sr-Latn, not ${quoted(language)}.`
		);
	}
	return {
		state: state?.toUpperCase(),
		cycle: wholeNumber(
			params,
			'cycle',
			FIRST_CYCLE,
			LAST_CYCLE,
			`an exchange cycle (a year from ${FIRST_CYCLE} to ${LAST_CYCLE})`
		),
		language: language ?? undefined,
		...pagination(params)
	};
}

/** An id in a path (/concepts/12); anything else names nothing, so it is "not found", not a bad request. */
export function parsePathNumber(value: string): number | null {
	return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}
