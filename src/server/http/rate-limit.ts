import { ReceiverError } from './errors.js';
import { rateLimitKey } from './ip.js';
import type { Step } from './pipeline.js';

export interface RateLimit {
  /** Requests one client IP (an IPv6 /64) may make in a burst… */
  requests: number;
  /** …refilled evenly over this many seconds. */
  perSeconds: number;
}

export interface RateLimiterOptions {
  /** Most buckets kept; past it the least recently used goes. Default 10,000. */
  maxBuckets?: number;
  /**
   * The one bucket shared by requests whose IP the host did not give (see `take`). Default:
   * ten times the per-IP limit.
   */
  unknownIp?: RateLimit;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** A bucket in the recency list: `older` towards the least recently used end. */
interface Entry extends Bucket {
  key: string;
  older: Entry | null;
  newer: Entry | null;
}

/**
 * A token bucket per client IP (IPv6 per /64), in memory: steady traffic from one shop's
 * visitors passes, a script hammering the endpoint gets 429 with an honest Retry-After. One
 * process's view only; several receivers behind a balancer each limit separately.
 *
 * Every `take` costs O(1): buckets sit in a list from least to most recently used (a map to
 * find them, links to keep the order; a `Map`'s own insertion order would do in theory, but
 * V8 walks over deleted slots to find its first entry, which made each take ~40× slower at
 * 10,000 buckets). The buckets that have refilled — which carry no information — are always
 * at the old end and are dropped from there as later calls pass; no timer, nothing to close,
 * and the same on edge runtimes.
 */
export class IpRateLimiter {
  private readonly buckets = new Map<string, Entry>();
  /** Least recently used end of the list. */
  private oldest: Entry | null = null;
  private newest: Entry | null = null;
  private readonly perMs: number;
  /** How long an untouched bucket takes to fill up again, from empty. */
  private readonly refillMs: number;
  private readonly maxBuckets: number;
  private readonly unknown: Bucket;
  private readonly unknownLimit: RateLimit;
  private readonly now: () => number;

  constructor(
    private readonly limit: RateLimit,
    options: RateLimiterOptions = {},
  ) {
    this.perMs = limit.requests / (limit.perSeconds * 1000);
    this.refillMs = limit.perSeconds * 1000;
    this.maxBuckets = options.maxBuckets ?? 10_000;
    this.unknownLimit = options.unknownIp ?? { requests: limit.requests * 10, perSeconds: limit.perSeconds };
    this.now = options.now ?? Date.now;
    this.unknown = { tokens: this.unknownLimit.requests, at: this.now() };
  }

  /**
   * 0 when the request may pass (and is counted), else the seconds to wait.
   *
   * Without an IP (a host that does not pass `clientIp`) there is no way to tell callers
   * apart. Such requests share one bucket of their own, larger than a single IP's: it bounds
   * a flood, and it can never block a caller whose IP is known.
   */
  take(ip: string | undefined): number {
    const now = this.now();
    if (ip === undefined) return this.charge(this.unknown, this.unknownLimit.requests, this.unknownLimit.requests / (this.unknownLimit.perSeconds * 1000), now);
    const key = rateLimitKey(ip);
    let entry = this.buckets.get(key);
    if (entry) this.unlink(entry);
    else this.buckets.set(key, (entry = { key, tokens: this.limit.requests, at: now, older: null, newer: null }));
    // Charged before anything is evicted: the bucket just touched goes to the newest end of
    // the list, so it is the last one a flood of new addresses could push out.
    const wait = this.charge(entry, this.limit.requests, this.perMs, now);
    this.append(entry);
    this.forgetRested(now);
    if (this.buckets.size > this.maxBuckets) this.remove(this.oldest!);
    return wait;
  }

  private unlink(entry: Entry): void {
    if (entry.older) entry.older.newer = entry.newer;
    else this.oldest = entry.newer;
    if (entry.newer) entry.newer.older = entry.older;
    else this.newest = entry.older;
    entry.older = entry.newer = null;
  }

  private append(entry: Entry): void {
    entry.older = this.newest;
    if (this.newest) this.newest.newer = entry;
    else this.oldest = entry;
    this.newest = entry;
  }

  private remove(entry: Entry): void {
    this.unlink(entry);
    this.buckets.delete(entry.key);
  }

  /** How many buckets are held (for tests and monitoring). */
  get size(): number {
    return this.buckets.size;
  }

  private charge(bucket: Bucket, capacity: number, perMs: number, now: number): number {
    bucket.tokens = Math.min(capacity, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  }

  /**
   * Drops buckets untouched for a full refill period: they are full again. At most two per
   * call, from the front (the least recently used), so the cost per request stays constant
   * while idle buckets still drain away faster than new ones can arrive.
   */
  private forgetRested(now: number): void {
    for (let i = 0; i < 2; i++) {
      const oldest = this.oldest;
      if (!oldest || now - oldest.at < this.refillMs) return;
      this.remove(oldest);
    }
  }
}

/**
 * The rate-limit step. Callers with a proven key or token pass uncharged; everyone else —
 * pages, and callers with a wrong token — is charged per IP before anything else is read.
 */
export function rateLimit(limiter: IpRateLimiter | null, provenKey: (call: Parameters<Step>[0]) => Promise<boolean>): Step {
  return async (call, next) => {
    if (limiter && !(await provenKey(call))) {
      const wait = limiter.take(call.clientIp);
      if (wait) {
        throw new ReceiverError(429, 'rate-limited', `Too many requests from this address; try again in ${wait} s.`, { 'Retry-After': String(wait) });
      }
    }
    return next();
  };
}
