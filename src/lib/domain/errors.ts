// Expected failures of a use case. Routes turn them into HTTP answers (404, 403, or the form shown
// again with the messages by its fields); anything else is a bug and reaches handleError.

export type FieldErrors = Record<string, string>;

export class DomainError extends Error {
	override name = 'DomainError';
}

export class NotFoundError extends DomainError {
	override name = 'NotFoundError';
}

export class ForbiddenError extends DomainError {
	override name = 'ForbiddenError';
}

/** The request conflicts with the current state (for example, a revision that was submitted meanwhile). */
export class ConflictError extends DomainError {
	override name = 'ConflictError';
}

/** Input that cannot be accepted, with a message per field, in words the user understands. */
export class ValidationError extends DomainError {
	override name = 'ValidationError';
	constructor(readonly fieldErrors: FieldErrors) {
		super(Object.values(fieldErrors).join(' '));
	}
}
