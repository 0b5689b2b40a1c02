/**
 * libphonenumber-js's functions (and `checkWithRules`, which calls them), in a module of
 * their own: the largest part of the widget's code (about 74 kB minified), which the first
 * render does not need. `phone.ts` imports it only dynamically, together with the phone
 * rules (one loading path, one ready promise), so a bundler splits it into its own chunk
 * that loads on first focus of the field, when the browser is idle, or on submit (issue 16,
 * item 3). Import it statically nowhere else.
 */
import {
  Metadata,
  ParseError,
  parsePhoneNumberFromString,
  parsePhoneNumberWithError,
  type CountryCode,
  type MetadataJson,
  type PhoneNumber,
} from 'libphonenumber-js/core';
import type { PhoneCheck } from './phone.js';

export { AsYouType, getCountries, getCountryCallingCode, getExampleNumber } from 'libphonenumber-js/core';

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
