/**
 * The site's localStorage (per origin: one shop's opt-ins and memory, never another's),
 * or null where it cannot be used: Node/SSR, or browsers and sandboxed frames that throw
 * on the mere access. Callers then keep what they hold in memory for this page.
 */
export function siteStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
