/**
 * libphonenumber-js's functions (and `checkWithRules`, which calls them), in a module of
 * their own: the largest part of the widget's code (about 74 kB minified), which the first
 * render does not need. `phone.ts` imports it only dynamically, together with the phone
 * rules (one loading path, one ready promise), so a bundler splits it into its own chunk
 * that loads on first focus of the field, when the browser is idle, or on submit (issue 16,
 * item 3). Import it statically nowhere else.
 */
import {
  AsYouType,
  Metadata,
  ParseError,
  parsePhoneNumberFromString,
  parsePhoneNumberWithError,
  type CountryCode,
  type MetadataJson,
  type PhoneNumber,
} from 'libphonenumber-js/core';
import type { PhoneCheck } from './phone.js';

export { getCountries, getCountryCallingCode, getExampleNumber } from 'libphonenumber-js/core';

const E164_DIGITS = /^\+?[1-9]\d{6,14}$/;

/**
 * `checkPhone`'s answer once the rules are here, for text `readPhoneText` read (`typed`)
 * and a country the rules know (or a + number). Here, with the code it calls, so that the
 * first render's script does not carry it (issue 16, item 3).
 *
 * One parse answers both questions (issue 16, the keystroke target: a keystroke's check
 * was two parses): the length, asked as libphonenumber-js's `validatePhoneNumberLength`
 * asks it (the whole text), and the validity, asked of `parsePhoneNumberFromString`'s
 * parse, which is the same parse whenever its extraction keeps the whole text (see
 * `WHOLE_NUMBER_TEXT`). The answers are the two calls' (property test in phone.test.ts);
 * other texts still get the second parse.
 */
export function checkWithRules(typed: string, defaultCountry: CountryCode | undefined, metadata: MetadataJson): PhoneCheck {
  let number: PhoneNumber | undefined;
  let lengthProblem: string | undefined;
  try {
    number = parsePhoneNumberWithError(typed, { defaultCountry, extract: false }, metadata);
    lengthProblem = lengthProblemOf(number, metadata);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    lengthProblem = error.message;
  }
  if (lengthProblem === 'TOO_SHORT') return { ok: false, problem: 'too-short' };
  if (lengthProblem === 'TOO_LONG') return { ok: false, problem: 'too-long' };
  if (lengthProblem === 'INVALID_COUNTRY') return { ok: false, problem: 'invalid-country' };
  const parsed = !lengthProblem && WHOLE_NUMBER_TEXT.test(typed) ? number : parsePhoneNumberFromString(typed, { defaultCountry }, metadata);
  if (!parsed || !parsed.isValid()) return { ok: false, problem: 'invalid' };
  // The rules take some numbers shorter than E.164's 7 digits (+49 1216): the record's
  // schema and the receiver refuse them, so the person must hear it here, not after sending.
  if (!E164_DIGITS.test(parsed.number)) return { ok: false, problem: 'too-short' };
  return { ok: true, e164: parsed.number, international: parsed.formatInternational(), country: parsed.country };
}

/**
 * Text that libphonenumber-js's extraction (`parsePhoneNumberFromString` without
 * `extract: false`) keeps whole: it cuts what comes before the first `+` or digit and the
 * non-digits after the last digit, so text that starts with `+` or a digit and ends with a
 * digit is parsed as it is, exactly as with `extract: false`.
 */
const WHOLE_NUMBER_TEXT = /^(?:[+0-9][^]*)?[0-9]$/;

/**
 * What libphonenumber-js's `validatePhoneNumberLength` answers for a number it parsed
 * (undefined: a possible length): its own steps after the parse — the numbering plan of the
 * number's country, else of its calling code, and that plan's possible lengths — without
 * parsing the text again.
 */
function lengthProblemOf(number: PhoneNumber, metadata: MetadataJson): string | undefined {
  const rules = new Metadata(metadata);
  rules.selectNumberingPlan((number.country || number.countryCallingCode) as CountryCode);
  const lengths = rules.numberingPlan?.possibleLengths();
  if (!lengths) return undefined;
  const length = number.nationalNumber.length;
  if (lengths[0] === length) return undefined;
  if (lengths[0] > length) return 'TOO_SHORT';
  if (lengths[lengths.length - 1] < length) return 'TOO_LONG';
  return lengths.indexOf(length, 1) >= 0 ? undefined : 'INVALID_LENGTH';
}

