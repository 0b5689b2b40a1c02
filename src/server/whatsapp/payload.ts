/**
 * Reads a WhatsApp Cloud API webhook body (Meta's documented shape: `object:
 * "whatsapp_business_account"`, `entry[].changes[]` with `field` and `value`) into the few
 * signals the consent ledger acts on. Pure: no store, no clock, no network; the receiver
 * decides what to write. Call it only after `verifyWebhookSignature` accepted the body.
 *
 * What counts (issue 13 §1, §1b):
 * - `user_preferences` (WhatsApp's own "stop marketing messages" control), and its older
 *   form, a `system` message of type `user_preference_changed`: a stop or resume of the
 *   marketing topics (`source: 'whatsapp-preferences'`).
 * - An incoming text, template quick-reply button or interactive reply that is nothing but a
 *   stop keyword: a stop of every topic (`source: 'whatsapp-stop'`).
 * - Every phone ↔ business-scoped user ID (BSUID) pair the body shows (contacts, statuses,
 *   system messages), and every number or BSUID change, so a stop known only by its BSUID
 *   reaches the number's opt-in and a changed number keeps the person's state.
 * What never counts: any other message. A person writing first is not an opt-in (R6), and
 * nothing here can produce one.
 *
 * Junk never throws: what cannot be read is listed in `problems` (paths and reasons, never
 * the message text or a number) and left out.
 */
import type { StopKeywordMatcher } from './stop-keywords.js';
import { createStopKeywordMatcher } from './stop-keywords.js';

/** Who a signal is about, as far as the webhook says. At least one of the two ids is set. */
export interface WhatsAppIdentity {
  /** The phone as WhatsApp reports it: digits, no `+` (e.g. Brazil's without the ninth digit). */
  waId?: string;
  /** The business-scoped user ID (BSUID), e.g. `BR.1502576394655843`. */
  userId?: string;
  /** The parent BSUID shared by linked business portfolios (`US.ENT.…`), where Meta sends one. */
  parentUserId?: string;
}

/** WhatsApp's own marketing control (`user_preferences`, or the older system message). */
export interface PreferenceSignal extends WhatsAppIdentity {
  kind: 'stop' | 'resume';
  /** Only the marketing topics (which those are is the receiver's configuration). */
  scope: 'marketing';
  source: 'whatsapp-preferences';
  /** When the person acted (Meta's timestamp), ISO 8601 UTC. */
  at: string;
  /** Meta's own description, e.g. "User requested to stop marketing messages". */
  detail?: string;
  /** The system message's id (`wamid…`), for the older form. */
  messageId?: string;
  /** The same event delivered twice gives the same key (Meta redelivers webhooks). */
  dedupeKey: string;
}

/** A message that is nothing but a stop keyword: every topic. */
export interface KeywordStopSignal extends WhatsAppIdentity {
  kind: 'stop';
  scope: 'all';
  source: 'whatsapp-stop';
  at: string;
  /** The message's id (`wamid…`). */
  messageId: string;
  /** The keyword it matched, folded (e.g. `arrêt`). */
  keyword: string;
  /** The message exactly as the person wrote it (button title or payload for a tap): the proof (R11). */
  text: string;
  dedupeKey: string;
}

/** Where a pair was seen. */
export type PairSeenIn = 'message' | 'status' | 'user_preferences' | 'system' | 'user_id_update';

/** The webhook showed this number and this BSUID as one person. */
export interface PairSignal {
  kind: 'pair';
  waId: string;
  userId: string;
  parentUserId?: string;
  /** When the webhook's event happened, ISO 8601 UTC. */
  at: string;
  seenIn: PairSeenIn;
}

/** The person's number or BSUID changed: their state carries over to the new identity. */
export interface IdentityChangeSignal {
  kind: 'number-changed';
  /** `number`: a new phone (and so a new BSUID); `user-id`: only the BSUID changed. */
  change: 'number' | 'user-id';
  from: WhatsAppIdentity;
  to: WhatsAppIdentity;
  at: string;
  messageId?: string;
  dedupeKey: string;
}

