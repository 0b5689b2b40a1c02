import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { MetadataJson } from 'libphonenumber-js/core';
import { en } from '../core/locales.js';
import { checkPhone, phoneRulesReady, readPhoneText, setPhoneMetadataLoader } from '../core/phone.js';
import type { ConsentRecord } from '../core/record.js';
// The contract the widget is tested against (src/core/consent-record.schema.json) and the
// opt-out's (./opt-out.schema.json), compiled ahead of time by scripts/build-validators.mjs:
// compiling at import needs eval, which Workers and edge runtimes refuse (issue 12, item 11).
import { validateConsentRecord, validateOptOut } from './generated/validators.js';
import type { OptOut } from './store/store.js';

const validateRecordShape = validateConsentRecord as ValidateFunction<ConsentRecord>;
const validateOptOutShape = validateOptOut as ValidateFunction<
  Omit<OptOut, 'topics' | 'id' | 'at' | 'phone' | 'userId'> & { phone: string; id?: string; topics?: string[]; at?: string }
>;

/** The topic ids the built-in wording has labels for: the receiver's topics when none are configured. */
export const DEFAULT_TOPICS: readonly string[] = Object.keys(en.topics);

let phoneRulesLoaded: Promise<void> | undefined;

/**
 * The server checks numbers with libphonenumber-js's full ("max") rules, stricter than the
 * widget's "min" set: the widget may accept a number of the right length that no operator
 * has been given, the receiver does not.
 */
export function serverPhoneRulesReady(): Promise<void> {
  phoneRulesLoaded ??= (() => {
    setPhoneMetadataLoader(async () => (await import('libphonenumber-js/max/metadata')).default as MetadataJson);
    return phoneRulesReady();
  })();
  return phoneRulesLoaded;
}

export interface RecordRules {
  /** Topic ids a record may name; `null` accepts any id the schema allows. */
  topics: ReadonlySet<string> | null;
  /** Business names a record may name; `null` accepts any. */
  businesses: readonly string[] | null;
  /** How old a record from a caller without a key may be; default 30 days (the outbox's keep time). */
  maxRecordAgeDays?: number;
}

/** Who sent the record, and when it arrived: a caller without a key may claim less (issue 12, item 6). */
export interface RecordSender {
  /** Sent with an API key or the admin token (IVR, ATM, app backends). */
  keyed: boolean;
  now: Date;
}

/** A refusal that an API key would lift: the record comes from off the web and the caller has none. */
export type RecordChecked = Checked<ConsentRecord> | { ok: false; problems: string[]; needsKey: true };

/**
 * Clocks disagree: a phone a few minutes fast still sends an honest record. Past this, a
 * `consentedAt` in the future is a claim, not a clock.
 */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * Bidirectional controls that reorder what is displayed: embeddings and overrides
 * (U+202A–202E) and isolates (U+2066–2069). In proof text they can make a record read
 * differently from what the person saw ("…on WhatsApp" shown reversed, a number shown in
 * another order). LRM, RLM and ALM (U+200E, U+200F, U+061C) stay allowed: they reorder
 * nothing, they only set the direction of neutral characters (digits, punctuation) beside
 * them, and Arabic and Hebrew wording needs them to show "+55 11…" and full stops right.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** The record's text that is proof of what was shown and where (R11). */
const PROOF_FIELDS = ['business', 'wording', 'wordingVersion', 'topics', 'source', 'phone', 'locale', 'pageUrl', 'widgetVersion'] as const;

function bidiProblems(record: ConsentRecord): string[] {
  return PROOF_FIELDS.filter((field) => {
    const value = record[field];
    return (Array.isArray(value) ? value : [value]).some((text) => typeof text === 'string' && BIDI_CONTROL.test(text));
  }).map((field) => `${field} may not contain bidirectional override or isolate characters (U+202A–202E, U+2066–2069): they make the text read differently from what was shown`);
}

/**
 * A page's address as a browser writes it (`location.href`): `http://` or `https://`, a
 * host, no white space or control characters. The URL parser alone is too kind: it reads
 * `https:evil//x` and `\u0001https://x` as web URLs too.
 */
