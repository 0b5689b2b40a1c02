/**
 * The language tables as the page holds them (internal to src/core: locales.ts reads them,
 * locale-registration.ts adds to them). Apart from the public modules so that what only a
 * page's `registerLocale()` needs stays out of every surface's first render (issue 16).
 */
import { bundledLocales } from './bundled-locales.js';
import { loadLocaleFile } from './locale-files.js';
import { BUILT_IN_LOCALES } from './locale-list.js';
import { LazyData, type DataLoader } from './loader.js';
import type { LocaleInput, OptinStrings } from './locales.js';
import en from '../locales/en.js';

export interface LocaleEntry {
  /** The language's own file (or the table a page registered). */
  base: LazyData<OptinStrings>;
  /** What the integrator changed on top of it (`registerLocale`, `configure({ messages, topics })`). */
  overrides: LocaleInput[];
  /** base + overrides, built once per change. */
  merged?: OptinStrings;
}

export const entries = new Map<string, LocaleEntry>();
/** `localeCodeFor`'s answers (it builds an `Intl.Locale`, and every render asks): forgotten when a language is added. */
export const tableForTag = new Map<string, string>();
/** Lower-case tag → code as registered, for case-blind matching. */
export const codes = new Map<string, string>();

export function entryFor(code: string, load: DataLoader<OptinStrings>): LocaleEntry {
  let entry = entries.get(code);
  if (!entry) {
    entry = { base: new LazyData(`locale ${code}`, load), overrides: [] };
    entries.set(code, entry);
    codes.set(code.toLowerCase(), code);
    tableForTag.clear();
  }
  return entry;
}

for (const code of BUILT_IN_LOCALES) entryFor(code, (options) => loadLocaleFile(code, options));
entries.get('en')!.base.provide(en);
for (const table of bundledLocales) entryFor(table.$code, (options) => loadLocaleFile(table.$code, options)).base.provide(table);

const localeListeners = new Set<() => void>();

/** Called whenever a table is registered or changed (elements re-render). Returns the unsubscribe. */
export function onLocalesChange(listener: () => void): () => void {
  localeListeners.add(listener);
  return () => localeListeners.delete(listener);
}

export function changed(entry: LocaleEntry): void {
  entry.merged = undefined;
  for (const listener of localeListeners) listener();
}

export function mergeTable(base: OptinStrings, overrides: readonly LocaleInput[]): OptinStrings {
  let table: OptinStrings = base;
  for (const o of overrides) {
    table = {
      ...table,
      ...o,
      $code: base.$code,
      errors: { ...table.errors, ...o.errors },
      topics: { ...table.topics, ...o.topics },
      topicsInHeading: { ...table.topicsInHeading, ...o.topicsInHeading },
      topicsInThanks: { ...table.topicsInThanks, ...o.topicsInThanks },
      topicsInList: { ...table.topicsInList, ...o.topicsInList },
    } as OptinStrings;
  }
  return table;
}

/** `wellFormedTag`'s answers: canonicalising is costly and every render asks (issue 16). */
const canonicalTags = new Map<string, string | null>();

/** A well-formed BCP 47 tag in canonical case, or undefined for junk ("C", "en_US.UTF-8", "<x>"). */
export function wellFormedTag(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  let canonical = canonicalTags.get(tag);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(tag.trim())[0] ?? null;
    } catch {
      canonical = null;
    }
    if (canonicalTags.size > 200) canonicalTags.clear();
    canonicalTags.set(tag, canonical);
  }
  return canonical ?? undefined;
}
