import type { CountryCode, Examples, MetadataJson } from 'libphonenumber-js/core';
import { LazyData } from './loader.js';
import { loadPhoneEngine } from './phone-engine-loader.js';
import { loadPhoneMetadata } from './phone-metadata.js';

export { malformedCountries, parseCountryList } from './country-list.js';
// Types only: the functions arrive with the rules (see `loadPhoneCode`), never in the first render's script.
import type * as PhoneEngine from './phone-engine.js';

export type { CountryCode };

/**
 * Why a typed number was refused; each maps to a message in the locale tables.
 * `country-not-offered`: a valid number from a country outside the page's `countries`.
 */
export type PhoneProblem = 'empty' | 'no-country' | 'too-short' | 'too-long' | 'invalid' | 'invalid-country' | 'country-not-offered';

export type PhoneCheck =
  | { ok: true; e164: string; international: string; country: CountryCode | undefined }
  | { ok: false; problem: PhoneProblem };

/** `again`: a retry after a failed load (a fetch then goes past the browser's cache). */
type MetadataLoader = (options?: { again?: boolean }) => Promise<MetadataJson>;
type Engine = typeof PhoneEngine;

interface PhoneCode {
  engine: Engine;
  metadata: MetadataJson;
  /** The rules' countries, looked up once: `getCountries` walks them on every call (issue 16). */
  countries: ReadonlySet<string>;
}

let metadataLoader: MetadataLoader = loadPhoneMetadata;
let engineLoader: () => Promise<Engine> = loadPhoneEngine;

/**
 * How libphonenumber-js's chunk is imported: for the browser's surfaces, an import that
 * asks again under another address after the connection dropped it (`retryingImport`,
 * chunk-import.ts; phone-field.ts sets it), so that a retry of the rules
 * (`retryPhoneRules`) can succeed in engines that remember a failed module. The receiver
 * keeps the plain import: workerd refuses a Worker whose code holds an `import()` of a
 * computed address, anywhere in it.
 */
export function setPhoneEngineLoader(next: () => Promise<Engine>): void {
  engineLoader = next;
}

/**
 * The phone rules AND libphonenumber-js's code (`phone-engine.ts`), loaded together on
 * demand through the shared loader (src/core/loader.ts): one path, one ready promise. The
 * code comes through a dynamic `import()` (phone-engine-loader.ts), so a bundler splits it
 * into its own chunk, which loads on first focus, on idle or on submit, after the first
 * paint (issue 16, item 3).
 */
function loadPhoneCode({ again = false } = {}): Promise<PhoneCode> {
  return Promise.all([engineLoader(), metadataLoader({ again })]).then(([engine, metadata]) => ({
    engine,
    metadata,
    countries: new Set(engine.getCountries(metadata)),
  }));
}

const phoneRules = new LazyData<PhoneCode>('phone rules (accepting +E.164 numbers only)', loadPhoneCode);
let loaded: PhoneCode | undefined;
let metadata: MetadataJson | undefined;
let engine: Engine | undefined;

/** Settles when the rules are loaded or failed, whoever asked: other fields show them too, without asking again. */
let announceSettled: () => void = () => undefined;
let rulesSettled = new Promise<void>((resolve) => (announceSettled = resolve));

/** Resolves once the phone rules are loaded or failed; unlike `phoneRulesReady()` it never starts the load. */
export function phoneRulesSettled(): Promise<void> {
  return rulesSettled;
}

/**
 * Seam for tests and unusual hosting: where the phone rules come from (e.g. a subset built
 * by `npm run build:phone-rules`). Resets what was loaded, so the next `phoneRulesReady()`
 * uses the new loader.
 */
export function setPhoneMetadataLoader(next: MetadataLoader): void {
  metadataLoader = next;
  phoneRules.setLoader(loadPhoneCode);
  loaded = metadata = engine = undefined;
  callingCodes.clear();
  exampleNumbers.clear();
  rulesSettled = new Promise<void>((resolve) => (announceSettled = resolve));
}

/**
 * Resolves once the phone rules are loaded — or failed to load, in which case the
 * checks fall back to plain E.164 (see `checkPhone`): a person must never be stuck
 * because a data file did not arrive. Never rejects. The first call starts the load.
 */
export function phoneRulesReady(): Promise<void> {
  return phoneRules.ready().then(useLoadedRules);
}

function useLoadedRules(): void {
  if (loaded !== phoneRules.value) {
    loaded = phoneRules.value;
    metadata = loaded?.metadata;
    engine = loaded?.engine;
    callingCodes.clear();
    exampleNumbers.clear();
  }
  announceSettled();
}

