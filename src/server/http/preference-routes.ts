import { checkPhone } from '../../core/phone.js';
import type { ConsentRecord } from '../../core/record.js';
import { WIDGET_VERSION } from '../../core/version.js';
import { requirePageScript, pagesMissingResponse, type PageAssets } from '../pages/assets.js';
import { acceptedLanguage, preferencePageHtml, setPageHeaders } from '../pages/shell.js';
import { MIN_LINK_SECRET_LENGTH, verifyPreferenceToken } from '../preferences/link.js';
import { readSubscriber } from '../proof/ledger.js';
import { consentStatus, type ConsentStatus } from '../store/status.js';
import type { ConsentEvent, ConsentStore, Receipt, StoredEvent } from '../store/store.js';
import { checkConsentRecord, serverPhoneRulesReady, shownTextProblems, type RecordRules } from '../validate.js';
import { viaOf } from './auth.js';
import { readJsonBody } from './body.js';
import { json, ReceiverError } from './errors.js';
import type { Call } from './pipeline.js';
import type { Route } from './routes.js';

/** The preference links' settings (`WA_OPTIN_LINK_SECRET`); without them the preference routes are off. */
export interface PreferenceLinkSettings {
  /** The secret links are sealed with; at least 32 characters. */
  secret: string;
  /** Where the receiver's routes are reachable from outside, e.g. `https://shop.example/api`; default: the request's origin and the base path. */
  baseUrl?: string;
  /** How long a link made by `POST /links` works, in seconds; default 30 days. */
  expiresIn?: number;
}

export interface PreferenceRouteSettings {
  store: ConsentStore;
  links: PreferenceLinkSettings;
  rules: RecordRules;
  basePath: string;
  maxBodyBytes: number;
  assets: PageAssets | undefined;
}

/** The person's page, as `GET /preferences/state` and a save answer it (CONTRACT-13). */
export interface PreferenceState {
  business: string;
  phone: string;
  locale: string | null;
  topics: { id: string; allowed: boolean }[];
}

const LINK_HELP = 'To stop the messages, reply STOP in your WhatsApp chat with the business, or ask the business for a new link.';
const TOPIC_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const LOCALE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** Who a link names, once its token checks out; a bad token is a 401 or 410 that names no number. */
async function personOf(call: Call, secret: string): Promise<{ phone: string; subscriberKey: string }> {
  const checked = await verifyPreferenceToken(call.url.searchParams.get('t') ?? '', secret);
  if (checked.ok) return checked;
  if (checked.reason === 'expired') throw new ReceiverError(410, 'link-expired', `This link has expired. ${LINK_HELP}`);
  throw new ReceiverError(401, 'link-invalid', `This link is not valid. ${LINK_HELP}`);
}

/**
 * The state the page shows: every topic this person ever opted in to, each allowed or not by
 * the same fold as `/status` (the latest event per topic wins, R9), from whom (the latest
 * opt-in's business) and at which number (as the link gave it, in international form).
 */
export function preferenceState(phone: string, events: readonly StoredEvent[], status: ConsentStatus = consentStatus(events)): PreferenceState | null {
  const optIns = events.filter((e) => e.kind === 'opt-in');
  if (!optIns.length) return null;
  const latest = optIns[optIns.length - 1];
  const ids = [...new Set(optIns.flatMap((e) => e.topics ?? []))];
  const checked = checkPhone(phone);
  return {
    business: latest.business ?? '',
    phone: checked.ok ? checked.international : phone,
    locale: latest.locale,
    topics: ids.map((id) => ({ id, allowed: status.topics[id]?.allowed ?? false })),
  };
}

interface PreferenceChange {
  topics: Record<string, boolean>;
  wording: string;
  locale: string;
}

/** The body of `POST /preferences`, or the reasons it is refused (422). */
function readChange(body: unknown, known: readonly string[]): { ok: true; change: PreferenceChange } | { ok: false; problems: string[] } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, problems: ['the body must be a JSON object { topics, wording, locale }'] };
  const { topics, wording, locale, ...rest } = body as Record<string, unknown>;
  const problems = Object.keys(rest).map((k) => `the body has an unknown field "${k}"`);
  if (!topics || typeof topics !== 'object' || Array.isArray(topics) || !Object.keys(topics).length) {
    problems.push('topics must be an object of topic id → true (send) or false (stop), with at least one topic');
  } else {
    for (const [id, value] of Object.entries(topics)) {
      if (typeof value !== 'boolean') problems.push(`topics.${id} must be true or false`);
      else if (!TOPIC_ID.test(id) || !known.includes(id)) problems.push(`topic ${id} is not one this person opted in to (known: ${known.join(', ')})`);
    }
  }
  problems.push(...shownTextProblems(wording, 'wording'));
  if (typeof locale !== 'string' || !LOCALE.test(locale)) problems.push('locale must be the BCP 47 tag of the wording, e.g. en or pt-BR');
  return problems.length ? { ok: false, problems } : { ok: true, change: { topics: topics as Record<string, boolean>, wording: wording as string, locale: locale as string } };
}

/**
 * The preference page a person reaches from a link in a message (issue 13 §2): the page, its
 * state and its changes. The signed token in `t` is the only authority (access `anyone`,
 * rate limited like every anonymous route); a change is stored as new events, never by
 * rewriting old ones (R8, R9, R11).
 */
