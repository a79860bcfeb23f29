import { describe, expect, it } from 'vitest';
import {
	normaliseEmail,
	passwordProblem,
	roleNames,
	validateAccount,
	type AccountInput
} from '../../src/lib/domain/accounts';

const states = new Set(['DE', 'FR']);
const base: AccountInput = {
	email: 'expert@example.org',
	displayName: 'Expert',
	stateCode: 'DE',
	isAdministrator: false,
	isStateEditor: true,
	isDelegate: false
};

describe('validateAccount', () => {
	it('accepts a State editor bound to a participating State', () => {
		expect(validateAccount(base, states)).toEqual({});
	});

	it('accepts a Secretariat administrator without a State', () => {
		expect(validateAccount({ ...base, stateCode: null, isStateEditor: false, isAdministrator: true }, states)).toEqual(
			{}
		);
	});

	it('requires a State for State editors and delegates', () => {
		expect(validateAccount({ ...base, stateCode: null }, states).stateCode).toBe(
			'A State editor or delegate must belong to a State.'
		);
		expect(
			validateAccount({ ...base, stateCode: null, isStateEditor: false, isDelegate: true }, states).stateCode
		).toMatch(/must belong to a State/);
	});

	it('names an unknown State code', () => {
		expect(validateAccount({ ...base, stateCode: 'XX' }, states).stateCode).toBe('"XX" is not a participating State.');
	});

	it('explains a missing or malformed email address and a missing name', () => {
		expect(validateAccount({ ...base, email: '  ' }, states).email).toBe('Enter an email address.');
		expect(validateAccount({ ...base, email: 'expert.example.org' }, states).email).toBe(
			'"expert.example.org" is not an email address.'
		);
		expect(validateAccount({ ...base, displayName: ' ' }, states).displayName).toBe(
			'Enter the name shown to other users.'
		);
	});
});

describe('passwords', () => {
	it('asks for at least 12 characters', () => {
		expect(passwordProblem('short')).toBe('The password must have at least 12 characters.');
		expect(passwordProblem('correct horse battery')).toBeNull();
	});

	it('refuses very repetitive passwords and absurdly long ones', () => {
		expect(passwordProblem('aaaaaaaaaaaaaaaa')).toMatch(/too repetitive/);
		expect(passwordProblem('x'.repeat(300))).toMatch(/at most 256/);
	});
});

it('normalises email addresses to trimmed lower case', () => {
	expect(normaliseEmail('  Editor.DE@Example.ORG ')).toBe('editor.de@example.org');
});

it('names the roles a user holds', () => {
	expect(roleNames({ isAdministrator: false, isStateEditor: true, isDelegate: true })).toEqual([
		'State editor',
		'Delegate'
	]);
	expect(roleNames({ isAdministrator: false, isStateEditor: false, isDelegate: false })).toEqual([]);
});
