import { DEFAULT_TOPICS } from '../validate.js';
import { ANONYMOUS, authenticate, createIdentifier, type Identity } from './auth.js';
import { adminRoutes } from './admin-routes.js';
import { consentRoutes } from './consent-routes.js';
import { proofRoutes } from './proof-routes.js';
import { whatsappRoutes, type WhatsAppWebhookOptions } from './whatsapp-routes.js';
import { originPolicy } from './cors.js';
import { errorResponse, ReceiverError } from './errors.js';
import { chain, type Call, type Step } from './pipeline.js';
import { IpRateLimiter, rateLimit, type RateLimit } from './rate-limit.js';
import { preferenceRoutes, type PreferenceLinkSettings } from './preference-routes.js';
import { dispatch, routeTable } from './routes.js';
import { pageAssetRoutes, type PageAssets } from '../pages/assets.js';
import type { ConsentStore } from '../store/store.js';

export { ReceiverError } from './errors.js';

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
  /**
   * How old a record from a caller without a key may be, in days; default 30, as long as the
   * widget's outbox keeps an undelivered record. Callers with an API key may send older ones
   * (an ATM or IVR backfilling its log).
   */
  maxRecordAgeDays?: number;
  /** Path prefix the routes live under, e.g. `/api`; default none. */
  basePath?: string;
  /**
   * The WhatsApp Cloud API webhook (`/webhooks/whatsapp`). Off (404) unless `appSecret` is
   * set: it never accepts an unsigned body.
   */
  whatsapp?: WhatsAppWebhookOptions;
  /**
   * Personal preference links (`WA_OPTIN_LINK_SECRET`): turns on the preference page
   * (`GET /preferences?t=…`, its state and changes) and `POST /links`. Without it those
   * routes are off (404).
   */
  preferenceLinks?: PreferenceLinkSettings;
  /**
   * Reads the built page scripts (`preferences.js`, `admin.js`, `shared.js` of dist/pages/)
   * for `GET /pages/<name>` and the two pages. The Node entry's `nodePageAssets()` reads the
   * package's own; without it (or without the files) the pages answer 503 saying how to build them.
   */
  pageAssets?: PageAssets;
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

/**
 * The receiver: a short chain of steps, each in its own file and tested alone —
 * known path (404) → origin policy and preflight (cors.ts) → rate limit (rate-limit.ts) →
 * auth (auth.ts) → the route table (routes.ts), whose handlers read the body (body.ts) and
 * validate it (../validate.ts). A new endpoint is a new row in the route table.
 */
export function createConsentReceiver(options: ReceiverOptions): ConsentReceiver {
  const { store, pageAssets: assets, preferenceLinks: links } = options;
  const rules = {
    topics: options.allowUnknownTopics ? null : new Set(options.topics ?? DEFAULT_TOPICS),
    businesses: options.businesses ?? null,
    maxRecordAgeDays: options.maxRecordAgeDays ?? 30,
  };
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  const basePath = (options.basePath ?? '').replace(/\/$/, '');
  const limiter = options.rateLimit === false ? null : new IpRateLimiter(options.rateLimit ?? { requests: 60, perSeconds: 60 });
  const table = routeTable(
    [
      ...consentRoutes({ store, rules, maxBodyBytes, clientIp: options.clientIp ?? 'off' }),
      // The business side (issue 13 §2, §5): the preference page, the admin page and their scripts.
      ...(links ? preferenceRoutes({ store, links, rules, basePath, maxBodyBytes, assets }) : []),
      ...adminRoutes({ store, basePath, adminConfigured: Boolean(options.adminToken), links, maxBodyBytes, assets }),
      ...pageAssetRoutes(assets),
      // Proof, suppression, erasure (§3, §4) and WhatsApp's webhook (§1), off without the app secret.
      ...proofRoutes({ store, maxBodyBytes, marketingTopics: options.whatsapp?.marketingTopics }),
      ...(options.whatsapp?.appSecret
        ? whatsappRoutes({ ...options.whatsapp, store, clientIp: options.clientIp ?? 'off', chargeRefusal: (call) => limiter?.take(call.clientIp) ?? 0 })
        : []),
    ],
    basePath,
  );
  /** Server-to-server routes (Meta's webhook) skip CORS and the up-front rate limit (see `Route.browser`). */
  const browserFacing = (call: Call) => table.at(call.url.pathname)?.get(call.request.method)?.browser !== false;
  const unlessServerToServer = (step: Step): Step => (call, next) => (browserFacing(call) ? step(call, next) : next());
  const identify = createIdentifier(options);
  // The rate limit and the auth step both ask who is calling; the digest runs once per request.
  const identities = new WeakMap<Call, Promise<Identity>>();
  const identityOf = (call: Call) => {
    let identity = identities.get(call);
    if (!identity) identities.set(call, (identity = identify(call.request)));
    return identity;
  };

  const pipeline = chain(
    [
      async (call, next) => {
        if (!table.at(call.url.pathname)) throw new ReceiverError(404, 'not-found', `There is nothing at ${call.url.pathname}.`);
        return next();
      },
      unlessServerToServer(originPolicy(options.allowedOrigins ?? [], (pathname) => [...(table.at(pathname)?.keys() ?? [])])),
      // Before auth: a wrong token is charged too, so keys cannot be guessed at speed.
      unlessServerToServer(
        rateLimit(limiter, async (call) => {
          const identity = await identityOf(call);
          return identity.ok && identity.caller.kind !== 'anonymous';
        }),
      ),
      authenticate(identityOf),
    ],
    dispatch(table, Boolean(options.adminToken)),
  );

  async function handle(request: Request, context: RequestContext = {}): Promise<Response> {
    const responseHeaders = new Headers({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', Vary: 'Origin' });
    try {
      return await pipeline({ request, url: new URL(request.url), clientIp: context.clientIp, caller: ANONYMOUS, responseHeaders });
    } catch (error) {
      return errorResponse(error, responseHeaders);
    }
  }

  return { handle, handles: (pathname) => table.at(pathname) !== undefined };
}
