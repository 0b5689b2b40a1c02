import { exportHeader, exportLine, type ExportFormat } from '../export-format.js';
import { IpRateLimiter, type RateLimit } from './rate-limit.js';
import { consentStatus } from '../store/status.js';
import { sha256Hex, type ConsentEvent, type ConsentStore, type Receipt } from '../store/store.js';
import { checkConsentRecord, checkOptOut, DEFAULT_TOPICS, normaliseOptOutPhone, serverPhoneRulesReady, type RecordRules } from '../validate.js';

export interface ReceiverOptions {
  store: ConsentStore;
  /**
   * Origins whose pages may post from the browser (`https://shop.example`), or `*`. The
   * receiver's own origin is always allowed; requests without an Origin header (servers,
   * curl) are not a CORS matter and pass.
   */
  allowedOrigins?: readonly string[];
  /** Bearer token for `/status` and `/export`; without it those routes stay off. */
  adminToken?: string;
  /** Server-to-server callers (IVR, SMS, ATM, app backends): name → key, sent as a Bearer token. */
  apiKeys?: Readonly<Record<string, string>>;
  /** Topic ids records may name. Default: the ids the built-in wording has labels for. */
  topics?: readonly string[];
  /** Accept topic ids outside `topics` too (still checked against the schema's pattern). */
  allowUnknownTopics?: boolean;
  /** Business names records may name; default: any. */
  businesses?: readonly string[];
  /**
   * Whether the client's IP is stored with each event. Off by default (data minimisation);
   * `{ hashSalt }` stores a salted SHA-256 that can match a known IP but not reveal one.
   */
  clientIp?: 'off' | 'plain' | { hashSalt: string };
  /** Largest accepted body in bytes; default 16 KiB (a record is under 3). */
  maxBodyBytes?: number;
  /** Per-IP limit for callers without a key or token; default 60 requests per minute. `false` turns it off. */
  rateLimit?: RateLimit | false;
  /** Path prefix the routes live under, e.g. `/api`; default none. */
  basePath?: string;
}

export interface RequestContext {
  /** The caller's IP as the host server saw it (the Node adapter fills it in). */
  clientIp?: string;
}

export interface ConsentReceiver {
  /** Web-standard entry point: every request gets a Response, errors included. */
  handle(request: Request, context?: RequestContext): Promise<Response>;
  /** Whether a path is one of the receiver's routes (for middleware that passes the rest on). */
  handles(pathname: string): boolean;
}

type Role = 'admin' | `api-key:${string}` | null;

interface Call {
  request: Request;
  url: URL;
  role: Role;
  clientIp: string | undefined;
  /** Headers of the answer, CORS already decided. */
  responseHeaders: Headers;
}

/** The error body every failure has: a short stable code and a sentence a person can act on. */
export class ReceiverError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extraHeaders: Record<string, string> = {},
    readonly details?: string[],
  ) {
    super(message);
  }
}

const ROUTES = {
  '/consent': 'POST',
  '/opt-out': 'POST',
  '/status': 'GET',
  '/export': 'GET',
} as const;
type RoutePath = keyof typeof ROUTES;

const ALLOWED_HEADERS = 'Content-Type, Idempotency-Key, Authorization';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function json(status: number, body: unknown, headers: Headers): Response {
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { status, headers });
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

async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ReceiverError(415, 'unsupported-media-type', 'Send the body as JSON, with the header Content-Type: application/json.');
  }
  const tooLarge = () =>
    new ReceiverError(413, 'body-too-large', `The body is larger than ${maxBytes} bytes; a consent record is far smaller.`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  // Content-Length may be absent (chunked) or wrong: count what actually arrives.
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ReceiverError(400, 'malformed-json', 'The body is not valid JSON.');
  }
}

/** `2026-01-31` or a full ISO 8601 time; a bare date as `to` means the end of that day. */
function parseTimeBound(value: string | null, name: 'from' | 'to'): Date | undefined {
  if (!value) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const time = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(time.getTime())) {
    throw new ReceiverError(400, 'invalid-query', `${name} must be an ISO 8601 date or time, e.g. 2026-01-31 or 2026-01-31T12:00:00Z.`);
  }
  if (dateOnly && name === 'to') time.setUTCDate(time.getUTCDate() + 1);
  return time;
}

/** In a query string an unencoded `+` arrives as a space: `?phone=+5511…` still means +55. */
function phoneFromQuery(value: string | null): string {
  const raw = value ?? '';
  const phone = normaliseOptOutPhone(/^ \d/.test(raw) ? `+${raw.slice(1)}` : raw);
  if (!phone) throw new ReceiverError(400, 'invalid-query', 'phone must be a number in +<country code><number> form, e.g. phone=%2B5511912345678.');
  return phone;
}

