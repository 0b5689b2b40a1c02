/**
 * The languages that ship with wa-optin, one file each in src/locales/. English is
 * bundled into every build; the others load on demand (src/core/locale-files.ts).
 * Kept apart from the files themselves so matching a page's language to a file costs
 * nothing before that file loads.
 */
export const BUILT_IN_LOCALES = [
  'en', 'es', 'pt-BR', 'pt-PT', 'hi', 'bn', 'ur', 'id', 'ms', 'th', 'vi', 'fil', 'ar', 'he',
  'fa', 'tr', 'de', 'fr', 'it', 'nl', 'pl', 'ru', 'uk', 'zh-CN', 'zh-TW', 'ja', 'ko', 'sw',
] as const;

export type BuiltInLocale = (typeof BUILT_IN_LOCALES)[number];
