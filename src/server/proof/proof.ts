/**
 * Proof on demand (issue 13 §3, R8, R11): the whole story of one person, as JSON and as a
 * printable page a business hands to Meta's review or to the person who asked (GDPR Art. 15).
 * What the page or WhatsApp asserted is kept apart from what this receiver observed itself.
 */
import { en } from '../../core/locales.js';
import { topicLabel } from '../../core/wording.js';
import type { ConsentStatus } from '../store/status.js';
import type { ConsentStore, IdentityLink, StoredEvent, Suppression } from '../store/store.js';
import { readSubscriber } from './ledger.js';

export interface ProofEvent {
  eventId: string;
  kind: StoredEvent['kind'];
  topics: string[] | null;
  /** What the page, the caller or WhatsApp's webhook claimed. */
  asserted: {
    phone: string | null;
    userId: string | null;
    business: string | null;
    wording: string | null;
    wordingVersion: string | null;
    locale: string | null;
    source: string;
    pageUrl: string | null;
    phoneVerified: boolean | null;
    occurredAt: string;
    widgetVersion: string | null;
    reason: string | null;
  };
  /** What the receiver saw itself. */
  observed: { receivedAt: string; via: string; origin: string | null; userAgent: string | null; clientIp: string | null };
}

export interface Proof {
  /** `links`: when and where WhatsApp showed each number and BSUID to be this person (§1b). */
  subscriber: { key: string; phones: string[]; userIds: string[]; links: IdentityLink[] };
  state: ConsentStatus & { suppressed: Suppression | null };
  events: ProofEvent[];
}

export function proofEvent(event: StoredEvent): ProofEvent {
  return {
    eventId: event.eventId,
    kind: event.kind,
    topics: event.topics,
    asserted: {
      phone: event.phone,
      userId: event.userId,
      business: event.business,
      wording: event.wording,
      wordingVersion: event.wordingVersion,
      locale: event.locale,
      source: event.source,
      pageUrl: event.pageUrl,
      phoneVerified: event.phoneVerified,
      occurredAt: event.occurredAt,
      widgetVersion: event.widgetVersion,
      reason: event.reason,
    },
    observed: { receivedAt: event.receivedAt, via: event.via, origin: event.origin, userAgent: event.userAgent, clientIp: event.clientIp },
  };
}

/** The proof of one person (`lookupKey`), or null when the ledger knows nothing of them. */
export async function proofOf(store: ConsentStore, key: string): Promise<Proof | null> {
  const [reading, links] = await Promise.all([readSubscriber(store, key), store.linksOf(key)]);
  const { identities } = reading;
  if (!reading.events.length && !links.length && !reading.suppressed) return null;
  return {
    subscriber: { key, phones: identities.phones, userIds: identities.userIds, links },
    state: { ...reading.status, suppressed: reading.suppressed },
    events: reading.events.map(proofEvent),
  };
}

const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** `2026-11-29T14:03:27.120Z` → `2026-11-29 14:03:27 UTC+00:00`: one zone for every reader, named. */
export function utcTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC+00:00`;
}

const topicName = (id: string) => `${topicLabel(id, en)} (${id})`;
const topicNames = (topics: string[] | null) => (topics ? topics.map(topicName).join(', ') : 'every topic');

const KIND_TITLE: Record<StoredEvent['kind'], string> = {
  'opt-in': 'Opt-in',
  'opt-out': 'Opt-out',
  resume: 'Resume (WhatsApp marketing messages)',
};

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;color:#111;margin:2rem auto;max-width:48rem;padding:0 1rem}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #bbb;padding:.3rem .5rem;text-align:start;vertical-align:top}
blockquote{margin:.5rem 0;padding:.5rem .8rem;border-inline-start:4px solid #25d366;background:#f4f4f4;white-space:pre-wrap}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.3rem 0}dt{color:#555}dd{margin:0;overflow-wrap:anywhere}
section.event{border-top:1px solid #ccc;padding-top:.6rem;margin-top:1rem;break-inside:avoid}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1rem}@media (max-width:40rem){.cols{grid-template-columns:1fr}}`;

async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The Content-Security-Policy of the printable page: nothing may load or run; only its own
 * inline style, by hash. Even text that slipped past escaping could not run a script.
 */
