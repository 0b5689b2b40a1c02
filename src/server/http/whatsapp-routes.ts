import { DEFAULT_MARKETING_TOPICS } from '../proof/ledger.js';
import type { ConsentEvent, ConsentStore, Receipt } from '../store/store.js';
import { sha256Hex } from '../store/store.js';
import { readWebhookPayload, signalEventId, type WebhookSignal, type WhatsAppIdentity } from '../whatsapp/payload.js';
import { verifyHandshake, verifyWebhookSignature } from '../whatsapp/signature.js';
import { createStopKeywordMatcher, type StopKeywordOptions } from '../whatsapp/stop-keywords.js';
import { readRawBody } from './body.js';
import { json, ReceiverError } from './errors.js';
import type { Call } from './pipeline.js';
import type { Route } from './routes.js';

/** The WhatsApp Cloud API webhook's settings (`createConsentReceiver({ whatsapp })`). */
export interface WhatsAppWebhookOptions {
  /** The Meta app's secret (`WHATSAPP_APP_SECRET`): every POST must be signed with it. Without it the webhook is off (404). */
  appSecret: string;
  /** The token you type into Meta's webhook setup (`WHATSAPP_VERIFY_TOKEN`); without it the handshake always fails (403). */
  verifyToken?: string;
  /** The topics WhatsApp's "stop marketing messages" stops and "resume" resumes. Default: `offers`, `new_products`. */
  marketingTopics?: readonly string[];
  /** Stop keywords: a list that replaces the built-in one, or `{ keywords?, extraKeywords? }`. */
  stopKeywords?: readonly string[] | StopKeywordOptions;
  /** Largest webhook body in bytes; default 3 MiB (Meta batches many updates in one POST). */
  maxBodyBytes?: number;
}

export interface WhatsAppRouteSettings extends WhatsAppWebhookOptions {
  store: ConsentStore;
  clientIp: 'off' | 'plain' | { hashSalt: string };
  /** Charges the caller's IP in the rate limit; the seconds to wait, or 0 (see `Route.browser`). */
  chargeRefusal(call: Call): number;
}

const phoneOf = (identity: WhatsAppIdentity) => (identity.waId ? `+${identity.waId}` : null);
const nodeOf = (identity: WhatsAppIdentity) => phoneOf(identity) ?? identity.userId ?? null;

/**
 * `GET /webhooks/whatsapp` (Meta's verification handshake) and `POST /webhooks/whatsapp` (the
 * signed updates). Each stop and resume becomes one durable event, each phone ↔ BSUID pair
 * and number change one identity link, before the 200 (issue 13 §1, §1b).
 */
