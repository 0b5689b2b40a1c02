/**
 * The words a person reads, per language, and how a page's language picks them.
 *
 * The tables are files, one per language (src/locales/<code>.ts, each with `$code`,
 * `$name`, `$dir`). English is bundled; every other language loads on demand through the
 * shared loader (src/core/loader.ts): by dynamic import in the npm build, as
 * `wa-optin.locale.<code>.json` beside the script in the script-tag build. Until a
 * language has loaded, elements wait (they render nothing rather than half-translated
 * English); if it cannot load they show English, and the record says `en` (R11).
 *
 * The opt-in sentence is a template with four required placeholders — {topics},
 * {business}, {whatsapp} (the glyph and the word WhatsApp) and {phone} — so a translation
 * can reorder them to fit its own word order but never drop one (R3).
 */
import { BUILT_IN_LOCALES } from './locale-list.js';
import { changed, codes, entries, mergeTable, tableForTag, wellFormedTag } from './locale-state.js';
import en from '../locales/en.js';

export { en };
export { BUILT_IN_LOCALES, type BuiltInLocale } from './locale-list.js';
export { onLocalesChange } from './locale-state.js';

/** Where a topic's label stands: each slot has its own wording (a heading is not a sentence). */
export type TopicSlot = 'sentence' | 'heading' | 'thanks' | 'list';

export interface OptinStrings {
  /** BCP 47 tag this table is for (what the record's `locale` says when it is shown). */
  $code: string;
  /** The language's own name for itself, e.g. `हिन्दी`. */
  $name: string;
  /** Writing direction; `rtl` mirrors the surfaces. */
  $dir: 'ltr' | 'rtl';
  /** Version of the sentence template; goes into the record as `<code>/<n>` (R11). */
  $wordingVersion: number;
  sentence: string;
  /** Shown for {phone} while no valid number has been typed yet. */
  phonePlaceholder: string;
  /** Topic labels as they read inside the opt-in sentence, spoken by the person ("my orders"). */
  topics: Record<string, string>;
  /** The same topics in a heading addressed to the person (`surfaceTitle`). */
  topicsInHeading: Record<string, string>;
  /** The same topics in the thank-you text, addressed to the person ("your orders"). */
  topicsInThanks: Record<string, string>;
  /** The same topics as items of a list (preference and admin pages): a short noun phrase, capitalised. */
  topicsInList: Record<string, string>;
  phoneLabel: string;
  phoneHint: string;
  countryLabel: string;
  countryUnknown: string;
  submit: string;
  sending: string;
  thankYouTitle: string;
  /** `{topics}` (thanks slot), `{business}`, `{phone}`. */
  thankYouBody: string;
  queued: string;
  /** Heading of the popup, line of the banner: `{topics}` (heading slot). */
  surfaceTitle: string;
  /** Default label of `<wa-optin-cta>`. */
  ctaLabel: string;
  /** Button that expands the banner's form. */
  showForm: string;
  /** Accessible name of the close buttons. */
  close: string;
  /** Accessible name of the WhatsApp glyph beside the word WhatsApp (R12). */
  whatsappLogo: string;
  errors: {
    unticked: string;
    empty: string;
    noCountry: string;
    tooShort: string;
    tooLong: string;
    invalid: string;
    invalidCountry: string;
    rejected: string;
    metadata: string;
    /** Checkbox ticked while the page's own phone field holds no valid number; `{problem}` says why. */
    mirroredPhone: string;
    /** The same with `optional-phone`: the page's form still submits. */
    phoneOptional: string;
    /** A number from a country outside the element's `countries` (issue 16); `{countries}` is their names, joined. */
    countryNotOffered: string;
    /** The code that sends could not be fetched (the connection dropped it): nothing was sent or kept; the number and the tick stay. */
    notSent: string;
    /** A banner's "Sign up" or a CTA's press whose form could not be fetched (the connection dropped it): nothing is lost, the next press fetches it again. */
    notLoaded: string;
  };
  /** The banner's toggle once the form is open (folds it back). */
  hideForm: string;
  /** Closes the popup after the thank-you. */
  done: string;
  /** Said once, inline, when the host form submits without the opt-in (R10); `{reason}` is one of `notSavedReasons`. */
  optinNotSaved: string;
  notSavedReasons: { incomplete: string; tooLong: string; invalid: string };
  /** This device opted in: the CTA's state (`{topics}`, thanks slot). */
  subscribedCta: string;
  /** This device opted in: the checkbox's line (`{topics}` in the thanks slot, `{phone}` masked). */
  subscribedLine: string;
  /** Link to the preference page beside `subscribedLine` (R9). */
  stop: string;
}

/** What `registerLocale()` takes: a complete table for a new language, or any part of one to override. */
export type LocaleInput = { $code: string } & {
  [K in Exclude<keyof OptinStrings, '$code' | 'errors'>]?: OptinStrings[K];
} & { errors?: Partial<OptinStrings['errors']> };

