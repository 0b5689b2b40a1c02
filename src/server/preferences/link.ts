/**
 * Preference links: a personal URL a business puts in its messages so a person can see and
 * change what they receive in one tap, with no login and no typing their number (issue 13
 * §2, R9: withdrawing as easy as consenting).
 *
 * The token is the authority. It is sealed, not just signed: AES-256-GCM under a key derived
 * (HKDF-SHA-256) from the link secret, so the number never appears in the URL, not even
 * encoded, and changing any byte makes it fail. Web Crypto only: this file is part of the
 * portable entry `wa-optin/server/handler`.
 *
 * Token: `v1.` + base64url(12-byte IV ‖ ciphertext ‖ 16-byte tag), about 75 characters for
 * a mobile number. The sealed text is `<expiry in Unix seconds>\n<phone>\n<subscriber key>`.
 */

const VERSION = 'v1';
const PREFIX = `${VERSION}.`;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Longer than any token this code makes (two 16-digit numbers): junk is refused before any crypto. */
const LONGEST_TOKEN = 256;
/** A link secret shorter than this is a configuration mistake (`openssl rand -hex 32` gives 64). */
export const MIN_LINK_SECRET_LENGTH = 32;

const E164 = /^\+[1-9]\d{6,14}$/;
const encoder = new TextEncoder();

export interface PreferenceLinkOptions {
  /** The person's number in E.164, as the opt-in stored it (e.g. `+5511981234567`). */
  phone: string;
  /** Where the receiver's routes live, e.g. `https://shop.example/api`; `/preferences?t=…` is added. */
  baseUrl: string;
  /** The link secret (`WA_OPTIN_LINK_SECRET`), at least 32 characters. */
  secret: string;
  /** How long the link works, in seconds (e.g. `30 * 24 * 3600`). */
  expiresIn: number;
  /**
   * The canonical subscriber key of `phone` (core's `subscriberKey`), or the function that
   * makes it. The receiver passes it so that the page finds the person whichever form of
   * their number (Brazil's ninth digit …) the events were stored under. Default: the number.
   */
  subscriberKey?: string | ((phone: string) => string);
  /** The time the link is made; default now. */
  now?: Date;
}

export type PreferenceTokenCheck =
  | { ok: true; subscriberKey: string; phone: string; expiresAt: Date }
  | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' };

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  // One encoding per token: trailing bits that re-encode differently are a changed token.
  return base64url(bytes) === text ? bytes : null;
}

const keys = new Map<string, Promise<CryptoKey>>();

/** The AES key for a secret, derived once per secret (HKDF: the secret may be any text). */
function sealingKey(secret: string): Promise<CryptoKey> {
  if (typeof secret !== 'string' || secret.length < MIN_LINK_SECRET_LENGTH) {
    throw new Error(`wa-optin: the preference link secret must be at least ${MIN_LINK_SECRET_LENGTH} characters (e.g. openssl rand -hex 32)`);
  }
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle
      .importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveKey'])
      .then((material) =>
        crypto.subtle.deriveKey(
          { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode('wa-optin preference link'), info: encoder.encode(`${VERSION} AES-GCM`) },
          material,
          { name: 'AES-GCM', length: 256 },
          false,
          ['encrypt', 'decrypt'],
        ),
      );
    if (keys.size > 16) keys.clear(); // a handful of secrets at most (rotation); never unbounded
    keys.set(secret, key);
  }
  return key;
}

/**
 * Makes a person's preference link: `<baseUrl>/preferences?t=<token>`.
 * @throws Error for a number not in E.164, a base URL that is not http(s) or carries a query,
 *   a non-positive `expiresIn`, or a secret shorter than 32 characters
 */
export async function createPreferenceLink(options: PreferenceLinkOptions): Promise<string> {
  const { phone, baseUrl, secret, expiresIn, now = new Date() } = options;
  if (typeof phone !== 'string' || !E164.test(phone)) throw new Error('wa-optin: a preference link needs the number in E.164 form (+<country code><number>)');
  if (!(Number.isFinite(expiresIn) && expiresIn > 0)) throw new Error('wa-optin: expiresIn must be a positive number of seconds');
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`wa-optin: baseUrl ${JSON.stringify(baseUrl)} is not a URL`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash) throw new Error('wa-optin: baseUrl must be an http(s) URL without a query or fragment');
  const key = typeof options.subscriberKey === 'function' ? options.subscriberKey(phone) : (options.subscriberKey ?? phone);
  if (typeof key !== 'string' || !key || /\n/.test(key)) throw new Error('wa-optin: the subscriber key must be a non-empty single-line string');

  const expiresAt = Math.floor(now.getTime() / 1000 + expiresIn);
  // The key is left out when it is the number itself: a shorter URL, the same meaning.
  const sealed = encoder.encode(`${expiresAt}\n${phone}\n${key === phone ? '' : key}`);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(VERSION) }, await sealingKey(secret), sealed),
  );
  const token = `${PREFIX}${base64url(new Uint8Array([...iv, ...ciphertext]))}`;
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/preferences`;
  url.searchParams.set('t', token);
  return url.toString();
}

/**
 * Opens a token from a preference link. Never throws for a bad token (any string, any
 * length); throws only when `secret` itself is unusable (a configuration mistake).
 * @returns the person it names and until when, or why it is refused: `malformed` (not a
 *   token), `bad-signature` (changed, or made with another secret), `expired`
 */
export async function verifyPreferenceToken(token: string, secret: string, now: Date = new Date()): Promise<PreferenceTokenCheck> {
  const key = await sealingKey(secret);
  if (typeof token !== 'string' || token.length > LONGEST_TOKEN || !token.startsWith(PREFIX)) return { ok: false, reason: 'malformed' };
  const bytes = fromBase64url(token.slice(PREFIX.length));
  if (!bytes || bytes.length < IV_BYTES + TAG_BYTES + 1) return { ok: false, reason: 'malformed' };
  let plain: string;
  try {
    const opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.slice(0, IV_BYTES), additionalData: encoder.encode(VERSION) },
      key,
      bytes.slice(IV_BYTES),
    );
    plain = new TextDecoder('utf-8', { fatal: true }).decode(opened);
  } catch {
    return { ok: false, reason: 'bad-signature' };
  }
  const [expiry, phone, storedKey, ...rest] = plain.split('\n');
  if (rest.length || !/^\d{1,12}$/.test(expiry ?? '') || !E164.test(phone ?? '') || storedKey === undefined) return { ok: false, reason: 'malformed' };
  const expiresAt = new Date(Number(expiry) * 1000);
  if (now.getTime() >= expiresAt.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, subscriberKey: storedKey || phone, phone, expiresAt };
}