export async function proofPageCsp(): Promise<string> {
  return `default-src 'none'; style-src 'sha256-${await sha256Base64(STYLE)}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}

function list(rows: Array<[string, unknown]>): string {
  return `<dl>${rows
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
    .join('')}</dl>`;
}

function eventSection(event: ProofEvent, index: number): string {
  const a = event.asserted;
  const o = event.observed;
  // The exact words first: what the person saw (R11), or what they wrote on WhatsApp.
  const words = a.wording ?? a.reason;
  const wordsLabel = a.wording ? 'Exact wording shown' : event.kind === 'opt-out' && a.source === 'whatsapp-stop' ? 'Exact message sent on WhatsApp' : 'Reason given';
  return `<section class="event">
<h3>${index + 1}. ${escapeHtml(KIND_TITLE[event.kind])}: ${escapeHtml(topicNames(event.topics))}</h3>
${words ? `<p>${escapeHtml(wordsLabel)}:</p><blockquote lang="${escapeHtml(a.locale ?? '')}">${escapeHtml(words)}</blockquote>` : ''}
<div class="cols"><div><h4>Asserted (by the page, the caller or WhatsApp)</h4>${list([
    ['Number', a.phone],
    ['WhatsApp user ID', a.userId],
    ['Business', a.business],
    ['Language', a.locale],
    ['Wording version', a.wordingVersion],
    ['Source', a.source],
    ['Page', a.pageUrl],
    ['Number verified', a.phoneVerified === null ? null : a.phoneVerified ? 'yes' : 'no'],
    ['Widget version', a.widgetVersion],
    ['When (asserted)', utcTime(a.occurredAt)],
  ])}</div><div><h4>Observed by the receiver</h4>${list([
    ['Received', utcTime(o.receivedAt)],
    ['Via', o.via],
    ['Origin', o.origin],
    ['User agent', o.userAgent],
    ['Client IP', o.clientIp],
    ['Event id', event.eventId],
  ])}</div></div>
</section>`;
}

/** The proof as a self-contained printable page: no script, no external resource, every text escaped. */
export function proofHtml(proof: Proof, options: { business?: string; now?: Date } = {}): string {
  const who = proof.subscriber.phones[0] ?? proof.subscriber.userIds[0] ?? proof.subscriber.key;
  const state = proof.state;
  const topicRows = Object.entries(state.topics)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([topic, t]) =>
        `<tr><td>${escapeHtml(topicName(topic))}</td><td>${t.allowed ? 'may be sent' : 'may NOT be sent'}</td><td>${escapeHtml(
          `${KIND_TITLE[t.kind]} · ${t.source}`,
        )}</td><td>${escapeHtml(utcTime(t.receivedAt))}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>WhatsApp consent record: ${escapeHtml(who)}</title><style>${STYLE}</style></head>
<body>
<h1>WhatsApp consent record${options.business ? ` · ${escapeHtml(options.business)}` : ''}</h1>
<p>Every opt-in, opt-out and resume stored for this person, oldest first, exactly as received. Produced ${escapeHtml(
    utcTime((options.now ?? new Date()).toISOString()),
  )} by the wa-optin receiver.</p>
${list([
    ['Numbers', proof.subscriber.phones.join(', ')],
    ['WhatsApp user IDs', proof.subscriber.userIds.join(', ')],
    ['Subscriber key', proof.subscriber.key],
    ['Events', String(proof.events.length)],
  ])}
${
  proof.subscriber.links.length
    ? `<h2>How WhatsApp identified this person</h2><table><thead><tr><th>Identity</th><th>Is also</th><th>Seen in</th><th>When (WhatsApp)</th><th>Learned</th></tr></thead><tbody>${proof.subscriber.links
        .map((l) => `<tr><td>${escapeHtml(l.a)}</td><td>${escapeHtml(l.b)}</td><td>${escapeHtml(l.seenIn)}</td><td>${escapeHtml(utcTime(l.learnedAt))}</td><td>${escapeHtml(utcTime(l.receivedAt))}</td></tr>`)
        .join('')}</tbody></table>`
    : ''
}
<h2>Current state</h2>
${
  state.suppressed
    ? `<p>On the suppression list (${escapeHtml(state.suppressed.reason)} ${escapeHtml(utcTime(state.suppressed.since))}): earlier records were removed; only a fresh opt-in counts.</p>`
    : ''
}${state.optedOutOfAll ? `<p>Opted out of every topic (${escapeHtml(state.optedOutOfAll.source)}, ${escapeHtml(utcTime(state.optedOutOfAll.receivedAt))}).</p>` : ''}
${topicRows ? `<table><thead><tr><th>Topic</th><th>Now</th><th>Decided by</th><th>Received</th></tr></thead><tbody>${topicRows}</tbody></table>` : '<p>No topic may be sent.</p>'}
<h2>Events</h2>
${proof.events.map(eventSection).join('\n')}
</body></html>
`;
}
