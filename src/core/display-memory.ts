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
const DAY_MS = 24 * 60 * 60 * 1000;

interface DisplayState {
  /** When the person last opted in on this site (ISO date), if ever. */
  optedInAt?: string;
  /** Per surface kind (`popup`, `banner`…): when the person last dismissed it. */
  dismissedAt: Record<string, string>;
}

let memoryOnly: DisplayState | undefined;


function read(): DisplayState {
  const store = siteStorage();
  if (!store) return memoryOnly ?? { dismissedAt: {} };
  try {
    const parsed = JSON.parse(store.getItem(STORAGE_KEY) ?? 'null') as Partial<DisplayState> | null;
    return { optedInAt: parsed?.optedInAt, dismissedAt: { ...(parsed?.dismissedAt ?? {}) } };
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

export class DisplayMemory {
  /** Remembers that the person opted in on this site; no popup or banner shows again. */
  static rememberOptIn(now: Date = new Date()): void {
    write({ ...read(), optedInAt: now.toISOString() });
  }

  static hasOptedIn(): boolean {
    return Boolean(read().optedInAt);
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

  /** Whether a surface of this kind may show itself on its own (a trigger fired). */
  static mayShow(kind: string, snoozeDays: number, now: Date = new Date()): boolean {
    return !DisplayMemory.hasOptedIn() && !DisplayMemory.isSnoozed(kind, snoozeDays, now);
  }

  /** Forgets everything (tests, and a "show me again" link in an integrator's settings). */
  static reset(): void {
    memoryOnly = undefined;
    try {
      siteStorage()?.removeItem(STORAGE_KEY);
    } catch {
      // Blocked storage has nothing to forget.
    }
  }
}
