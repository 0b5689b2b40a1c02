import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { MetadataJson } from 'libphonenumber-js/core';
// The contract the widget is tested against: one schema for both ends.
import consentRecordSchema from '../core/consent-record.schema.json' with { type: 'json' };
import { en } from '../core/locales.js';
import { checkPhone, phoneRulesReady, readPhoneText, setPhoneMetadataLoader } from '../core/phone.js';
import type { ConsentRecord } from '../core/record.js';
import type { OptOut } from './store/store.js';

const optOutSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'OptOut',
  type: 'object',
  additionalProperties: false,
  required: ['phone', 'source'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    phone: { type: 'string', minLength: 1, maxLength: 32 },
    topics: {
      type: 'array',
      maxItems: 32,
      uniqueItems: true,
      items: { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]{0,63}$' },
    },
    source: { type: 'string', pattern: '^[a-z0-9][a-z0-9_.:-]{0,63}$' },
    reason: { type: 'string', maxLength: 200 },
    at: { type: 'string', format: 'date-time', pattern: 'Z$' },
  },
} as const;

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateRecordShape = ajv.compile<ConsentRecord>(consentRecordSchema);
const validateOptOutShape = ajv.compile<Omit<OptOut, 'topics' | 'id' | 'at'> & { id?: string; topics?: string[]; at?: string }>(
  optOutSchema,
);

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

/** PostgreSQL text cannot hold U+0000: refused here with a clear message, not by the database as a 503. */
function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value && typeof value === 'object') return Object.values(value).some(hasNul);
  return false;
}

function checkShape<T>(validate: ValidateFunction<T>, body: unknown): Checked<T> {
  if (!validate(body)) return { ok: false, problems: schemaProblems(validate.errors) };
  if (hasNul(body)) return { ok: false, problems: ['text fields may not contain the NUL character (\\u0000)'] };
  return { ok: true, value: body };
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
 * (R3), topics and business as configured. Call `serverPhoneRulesReady()` first.
 */
export function checkConsentRecord(body: unknown, rules: RecordRules): Checked<ConsentRecord> {
  const shape = checkShape(validateRecordShape, body);
  if (!shape.ok) return shape;
  const record = shape.value;
  const problems = timeProblem('consentedAt', record.consentedAt);
  const phone = checkPhone(record.phone);
  if (!phone.ok) problems.push(`phone ${record.phone} is not a valid phone number (${phone.problem})`);
  else if (phone.e164 !== record.phone) problems.push(`phone must be written in E.164 form: ${phone.e164}`);
  if (!record.wording.includes('WhatsApp')) problems.push('wording must contain the word "WhatsApp"');
  if (!record.wording.includes(record.business.trim())) problems.push(`wording must name the business "${record.business}"`);
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
  return problems.length ? { ok: false, problems } : { ok: true, value: record };
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