export function preferenceRoutes(settings: PreferenceRouteSettings): Route[] {
  const { store, links, rules, basePath, maxBodyBytes, assets } = settings;
  if (typeof links.secret !== 'string' || links.secret.length < MIN_LINK_SECRET_LENGTH) {
    throw new Error(`wa-optin: preferenceLinks.secret must be at least ${MIN_LINK_SECRET_LENGTH} characters (e.g. openssl rand -hex 32)`);
  }
  const ready = serverPhoneRulesReady();

  async function stateOf(person: { phone: string; subscriberKey: string }): Promise<PreferenceState> {
    await ready;
    // The same reading as /status, /proof and canSend (an erasure's suppression included).
    const reading = await readSubscriber(store, person.subscriberKey);
    const state = preferenceState(person.phone, reading.events, reading.status);
    // Erased, or never stored: the link leads nowhere now. Said like a bad link, naming no number.
    if (!state) throw new ReceiverError(401, 'link-invalid', `This link no longer leads to any subscription. ${LINK_HELP}`);
    return state;
  }

  function receipt(call: Call): Receipt {
    // The page is the person's own; no IP is kept for it, whatever the receiver's setting.
    return { receivedAt: new Date(), via: viaOf(call.caller), origin: call.request.headers.get('origin'), userAgent: call.request.headers.get('user-agent'), clientIp: null };
  }

  async function storeEvent(event: ConsentEvent, call: Call): Promise<void> {
    try {
      if ((await store.save(event, receipt(call))) === 'conflict') throw new Error('a fresh event id was already taken');
    } catch (error) {
      console.error('wa-optin: could not store a preference change', error);
      throw new ReceiverError(503, 'store-unavailable', 'The change could not be stored just now; please try again.');
    }
  }

  return [
    {
      method: 'GET',
      path: '/preferences',
      access: 'anyone',
      async handle(call) {
        try {
          await requirePageScript(assets, 'preferences.js');
        } catch {
          return pagesMissingResponse(call.responseHeaders);
        }
        let status = 200;
        let lang = acceptedLanguage(call.request.headers.get('accept-language'));
        try {
          const state = await stateOf(await personOf(call, links.secret));
          lang = state.locale ?? lang;
        } catch (error) {
          if (!(error instanceof ReceiverError)) throw error;
          status = error.status;
        }
        setPageHeaders(call.responseHeaders);
        const html = preferencePageHtml({ basePath, token: call.url.searchParams.get('t') ?? '', lang: lang ?? 'en' });
        return new Response(html, { status, headers: call.responseHeaders });
      },
    },
    {
      method: 'GET',
      path: '/preferences/state',
      access: 'anyone',
      async handle(call) {
        return json(200, await stateOf(await personOf(call, links.secret)), call.responseHeaders);
      },
    },
    {
      method: 'POST',
      path: '/preferences',
      access: 'anyone',
      async handle(call) {
        const person = await personOf(call, links.secret);
        const body = await readJsonBody(call.request, maxBodyBytes);
        const before = await stateOf(person);
        const read = readChange(body, before.topics.map((t) => t.id));
        if (!read.ok) throw new ReceiverError(422, 'invalid-preferences', `The change was refused: ${read.problems.join('; ')}.`, {}, read.problems);
        const { change } = read;
        const allowedNow = new Map(before.topics.map((t) => [t.id, t.allowed]));
        const stop = Object.keys(change.topics).filter((id) => change.topics[id] === false && allowedNow.get(id));
        const start = Object.keys(change.topics).filter((id) => change.topics[id] === true && !allowedNow.get(id));
        const now = new Date();
        let optIn: ConsentRecord | undefined;
        if (start.length) {
          // An opt-in from the page meets the bar of any opt-in: WhatsApp, the business and
          // the number in the very words shown (R3), checked by the same rules as /consent.
          const record: ConsentRecord = {
            id: crypto.randomUUID(),
            channel: 'whatsapp',
            phone: person.phone,
            phoneVerified: false,
            topics: start,
            business: before.business,
            wording: change.wording,
            locale: change.locale,
            source: 'preferences',
            pageUrl: `${call.url.origin}${call.url.pathname}`,
            consentedAt: now.toISOString(),
            widgetVersion: WIDGET_VERSION,
          };
          const checked = checkConsentRecord(record, rules, { keyed: true, now });
          if (!checked.ok) throw new ReceiverError(422, 'invalid-preferences', `The change was refused: ${checked.problems.join('; ')}.`, {}, checked.problems);
          optIn = checked.value;
        }
        if (stop.length) {
          // Every topic set to false is "stop all" (R9): stored as an opt-out of every topic,
          // so topics the business adds later are stopped too.
          const all = before.topics.every((t) => change.topics[t.id] === false);
          await storeEvent(
            { kind: 'opt-out', optOut: { id: crypto.randomUUID(), phone: person.phone, topics: all ? null : stop, source: 'preferences', at: now.toISOString(), wording: change.wording, locale: change.locale } },
            call,
          );
        }
        if (optIn) await storeEvent({ kind: 'opt-in', record: optIn }, call);
        return json(200, await stateOf(person), call.responseHeaders);
      },
    },
  ];
}
