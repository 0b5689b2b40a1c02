/**
 * Script-tag builds only: the data files that sit beside the script (the phone rules, the
 * locale files). The one-file build reads its own tag while it first runs —
 * `document.currentScript` is null afterwards — so this module must be evaluated as part
 * of the IIFE, which it is (imported by the `-fetched` loaders). In the split build this
 * module runs later, in an ES module chunk where `currentScript` is null: the loader
 * (src/script-loader.ts) leaves its own tag under `SCRIPT_TAG_KEY` first.
 */
import { SCRIPT_TAG_KEY } from './script-tag-key.js';

const script =
  typeof document !== 'undefined'
    ? ((document.currentScript as HTMLScriptElement | null) ??
      ((globalThis as Record<symbol, unknown>)[SCRIPT_TAG_KEY] as HTMLScriptElement | undefined) ??
      null)
    : null;

/** The script tag's `data-*` values, read once. */
export const scriptData: DOMStringMap = script?.dataset ?? {};

/** `file` resolved against the script's URL (or the page's, when it has none). */
export function besideScript(file: string): string {
  return script?.src ? new URL(file, script.src).href : file;
}

/**
 * GETs a JSON file without cookies; a non-2xx answer is an error the loader turns into a
 * fallback. `again`: a retry after such an answer, past the browser's cache, which may hold
 * it (an error page a server or a CDN marked cacheable).
 */
export async function fetchJson<T>(url: string, what: string, { again = false } = {}): Promise<T> {
  const response = await fetch(url, { credentials: 'omit', ...(again ? { cache: 'reload' as const } : {}) });
  if (!response.ok) throw new Error(`wa-optin: ${what} ${url} answered ${response.status}`);
  return (await response.json()) as T;
}
