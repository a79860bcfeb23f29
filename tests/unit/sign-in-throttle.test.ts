import { describe, expect, it } from 'vitest';
import {
	MAX_FAILURES_PER_ACCOUNT,
	MAX_FAILURES_PER_ADDRESS,
	THROTTLE_WINDOW_MS,
	throttleDecision,
	throttleMessage
} from '../../src/lib/domain/sign-in-throttle';

const now = Date.parse('2026-11-23T12:00:00Z');
const minutesAgo = (minutes: number) => now - minutes * 60_000;

describe('throttleDecision', () => {
	it('allows attempts below the per-account limit', () => {
		const failures = Array.from({ length: MAX_FAILURES_PER_ACCOUNT - 1 }, (_, i) => minutesAgo(i));
		expect(throttleDecision(failures, failures, now)).toEqual({ allowed: true });
	});

	it('blocks the account at the limit until the oldest counted failure leaves the window', () => {
		const failures = [1, 2, 3, 4, 10].map(minutesAgo);
		const decision = throttleDecision(failures, failures, now);
		expect(decision).toEqual({ allowed: false, scope: 'account', retryAfterMs: THROTTLE_WINDOW_MS - 10 * 60_000 });
	});

	it('allows again once enough failures are older than the window', () => {
		const failures = [1, 2, 3, 4, 15].map(minutesAgo);
		expect(throttleDecision(failures, failures, now)).toEqual({ allowed: true });
	});

	it('blocks an address that fails across many accounts', () => {
		const addressFailures = Array.from({ length: MAX_FAILURES_PER_ADDRESS }, (_, i) => minutesAgo(i % 10));
		const decision = throttleDecision([], addressFailures, now);
		expect(decision.allowed).toBe(false);
		expect(decision.allowed === false && decision.scope).toBe('address');
	});
});

describe('throttleMessage', () => {
	it('tells the user what happened and how long to wait, in whole minutes', () => {
		expect(throttleMessage({ allowed: false, scope: 'account', retryAfterMs: 4 * 60_000 + 1 })).toBe(
			'Too many failed sign-in attempts for this account. Try again in 5 minutes.'
		);
		expect(throttleMessage({ allowed: false, scope: 'address', retryAfterMs: 30_000 })).toBe(
			'Too many failed sign-in attempts from your network address. Try again in 1 minute.'
		);
	});
});
