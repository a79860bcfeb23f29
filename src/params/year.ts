import type { ParamMatcher } from '@sveltejs/kit';

/** An exchange cycle, as in /national-lists/DE/2025. */
export const match: ParamMatcher = (param) => /^\d{4}$/.test(param);
