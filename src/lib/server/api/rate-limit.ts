// A token bucket per client address for the public API: each address may burst up to the limit, and
// earns tokens back at limit/60 per second. Buckets live in this process's memory only: with several
// app processes each counts on its own, and a restart forgives everyone. That is enough to keep one
// careless script from starving the others; it is not an accounting system.

export interface RateLimitVerdict {
	allowed: boolean;
	/** Whole seconds until the next request would be allowed; 0 when this one was. */
	retryAfterSeconds: number;
}

/** Forget full buckets once this many addresses are tracked, so memory stays bounded. */
const SWEEP_THRESHOLD = 10_000;

interface Bucket {
	tokens: number;
	updatedAt: number;
}

export class TokenBucketRateLimiter {
	private readonly capacity: number;
	private readonly tokensPerMs: number;
	private readonly buckets = new Map<string, Bucket>();
	/** Sweep when this many addresses are tracked; it grows with what survives, so sweeps stay rare. */
	private sweepAt = SWEEP_THRESHOLD;

	constructor(
		readonly perMinute: number,
		private readonly now: () => number = Date.now
	) {
		this.capacity = Math.max(1, perMinute);
		this.tokensPerMs = perMinute / 60_000;
	}

	/** Takes one token from `address`'s bucket, if there is one. */
	take(address: string): RateLimitVerdict {
		const now = this.now();
		const bucket = this.refilled(address, now);
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return { allowed: true, retryAfterSeconds: 0 };
		}
		const waitMs = (1 - bucket.tokens) / this.tokensPerMs;
		return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
	}

	private refilled(address: string, now: number): Bucket {
		let bucket = this.buckets.get(address);
		if (!bucket) {
			if (this.buckets.size >= this.sweepAt) {
				this.forgetFullBuckets(now);
				this.sweepAt = Math.max(SWEEP_THRESHOLD, this.buckets.size * 2);
			}
			bucket = { tokens: this.capacity, updatedAt: now };
			this.buckets.set(address, bucket);
			return bucket;
		}
		bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.updatedAt) * this.tokensPerMs);
		bucket.updatedAt = now;
		return bucket;
	}

	/** A bucket that has refilled completely is the same as no bucket at all. */
	private forgetFullBuckets(now: number): void {
		for (const [address, bucket] of this.buckets) {
			if (bucket.tokens + (now - bucket.updatedAt) * this.tokensPerMs >= this.capacity) this.buckets.delete(address);
		}
	}
}