// ---- As-you-type formatting: here, with the code it calls, for the same reason as
// `checkWithRules` (`phone.ts` hands each call over once the rules are loaded). ----

/** One as-you-type formatter per country, reset for each call: building one sets up its classes and rules anew. */
const formatters = new Map<string, AsYouType>();
/** The rules the formatters were made with. */
let formattersOf: MetadataJson | undefined;

function formatterFor(country: CountryCode | undefined, metadata: MetadataJson): AsYouType {
  if (formattersOf !== metadata) {
    formattersOf = metadata;
    formatters.clear();
  }
  const key = country ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new AsYouType(country, metadata);
    formatters.set(key, formatter);
  } else {
    formatter.reset();
  }
  return formatter;
}

/** Formats a partly typed number the way the person's country writes it. */
export function formatAsYouType(input: string, country: CountryCode | undefined, metadata: MetadataJson): string {
  return formatterFor(country, metadata).input(input);
}

/**
 * Under four digits (no +) a country's pattern is mostly guessing ("123" in the US reads as
 * trunk 1 + "23", so "1 23"), and a number that regroups after every key is harder to type
 * than plain digits (issue 12, item 9): such text is left as typed.
 */
function leftAsTyped(input: string): boolean {
  if (input.trim().startsWith('+')) return false;
  return (input.match(ANY_DIGIT)?.length ?? 0) < 4;
}
const ANY_DIGIT = /\p{Nd}/gu;

/** Formats as typed, but only once it helps (see `leftAsTyped`). The whole text, from scratch. */
export function formatTyped(input: string, country: CountryCode | undefined, metadata: MetadataJson): string {
  return leftAsTyped(input) ? input : formatAsYouType(input, country, metadata);
}

/** Text whose as-you-type formatting depends only on its digits and a leading `+`: digits, a `+`, spaces and the marks formats use. */
const PLAIN_NUMBER_TEXT = /^\s*\+?[0-9\s().\-/]*$/;

/**
 * One field's as-you-type formatting (issue 16, the keystroke target): `formatTyped`, plus
 * a short memory, so that a Backspace (or any cut) at the end gives back what the field
 * showed for those digits before, with no formatting at all.
 *
 * Typing on at the end still formats the whole text. Feeding libphonenumber-js's
 * `AsYouType` only the new digits was tried and is not the same: its result depends on how
 * the digits arrived (typed one by one, "+992 898" stays "+992 898"; formatted whole, it
 * is "+992 89 8"; Indian "1899 127 901 0" against "18991279010"), and a person must see
 * the same text however they got there. Formatted whole it depends on the digits only, and
 * it costs about 5 µs a key on a laptop (less than a thousandth of a keystroke's cost).
 * The result is always exactly `formatTyped(typed, country)` (property test in phone.test.ts).
 */
export class TypingFormatter {
  /** The rules and the country the memory was made with. */
  #rules: MetadataJson | undefined;
  #country: CountryCode | undefined;
  /** The text last returned, and what was returned for each number typed (`+` and digits). */
  #last: string | undefined;
  #history = new Map<string, string>();

  /** The field's text, formatted as `formatTyped` would. */
  format(typed: string, country: CountryCode | undefined, metadata: MetadataJson): string {
    if (this.#rules !== metadata || this.#country !== country) {
      this.#rules = metadata;
      this.#country = country;
      this.#history.clear();
    }
    const last = this.#last;
    const plain = PLAIN_NUMBER_TEXT.test(typed);
    if (plain && last !== undefined && typed.length < last.length && last.startsWith(typed) && !leftAsTyped(typed)) {
      const earlier = this.#history.get(numberKey(typed));
      if (earlier !== undefined) return (this.#last = earlier);
    }
    const text = formatTyped(typed, country, metadata);
    if (plain && !leftAsTyped(typed)) {
      if (this.#history.size > 64) this.#history.clear();
      this.#history.set(numberKey(typed), text);
    }
    return (this.#last = text);
  }

  /** The field shows `text`, not formatted (an edit in the middle). */
  shows(text: string): void {
    this.#last = text;
  }
}

/** What formatting a plain number text depends on: its `+` and its digits. */
function numberKey(text: string): string {
  return text.replace(/[^0-9+]/g, '');
}

/** The country a `+` number belongs to, to keep the country picker in step with typing. */
export function countryOfNumber(input: string, metadata: MetadataJson): CountryCode | undefined {
  const formatter = formatterFor(undefined, metadata);
  formatter.input(input);
  return formatter.getCountry();
}
