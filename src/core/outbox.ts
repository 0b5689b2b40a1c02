import type { ConsentRecord } from './record.js';
import { siteStorage } from './site-storage.js';

/**
 * A record written here BEFORE the first request, so an opt-in survives a closed tab, a
 * dead network or a crashed server (the person gave it; it must not be lost).
 */
export interface PendingOutboxEntry {
  id: string;
  state: 'pending';
  record: ConsentRecord;
  endpoint: string;
  attempts: number;
  lastError?: string;
  /** When the last attempt ended (ms since the epoch), and which tab made it. */
  lastAttemptAt?: number;
  lastAttemptBy?: string;
}

/**
 * What is left of a record the receiver refused (4xx): the id and the receiver's words,
 * for the integrator to look up. Never resent, and no number or wording kept: a refused
 * record is no reason to hold personal data in the browser (data minimisation, R11).
 */
export interface RejectedOutboxEntry {
  id: string;
  state: 'rejected';
  attempts: number;
  lastError: string;
  rejectedAt: string;
}

export type OutboxEntry = PendingOutboxEntry | RejectedOutboxEntry;

export interface OutboxLimits {
  /** Most entries kept (pending and rejected together). */
  maxEntries: number;
  /** Most bytes (UTF-16 code units of the stored JSON) the entries take together. */
  maxBytes: number;
}

/**
 * A page that cannot reach its receiver for months must not fill localStorage (about 5 MB
 * per site, shared with the shop's own data). A record is about 0.6 kB.
 */
export const DEFAULT_OUTBOX_LIMITS: OutboxLimits = { maxEntries: 200, maxBytes: 256 * 1024 };

/**
 * One key per record: two tabs writing different records never overwrite each other's
 * (a single array under one key was read, changed and written back by each tab).
 */
const KEY_PREFIX = 'wa-optin:outbox:';
/** Where version 0.1 kept every entry in one array; read once and split into per-record keys. */
const LEGACY_KEY = 'wa-optin:outbox';

export class ConsentOutbox {
  #memory = new Map<string, string>();
  readonly #storage: Storage | null;
  readonly limits: OutboxLimits;

  constructor(storage: Storage | null = siteStorage(), limits: Partial<OutboxLimits> = {}) {
    this.#storage = storage;
    this.limits = { ...DEFAULT_OUTBOX_LIMITS, ...limits };
  }

  /** Whether entries survive a reload; false means only this page's memory holds them. */
  get durable(): boolean {
    return this.#storage !== null;
  }

  /** Every entry, oldest first (pending by consent time, rejected by refusal time). */
  entries(): OutboxEntry[] {
    this.#migrateLegacy();
    const found: OutboxEntry[] = [];
    for (const [key, text] of this.#raw()) {
      const entry = parseEntry(key.slice(KEY_PREFIX.length), text);
      if (entry) found.push(entry);
    }
    return found.sort((a, b) => entryTime(a).localeCompare(entryTime(b)));
  }

  pending(): PendingOutboxEntry[] {
    return this.entries().filter((e): e is PendingOutboxEntry => e.state === 'pending');
  }

  get(id: string): OutboxEntry | undefined {
    this.#migrateLegacy();
    const text = this.#read(KEY_PREFIX + id);
    return text === null ? undefined : (parseEntry(id, text) ?? undefined);
  }

  /**
   * Writes one entry (a rejected one loses its record here, whatever the caller passed).
   * Returns the pending entries dropped to stay within the limits, oldest first, so the
   * caller can report them: rejected entries go first, pending ones only when the limits
   * cannot be kept otherwise.
   */
  put(entry: OutboxEntry): PendingOutboxEntry[] {
    const stored: OutboxEntry =
      entry.state === 'rejected'
        ? { id: entry.id, state: 'rejected', attempts: entry.attempts, lastError: entry.lastError, rejectedAt: entry.rejectedAt }
        : entry;
    this.#write(KEY_PREFIX + entry.id, JSON.stringify(stored));
    return this.#enforceLimits(entry.id);
  }

  remove(id: string): void {
    this.#delete(KEY_PREFIX + id);
  }

  /** Removes and returns the pending entries whose consent is older than `maxAgeMs`. */
  expire(maxAgeMs: number, now = Date.now()): PendingOutboxEntry[] {
    const expired: PendingOutboxEntry[] = [];
    for (const entry of this.entries()) {
      const age = now - Date.parse(entryTime(entry));
      if (!(age > maxAgeMs)) continue;
      this.remove(entry.id);
      if (entry.state === 'pending') expired.push(entry);
    }
    return expired;
  }

