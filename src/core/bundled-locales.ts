import type { OptinStrings } from './locales.js';

/**
 * Locales built into the script-tag file besides English, so a site that knows its
 * language at build time never waits for a locale file:
 * `WA_OPTIN_LOCALES=hi,ar npm run build` (vite.config.ts replaces this module).
 * npm users do the same by importing the file: `registerLocale(hi)` with
 * `import hi from 'wa-optin/locales/hi.js'`.
 */
export const bundledLocales: OptinStrings[] = [];
