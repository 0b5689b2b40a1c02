/** What the first call found; `undefined` until then. */
let found: Storage | null | undefined;

/**
 * The site's localStorage (per origin: one shop's opt-ins and memory, never another's),
 * or null where it cannot be used: Node/SSR, or browsers and sandboxed frames that throw
 * on the mere access. Callers then keep what they hold in memory for this page. Looked up
 * once per page: the access itself is not free, and every surface asks (issue 16).
 */
export function siteStorage(): Storage | null {
  if (found !== undefined) return found;
  try {
    found = typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    found = null;
  }
  return found;
}