/**
 * The rules failed to load (the connection dropped a file): load them again, for a
 * person's next ask (a focus on the number; never on a timer). On a phone whose
 * connection came back the field then gets its picker and its country's checks instead of
 * the +E.164-only fallback. While it runs the state stays `failed` (the field keeps its
 * fallback and its hint: nothing flickers); `loaded` once it worked. Never rejects;
 * otherwise the same as `phoneRulesReady()`.
 */
export function retryPhoneRules(): Promise<void> {
  return phoneRules.retry().then(useLoadedRules);
}

/** `idle`: nobody asked for the rules yet; `loading`; `loaded`; `failed` (only +E.164 is checked). */
export function phoneRulesState(): 'idle' | 'loading' | 'loaded' | 'failed' {
  if (metadata) return 'loaded';
  const state = phoneRules.state;
  return state === 'loaded' ? 'loading' : state;
}

const E164_DIGITS = /^\+?[1-9]\d{6,14}$/;

/** Invisible marks a copied number often carries (WhatsApp wraps numbers in U+202A…U+202C); none can reorder digits. */
const INVISIBLE_LTR_MARKS = /[\u200b-\u200e\u202a\u202c\u202d\u2060\u2066\u2068\u2069\ufeff]/g;
/**
 * Spaces (NBSP and narrow NBSP included), dots, dashes, brackets and slashes between the
 * digits. Dashes include the minus sign and U+30FC, which a Japanese input method types for "-".
 */
const NUMBER_TEXT = /^[0-9+\s.()[\]/\p{Pd}\u2212\u30fc]*$/u;
const DECIMAL_DIGIT = /\p{Nd}/u;
/** ASCII digits, `+`, ASCII spaces and the marks of `NUMBER_TEXT`: text `readPhoneText` reads as it is (trimmed). */
const ASCII_NUMBER_TEXT = /^[0-9+ \t\n\r\f\v.()[\]/-]*$/;

/** Any script's decimal digit as 0–9: Unicode encodes each script's digits as one run from 0 to 9. */
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0)!;
  let zero = code;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return String((code - zero) % 10);
}

/**
 * What a person typed, read as a number: `text` with ASCII digits (for the phone rules and
 * display) and `digits` (`+` and digits only). `null` when it holds anything else: letters
 * ("ramal 12", "ext. 3"), `*`, `#`, a `+` after a digit. Text with letters is refused, never
 * glued into digits: `+55 11 91234-5678 ramal 12` is not `+551191234567812` (issue 12, item 5).
 * Full-width digits (CJK input methods) and other scripts' digits (Arabic-Indic, Devanagari…)
 * are read as digits (NFKC, then each digit's value); a leading `tel:` (a copied link) is
 * dropped; RTL marks that could show the digits in another order than stored are refused.
 */
export function readPhoneText(input: string): { text: string; digits: string } | null {
  // What a keyboard types (ASCII digits, +, spaces and marks): the steps below change none
  // of it but the trim, and they cost more than the rest of a keystroke's check (issue 16).
  if (ASCII_NUMBER_TEXT.test(input)) {
    const text = input.trim();
    const digits = text.replace(/[^0-9+]/g, '');
    return /^\+?[0-9]*$/.test(digits) ? { text, digits } : null;
  }
  let text = input.normalize('NFKC').replace(INVISIBLE_LTR_MARKS, '').trim();
  if (/^tel:/i.test(text)) text = text.slice(4).trim();
  text = text.replace(/\p{Nd}/gu, (digit) => (digit >= '0' && digit <= '9' ? digit : asciiDigit(digit)));
  if (!NUMBER_TEXT.test(text)) return null;
  const digits = text.replace(/[^0-9+]/g, '');
  return /^\+?[0-9]*$/.test(digits) ? { text, digits } : null;
}

/**
 * Validates what a person typed. A leading `+` overrides `country` (R1). Output is E.164
 * plus the international format the wording shows. Without the rules (still loading or
 * failed) only `+` and 7–15 digits pass; the receiver validates again with full rules.
 * Letters or symbols in the text are `invalid` (see `readPhoneText`).
 */
export function checkPhone(input: string, country?: string): PhoneCheck {
  const read = readPhoneText(input);
  if (!read) return { ok: false, problem: 'invalid' };
  const { text: typed, digits } = read;
  if (!digits.replace('+', '')) return { ok: false, problem: 'empty' };
  // No number is this long, whatever its separators; the phone rules are not asked.
  if (digits.length > 20 || typed.length > 64) return { ok: false, problem: 'too-long' };
  const international = digits.startsWith('+');
  if (!metadata) {
    if (!international) return { ok: false, problem: 'no-country' };
    if (!E164_DIGITS.test(digits)) return { ok: false, problem: digits.length < 8 ? 'too-short' : 'too-long' };
    return { ok: true, e164: digits, international: typed, country: undefined };
  }
  const defaultCountry = toCountryCode(country);
  if (!international && !defaultCountry) return { ok: false, problem: 'no-country' };
  // With the phone code, which arrives with the rules (phone-engine.ts).
  return engine!.checkWithRules(typed, defaultCountry, metadata);
}