export function whatsappRoutes(settings: WhatsAppRouteSettings): Route[] {
  const { store, appSecret } = settings;
  const marketing = [...(settings.marketingTopics ?? DEFAULT_MARKETING_TOPICS)];
  if (!marketing.length) throw new Error('wa-optin: whatsapp.marketingTopics may not be empty: a WhatsApp marketing stop must stop something');
  const keywords = settings.stopKeywords;
  const isStopKeyword = createStopKeywordMatcher(Array.isArray(keywords) ? { keywords } : (keywords as StopKeywordOptions | undefined));
  const maxBytes = settings.maxBodyBytes ?? 3 * 1024 * 1024;

  /** A failed proof is charged to the caller's IP (guessing at speed ends in 429); Meta's signed calls never are. */
  function refuseFaster(call: Call): void {
    const wait = settings.chargeRefusal(call);
    if (wait) throw new ReceiverError(429, 'rate-limited', `Too many requests from this address; try again in ${wait} s.`, { 'Retry-After': String(wait) });
  }

  async function receipt(call: Call, receivedAt: Date): Promise<Receipt> {
    const mode = settings.clientIp;
    const ip = call.clientIp ?? null;
    return {
      receivedAt,
      via: 'whatsapp-webhook',
      origin: null,
      userAgent: call.request.headers.get('user-agent'),
      clientIp: !ip || mode === 'off' ? null : mode === 'plain' ? ip : `sha256:${await sha256Hex(`${mode.hashSalt}${ip}`)}`,
    };
  }

  async function apply(signal: WebhookSignal, seen: Receipt): Promise<void> {
    switch (signal.kind) {
      case 'pair': {
        const at = new Date(signal.at);
        await store.learnIdentity(`+${signal.waId}`, signal.userId, { at, seenIn: signal.seenIn, receivedAt: seen.receivedAt });
        if (signal.parentUserId) await store.learnIdentity(signal.userId, signal.parentUserId, { at, seenIn: signal.seenIn, receivedAt: seen.receivedAt });
        return;
      }
      case 'number-changed': {
        // The old identity and the new one are one person: the state carries over, never resets.
        const from = nodeOf(signal.from);
        const to = nodeOf(signal.to);
        if (from && to) await store.learnIdentity(from, to, { at: new Date(signal.at), seenIn: `changed-${signal.change}`, receivedAt: seen.receivedAt });
        return;
      }
      default: {
        const who = { phone: phoneOf(signal), ...(signal.userId ? { userId: signal.userId } : {}) };
        const id = await signalEventId(signal.dedupeKey);
        let event: ConsentEvent;
        if (signal.kind === 'resume') {
          event = { kind: 'resume', resume: { id, ...who, topics: marketing, source: signal.source, at: signal.at, ...(signal.detail ? { reason: signal.detail } : {}) } };
        } else if (signal.scope === 'all') {
          // The person's exact message is the proof of the withdrawal (R11).
          event = { kind: 'opt-out', optOut: { id, ...who, topics: null, source: signal.source, at: signal.at, reason: signal.text } };
        } else {
          event = { kind: 'opt-out', optOut: { id, ...who, topics: marketing, source: signal.source, at: signal.at, ...(signal.detail ? { reason: signal.detail } : {}) } };
        }
        // A redelivery finds its event id taken ('duplicate'); nothing is written twice.
        const outcome = await store.save(event, seen);
        if (outcome === 'conflict') console.warn(`wa-optin: WhatsApp webhook: event ${id} is already stored with other content; the first one stays`);
      }
    }
  }

  return [
    {
      method: 'GET',
      path: '/webhooks/whatsapp',
      access: 'anyone',
      browser: false,
      async handle(call) {
        const challenge = verifyHandshake(call.url.searchParams, settings.verifyToken ?? '');
        if (challenge === null) {
          refuseFaster(call);
          throw new ReceiverError(403, 'forbidden', 'hub.mode must be subscribe and hub.verify_token the configured verify token (WHATSAPP_VERIFY_TOKEN).');
        }
        call.responseHeaders.set('Content-Type', 'text/plain; charset=utf-8');
        return new Response(challenge, { status: 200, headers: call.responseHeaders });
      },
    },
    {
      method: 'POST',
      path: '/webhooks/whatsapp',
      access: 'anyone',
      browser: false,
      async handle(call) {
        // The signature first, over the exact bytes; nothing is parsed before it holds.
        const raw = await readRawBody(call.request, maxBytes);
        if (!(await verifyWebhookSignature(raw, call.request.headers.get('x-hub-signature-256'), appSecret))) {
          refuseFaster(call);
          throw new ReceiverError(401, 'bad-signature', 'X-Hub-Signature-256 is missing or is not the HMAC-SHA256 of this body under the app secret.');
        }
        const ok = () => json(200, { received: true }, call.responseHeaders);
        let body: unknown;
        try {
          body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
        } catch {
          // Signed by Meta but unreadable: a 200 stops the retries; a retry would not read better.
          console.warn(`wa-optin: WhatsApp webhook: a signed body of ${raw.byteLength} bytes is not JSON in UTF-8; answered 200, nothing stored`);
          return ok();
        }
        const receivedAt = new Date();
        const { signals, problems } = readWebhookPayload(body, { isStopKeyword, receivedAt });
        // Problems name paths and reasons, never a number or a message's text.
        if (problems.length) console.warn(`wa-optin: WhatsApp webhook: ${problems.length} part(s) not read: ${problems.slice(0, 5).join('; ')}`);
        const seen = await receipt(call, receivedAt);
        try {
          for (const signal of signals) await apply(signal, seen);
        } catch (error) {
          console.error('wa-optin: could not store a WhatsApp webhook', error);
          // Not 200: Meta redelivers, and the stable event ids make the retry one event.
          throw new ReceiverError(503, 'store-unavailable', 'The webhook could not be stored just now; it will be redelivered.');
        }
        return ok();
      },
    },
  ];
}