export type WebhookSignal = PreferenceSignal | KeywordStopSignal | PairSignal | IdentityChangeSignal;

export interface ReadWebhookOptions {
  /** Default: the built-in keywords (`createStopKeywordMatcher()`). */
  isStopKeyword?: StopKeywordMatcher;
  /**
   * When the body arrived: the time of a stop whose own timestamp is missing or unreadable
   * (the stop is kept, never dropped, and the gap is listed in `problems`). Default: now.
   */
  receivedAt?: Date;
}

export interface WebhookReading {
  signals: WebhookSignal[];
  /** What could not be read, by path. Empty for a body that was fully understood. */
  problems: string[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayAt = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);

/** A phone as WhatsApp writes it: digits only (a `+` is tolerated and dropped). */
const WA_ID = /^\+?([1-9]\d{4,19})$/;
/** A BSUID: ISO country code, a dot, an optional `ENT.` (parent BSUIDs), up to 128 alphanumerics. */
const BSUID = /^[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}$/;

const asWaId = (value: unknown): string | undefined => {
  const match = typeof value === 'string' || typeof value === 'number' ? WA_ID.exec(String(value)) : null;
  return match ? match[1] : undefined;
};
const asUserId = (value: unknown): string | undefined => (typeof value === 'string' && BSUID.test(value) ? value : undefined);

/**
 * `from`, `wa_id` and `recipient_id` hold a phone, but for a person with a username Meta may
 * put the BSUID there instead: each value is read by its shape, never by its field name alone.
 */
function identityOf(...values: unknown[]): { waId?: string; userId?: string } {
  const identity: { waId?: string; userId?: string } = {};
  for (const value of values) {
    identity.waId ??= asWaId(value);
    identity.userId ??= asUserId(value);
  }
  return identity;
}

function compact(identity: WhatsAppIdentity): WhatsAppIdentity {
  return Object.fromEntries(Object.entries(identity).filter(([, v]) => v !== undefined)) as WhatsAppIdentity;
}

/** Meta's timestamps: Unix seconds, as a string or a number. */
function timeOf(value: unknown): string | undefined {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

class Reader {
  readonly signals: WebhookSignal[] = [];
  readonly problems: string[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly isStopKeyword: StopKeywordMatcher,
    private readonly receivedAt: Date,
  ) {}

  private add(signal: WebhookSignal): void {
    const key =
      signal.kind === 'pair' ? `pair:${signal.waId}:${signal.userId}:${signal.parentUserId ?? ''}` : `${signal.kind}:${signal.dedupeKey}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.signals.push(signal);
  }

  private pair(identity: WhatsAppIdentity, at: string | undefined, seenIn: PairSeenIn): void {
    if (identity.waId && identity.userId && at) {
      this.add({ kind: 'pair', waId: identity.waId, userId: identity.userId, ...(identity.parentUserId ? { parentUserId: identity.parentUserId } : {}), at, seenIn });
    }
  }

  /** A stop's time: Meta's, or (never dropping the stop) the arrival time, with a note. */
  private stopTime(value: unknown, path: string): string {
    const at = timeOf(value);
    if (at) return at;
    this.problems.push(`${path}.timestamp is missing or not Unix seconds; the time of arrival is used`);
    return this.receivedAt.toISOString();
  }

  read(body: unknown): void {
    if (!isObject(body)) return void this.problems.push('the body is not a JSON object');
    if (body.object !== 'whatsapp_business_account') {
      return void this.problems.push(`object is ${JSON.stringify(typeof body.object === 'string' ? body.object.slice(0, 40) : typeof body.object)}, not "whatsapp_business_account"`);
    }
    if (!Array.isArray(body.entry)) return void this.problems.push('entry is not a list');
    body.entry.forEach((entry, e) => {
      if (!isObject(entry) || !Array.isArray(entry.changes)) return void this.problems.push(`entry[${e}] has no list of changes`);
      entry.changes.forEach((change, c) => {
        const path = `entry[${e}].changes[${c}]`;
        if (!isObject(change) || !isObject(change.value)) return void this.problems.push(`${path} has no value`);
        this.readChange(change.field, change.value, path);
      });
    });
  }

  private readChange(field: unknown, value: Json, path: string): void {
    switch (field) {
      case 'messages':
        return this.readMessages(value, `${path}.value`);
      case 'user_preferences':
        return this.readUserPreferences(value, `${path}.value`);
      case 'user_id_update':
        return this.readUserIdUpdate(value, `${path}.value`);
      default:
        // Other fields (templates, account, quality …) say nothing about consent: not read, not a problem.
        return;
    }
  }

  private contactsOf(value: Json): WhatsAppIdentity[] {
    return arrayAt(value.contacts)
      .filter(isObject)
      .map((contact) => compact({ ...identityOf(contact.wa_id, contact.user_id), parentUserId: asUserId(contact.parent_user_id) }));
  }

  private readMessages(value: Json, path: string): void {
    const contacts = this.contactsOf(value);
    const messages = arrayAt(value.messages);
    const statuses = arrayAt(value.statuses);
    if (!Array.isArray(value.messages) && !Array.isArray(value.statuses)) {
      this.problems.push(`${path} has neither messages nor statuses`);
    }
    messages.forEach((message, m) => this.readMessage(message, contacts, `${path}.messages[${m}]`));
    statuses.forEach((status, s) => {
      if (!isObject(status)) return void this.problems.push(`${path}.statuses[${s}] is not an object`);
      const at = timeOf(status.timestamp);
      const recipient = compact({
        ...identityOf(status.recipient_id, status.recipient_user_id),
        parentUserId: asUserId(status.recipient_parent_user_id),
      });
      this.pair(recipient, at, 'status');
      // Sent, delivered and read statuses carry a contacts array too (BSUID rollout, 2026).
      for (const contact of contacts) this.pair(contact, at, 'status');
    });
  }

  private readMessage(message: unknown, contacts: WhatsAppIdentity[], path: string): void {
    if (!isObject(message)) return void this.problems.push(`${path} is not an object`);
    const sender = identityOf(message.from, message.from_user_id);
    // The contact of this message: the one naming its sender, or the only one there is.
    const contact =
      contacts.find((c) => (sender.waId && c.waId === sender.waId) || (sender.userId && c.userId === sender.userId)) ??
      (contacts.length === 1 ? contacts[0] : undefined);
    const who = compact({ waId: sender.waId ?? contact?.waId, userId: sender.userId ?? contact?.userId, parentUserId: contact?.parentUserId });
    const messageId = text(message.id);
    const at = timeOf(message.timestamp);
    if (contact) this.pair(contact, at, 'message');

    if (message.type === 'system') return this.readSystemMessage(message, who, messageId, path);

    const typed = this.typedText(message);
    if (typed === undefined) return; // media, reactions, locations, orders …: never a signal (R6)
    const keyword = typed.map((t) => ({ t, keyword: this.isStopKeyword(t) })).find((x) => x.keyword);
    if (!keyword?.keyword) return; // an ordinary message: never an opt-in (R6), not a stop either
    if (!who.waId && !who.userId) return void this.problems.push(`${path} is a stop keyword but names no sender`);
    if (!messageId) return void this.problems.push(`${path} is a stop keyword without a message id`);
    this.add({
      kind: 'stop',
      scope: 'all',
      source: 'whatsapp-stop',
      ...who,
      at: this.stopTime(message.timestamp, path),
      messageId,
      keyword: keyword.keyword,
      text: keyword.t,
      dedupeKey: `whatsapp-message:${messageId}`,
    });
  }

  /** The texts a person typed or tapped: a text body, a template button, an interactive reply. */
  private typedText(message: Json): string[] | undefined {
    const strings = (...values: unknown[]) => values.filter((v): v is string => typeof v === 'string' && v.length > 0);
    if (message.type === 'text' && isObject(message.text)) return strings(message.text.body);
    if (message.type === 'button' && isObject(message.button)) return strings(message.button.text, message.button.payload);
    if (message.type === 'interactive' && isObject(message.interactive)) {
      const reply = message.interactive.button_reply ?? message.interactive.list_reply;
      return isObject(reply) ? strings(reply.title, reply.id) : undefined;
    }
    return undefined;
  }

  private readSystemMessage(message: Json, who: WhatsAppIdentity, messageId: string | undefined, path: string): void {
    const system = isObject(message.system) ? message.system : undefined;
    if (!system) return void this.problems.push(`${path} is a system message without "system"`);
    const at = timeOf(message.timestamp);
    switch (system.type) {
      case 'user_preference_changed': {
        const value = system.marketing ?? system.value;
        if (value !== 'stop' && value !== 'resume') return void this.problems.push(`${path}.system.marketing is neither "stop" nor "resume"`);
        if (!who.waId && !who.userId) return void this.problems.push(`${path} names no user`);
        if (!messageId) return void this.problems.push(`${path} has no message id`);
        return this.add({
          kind: value,
          scope: 'marketing',
          source: 'whatsapp-preferences',
          ...who,
          at: this.stopTime(message.timestamp, path),
          ...(text(system.body) ? { detail: text(system.body) } : {}),
          messageId,
          dedupeKey: `whatsapp-message:${messageId}`,
        });
      }
      case 'user_changed_number':
      case 'customer_changed_number': {
        // `from` is the old number, `system.wa_id` (older: `new_wa_id`) the new one; since
        // August 2026 the BSUIDs travel along (`user_id`, `previous_user_id`, parents).
        const from = compact({ ...identityOf(message.from), userId: asUserId(system.previous_user_id) ?? who.userId, parentUserId: asUserId(system.previous_parent_user_id) });
        const to = compact({ waId: asWaId(system.wa_id) ?? asWaId(system.new_wa_id), userId: asUserId(system.user_id), parentUserId: asUserId(system.parent_user_id) });
        return this.identityChange('number', from, to, at, messageId, path);
      }
      case 'user_changed_user_id': {
        const from = compact({ userId: asUserId(system.previous_user_id) ?? who.userId, parentUserId: asUserId(system.previous_parent_user_id), waId: who.waId });
        const to = compact({ userId: asUserId(system.user_id), parentUserId: asUserId(system.parent_user_id), waId: asWaId(system.wa_id) ?? who.waId });
        return this.identityChange('user-id', from, to, at, messageId, path);
      }
      default:
        return; // other system notices say nothing about consent
    }
  }

  private identityChange(change: 'number' | 'user-id', from: WhatsAppIdentity, to: WhatsAppIdentity, at: string | undefined, messageId: string | undefined, path: string): void {
    const known = (i: WhatsAppIdentity) => Boolean(i.waId || i.userId);
    if (!known(from) || !known(to)) return void this.problems.push(`${path} does not name both the old and the new identity`);
    const when = at ?? this.stopTime(undefined, path);
    this.add({
      kind: 'number-changed',
      change,
      from,
      to,
      at: when,
      ...(messageId ? { messageId } : {}),
      dedupeKey: messageId ? `whatsapp-message:${messageId}` : `whatsapp-identity:${from.userId ?? from.waId}>${to.userId ?? to.waId}:${when}`,
    });
    this.pair(from, when, change === 'number' ? 'system' : 'user_id_update');
    this.pair(to, when, change === 'number' ? 'system' : 'user_id_update');
  }

  private readUserPreferences(value: Json, path: string): void {
    const contacts = this.contactsOf(value);
    if (!Array.isArray(value.user_preferences)) return void this.problems.push(`${path}.user_preferences is not a list`);
    value.user_preferences.forEach((item, i) => {
      const itemPath = `${path}.user_preferences[${i}]`;
      if (!isObject(item)) return void this.problems.push(`${itemPath} is not an object`);
      const own = compact({ ...identityOf(item.wa_id, item.user_id), parentUserId: asUserId(item.parent_user_id) });
      const contact =
        contacts.find((c) => (own.waId && c.waId === own.waId) || (own.userId && c.userId === own.userId)) ??
        (contacts.length === 1 ? contacts[0] : undefined);
      const who = compact({ waId: own.waId ?? contact?.waId, userId: own.userId ?? contact?.userId, parentUserId: own.parentUserId ?? contact?.parentUserId });
      const at = timeOf(item.timestamp);
      this.pair(who, at, 'user_preferences');
      if (item.category !== 'marketing_messages') return void this.problems.push(`${itemPath}.category is not "marketing_messages"`);
      if (item.value !== 'stop' && item.value !== 'resume') return void this.problems.push(`${itemPath}.value is neither "stop" nor "resume"`);
      if (!who.waId && !who.userId) return void this.problems.push(`${itemPath} names no user`);
      const when = this.stopTime(item.timestamp, itemPath);
      this.add({
        kind: item.value,
        scope: 'marketing',
        source: 'whatsapp-preferences',
        ...who,
        at: when,
        ...(text(item.detail) ? { detail: text(item.detail) } : {}),
        // No message id here: the person, the choice and Meta's timestamp identify the event.
        dedupeKey: `whatsapp-preferences:${who.userId ?? ''}:${who.waId ?? ''}:${item.value}:${item.timestamp ?? when}`,
      });
    });
  }

  /**
   * `user_id_update`. Meta announced it as a webhook field, then (changelog, 11 Aug 2026)
   * said BSUID changes arrive as `user_changed_user_id` system messages instead. Its item
   * shape was never published in full; read tolerantly: `user_id` as `{ previous, current }`
   * or as the new id beside `previous_user_id`, with `wa_id` where given.
   */
  private readUserIdUpdate(value: Json, path: string): void {
    const items = Array.isArray(value.user_id_update) ? value.user_id_update : [value];
    items.forEach((item, i) => {
      const itemPath = Array.isArray(value.user_id_update) ? `${path}.user_id_update[${i}]` : path;
      if (!isObject(item)) return void this.problems.push(`${itemPath} is not an object`);
      const ids = isObject(item.user_id) ? item.user_id : { previous: item.previous_user_id, current: item.user_id };
      const waId = asWaId(item.wa_id);
      const from = compact({ userId: asUserId(ids.previous), waId });
      const to = compact({ userId: asUserId(ids.current), waId });
      if (!from.userId || !to.userId) return void this.problems.push(`${itemPath} does not name the previous and the current user id`);
      this.identityChange('user-id', from, to, timeOf(item.timestamp ?? value.timestamp), undefined, itemPath);
    });
  }
}

/**
 * Reads a verified webhook body into signals. Never throws.
 *
 * @param body the parsed JSON (anything: junk is reported, not thrown)
 * @returns `signals` in the order the body lists them (pairs before the stop of the same
 *   message, so a receiver that applies them in order links a BSUID-only stop at once),
 *   and `problems` for what was skipped
 */
export function readWebhookPayload(body: unknown, options: ReadWebhookOptions = {}): WebhookReading {
  const reader = new Reader(options.isStopKeyword ?? defaultMatcher(), options.receivedAt ?? new Date());
  try {
    reader.read(body);
  } catch (error) {
    // Defensive: a getter or a proxy in hostile input; what was read so far stands.
    reader.problems.push(`the body could not be read to the end (${error instanceof Error ? error.name : 'error'})`);
  }
  return { signals: reader.signals, problems: reader.problems };
}

let builtInMatcher: StopKeywordMatcher | undefined;
const defaultMatcher = () => (builtInMatcher ??= createStopKeywordMatcher());

/**
 * A UUID for a signal's event, the same for the same `dedupeKey` (SHA-256, shaped as a
 * version-8 UUID): a redelivered webhook maps to the event id already stored.
 */
export async function signalEventId(dedupeKey: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`wa-optin:${dedupeKey}`)));
  digest[6] = (digest[6] & 0x0f) | 0x80; // version 8 (custom)
  digest[8] = (digest[8] & 0x3f) | 0x80; // RFC 9562 variant
  const hex = [...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
