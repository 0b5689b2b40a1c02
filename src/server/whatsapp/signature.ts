/**
 * Is a webhook really from Meta? The two checks of the WhatsApp Cloud API webhook: the
 * `X-Hub-Signature-256` of every POST, and the verification handshake of the GET Meta sends
 * when the webhook is set up. Web Crypto only (no `node:crypto`): this file is part of the
 * portable entry `wa-optin/server/handler` (Workers, edge functions).
 *
 * A stop that anyone could forge would let a stranger withdraw a person's consent, and a
 * forged "resume" would put them back on a list they left (R9): nothing in a body counts
 * until its signature is checked, and that check comes before any parsing.
 */

const encoder = new TextEncoder();

/**
 * Compares two byte strings without an early exit, so the time taken says nothing about
 * where they differ. The loop runs over `expected` (a secret's fixed length), never over
 * the caller's input.
 */
export function constantTimeEqual(expected: Uint8Array, actual: Uint8Array): boolean {
  let difference = expected.length ^ actual.length;
  for (let i = 0; i < expected.length; i++) difference |= expected[i] ^ (actual[i] ?? 0);
  return difference === 0;
}

const SIGNATURE = /^sha256=([0-9a-f]{64})$/i;

function hexBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * Checks `X-Hub-Signature-256` (`sha256=` + the hex HMAC-SHA256 of the raw body under the
 * app secret). Call it with the body's exact bytes, before `JSON.parse`: a body re-serialised
 * after parsing no longer matches what Meta signed.
 *
 * @param rawBody the request body exactly as received
 * @param header the `X-Hub-Signature-256` header, or `null` when absent
 * @param appSecret the Meta app's secret (`WHATSAPP_APP_SECRET`); an empty secret verifies nothing
 * @returns `true` only for a well-formed header whose HMAC matches, compared in constant time
 */
export async function verifyWebhookSignature(rawBody: Uint8Array, header: string | null, appSecret: string): Promise<boolean> {
  // An HMAC under an empty key is one anybody can compute: treat it as no secret at all.
  if (!appSecret || !header) return false;
  const match = SIGNATURE.exec(header.trim());
  if (!match) return false;
  const key = await crypto.subtle.importKey('raw', encoder.encode(appSecret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const expected = new Uint8Array(await crypto.subtle.sign('HMAC', key, rawBody as Uint8Array<ArrayBuffer>));
  return constantTimeEqual(expected, hexBytes(match[1]));
}

/**
 * What Meta sends as `hub.challenge`: an integer today. Only URL-safe tokens are echoed
 * back, so the answer can never carry markup, whatever content type a proxy gives it.
 */
const CHALLENGE = /^[A-Za-z0-9._~-]{1,256}$/;

/**
 * Meta's verification handshake (`GET …?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`).
 *
 * @param searchParams the GET request's query
 * @param verifyToken the token configured with Meta (`WHATSAPP_VERIFY_TOKEN`); empty never verifies
 * @returns the challenge to answer as `text/plain` 200, or `null`: answer 403
 */
export function verifyHandshake(searchParams: URLSearchParams, verifyToken: string): string | null {
  const challenge = searchParams.get('hub.challenge');
  const token = searchParams.get('hub.verify_token');
  if (!verifyToken || searchParams.get('hub.mode') !== 'subscribe' || token === null || challenge === null) return null;
  if (!constantTimeEqual(encoder.encode(verifyToken), encoder.encode(token))) return null;
  return CHALLENGE.test(challenge) ? challenge : null;
}
