// Glue between use cases and SvelteKit: reading form fields and turning expected failures into
// answers. Only routes import this module.
import { error, fail, type ActionFailure } from '@sveltejs/kit';
import {
	ConflictError,
	DomainError,
	ForbiddenError,
	NotFoundError,
	ValidationError,
	type FieldErrors
} from '../domain/errors';

/** A text field, trimmed; missing fields read as the empty string. */
export function textField(data: FormData, name: string): string {
	const value = data.get(name);
	return typeof value === 'string' ? value.trim() : '';
}

/** A password field, untrimmed: spaces at either end are part of a passphrase. */
export function rawField(data: FormData, name: string): string {
	const value = data.get(name);
	return typeof value === 'string' ? value : '';
}

export function checkboxField(data: FormData, name: string): boolean {
	return data.get(name) === 'on';
}

export function optionalField(data: FormData, name: string): string | null {
	return textField(data, name) || null;
}

export interface FormFailure<V> {
	errors: FieldErrors;
	message?: string;
	values: V;
}

/**
 * Runs a use case for a form action. Validation and conflicts come back as a failed form with
 * the user's values (so nothing they typed is lost); missing or forbidden things become error pages.
 */
export async function runAction<T, V>(
	values: V,
	task: () => Promise<T>
): Promise<{ ok: true; result: T } | { ok: false; failure: ActionFailure<FormFailure<V>> }> {
	try {
		return { ok: true, result: await task() };
	} catch (caught) {
		if (caught instanceof ValidationError) {
			return { ok: false, failure: fail(400, { errors: caught.fieldErrors, values }) };
		}
		if (caught instanceof ConflictError) {
			return { ok: false, failure: fail(409, { errors: {}, message: caught.message, values }) };
		}
		throwAsHttpError(caught);
	}
}

/** Maps NotFound/Forbidden to 404/403 error pages; rethrows anything unexpected. */
export function throwAsHttpError(caught: unknown): never {
	if (caught instanceof NotFoundError) error(404, caught.message);
	if (caught instanceof ForbiddenError) error(403, caught.message);
	if (caught instanceof DomainError) error(400, caught.message);
	throw caught;
}

/** For load functions: the same mapping around a read. */
export async function loadOrThrow<T>(task: () => Promise<T>): Promise<T> {
	try {
		return await task();
	} catch (caught) {
		throwAsHttpError(caught);
	}
}

/** A same-site path to return to after signing in; anything else falls back to the home page. */
export function safeRedirectTarget(value: string | null): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
	return value;
}
