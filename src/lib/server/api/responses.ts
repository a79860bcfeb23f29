// Answers of the public JSON API: a body with a strong ETag (so a client or CDN that already has it
// gets a 304 without the body), cache headers, CORS open for reading, and errors in one JSON shape.
import { matchesIfNoneMatch, strongEtag } from '../http-cache';

/** Anonymous, public content: any cache may keep it for five minutes. */
export const PUBLIC_CACHE = 'public, max-age=300';
/** Errors are not worth keeping: the next request may well succeed. */
const ERROR_CACHE = 'no-store';

/** Anyone may read the API from any site; nothing in it depends on cookies sent cross-site. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
	'Access-Control-Allow-Origin': '*',
	// Without this, a script on another site could not read these headers to revalidate or back off.
	'Access-Control-Expose-Headers': 'ETag, Retry-After'
};

export const CORS_PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
	...CORS_HEADERS,
	'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
	'Access-Control-Allow-Headers': 'Accept, Accept-Language, Cache-Control, If-None-Match',
	'Access-Control-Max-Age': '86400'
};

export interface ApiErrorBody {
	error: { status: number; message: string; retryAfterSeconds?: number };
}

export interface JsonOptions {
	/** The Cache-Control header; public content by default. */
	cacheControl?: string;
	headers?: Record<string, string>;
	/**
	 * Members added to the body that the ETag leaves out, because they change on every request
	 * (a timing); the body must then be a JSON object.
	 */
	unversioned?: Record<string, unknown>;
}

/** `body` as JSON with its ETag, or 304 Not Modified when the request already has this version. */
export function apiJson(request: Request, body: unknown, options: JsonOptions = {}): Response {
	const versioned = JSON.stringify(body);
	const etag = strongEtag(versioned);
	// Appended as text, so that a large body is serialised once.
	const extra = options.unversioned ? JSON.stringify(options.unversioned).slice(1, -1) : '';
	const text = extra ? `${versioned.slice(0, -1)}${versioned === '{}' ? '' : ','}${extra}}` : versioned;
	const headers = {
		...CORS_HEADERS,
		'Cache-Control': options.cacheControl ?? PUBLIC_CACHE,
		ETag: etag,
		...options.headers
	};
	if (matchesIfNoneMatch(request.headers.get('If-None-Match'), etag))
		return new Response(null, { status: 304, headers });
	return new Response(text, {
		status: 200,
		headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' }
	});
}

/** An error as `{ "error": { "status", "message" } }`. */
export function apiError(
	status: number,
	message: string,
	headers: Record<string, string> = {},
	extra: { retryAfterSeconds?: number } = {}
): Response {
	const body: ApiErrorBody = { error: { status, message, ...extra } };
	return new Response(JSON.stringify(body), {
		status,
		headers: {
			...CORS_HEADERS,
			'Content-Type': 'application/json; charset=utf-8',
			'Cache-Control': ERROR_CACHE,
			...headers
		}
	});
}

/** 429, saying how long to wait (in Retry-After and in words) and at what time that is. */
export function tooManyRequests(perMinute: number, retryAfterSeconds: number, now: Date = new Date()): Response {
	const retryAt = new Date(now.getTime() + retryAfterSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
	const seconds = retryAfterSeconds === 1 ? '1 second' : `${retryAfterSeconds} seconds`;
	return apiError(
		429,
		`Too many requests: each address may make ${perMinute} requests a minute to this API. Try again in ${seconds} (at ${retryAt}).`,
		{ 'Retry-After': String(retryAfterSeconds) },
		{ retryAfterSeconds }
	);
}