/** Formats a partly typed number the way the person's country writes it (as typed, until the rules are here). */
export function formatAsYouType(input: string, country?: string): string {
  return metadata ? engine!.formatAsYouType(input, toCountryCode(country), metadata) : input;
}

/** Formats as typed, but only once it helps (under four digits, no +: as typed). The whole text, from scratch. */
export function formatTyped(input: string, country: string | undefined): string {
  return metadata ? engine!.formatTyped(input, toCountryCode(country), metadata) : input;
}

/**
 * One field's as-you-type formatting: `formatTyped`, plus a short memory so that a
 * Backspace at the end gives back what the field showed for those digits before (issue
 * 16). The work is the phone code's (`phone-engine.ts`, which arrives with the rules);
 * until then the text stays as typed.
 */
export class TypingFormatter {
  #withRules: InstanceType<Engine['TypingFormatter']> | undefined;

  /** The field's text, formatted as `formatTyped` would. */
  format(typed: string, country: string | undefined): string {
    if (!metadata) return typed;
    this.#withRules ??= new engine!.TypingFormatter();
    return this.#withRules.format(typed, toCountryCode(country), metadata);
  }

  /** The field shows `text`, not formatted (an edit in the middle). */
  shows(text: string): void {
    this.#withRules?.shows(text);
  }
}

/** The country a `+` number belongs to, to keep the country picker in step with typing. */
export function countryOfNumber(input: string): CountryCode | undefined {
  return metadata && input.trim().startsWith('+') ? engine!.countryOfNumber(input, metadata) : undefined;
}

export function toCountryCode(value: string | null | undefined): CountryCode | undefined {
  if (!value) return undefined;
  const upper = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return undefined;
  if (!loaded) return upper as CountryCode;
  return loaded.countries.has(upper) ? (upper as CountryCode) : undefined;
}

/** The countries the rules know (all of them, or the subset a page loads), in the rules' order. */
export function listCountries(): CountryCode[] {
  return loaded ? ([...loaded.countries] as CountryCode[]) : [];
}

const callingCodes = new Map<string, string>();

export function callingCodeOf(country: CountryCode): string {
  if (!metadata) return '';
  let code = callingCodes.get(country);
  if (code === undefined) {
    code = engine!.getCountryCallingCode(country, metadata);
    callingCodes.set(country, code);
  }
  return code;
}

/**
 * A default country from language tags (`pt-BR` → BR; `de` → DE through likely
 * subtags). The first tag with a region wins, so `<html lang="es-MX">` beats `es`.
 */
export function countryFromLocales(tags: readonly (string | null | undefined)[]): string | undefined {
  const locales: Intl.Locale[] = [];
  for (const tag of tags) {
    if (!tag) continue;
    try {
      locales.push(new Intl.Locale(tag));
    } catch {
      // A malformed lang attribute says nothing about the country.
    }
  }
  return (locales.find((l) => l.region) ?? locales[0])?.maximize().region;
}

// ---- Added by the surfaces helper (issue 15, item 3). ----
/** Example national numbers per country (`libphonenumber-js/mobile/examples`, 4 kB, 1.4 kB gzip). */
export type PhoneExamples = Partial<Record<CountryCode, string>>;

/**
 * An example mobile number for `country`, written as people there type it
 * (`(11) 96123-4567`, `01512 3456789`, `06 12 34 56 78`): the field's placeholder.
 * Undefined while the rules are loading, or for a country without an example.
 */
export function exampleNumber(country: string, examples: PhoneExamples): string | undefined {
  const code = toCountryCode(country);
  if (!metadata || !code || !examples[code]) return undefined;
  // Remembered per country and list of examples: every render of a field asks (for the
  // placeholder), and each answer is a parse and a format (issue 16: the render a keystroke
  // brings when the number turns valid spent a fifth of its time here).
  if (exampleNumbersOf !== examples) {
    exampleNumbersOf = examples;
    exampleNumbers.clear();
  }
  let example = exampleNumbers.get(code);
  if (example === undefined) {
    example = engine!.getExampleNumber(code, examples as Examples, metadata)?.formatNational() ?? '';
    exampleNumbers.set(code, example);
  }
  return example || undefined;
}

/** `exampleNumber`'s answers ('' for none) for the examples in `exampleNumbersOf`, with the rules loaded (cleared with them). */
const exampleNumbers = new Map<string, string>();
let exampleNumbersOf: PhoneExamples | undefined;
