/**
 * What the surfaces remember between visits, so they never nag: a dismissed popup or
 * banner stays away for N days, and once the person opted in on this site (from ANY
 * surface) no popup or banner shows again. Kept in localStorage, which is per site
 * (origin) already; no cookies, so nothing travels to a server with every request.
 *
 * Nothing here touches `window` at import time (SSR, Node). Where storage is blocked
 * (some private modes, sandboxed frames) the memory lasts for this page only.
 */
import { siteStorage } from './site-storage.js';

const STORAGE_KEY = 'wa-optin:display';
/** Where surface-coordination.ts keeps what was dismissed in this browser session. */
export const SESSION_KEY = 'wa-optin:session';
const DAY_MS = 24 * 60 * 60 * 1000;

/** One opt-in this device made: which topics, to which number (masked: a shared device shows no whole number). */
export interface RememberedOptIn {
  topics: string[];
  /** The number as the person would recognise it, middle digits hidden: `+55 •• ••••• 5678`. */
  phone: string;
  at: string;
}

interface DisplayState {
  /** When the person last opted in on this site (ISO date), if ever. */
  optedInAt?: string;
  /** What was opted in to, newest last (absent in memories written before 0.2). */
  optIns?: RememberedOptIn[];
  /** Per surface kind (`popup`, `banner`…): when the person last dismissed it. */
  dismissedAt: Record<string, string>;
}

let memoryOnly: DisplayState | undefined;


function read(): DisplayState {
  const store = siteStorage();
  if (!store) return memoryOnly ?? { dismissedAt: {} };
  try {
    const parsed = JSON.parse(store.getItem(STORAGE_KEY) ?? 'null') as Partial<DisplayState> | null;
    const optIns = Array.isArray(parsed?.optIns) ? parsed.optIns.filter(isRememberedOptIn) : undefined;
    return { optedInAt: parsed?.optedInAt, optIns, dismissedAt: { ...(parsed?.dismissedAt ?? {}) } };
  } catch {
    return { dismissedAt: {} };
  }
}

function write(state: DisplayState): void {
  const store = siteStorage();
  try {
    if (store) {
      store.setItem(STORAGE_KEY, JSON.stringify(state));
      return;
    }
  } catch {
    // Quota full or blocked: remember for this page at least.
  }
  memoryOnly = state;
}

function isRememberedOptIn(value: unknown): value is RememberedOptIn {
  const v = value as RememberedOptIn | null;
  return Boolean(v) && Array.isArray(v!.topics) && typeof v!.phone === 'string' && typeof v!.at === 'string';
}

/** At most this many opt-ins are remembered (the newest); a device rarely has more than a few. */
const MAX_OPT_INS = 8;

/**
 * `+55 11 91234-5678` → `+55 •• •••••-5678`: the country code and the last four digits,
 * enough for the person to recognise their number on a shared screen, not to read it.
 */
export function maskPhone(international: string): string {
  const match = /^(\+\d+)(.*)$/.exec(international.trim());
  if (!match) return international;
  const [, code, rest] = match;
  let keep = 4;
  const masked = [...rest]
    .reverse()
    .map((ch) => (/\d/.test(ch) ? (keep-- > 0 ? ch : '•') : ch))
    .reverse()
    .join('');
  return code + masked;
}

export class DisplayMemory {
  /**
   * Remembers that the person opted in on this site (for `topics`, at `phone`, shown
   * masked): popups and banners for those topics stay away, and the CTA and the checkbox
   * show the subscribed state (issue 15, item 8).
   */
  static rememberOptIn(now: Date = new Date(), what?: { topics: readonly string[]; phone: string }): void {
    const state = read();
    const optIns = [...(state.optIns ?? [])];
    if (what) {
      const memo = { topics: [...what.topics].sort(), phone: maskPhone(what.phone), at: now.toISOString() };
      // The same opt-in told twice (queued, then delivered) is remembered once.
      const same = (o: RememberedOptIn) => o.phone === memo.phone && o.topics.join() === memo.topics.join();
      optIns.splice(0, optIns.length, ...optIns.filter((o) => !same(o)), memo);
    }
    write({ ...state, optedInAt: now.toISOString(), optIns: optIns.slice(-MAX_OPT_INS) });
    notify();
  }

  /**
   * Whether this device opted in on this site: at all, or (given `topics`) for every one of
   * them. A memory from before 0.2 says no more than "opted in", so it counts for all topics.
   */
  static hasOptedIn(topics?: readonly string[]): boolean {
    const state = read();
    if (!state.optedInAt) return false;
    // No detail (a memory from before 0.2, or an opt-in told without its topics): all topics.
    if (!topics?.length || !state.optIns?.length) return true;
    return topics.every((topic) => state.optIns!.some((o) => o.topics.includes(topic)));
  }

  /** The newest opt-in of this device covering all of `topics`, with its masked number; else undefined. */
  static subscription(topics: readonly string[]): RememberedOptIn | undefined {
    if (!topics.length) return undefined;
    const optIns = read().optIns ?? [];
    for (let i = optIns.length - 1; i >= 0; i--) {
      if (topics.every((topic) => optIns[i].topics.includes(topic))) return optIns[i];
    }
    return undefined;
  }

  /** Hears every change to the opt-ins remembered (another surface of the page opted in). Returns the undo. */
  static onChange(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** Remembers that the person closed a surface of this kind (`popup`, `banner`…). */
  static rememberDismissal(kind: string, now: Date = new Date()): void {
    const state = read();
    write({ ...state, dismissedAt: { ...state.dismissedAt, [kind]: now.toISOString() } });
  }

  /** True while a dismissal of this kind is younger than `snoozeDays`. */
  static isSnoozed(kind: string, snoozeDays: number, now: Date = new Date()): boolean {
    const at = Date.parse(read().dismissedAt[kind] ?? '');
    if (Number.isNaN(at) || !(snoozeDays > 0)) return false;
    return now.getTime() - at < snoozeDays * DAY_MS;
  }

  /** Whether a surface of this kind (for these topics) may show itself on its own (a trigger fired). */
  static mayShow(kind: string, snoozeDays: number, now: Date = new Date(), topics?: readonly string[]): boolean {
    return !DisplayMemory.hasOptedIn(topics) && !DisplayMemory.isSnoozed(kind, snoozeDays, now);
  }

  /** Forgets everything (tests, and a "show me again" link in an integrator's settings). */
  static reset(): void {
    memoryOnly = undefined;
    for (const forget of resetHooks) forget();
    try {
      siteStorage()?.removeItem(STORAGE_KEY);
      // The session's dismissals (surface-coordination.ts), also where that code is not loaded.
      sessionStorage.removeItem(SESSION_KEY);
    } catch {
      // Blocked storage has nothing to forget.
    }
  }

  /**
   * Also forgotten by `reset()`: what a module that is not always on the page keeps (the
   * session's dismissals, surface-coordination.ts, loaded with the popup and the banner).
   */
  static onReset(forget: () => void): void {
    resetHooks.add(forget);
  }
}

const listeners = new Set<() => void>();
const resetHooks = new Set<() => void>();
function notify(): void {
  for (const listener of [...listeners]) listener();
}