export function createConsentReceiver(options: ReceiverOptions): ConsentReceiver {
  const { store } = options;
  const basePath = (options.basePath ?? '').replace(/\/$/, '');
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  const allowedOrigins = new Set(options.allowedOrigins ?? []);
  const limiter = options.rateLimit === false ? null : new IpRateLimiter(options.rateLimit ?? { requests: 60, perSeconds: 60 });
  const rules: RecordRules = {
    topics: options.allowUnknownTopics ? null : new Set(options.topics ?? DEFAULT_TOPICS),
    businesses: options.businesses ?? null,
  };
  const secrets = Promise.all([
    ...(options.adminToken ? [digest(options.adminToken).then((d) => ['admin', d] as const)] : []),
    ...Object.entries(options.apiKeys ?? {}).map(([name, key]) => digest(key).then((d) => [`api-key:${name}`, d] as const)),
  ]);
  const ready = serverPhoneRulesReady();

  const routeOf = (pathname: string): RoutePath | undefined => {
    if (!pathname.startsWith(basePath)) return undefined;
    const path = pathname.slice(basePath.length);
    return Object.hasOwn(ROUTES, path) ? (path as RoutePath) : undefined;
  };

  async function identify(request: Request): Promise<Role> {
    const header = request.headers.get('authorization');
    if (!header) return null;
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    const given = await digest(token ?? '');
    let role: Role = null;
    for (const [name, expected] of await secrets) {
      if (sameDigest(given, expected) && token) role = name as Role;
    }
    // A wrong key must be loud: silently treating the caller as a browser would hide the mistake.
    if (!role) throw new ReceiverError(401, 'unauthorized', 'The Authorization bearer token is not a valid admin token or API key.');
    return role;
  }

  async function receipt(call: Call): Promise<Receipt> {
    const mode = options.clientIp ?? 'off';
    const ip = call.clientIp ?? null;
    return {
      receivedAt: new Date(),
      via: call.role ?? 'browser',
      origin: call.request.headers.get('origin'),
      userAgent: call.request.headers.get('user-agent'),
      clientIp: !ip || mode === 'off' ? null : mode === 'plain' ? ip : `sha256:${await sha256Hex(`${mode.hashSalt}${ip}`)}`,
    };
  }

  async function save(event: ConsentEvent, call: Call, id: string): Promise<Response> {
    let outcome;
    try {
      outcome = await store.save(event, await receipt(call));
    } catch (error) {
      console.error('wa-optin: could not store a consent event', error);
      throw new ReceiverError(503, 'store-unavailable', 'The consent could not be stored just now; please try again.');
    }
    if (outcome === 'conflict') {
      throw new ReceiverError(409, 'id-conflict', `A different ${event.kind} with the id ${id} is already stored; a new one needs a new id.`);
    }
    return json(outcome === 'created' ? 201 : 200, { id, kind: event.kind, stored: outcome === 'created' }, call.responseHeaders);
  }

  function requireAdmin(call: Call): void {
    if (!options.adminToken) {
      throw new ReceiverError(403, 'admin-disabled', 'This receiver has no admin token configured, so /status and /export are off.');
    }
    if (call.role !== 'admin') {
      throw new ReceiverError(401, 'unauthorized', 'This route needs the admin token: Authorization: Bearer <token>.', {
        'WWW-Authenticate': 'Bearer',
      });
    }
  }

  const routes: Record<RoutePath, (call: Call) => Promise<Response>> = {
    async '/consent'(call) {
      const body = await readJsonBody(call.request, maxBodyBytes);
      await ready;
      const checked = checkConsentRecord(body, rules);
      if (!checked.ok) {
        throw new ReceiverError(422, 'invalid-record', `The consent record was refused: ${checked.problems.join('; ')}.`, {}, checked.problems);
      }
      const record = checked.value;
      const key = call.request.headers.get('idempotency-key');
      if (key && key !== record.id) {
        throw new ReceiverError(400, 'idempotency-key-mismatch', 'The Idempotency-Key header must equal the record id.');
      }
      if (record.pageUrl === null && !call.role) {
        throw new ReceiverError(401, 'api-key-required', 'A record collected off the web (pageUrl null) must be sent with an API key.', {
          'WWW-Authenticate': 'Bearer',
        });
      }
      return save({ kind: 'opt-in', record }, call, record.id);
    },

    async '/opt-out'(call) {
      const body = await readJsonBody(call.request, maxBodyBytes);
      await ready;
      const key = call.request.headers.get('idempotency-key');
      const checked = checkOptOut(body, key && UUID.test(key) ? key : crypto.randomUUID(), new Date());
      if (!checked.ok) {
        throw new ReceiverError(422, 'invalid-opt-out', `The opt-out was refused: ${checked.problems.join('; ')}.`, {}, checked.problems);
      }
      return save({ kind: 'opt-out', optOut: checked.value }, call, checked.value.id);
    },

    async '/status'(call) {
      requireAdmin(call);
      await ready;
      const phone = phoneFromQuery(call.url.searchParams.get('phone'));
      const topic = call.url.searchParams.get('topic');
      const status = consentStatus(await store.eventsForPhone(phone));
      return json(200, { phone, ...(topic ? { topic, allowed: status.topics[topic]?.allowed ?? false } : {}), ...status }, call.responseHeaders);
    },

    async '/export'(call) {
      requireAdmin(call);
      const params = call.url.searchParams;
      const format = (params.get('format') ?? 'csv') as ExportFormat;
      if (format !== 'csv' && format !== 'jsonl') {
        throw new ReceiverError(400, 'invalid-query', 'format must be csv or jsonl.');
      }
      const range = { from: parseTimeBound(params.get('from'), 'from'), to: parseTimeBound(params.get('to'), 'to') };
      const events = store.events(range)[Symbol.asyncIterator]();
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode(exportHeader(format)));
        },
        // Pulled as the client reads: a slow download holds one batch, not the whole table.
        // Lines go out in chunks of about 64 KiB rather than one write per event.
        async pull(controller) {
          let chunk = '';
          while (chunk.length < 65_536) {
            const next = await events.next();
            if (next.done) {
              if (chunk) controller.enqueue(encoder.encode(chunk));
              controller.close();
              return;
            }
            chunk += exportLine(next.value, format);
          }
          controller.enqueue(encoder.encode(chunk));
        },
        async cancel() {
          await events.return?.();
        },
      });
      call.responseHeaders.set('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
      call.responseHeaders.set('Content-Disposition', `attachment; filename="wa-optin-consents.${format}"`);
      return new Response(body, { status: 200, headers: call.responseHeaders });
    },
  };

  const refusedOrigins = new Set<string>();

  async function handle(request: Request, context: RequestContext = {}): Promise<Response> {
    const url = new URL(request.url);
    const headers = new Headers({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', Vary: 'Origin' });
    try {
      const path = routeOf(url.pathname);
      if (!path) throw new ReceiverError(404, 'not-found', `There is nothing at ${url.pathname}.`);
      const origin = request.headers.get('origin');
      if (origin) {
        if (!allowedOrigins.has('*') && !allowedOrigins.has(origin) && origin !== url.origin) {
          // The browser hides this 403 behind a CORS error; say it here, once per origin.
          if (!refusedOrigins.has(origin) && refusedOrigins.size < 100) {
            refusedOrigins.add(origin);
            console.warn(`wa-optin: refused pages on ${origin}: not an allowed origin (wa-optin-server --allow-origin ${origin})`);
          }
          throw new ReceiverError(403, 'origin-not-allowed', `Pages on ${origin} may not send to this receiver; add the origin to its allowed origins.`);
        }
        headers.set('Access-Control-Allow-Origin', origin);
      }
      if (request.method === 'OPTIONS') {
        headers.set('Access-Control-Allow-Methods', `${ROUTES[path]}, OPTIONS`);
        headers.set('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        headers.set('Access-Control-Max-Age', '600');
        return new Response(null, { status: 204, headers });
      }
      if (request.method !== ROUTES[path]) {
        throw new ReceiverError(405, 'method-not-allowed', `${path} takes ${ROUTES[path]} only.`, { Allow: `${ROUTES[path]}, OPTIONS` });
      }
      // A wrong token counts against the rate limit too, so keys cannot be guessed at speed.
      const role = await identify(request).catch((error: unknown) => error as ReceiverError);
      if (!(typeof role === 'string') && limiter) {
        const wait = limiter.take(context.clientIp ?? 'unknown');
        if (wait) {
          throw new ReceiverError(429, 'rate-limited', `Too many requests from this address; try again in ${wait} s.`, {
            'Retry-After': String(wait),
          });
        }
      }
      if (role instanceof ReceiverError) throw role;
      return await routes[path]({ request, url, role, clientIp: context.clientIp, responseHeaders: headers });
    } catch (error) {
      if (!(error instanceof ReceiverError)) {
        console.error('wa-optin: receiver failed', error);
        return json(500, { error: 'internal', message: 'The receiver failed unexpectedly; please try again.' }, headers);
      }
      for (const [name, value] of Object.entries(error.extraHeaders)) headers.set(name, value);
      return json(error.status, { error: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) }, headers);
    }
  }

  return { handle, handles: (pathname) => routeOf(pathname) !== undefined };
}