/** A custom topic's label: one string for every slot, or a wording per slot. */
export type TopicLabelInput = string | Partial<Record<TopicSlot, string>>;

const TOPIC_TABLES: Record<TopicSlot, 'topics' | 'topicsInHeading' | 'topicsInThanks' | 'topicsInList'> = {
  sentence: 'topics',
  heading: 'topicsInHeading',
  thanks: 'topicsInThanks',
  list: 'topicsInList',
};

/** The label table of a slot. */
export function topicTable(strings: OptinStrings, slot: TopicSlot): Record<string, string> {
  return strings[TOPIC_TABLES[slot]];
}


/** European-Portuguese-speaking regions (Portugal and the African and Asian lusophone states). */
const EUROPEAN_PORTUGUESE = new Set(['PT', 'AO', 'MZ', 'CV', 'GW', 'ST', 'TL', 'MO']);

/**
 * The table a tag is shown with: an exact match (`pt-PT`), then a regional rule (plain
 * `pt`, `pt-BR` → pt-BR but `pt-AO` → pt-PT; `zh-HK`, `zh-Hant` → zh-TW; `zh`, `zh-SG` →
 * zh-CN; `tl` → fil), then the language alone (`es-MX` → es), else English.
 */
export function localeCodeFor(tag: string | undefined): string {
  if (!tag) return 'en';
  let code = tableForTag.get(tag);
  if (code === undefined) {
    code = matchLocaleCode(tag);
    if (tableForTag.size > 200) tableForTag.clear();
    tableForTag.set(tag, code);
  }
  return code;
}

function matchLocaleCode(tag: string): string {
  const exact = codes.get(tag.toLowerCase());
  if (exact) return exact;
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return 'en';
  }
  const withRegion = locale.region && codes.get(`${locale.language}-${locale.region}`.toLowerCase());
  if (withRegion) return withRegion;
  if (locale.language === 'pt') return locale.region && EUROPEAN_PORTUGUESE.has(locale.region) ? 'pt-PT' : 'pt-BR';
  if (locale.language === 'zh') return locale.maximize().script === 'Hant' ? 'zh-TW' : 'zh-CN';
  if (locale.language === 'tl') return 'fil';
  return codes.get(locale.language) ?? 'en';
}

/**
 * The table to show for a tag, right now: its language's once loaded, else English (while
 * loading, or when it could not load — the record then says `en`). Never throws.
 */
export function stringsFor(locale: string | undefined): OptinStrings {
  const entry = entries.get(localeCodeFor(locale));
  const shown = entry && entry.base.state === 'loaded' ? entry : entries.get('en')!;
  shown.merged ??= mergeTable(shown.base.value!, shown.overrides);
  return shown.merged;
}

/** Loads the table a tag needs (once). Never rejects: a failed load leaves English in place. */
export function localeReady(locale: string | undefined): Promise<void> {
  return entries.get(localeCodeFor(locale))!.base.ready();
}

/** Whether the tag's table is loaded or failed, i.e. `stringsFor` will not change by waiting. */
export function localeSettled(locale: string | undefined): boolean {
  return entries.get(localeCodeFor(locale))!.base.settled;
}

/** Seam for tests and unusual hosting: where built-in locale files come from (forgets what was loaded, except English). */
export function setLocaleLoader(load: (code: string) => Promise<OptinStrings>): void {
  for (const [code, entry] of entries) {
    if (code === 'en' || !(BUILT_IN_LOCALES as readonly string[]).includes(code)) continue;
    entry.base.setLoader(() => load(code));
    changed(entry);
  }
}

const warnedLocales = new Set<string>();

/**
 * The language to show: the element's `locale` attribute, else the nearest `[lang]`
 * ancestor (the page's language), else the browser's first preference, else English.
 * Junk at any step is skipped, never thrown: an unknown tag in a shop's markup must not
 * break the opt-in (the attribute's case is warned about once, since its author can fix it).
 * Browsers started by automation on a bare system report "C" as their language.
 */
export function resolveLocale(explicit: string | null | undefined, element?: Element): string {
  const fromAttribute = wellFormedTag(explicit);
  if (fromAttribute) return fromAttribute;
  if (explicit && !warnedLocales.has(explicit)) {
    warnedLocales.add(explicit);
    console.warn(`wa-optin: locale="${explicit}" is not a language tag (e.g. "pt-BR"); using the page's language instead`);
  }
  const lang = wellFormedTag(element?.closest('[lang]')?.getAttribute('lang'));
  if (lang) return lang;
  const browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of browser) {
    const wellFormed = wellFormedTag(tag);
    if (wellFormed) return wellFormed;
  }
  return 'en';
}

export { pageLocaleFor, pageStringsFor, pagesEn, pagesEs, pagesPt, preferenceStringsFor, type PageStrings, type ReceiverPage } from './page-strings.js';
