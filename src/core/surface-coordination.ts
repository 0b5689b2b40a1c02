import { DisplayMemory, SESSION_KEY } from './display-memory.js';

let sessionOnly: Record<string, boolean> = {};

function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/**
 * One offer at a time (issue 15, item 7; POLICY: stacking a popup, a banner, a teaser and
 * the shop's cart bar covers a quarter of a phone and reads as spam). The surfaces of a page
 * tell each other what is showing, and these rules follow:
 * - no teaser tab while a banner shows;
 * - no banner while a popup is open (it steps aside and comes back after);
 * - no popup showing itself in the same browser session after a banner was dismissed.
 * A surface with the `standalone` attribute neither obeys nor counts.
 */
export class SurfaceCoordination {
  static #showing = new Map<string, number>();
  static #listeners = new Set<() => void>();

  /** A surface of this kind appeared (`true`) or went away (`false`) on this page. */
  static setShowing(kind: string, showing: boolean): void {
    const count = (SurfaceCoordination.#showing.get(kind) ?? 0) + (showing ? 1 : -1);
    if (count > 0) SurfaceCoordination.#showing.set(kind, count);
    else SurfaceCoordination.#showing.delete(kind);
    for (const listener of [...SurfaceCoordination.#listeners]) listener();
  }

  static isShowing(kind: string): boolean {
    return SurfaceCoordination.#showing.has(kind);
  }

  /** Hears every change of what shows on the page. Returns the undo. */
  static onChange(listener: () => void): () => void {
    SurfaceCoordination.#listeners.add(listener);
    return () => SurfaceCoordination.#listeners.delete(listener);
  }

  /** Remembers, for this browser session only, that the person dismissed a surface of this kind. */
  static rememberSessionDismissal(kind: string): void {
    const store = sessionStore();
    const state = { ...SurfaceCoordination.#session(), [kind]: true };
    try {
      if (store) return store.setItem(SESSION_KEY, JSON.stringify(state));
    } catch {
      // Blocked: this page at least.
    }
    sessionOnly = state;
  }

  static dismissedThisSession(kind: string): boolean {
    return SurfaceCoordination.#session()[kind] === true;
  }

  static #session(): Record<string, boolean> {
    const store = sessionStore();
    if (!store) return { ...sessionOnly };
    try {
      const parsed = JSON.parse(store.getItem(SESSION_KEY) ?? 'null') as Record<string, boolean> | null;
      return { ...sessionOnly, ...(parsed ?? {}) };
    } catch {
      return { ...sessionOnly };
    }
  }

  /** Forgets the session's dismissals (tests); what shows now stays counted. */
  static reset(): void {
    sessionOnly = {};
    try {
      sessionStore()?.removeItem(SESSION_KEY);
    } catch {
      // Nothing to forget.
    }
  }
}

// `DisplayMemory.reset()` (WaOptin.reset(), tests) forgets the session's dismissals too.
DisplayMemory.onReset(() => SurfaceCoordination.reset());
