// Limits password guessing: a few failures per account and more per network address within a
// window. Counting restarts after a successful sign-in for the account.

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type ThrottleDecision =
	{ allowed: true } | { allowed: false; scope: 'account' | 'address'; retryAfterMs: number };

/**
 * @param failures timestamps (ms) of failed attempts inside the window, for the account or the address
 */
function decide(failures: readonly number[], limit: number, now: number): number | null {
	if (failures.length < limit) return null;
	// Blocked until enough failures leave the window to bring the count below the limit.
	const sorted = [...failures].sort((a, b) => b - a);
	const releasing = sorted[limit - 1] as number;
	return Math.max(0, releasing + THROTTLE_WINDOW_MS - now);
}

export function throttleDecision(
	accountFailures: readonly number[],
	addressFailures: readonly number[],
	now: number
): ThrottleDecision {
	const account = decide(accountFailures, MAX_FAILURES_PER_ACCOUNT, now);
	if (account !== null && account > 0) return { allowed: false, scope: 'account', retryAfterMs: account };
	const address = decide(addressFailures, MAX_FAILURES_PER_ADDRESS, now);
	if (address !== null && address > 0) return { allowed: false, scope: 'address', retryAfterMs: address };
	return { allowed: true };
}

export function throttleMessage(decision: Extract<ThrottleDecision, { allowed: false }>): string {
	const minutes = Math.max(1, Math.ceil(decision.retryAfterMs / 60_000));
	const wait = `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
	return decision.scope === 'account'
		? `Too many failed sign-in attempts for this account. ${wait}`
		: `Too many failed sign-in attempts from your network address. ${wait}`;
}
