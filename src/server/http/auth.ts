import { ReceiverError } from './errors.js';
import type { Step } from './pipeline.js';

/** Who is calling: the admin, a named server-to-server key, or a page (nobody in particular). */
export type Caller = { kind: 'admin' } | { kind: 'api-key'; name: string } | { kind: 'anonymous' };

/** What a request's credentials prove: a caller, or a refusal to answer with (a wrong token). */
export type Identity = { ok: true; caller: Caller } | { ok: false; refusal: ReceiverError };

export const ANONYMOUS: Caller = { kind: 'anonymous' };

/** How a caller is written in the stored receipt: `browser`, `admin` or `api-key:<name>`. */
export function viaOf(caller: Caller): string {
  return caller.kind === 'anonymous' ? 'browser' : caller.kind === 'admin' ? 'admin' : `api-key:${caller.name}`;
}

/** Compares secrets by their digests, byte by byte without an early exit: timing says nothing about the token. */
function sameDigest(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) difference |= a[i] ^ (b[i] ?? 0);
  return difference === 0;
}

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/**
 * Reads `Authorization: Bearer <token>` against the admin token and the API keys. No header:
 * anonymous. A header that matches nothing is a refusal, never an anonymous caller: silently
 * treating a misconfigured server as a browser would hide the mistake.
 */
export function createIdentifier(secrets: { adminToken?: string; apiKeys?: Readonly<Record<string, string>> }): (request: Request) => Promise<Identity> {
  const known = Promise.all([
    ...(secrets.adminToken ? [digest(secrets.adminToken).then((d) => [{ kind: 'admin' } as Caller, d] as const)] : []),
    ...Object.entries(secrets.apiKeys ?? {}).map(([name, key]) => digest(key).then((d) => [{ kind: 'api-key', name } as Caller, d] as const)),
  ]);
  return async (request) => {
    const header = request.headers.get('authorization');
    if (!header) return { ok: true, caller: ANONYMOUS };
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    const given = await digest(token ?? '');
    let caller: Caller | undefined;
    // Every secret is compared, matched or not: how long this takes says nothing about which.
    for (const [candidate, expected] of await known) {
      if (sameDigest(given, expected) && token) caller = candidate;
    }
    return caller
      ? { ok: true, caller }
      : { ok: false, refusal: new ReceiverError(401, 'unauthorized', 'The Authorization bearer token is not a valid admin token or API key.') };
  };
}

/**
 * The auth step: a wrong token is a 401 here, after the rate limit has charged it (so keys
 * cannot be guessed at speed); a right one names the caller for the routes.
 */
export function authenticate(identityOf: (call: Parameters<Step>[0]) => Promise<Identity>): Step {
  return async (call, next) => {
    const identity = await identityOf(call);
    if (!identity.ok) throw identity.refusal;
    call.caller = identity.caller;
    return next();
  };
}