const isWebUrl = (text: string) => {
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (!/^https?:\/\/[^/?#\s]/.test(text) || /[\s\u0000-\u001f\u007f-\u009f]/.test(text)) return false;
  try {
    return new URL(text).hostname !== '';
  } catch {
    return false;
  }
};

/**
 * Times no honest sender claims: in the future beyond clock skew (anyone); older than the
 * widget's outbox keeps a record (callers without a key; a keyed IVR or ATM may backfill).
 */
function claimedTimeProblems(record: ConsentRecord, sender: RecordSender, maxAgeDays: number): string[] {
  const problems: string[] = [];
  const at = Date.parse(record.consentedAt);
  if (at > sender.now.getTime() + CLOCK_SKEW_MS) {
    problems.push(`consentedAt ${record.consentedAt} lies in the future (more than 5 minutes ahead of the receiver's clock)`);
  }
  if (!sender.keyed && at < sender.now.getTime() - maxAgeDays * 86_400_000) {
    problems.push(`consentedAt ${record.consentedAt} is older than ${maxAgeDays} days; older records can only be sent with an API key`);
  }
  return problems;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

function schemaProblems(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const field = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : 'the body';
    if (e.keyword === 'additionalProperties') return `${field} has an unknown field "${String(e.params.additionalProperty)}"`;
    if (e.keyword === 'required') return `${field} is missing "${String(e.params.missingProperty)}"`;
    return `${field} ${e.message ?? 'is not valid'}`;
  });
}

/** A UTF-16 surrogate without its partner: text no UTF-8 column can hold as sent. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text the stores cannot keep exactly as sent, named by field. PostgreSQL text cannot hold
 * U+0000, and a lone surrogate would become U+FFFD in the typed columns while staying raw in
 * the stored body, so the two would disagree (issue 12, item 7). Refused here with a clear
 * message, not by the database as a 503. Walks only what the schema already admitted.
 */
function textProblems(value: unknown, field: string): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return [`${field} may not contain the NUL character (\\u0000)`];
    if (LONE_SURROGATE.test(value)) return [`${field} is not well-formed text (it holds a lone UTF-16 surrogate)`];
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => textProblems(item, `${field}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => textProblems(item, field === 'the body' ? key : `${field}.${key}`));
  }
  return [];
}

function checkShape<T>(validate: ValidateFunction<T>, body: unknown): Checked<T> {
  if (!validate(body)) return { ok: false, problems: schemaProblems(validate.errors) };
  const problems = textProblems(body, 'the body');
  return problems.length ? { ok: false, problems } : { ok: true, value: body };
}

/** Dates the schema's format allows but a database cannot store (year 0) or no opt-in can have. */
function timeProblem(field: string, value: string | undefined): string[] {
  return value !== undefined && !(Date.parse(value) >= Date.UTC(1970, 0, 1)) ? [`${field} must be a time after 1970`] : [];
}

/** Runs of digits written the way numbers are (spaces, dots, dashes, brackets between). */
const NUMBER_RUNS = /\+?\d[\d\s\u00a0\u202f().-]*\d/g;

/**
 * Does the sentence show this number? In international form ("+55 11 91234 5678"), or
 * nationally with or without the trunk 0 ("(11) 91234-5678", "07911 123456").
 */
function wordingShowsNumber(wording: string, e164: string, international: string): boolean {
  const all = e164.slice(1);
  const callingCode = international.split(/\s/)[0].replace('+', '');
  const national = all.slice(callingCode.length);
  return (wording.match(NUMBER_RUNS) ?? [])
    .map((run) => run.replace(/\D/g, ''))
    .some((d) => d === all || d === national || d === `0${national}` || d === `${callingCode}0${national}`);
}

/**
 * A consent record as the receiver accepts it: the shared JSON Schema, the number valid by
 * the full rules and in E.164, the sentence carrying WhatsApp, the business and the number
 * (R3), topics and business as configured, text that reads as it was shown (no lone
 * surrogates, no bidi overrides). A caller without a key (a page) may claim only what a
 * page can: an http(s) `pageUrl` and a `consentedAt` its outbox could still hold; records
 * from off the web need a key (`needsKey`). Call `serverPhoneRulesReady()` first.
 */
export function checkConsentRecord(body: unknown, rules: RecordRules, sender: RecordSender): RecordChecked {
  const shape = checkShape(validateRecordShape, body);
  if (!shape.ok) return shape;
  const record = shape.value;
  const problems = [...timeProblem('consentedAt', record.consentedAt), ...bidiProblems(record)];
  if (record.business.trim() === '') problems.push('business must name the business; it is blank');
  problems.push(...claimedTimeProblems(record, sender, rules.maxRecordAgeDays ?? 30));
  const phone = checkPhone(record.phone);
  if (!phone.ok) problems.push(`phone ${record.phone} is not a valid phone number (${phone.problem})`);
  else if (phone.e164 !== record.phone) problems.push(`phone must be written in E.164 form: ${phone.e164}`);
  if (!record.wording.includes('WhatsApp')) problems.push('wording must contain the word "WhatsApp"');
  if (record.business.trim() && !record.wording.includes(record.business.trim())) problems.push(`wording must name the business "${record.business}"`);
  if (phone.ok && !wordingShowsNumber(record.wording, phone.e164, phone.international)) {
    problems.push(`wording must show the number ${phone.international}`);
  }
  if (rules.businesses && !rules.businesses.includes(record.business)) {
    problems.push(`business "${record.business}" is not one this receiver collects for`);
  }
  const unknown = rules.topics ? record.topics.filter((t) => !rules.topics!.has(t)) : [];
  if (unknown.length) {
    problems.push(`topics ${unknown.join(', ')} unknown here (known: ${[...rules.topics!].join(', ')})`);
  }
  // Only a page says where it was: without a key, a record must come from a web page.
  const offWeb =
    !sender.keyed && (record.pageUrl === null || !isWebUrl(record.pageUrl))
      ? `${record.pageUrl === null ? 'pageUrl is null' : `pageUrl ${JSON.stringify(record.pageUrl)} is not an http(s) URL`}, so the record comes from off the web (source "${record.source}") and needs an API key`
      : undefined;
  if (problems.length) return { ok: false, problems: offWeb ? [...problems, offWeb] : problems };
  if (offWeb) return { ok: false, problems: [offWeb], needsKey: true };
  return { ok: true, value: record };
}

/**
 * "+55 11 91234-5678" → "+5511912345678". A withdrawal must be as easy as the consent was (R9),
 * so a number the full rules refuse but that has the E.164 shape still opts out, as written:
 * a `wa_id` without Brazil's ninth digit (`+551181234567`), with Mexico's old `1`
 * (`+5215512345678`); the subscriber key matches it to the opt-in. Text with letters is
 * refused, never glued into digits (`… ramal 12`). Argentina's `+54 9 <area> 15 <local>`
 * carries two mobile markers at once; read without the 9, the phone rules drop the 15.
 */
export function normaliseOptOutPhone(input: string): string | null {
  const checked = checkPhone(input);
  if (checked.ok) return checked.e164;
  const read = readPhoneText(input);
  if (!read) return null;
  if (read.digits.startsWith('+549')) {
    const withoutNine = checkPhone(`+54${read.digits.slice(4)}`);
    if (withoutNine.ok) return withoutNine.e164;
  }
  return /^\+[1-9]\d{6,14}$/.test(read.digits) ? read.digits : null;
}

/**
 * An opt-out as accepted. A withdrawal must be as easy as the consent was (R9), so the
 * only demands are a number and where the request came from; no topics = all topics.
 */
export function checkOptOut(body: unknown, fallbackId: string, now: Date): Checked<OptOut> {
  const shape = checkShape(validateOptOutShape, body);
  if (!shape.ok) return shape;
  const phone = normaliseOptOutPhone(shape.value.phone);
  const problems = [
    ...(phone ? [] : [`phone ${shape.value.phone} is not a phone number in +<country code><number> form`]),
    ...timeProblem('at', shape.value.at),
  ];
  if (!phone || problems.length) return { ok: false, problems };
  const { topics, id, at, reason, source } = shape.value;
  return {
    ok: true,
    value: {
      id: id ?? fallbackId,
      phone,
      topics: topics?.length ? topics : null,
      source,
      at: at ?? now.toISOString(),
      ...(reason === undefined ? {} : { reason }),
    },
  };
}

/**
 * Problems with text a person was shown and that is stored as proof of it (R11), for texts
 * that come without a consent record around them (the preference page's stop sentence):
 * not blank, at most `maxLength`, well-formed, no NUL, no bidi overrides or isolates.
 */
export function shownTextProblems(text: unknown, field: string, maxLength = 2000): string[] {
  if (typeof text !== 'string' || text.trim() === '') return [`${field} must be the text the person saw; it is missing or blank`];
  if (text.length > maxLength) return [`${field} is longer than ${maxLength} characters`];
  const problems = textProblems(text, field);
  if (BIDI_CONTROL.test(text)) {
    problems.push(`${field} may not contain bidirectional override or isolate characters (U+202A–202E, U+2066–2069): they make the text read differently from what was shown`);
  }
  return problems;
}
