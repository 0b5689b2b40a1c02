import { WIDGET_VERSION } from './version.js';
import type { Wording } from './wording.js';

/**
 * One opt-in as the person gave it. The JSON Schema `consent-record.schema.json` beside
 * this file is the contract with the receiver; a test checks every record the widget
 * sends against it.
 */
export interface ConsentRecord {
  id: string;
  channel: 'whatsapp';
  phone: string;
  phoneVerified: boolean;
  topics: string[];
  business: string;
  wording: string;
  wordingVersion?: string;
  locale: string;
  source: string;
  pageUrl: string | null;
  consentedAt: string;
  widgetVersion: string;
}

export interface ConsentRecordInput {
  phone: string;
  phoneVerified: boolean;
  topics: readonly string[];
  business: string;
  wording: Wording;
  source: string;
  /** The page's URL; query and fragment are dropped unless `keepQuery`. */
  pageUrl?: string | null;
  keepQuery?: boolean;
  now?: Date;
}

/** A v4 UUID. `crypto.randomUUID` exists only on secure pages; plain-http shops still get one. */
export function newRecordId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The page a record names. Query strings often carry e-mail addresses, tokens or order
 * numbers, so by default only origin and path are kept (data minimisation); campaigns
 * that need `?utm_…` set `keepQuery`.
 */
export function recordPageUrl(href: string | null | undefined, keepQuery = false): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  // Only a web page is a page: a `javascript:`, `data:`, `file:` or `about:` "page" names
  // nothing a business or an auditor can open, and receivers refuse it (issue 12, item 6).
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.hash = '';
  // Credentials in an address are never proof of anything, and never ours to keep.
  url.username = '';
  url.password = '';
  if (!keepQuery) url.search = '';
  // The schema's limit; a longer address loses its query, then its path, never its site.
  if (url.href.length > PAGE_URL_MAX_LENGTH) url.search = '';
  if (url.href.length > PAGE_URL_MAX_LENGTH) url.pathname = '/';
  return url.href;
}

/** `pageUrl`'s maxLength in consent-record.schema.json. */
const PAGE_URL_MAX_LENGTH = 2048;

/** Source names are ids in reports: lower-case, no spaces. */
export function normaliseSource(source: string | null | undefined, fallback: string): string {
  const cleaned = (source ?? '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_.:-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 64);
  return cleaned || fallback;
}

export function createConsentRecord(input: ConsentRecordInput): ConsentRecord {
  return {
    id: newRecordId(),
    channel: 'whatsapp',
    phone: input.phone,
    phoneVerified: input.phoneVerified,
    topics: [...input.topics],
    business: input.business.trim(),
    wording: input.wording.text,
    wordingVersion: input.wording.version,
    locale: input.wording.locale,
    source: input.source,
    pageUrl: recordPageUrl(input.pageUrl, input.keepQuery),
    consentedAt: (input.now ?? new Date()).toISOString(),
    widgetVersion: WIDGET_VERSION,
  };
}
