// Validators for answers that any cache may keep (the API, the glossary downloads): a strong ETag
// from the bytes, and the If-None-Match test that turns a repeat request into a 304.
import { createHash } from 'node:crypto';

/** A strong validator: the same bytes always give the same ETag, different bytes a different one. */
export function strongEtag(body: string): string {
	return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/**
 * True when `If-None-Match` names `etag` (or is "*"). If-None-Match uses the weak comparison
 * (RFC 9110 §13.1.2), so a W/ that a proxy added after compressing still matches.
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
	if (!header) return false;
	return header.split(',').some((candidate) => {
		const tag = candidate.trim();
		return tag === '*' || tag.replace(/^W\//, '') === etag;
	});
}
