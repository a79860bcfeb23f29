import type { ParamMatcher } from '@sveltejs/kit';

/** An ISO 3166-1 alpha-2 code, as in /national-lists/DE. */
export const match: ParamMatcher = (param) => /^[A-Za-z]{2}$/.test(param);
