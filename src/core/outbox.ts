import type { ConsentRecord } from './record.js';
import { siteStorage } from './site-storage.js';

/**
 * Records written here BEFORE the first request, so an opt-in survives a closed tab, a
 * dead network or a crashed server (the person gave it; it must not be lost). One entry
 * per record id; `rejected` entries (the receiver answered 4xx) are kept for the
 * integrator to inspect but never resent.
 */
export interface OutboxEntry {
  record: ConsentRecord;
  endpoint: string;
  attempts: number;
  state: 'pending' | 'rejected';
  lastError?: string;
}

const STORAGE_KEY = 'wa-optin:outbox';
/** A page that cannot reach its receiver for months must not fill localStorage. */
const MAX_ENTRIES = 200;

export class ConsentOutbox {
  #memory: OutboxEntry[] = [];
  readonly #storage: Storage | null;

  constructor(storage: Storage | null = siteStorage()) {
    this.#storage = storage;
  }

  /** Whether entries survive a reload; false means only this page's memory holds them. */
  get durable(): boolean {
    return this.#storage !== null;
  }

  entries(): OutboxEntry[] {
    if (!this.#storage) return [...this.#memory];
    try {
      const parsed: unknown = JSON.parse(this.#storage.getItem(STORAGE_KEY) ?? '[]');
      return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
    } catch {
      return [];
    }
  }

  pending(): OutboxEntry[] {
    return this.entries().filter((e) => e.state === 'pending');
  }

  get(id: string): OutboxEntry | undefined {
    return this.entries().find((e) => e.record.id === id);
  }

  put(entry: OutboxEntry): void {
    const rest = this.entries().filter((e) => e.record.id !== entry.record.id);
    let next = [...rest, entry];
    if (next.length > MAX_ENTRIES) {
      // Drop rejected ones first: pending ones are consent not yet delivered.
      const rejected = next.filter((e) => e.state === 'rejected');
      const drop = new Set(rejected.slice(0, next.length - MAX_ENTRIES).map((e) => e.record.id));
      next = next.filter((e) => !drop.has(e.record.id));
    }
    this.#write(next);
  }

  remove(id: string): void {
    this.#write(this.entries().filter((e) => e.record.id !== id));
  }

  clear(): void {
    this.#write([]);
  }

  #write(entries: OutboxEntry[]): void {
    if (!this.#storage) {
      this.#memory = entries;
      return;
    }
    try {
      if (entries.length) this.#storage.setItem(STORAGE_KEY, JSON.stringify(entries));
      else this.#storage.removeItem(STORAGE_KEY);
    } catch (error) {
      // Quota full: keep this page's copy at least, and say so.
      console.warn('wa-optin: could not write the consent outbox', error);
      this.#memory = entries;
    }
  }
}
