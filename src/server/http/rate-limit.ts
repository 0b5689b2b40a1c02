export interface RateLimit {
  /** Requests one client IP may make in a burst… */
  requests: number;
  /** …refilled evenly over this many seconds. */
  perSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client IP, in memory: steady traffic from one shop's visitors passes,
 * a script hammering the endpoint gets 429 with an honest Retry-After. One process's view
 * only; several receivers behind a balancer each limit separately.
 */
export class IpRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = limit.requests / (limit.perSeconds * 1000);
  }

  /** 0 when the request may pass (and is counted), else the seconds to wait. */
  take(ip: string): number {
    const now = this.now();
    const bucket = this.buckets.get(ip) ?? { tokens: this.limit.requests, at: now };
    bucket.tokens = Math.min(this.limit.requests, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    this.buckets.set(ip, bucket);
    if (this.buckets.size > 10_000) this.forgetRested(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  /** Full buckets carry no information: dropping them bounds memory under many IPs. */
  private forgetRested(now: number): void {
    for (const [ip, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.limit.requests) this.buckets.delete(ip);
    }
  }
}
