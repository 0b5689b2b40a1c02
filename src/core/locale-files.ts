import type { OptinStrings } from './locales.js';

/**
 * npm build: each locale file is its own module, reached by dynamic import, so an app's
 * bundler splits it into a chunk loaded only on a page in that language. The script-tag
 * build swaps this module for `locale-files-fetched.ts` (vite.config.ts), which fetches
 * the same tables as JSON from beside the script file.
 */
const files: Record<string, () => Promise<{ default: OptinStrings }>> = {
  es: () => import('../locales/es.js'),
  'pt-BR': () => import('../locales/pt-BR.js'),
  'pt-PT': () => import('../locales/pt-PT.js'),
  hi: () => import('../locales/hi.js'),
  bn: () => import('../locales/bn.js'),
  ur: () => import('../locales/ur.js'),
  id: () => import('../locales/id.js'),
  ms: () => import('../locales/ms.js'),
  th: () => import('../locales/th.js'),
  vi: () => import('../locales/vi.js'),
  fil: () => import('../locales/fil.js'),
  ar: () => import('../locales/ar.js'),
  he: () => import('../locales/he.js'),
  fa: () => import('../locales/fa.js'),
  tr: () => import('../locales/tr.js'),
  de: () => import('../locales/de.js'),
  fr: () => import('../locales/fr.js'),
  it: () => import('../locales/it.js'),
  nl: () => import('../locales/nl.js'),
  pl: () => import('../locales/pl.js'),
  ru: () => import('../locales/ru.js'),
  uk: () => import('../locales/uk.js'),
  'zh-CN': () => import('../locales/zh-CN.js'),
  'zh-TW': () => import('../locales/zh-TW.js'),
  ja: () => import('../locales/ja.js'),
  ko: () => import('../locales/ko.js'),
  sw: () => import('../locales/sw.js'),
};

// (`again`, a retry after a failure, changes nothing here: a bundler's chunk is imported again as it is.)
export async function loadLocaleFile(code: string, _options: { again?: boolean } = {}): Promise<OptinStrings> {
  const file = files[code];
  if (!file) throw new Error(`wa-optin: no locale file for ${code}`);
  return (await file()).default;
}
