// Rules for account data that the admin page and the command line share.
import type { FieldErrors } from './errors';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export interface RoleSet {
	isAdministrator: boolean;
	isStateEditor: boolean;
	isDelegate: boolean;
}

export interface AccountInput extends RoleSet {
	email: string;
	displayName: string;
	stateCode: string | null;
}

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

// Deliberately loose: one @, something on each side, a dot in the domain. Delivery is the real test.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function passwordProblem(password: string): string | null {
	if (password.length < PASSWORD_MIN_LENGTH) {
		return `The password must have at least ${PASSWORD_MIN_LENGTH} characters.`;
	}
	if (password.length > PASSWORD_MAX_LENGTH) {
		return `The password may have at most ${PASSWORD_MAX_LENGTH} characters.`;
	}
	if (new Set(password).size < 4) {
		return 'The password is too repetitive; use a passphrase of several words.';
	}
	return null;
}

/**
 * Checks an account as an administrator enters it. A State editor or delegate speaks for one
 * State, so either role needs a State; an administrator (the Secretariat) needs none.
 */
export function validateAccount(input: AccountInput, knownStateCodes: ReadonlySet<string>): FieldErrors {
	const errors: FieldErrors = {};
	const email = normaliseEmail(input.email);
	if (!email) errors.email = 'Enter an email address.';
	else if (!EMAIL_PATTERN.test(email)) errors.email = `"${input.email.trim()}" is not an email address.`;
	if (!input.displayName.trim()) errors.displayName = 'Enter the name shown to other users.';
	if (input.stateCode !== null && !knownStateCodes.has(input.stateCode)) {
		errors.stateCode = `"${input.stateCode}" is not a participating State.`;
	}
	if ((input.isStateEditor || input.isDelegate) && input.stateCode === null) {
		errors.stateCode = 'A State editor or delegate must belong to a State.';
	}
	return errors;
}

export function roleNames(roles: RoleSet): string[] {
	const names: string[] = [];
	if (roles.isAdministrator) names.push('Administrator');
	if (roles.isStateEditor) names.push('State editor');
	if (roles.isDelegate) names.push('Delegate');
	return names;
}
