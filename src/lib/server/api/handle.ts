// The hook in front of every /api/v1 request: the rate limit per client address, the answer to CORS
// preflights, a JSON 404 for addresses that are no endpoint, and CORS on everything the API answers
// (SvelteKit's own 405s included), so a script on another site can read even the errors.
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { getServices } from '../app';
import { TokenBucketRateLimiter } from './rate-limit';
import { apiError, CORS_HEADERS, CORS_PREFLIGHT_HEADERS, tooManyRequests } from './responses';
import { API_BASE_PATH } from './links';

// /api/v1/… and the same behind a language prefix (/fr/api/v1/…), which the reroute hook maps to
// the same endpoints.
const API_PATH = /^(?:\/[a-z]{2})?\/api\/v1(?:\/|$)/;

export function isApiRequest(event: Pick<RequestEvent, 'url' | 'route'>): boolean {
	return event.route.id?.startsWith(API_BASE_PATH) === true || API_PATH.test(event.url.pathname);
}

let limiter: TokenBucketRateLimiter | null = null;

/** One limiter per process, sized from API_RATE_LIMIT_PER_MINUTE when the first API request comes. */
function apiRateLimiter(): TokenBucketRateLimiter {
	limiter ??= new TokenBucketRateLimiter(getServices().config.apiRateLimitPerMinute);
	return limiter;
}

export const handleApi: Handle = async ({ event, resolve }) => {
	if (!isApiRequest(event)) return resolve(event);
	const rateLimiter = apiRateLimiter();
	const verdict = rateLimiter.take(event.getClientAddress());
	if (!verdict.allowed) return tooManyRequests(rateLimiter.perMinute, verdict.retryAfterSeconds);
	if (event.request.method === 'OPTIONS') return new Response(null, { status: 204, headers: CORS_PREFLIGHT_HEADERS });
	if (event.route.id === null) {
		return apiError(
			404,
			`There is no endpoint at ${event.url.pathname}. The endpoints are described at ${API_BASE_PATH}/openapi.json.`
		);
	}
	const response = await resolve(event);
	for (const [name, value] of Object.entries(CORS_HEADERS)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	return response;
};