  clear(): void {
    for (const [key] of this.#raw()) this.#delete(key);
    this.#delete(LEGACY_KEY);
  }

  #enforceLimits(keep: string): PendingOutboxEntry[] {
    const all = this.entries();
    let bytes = 0;
    const sizes = new Map<string, number>();
    for (const [key, text] of this.#raw()) {
      sizes.set(key.slice(KEY_PREFIX.length), key.length + text.length);
      bytes += key.length + text.length;
    }
    let count = all.length;
    const over = () => count > this.limits.maxEntries || bytes > this.limits.maxBytes;
    if (!over()) return [];
    const dropped: PendingOutboxEntry[] = [];
    // Refusals first (only an id and an error), then the oldest pending; never the one just written.
    const order = [...all.filter((e) => e.state === 'rejected'), ...all.filter((e) => e.state === 'pending')];
    for (const entry of order) {
      if (!over()) break;
      if (entry.id === keep) continue;
      this.remove(entry.id);
      count -= 1;
      bytes -= sizes.get(entry.id) ?? 0;
      if (entry.state === 'pending') dropped.push(entry);
    }
    return dropped;
  }

  /** Entries of version 0.1 (one array) become per-record keys; rejected ones lose their record. */
  #migrateLegacy(): void {
    const legacy = this.#read(LEGACY_KEY);
    if (legacy === null) return;
    this.#delete(LEGACY_KEY);
    let parsed: unknown;
    try {
      parsed = JSON.parse(legacy);
    } catch {
      return;
    }
    if (!Array.isArray(parsed)) return;
    for (const old of parsed as Array<{ record?: ConsentRecord; endpoint?: string; attempts?: number; state?: string; lastError?: string }>) {
      const id = old?.record?.id;
      if (typeof id !== 'string' || this.#read(KEY_PREFIX + id) !== null) continue;
      const entry: OutboxEntry =
        old.state === 'rejected'
          ? { id, state: 'rejected', attempts: old.attempts ?? 1, lastError: old.lastError ?? 'rejected', rejectedAt: new Date().toISOString() }
          : { id, state: 'pending', record: old.record!, endpoint: old.endpoint ?? '', attempts: old.attempts ?? 0, lastError: old.lastError };
      this.#write(KEY_PREFIX + id, JSON.stringify(entry));
    }
  }

  *#raw(): Generator<[string, string]> {
    if (!this.#storage) {
      yield* [...this.#memory];
      return;
    }
    const keys: string[] = [];
    try {
      for (let i = 0; i < this.#storage.length; i++) {
        const key = this.#storage.key(i);
        if (key?.startsWith(KEY_PREFIX)) keys.push(key);
      }
    } catch {
      return;
    }
    for (const key of keys) {
      const text = this.#read(key);
      if (text !== null) yield [key, text];
    }
    // Entries that only this page holds, because storage was full when they were written.
    for (const [key, text] of this.#memory) if (!keys.includes(key)) yield [key, text];
  }

  #read(key: string): string | null {
    if (this.#storage) {
      try {
        const text = this.#storage.getItem(key);
        if (text !== null) return text;
      } catch {
        // Fall through to this page's memory.
      }
    }
    return this.#memory.get(key) ?? null;
  }

  #write(key: string, text: string): void {
    if (this.#storage) {
      try {
        this.#storage.setItem(key, text);
        this.#memory.delete(key);
        return;
      } catch (error) {
        // Quota full: keep this page's copy at least, and say so.
        console.warn('wa-optin: could not write the consent outbox', error);
      }
    }
    this.#memory.set(key, text);
  }

  #delete(key: string): void {
    this.#memory.delete(key);
    try {
      this.#storage?.removeItem(key);
    } catch {
      // Nothing more to do: the entry is gone from this page's view.
    }
  }
}

function entryTime(entry: OutboxEntry): string {
  return entry.state === 'pending' ? entry.record.consentedAt : entry.rejectedAt;
}

/** An entry as stored, or null for anything that is not one (a damaged or foreign value). */
function parseEntry(id: string, text: string): OutboxEntry | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const entry = value as Partial<Omit<PendingOutboxEntry, 'state'>> & Partial<Omit<RejectedOutboxEntry, 'state'>> & { state?: string };
  if (entry.state === 'rejected') {
    return {
      id,
      state: 'rejected',
      attempts: Number(entry.attempts) || 0,
      lastError: String(entry.lastError ?? 'rejected'),
      rejectedAt: typeof entry.rejectedAt === 'string' ? entry.rejectedAt : new Date(0).toISOString(),
    };
  }
  if (entry.state !== 'pending' || !entry.record || typeof entry.record.consentedAt !== 'string' || typeof entry.endpoint !== 'string') return null;
  return { ...(entry as PendingOutboxEntry), id, state: 'pending' };
}
