import type { OptinStrings } from './locales.js';
import { besideScript, fetchJson, scriptData } from './script-assets.js';

/**
 * Script-tag build only (aliased over `locale-files.ts` in vite.config.ts): a language's
 * words come from `wa-optin.locale.<code>.json` beside `wa-optin.iife.js`, fetched the
 * first time an element needs them. A page hosting them elsewhere says where with
 * `<script data-locale-files="/i18n/wa-optin.{code}.json">` (`{code}` is replaced).
 */
export function loadLocaleFile(code: string, { again = false } = {}): Promise<OptinStrings> {
  const url = scriptData.localeFiles
    ? new URL(scriptData.localeFiles.replace('{code}', code), document.baseURI).href
    : besideScript(`wa-optin.locale.${code}.json`);
  // `again`: a retry after a failed fetch, past the browser's cache (locale-retry.ts).
  return fetchJson<OptinStrings>(url, `locale ${code}`, { again });
}
