import type { ConsentRecord } from '../../core/record.js';
import { subscriberKey } from '../../core/subscriber-key.js';
import { MIGRATIONS, type Migration } from './migrations.js';

/** A person withdrawing: every topic (`topics: null`) or some (R9). */
export interface OptOut {
  id: string;
  /** E.164. `null` only for a WhatsApp stop that named the person by their BSUID alone (§1b). */
  phone: string | null;
  /** The business-scoped user ID (BSUID, `BR.1502576394655843`) WhatsApp named the person by. */
  userId?: string;
  topics: string[] | null;
  source: string;
  /** When the person withdrew (e.g. the webhook's timestamp); ISO 8601 UTC. */
  at: string;
  reason?: string;
  /**
   * The exact text the person saw when they withdrew, where there was one (the preference
   * page's stop sentence, R11); stored in the `wording` column. Absent for a bare STOP.
   */
  wording?: string;
  /** The language of `wording`. */
  locale?: string;
}

/**
 * WhatsApp's "resume marketing messages" (the `user_preferences` webhook's `resume`). Not an
 * opt-in: the person saw no wording. It lifts an earlier WhatsApp marketing stop, and the
 * status fold lets it re-allow only topics an opt-in had allowed (never more).
 */
export interface Resume {
  id: string;
  phone: string | null;
  userId?: string;
  /** The marketing topics it lifts the WhatsApp stop from. */
  topics: string[];
  source: string;
  at: string;
  /** Meta's description, e.g. "User requested to resume marketing messages". */
  reason?: string;
}

export type ConsentEvent =
  | { kind: 'opt-in'; record: ConsentRecord }
  | { kind: 'opt-out'; optOut: OptOut }
  | { kind: 'resume'; resume: Resume };

export type EventKind = ConsentEvent['kind'];

/** What the receiver saw of the request, stored beside the event as part of the proof (R11). */
export interface Receipt {
  receivedAt: Date;
  /** `browser`, `admin` or `api-key:<name>`: who handed the event in. */
  via: string;
  origin: string | null;
  userAgent: string | null;
  /** Already reduced as configured (absent, hashed or plain). */
  clientIp: string | null;
}

/**
 * `created`: new row. `duplicate`: an event with this id and the same agreement was stored
 * before (see `agreementOf`); the first row stays, times included. `conflict`: the id is
 * taken by a different agreement.
 */
export type SaveOutcome = 'created' | 'duplicate' | 'conflict';

/** One stored event as the audit export and the status check read it. */
export interface StoredEvent {
  eventId: string;
  kind: EventKind;
  /** The number exactly as the event gave it; `null` for a WhatsApp signal known only by its BSUID. */
  phone: string | null;
  /** The person the number belongs to (`subscriberKey`): what status, proof and filters match on; `null` without a number. */
  subscriberKey: string | null;
  /** The BSUID WhatsApp named the person by, if any. */
  userId: string | null;
  /** `null`: an opt-out of every topic. */
  topics: string[] | null;
  occurredAt: string;
  receivedAt: string;
  source: string;
  business: string | null;
  wording: string | null;
  wordingVersion: string | null;
  locale: string | null;
  pageUrl: string | null;
  phoneVerified: boolean | null;
  widgetVersion: string | null;
  reason: string | null;
  via: string;
  origin: string | null;
  userAgent: string | null;
  clientIp: string | null;
  /** The event exactly as it was accepted (the consent record or the opt-out). */
  body: unknown;
}

export interface EventRange {
  /** Inclusive, by received time. */
  from?: Date;
  /** Exclusive, by received time. */
  to?: Date;
  kind?: EventKind;
  /** Only this subscriber's events, whichever variant of the number each was written with. */
  subscriberKey?: string;
}

/** Where consent events live. Both implementations are `SqlConsentStore` over a different driver. */
export interface ConsentStore {
  save(event: ConsentEvent, receipt: Receipt): Promise<SaveOutcome>;
  /**
   * Every event of one person, oldest first (in the order the receiver stored them): `key` is
   * a `subscriberKey` or a BSUID, and the events of every number and BSUID WhatsApp showed
   * to be the same person (`learnIdentity`) are included (§1b).
   */
  eventsForSubscriber(key: string): Promise<StoredEvent[]>;
  /** Records that two identities (a number and a BSUID, or an old and a new one) are one person. */
  learnIdentity(a: string, b: string, seen: { at: Date; seenIn: string; receivedAt?: Date }): Promise<boolean>;
  /** Every number and BSUID known to be this person (`key` as for `eventsForSubscriber`). */
  identitiesOf(key: string): Promise<Identities>;
  /** The links that make up this person (`key` as for `eventsForSubscriber`), oldest first: the proof that a BSUID is their number. */
  linksOf(key: string): Promise<IdentityLink[]>;
  /** Every identity link, for folding the whole ledger (suppression export, prune). */
  identityLinks(): Promise<Array<{ a: string; b: string }>>;
  /** The erasure or prune that put any of these keys on the suppression list, latest first; null if none. */
  suppressedSince(keys: readonly string[]): Promise<Suppression | null>;
  /** The suppression list's entries (hashes only). */
  suppressions(): Promise<Array<Suppression & { keyHash: string }>>;
  /** The salted hash a key is kept under on the suppression list. */
  suppressionHash(key: string): Promise<string>;
  /**
   * Deletes every event and identity link of this person (every identity they are linked to)
   * and keeps only the salted hash of each key on the suppression list (§4, GDPR Art. 17).
   */
  forgetSubscriber(key: string, reason: Suppression['reason'], now?: Date): Promise<Forgotten>;
  /** `eventsForSubscriber(subscriberKey(phone))`: every variant of this E.164 number (R9). */
  eventsForPhone(phone: string): Promise<StoredEvent[]>;
  /** Events in storage order, read in batches, so an export never holds them all in memory. */
  events(range?: EventRange): AsyncIterable<StoredEvent>;
  count(range?: EventRange): Promise<number>;
  close(): Promise<void>;
  /** The newest events first, `limit` of them, only those stored before `before` (a `seq`): the admin page's list. */
  latestEvents(page: { limit: number; before?: number }): Promise<SequencedEvent[]>;
  /** Events per UTC day (by received time) over the last `days` days up to `now`, newest day first; days without events are left out. */
  dailyCounts(range: { days: number; now?: Date }): Promise<DailyCount[]>;
}

/** A stored event with its place in storage order (`seq`), for paging newest first. */
export type SequencedEvent = StoredEvent & { seq: number };

/** One UTC day of events: opt-ins, opt-outs, and every event by its `source`. */
export interface DailyCount {
  /** `YYYY-MM-DD`, UTC. */
  date: string;
  optIns: number;
  optOuts: number;
  bySource: Record<string, number>;
}

/** One person's identities: subscriber keys and BSUIDs (`keys`), and the numbers as given. */
export interface Identities {
  /** The subscriber keys of their numbers and their BSUIDs: what events and links match on. */
  keys: string[];
  /** Their numbers as events and webhooks gave them (E.164). */
  phones: string[];
  userIds: string[];
}

/** Two identities WhatsApp showed to be one person. */
export interface IdentityLink {
  /** A number (E.164, as WhatsApp gave it) or a BSUID. */
  a: string;
  b: string;
  /** When Meta's event that showed it happened. */
  learnedAt: string;
  receivedAt: string;
  /** `message`, `status`, `user_preferences`, `system`, `user_id_update`, `changed-number`, `changed-user-id`. */
  seenIn: string;
}

/** Why a key is on the suppression list although its events are gone. */
export interface Suppression {
  reason: 'erased' | 'pruned';
  /** Events older than this are not honoured again (a replayed old opt-in); a fresh one is. */
  since: string;
  eventsRemoved: number;
}

export interface Forgotten {
  events: number;
  links: number;
  /** The keys now on the suppression list (hashed there). */
  keys: string[];
}

export interface SqlConsentStoreOptions {
  /**
   * Salt of the suppression list's hashes (`WA_OPTIN_ERASE_SALT`). Default: a random salt
   * the database made once (migration 3). Set it once and keep it: a new salt no longer
   * matches the hashes already kept.
   */
  eraseSalt?: string;
}

export interface SqlSession {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Several statements, no parameters (migrations). */
  execScript(text: string): Promise<void>;
}

/** The few things the store needs from a PostgreSQL driver; `pglite.ts` and `postgres.ts` provide it. */
export interface SqlDatabase extends SqlSession {
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// Any constant works; it only has to be the same in every process migrating this database.
const MIGRATION_LOCK = 0x7761_6f70;

/**
 * Brings the schema up to date; safe when several receivers start at once on one database.
 * `migrations` is a seam for tests (a database as an older version left it).
 */
export async function migrate(db: SqlDatabase, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.execScript(
      `CREATE TABLE IF NOT EXISTS wa_optin_migrations (
         version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM wa_optin_migrations')).map((r) => Number(r.version)),
    );
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.execScript(migration.sql);
      await tx.query('INSERT INTO wa_optin_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}

/** JSON with keys sorted at every level: the same event always has the same digest, whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const EVENT_COLUMNS = `event_id, kind, phone, user_id, topics, occurred_at, received_at, source, business, wording,
  wording_version, locale, page_url, phone_verified, widget_version, reason, via, origin, user_agent, client_ip, body`;
/** `subscriber_key` is generated by the database from `phone` (migration 2): read, never written. */
const READ_COLUMNS = `seq, ${EVENT_COLUMNS}, subscriber_key`;

const sortedTopics = (topics: readonly string[] | null | undefined) => (topics ? [...topics].sort() : null);

/**
 * What the person agreed to: the part of an event that tells a retry from a conflict when
 * its id comes again. Not the times a client attaches (`consentedAt`, an opt-out's `at`,
 * which the server fills with "now" when absent): a checkout that submits twice, or an
 * opt-out posted twice, is the same act (issue 12, item 8). Topics compare as a set.
 * Everything shown to the person or claimed about how they acted is included: number,
 * topics, business, wording (and its version), locale, source, page, verification, widget
 * version; for an opt-out the number, topics, source and reason.
 */
export function agreementOf(event: ConsentEvent): Record<string, unknown> {
  if (event.kind === 'opt-in') {
    const r = event.record;
    return {
      kind: 'opt-in', channel: r.channel, phone: r.phone, topics: sortedTopics(r.topics), business: r.business,
      wording: r.wording, wordingVersion: r.wordingVersion ?? null, locale: r.locale, source: r.source,
      pageUrl: r.pageUrl, phoneVerified: r.phoneVerified, widgetVersion: r.widgetVersion,
    };
  }
  if (event.kind === 'resume') {
    const r = event.resume;
    return { kind: 'resume', phone: r.phone, userId: r.userId ?? null, topics: sortedTopics(r.topics), source: r.source, reason: r.reason ?? null };
  }
  const o = event.optOut;
  return {
    kind: 'opt-out', phone: o.phone, userId: o.userId ?? null, topics: sortedTopics(o.topics), source: o.source, reason: o.reason ?? null,
    // Only when shown: opt-outs stored before the preference page keep their digest.
    ...(o.wording === undefined ? {} : { wording: o.wording, locale: o.locale ?? null }),
  };
}

function columnValues(event: ConsentEvent, receipt: Receipt): unknown[] {
  const receiptValues = [receipt.via, receipt.origin, receipt.userAgent, receipt.clientIp];
  if (event.kind === 'opt-in') {
    const r = event.record;
    return [r.id, 'opt-in', r.phone, null, r.topics, r.consentedAt, receipt.receivedAt, r.source, r.business, r.wording,
      r.wordingVersion ?? null, r.locale, r.pageUrl, r.phoneVerified, r.widgetVersion, null, ...receiptValues, r];
  }
  if (event.kind === 'resume') {
    const r = event.resume;
    return [r.id, 'resume', r.phone, r.userId ?? null, r.topics, r.at, receipt.receivedAt, r.source, null, null,
      null, null, null, null, null, r.reason ?? null, ...receiptValues, r];
  }
  const o = event.optOut;
  return [o.id, 'opt-out', o.phone, o.userId ?? null, o.topics, o.at, receipt.receivedAt, o.source, null, o.wording ?? null,
    null, o.locale ?? null, null, null, null, o.reason ?? null, ...receiptValues, o];
}

interface EventRow {
  seq: number | string;
  subscriber_key: string | null;
  event_id: string;
  kind: EventKind;
  phone: string | null;
  user_id: string | null;
  topics: string[] | null;
  occurred_at: Date;
  received_at: Date;
  source: string;
  business: string | null;
  wording: string | null;
  wording_version: string | null;
  locale: string | null;
  page_url: string | null;
  phone_verified: boolean | null;
  widget_version: string | null;
  reason: string | null;
  via: string;
  origin: string | null;
  user_agent: string | null;
  client_ip: string | null;
  body: unknown;
}

function toStoredEvent(row: EventRow): StoredEvent {
  return {
    eventId: row.event_id,
    kind: row.kind,
    phone: row.phone,
    subscriberKey: row.subscriber_key,
    userId: row.user_id,
    topics: row.topics,
    occurredAt: new Date(row.occurred_at).toISOString(),
    receivedAt: new Date(row.received_at).toISOString(),
    source: row.source,
    business: row.business,
    wording: row.wording,
    wordingVersion: row.wording_version,
    locale: row.locale,
    pageUrl: row.page_url,
    phoneVerified: row.phone_verified,
    widgetVersion: row.widget_version,
    reason: row.reason,
    via: row.via,
    origin: row.origin,
    userAgent: row.user_agent,
    clientIp: row.client_ip,
    body: typeof row.body === 'string' ? JSON.parse(row.body) : row.body,
  };
}

/**
 * `reach(node)`: `$1` (a subscriber key or a BSUID) and every identity linked to it, however
 * many links away (a number → its BSUID → the number it changed to …). `UNION` drops
 * repeats, so a cycle of links ends.
 */
const REACH = `reach(node) AS (
    SELECT $1::text
    UNION
    SELECT CASE WHEN i.a_key = r.node THEN i.b_key ELSE i.a_key END
    FROM wa_optin_identities i JOIN reach r ON i.a_key = r.node OR i.b_key = r.node
  )`;

interface SuppressionRow {
  key_hash: string;
  reason: Suppression['reason'];
  since: Date;
  events_removed: number;
}

const toSuppression = (row: SuppressionRow): Suppression => ({
  reason: row.reason,
  since: new Date(row.since).toISOString(),
  eventsRemoved: Number(row.events_removed),
});

// NULL parameters are typed explicitly: PostgreSQL cannot infer a type for `$2 IS NULL`.
const RANGE_FILTER = `($1::timestamptz IS NULL OR received_at >= $1::timestamptz)
  AND ($2::timestamptz IS NULL OR received_at < $2::timestamptz)
  AND ($3::text IS NULL OR kind = $3::text)
  AND ($4::text IS NULL OR subscriber_key = $4::text)`;

const rangeParams = (range: EventRange) => [range.from ?? null, range.to ?? null, range.kind ?? null, range.subscriberKey ?? null];

/** The consent store over any PostgreSQL: one set of SQL, so both stores behave the same. */
export class SqlConsentStore implements ConsentStore {
  private salt: Promise<string> | undefined;

  constructor(
    private readonly db: SqlDatabase,
    private readonly batchSize = 500,
    private readonly options: SqlConsentStoreOptions = {},
  ) {}

  /** Opens a store on `db`, migrating it first. */
  static async open(db: SqlDatabase, options: SqlConsentStoreOptions = {}): Promise<SqlConsentStore> {
    await migrate(db);
    return new SqlConsentStore(db, 500, options);
  }

  async save(event: ConsentEvent, receipt: Receipt): Promise<SaveOutcome> {
    const values = columnValues(event, receipt);
    const body = values.pop();
    const digest = await sha256Hex(canonicalJson(body));
    const placeholders = Array.from({ length: values.length + 2 }, (_, i) => `$${i + 1}`).join(', ');
    // One statement: the row is written whole or not at all, and a concurrent retry of the
    // same id waits for this one and then finds it instead of writing a second row.
    const inserted = await this.db.query(
      `INSERT INTO wa_optin_events (${EVENT_COLUMNS}, body_sha256) VALUES (${placeholders})
       ON CONFLICT (event_id) DO NOTHING RETURNING seq`,
      [...values, JSON.stringify(body), digest],
    );
    if (inserted.length) return 'created';
    // The id is taken: by this very agreement (a retry, whatever times it carries now) or by another.
    const [existing] = await this.db.query<{ kind: ConsentEvent['kind']; body: unknown }>(
      'SELECT kind, body FROM wa_optin_events WHERE event_id = $1',
      [values[0]],
    );
    if (!existing) return 'conflict';
    const stored = typeof existing.body === 'string' ? JSON.parse(existing.body) : existing.body;
    const storedEvent = (
      existing.kind === 'opt-in' ? { kind: 'opt-in', record: stored } : existing.kind === 'resume' ? { kind: 'resume', resume: stored } : { kind: 'opt-out', optOut: stored }
    ) as ConsentEvent;
    return canonicalJson(agreementOf(storedEvent)) === canonicalJson(agreementOf(event)) ? 'duplicate' : 'conflict';
  }

  async eventsForSubscriber(key: string): Promise<StoredEvent[]> {
    const rows = await this.db.query<EventRow>(
      // Two index lookups joined by UNION: an OR across the two columns would scan the table.
      `WITH RECURSIVE ${REACH} SELECT ${READ_COLUMNS} FROM wa_optin_events WHERE seq IN (
         SELECT seq FROM wa_optin_events WHERE subscriber_key IN (SELECT node FROM reach)
         UNION SELECT seq FROM wa_optin_events WHERE user_id IN (SELECT node FROM reach)
       ) ORDER BY seq`,
      [key],
    );
    return rows.map(toStoredEvent);
  }

  async learnIdentity(a: string, b: string, seen: { at: Date; seenIn: string; receivedAt?: Date }): Promise<boolean> {
    if (a === b) return false;
    // The first sighting stays: when a pair was first learned is part of the proof.
    const rows = await this.db.query(
      `INSERT INTO wa_optin_identities (a, b, learned_at, received_at, seen_in) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (a, b) DO NOTHING RETURNING a`,
      [a, b, seen.at, seen.receivedAt ?? new Date(), seen.seenIn],
    );
    return rows.length > 0;
  }

  async identitiesOf(key: string): Promise<Identities> {
    const rows = await this.db.query<{ node: string; phone: string | null }>(
      `WITH RECURSIVE ${REACH}
       SELECT node, NULL AS phone FROM reach
       UNION SELECT NULL, x.phone FROM (
         SELECT phone FROM wa_optin_events WHERE subscriber_key IN (SELECT node FROM reach) AND phone IS NOT NULL
         UNION SELECT a FROM wa_optin_identities WHERE a_key IN (SELECT node FROM reach) AND a LIKE '+%'
         UNION SELECT b FROM wa_optin_identities WHERE b_key IN (SELECT node FROM reach) AND b LIKE '+%'
       ) x`,
      [key],
    );
    const keys = rows.flatMap((r) => (r.node ? [r.node] : [])).sort();
    return {
      keys,
      phones: rows.flatMap((r) => (r.phone ? [r.phone] : [])).sort(),
      userIds: keys.filter((k) => !k.startsWith('+')),
    };
  }

  async linksOf(key: string): Promise<IdentityLink[]> {
    const rows = await this.db.query<{ a: string; b: string; learned_at: Date; received_at: Date; seen_in: string }>(
      `WITH RECURSIVE ${REACH} SELECT a, b, learned_at, received_at, seen_in FROM wa_optin_identities
       WHERE a_key IN (SELECT node FROM reach) ORDER BY received_at, learned_at, a, b`,
      [key],
    );
    return rows.map((r) => ({ a: r.a, b: r.b, learnedAt: new Date(r.learned_at).toISOString(), receivedAt: new Date(r.received_at).toISOString(), seenIn: r.seen_in }));
  }

  async identityLinks(): Promise<Array<{ a: string; b: string }>> {
    return this.db.query<{ a: string; b: string }>('SELECT a_key AS a, b_key AS b FROM wa_optin_identities');
  }

  /** HMAC-SHA256 under the erase salt: the list can match a known number, never reveal one. */
  async suppressionHash(key: string): Promise<string> {
    this.salt ??= this.options.eraseSalt
      ? Promise.resolve(this.options.eraseSalt)
      : this.db.query<{ value: string }>(`SELECT value FROM wa_optin_settings WHERE name = 'erase_salt'`).then(([row]) => row.value);
    const hmacKey = await crypto.subtle.importKey('raw', new TextEncoder().encode(await this.salt), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const digest = await crypto.subtle.sign('HMAC', hmacKey, new TextEncoder().encode(key));
    return `hmac-sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  }

  async suppressedSince(keys: readonly string[]): Promise<Suppression | null> {
    if (!keys.length) return null;
    const hashes = await Promise.all(keys.map((k) => this.suppressionHash(k)));
    const [row] = await this.db.query<SuppressionRow>(
      'SELECT key_hash, reason, since, events_removed FROM wa_optin_suppressed WHERE key_hash = ANY($1::text[]) ORDER BY since DESC LIMIT 1',
      [hashes],
    );
    return row ? toSuppression(row) : null;
  }

  async suppressions(): Promise<Array<Suppression & { keyHash: string }>> {
    const rows = await this.db.query<SuppressionRow>('SELECT key_hash, reason, since, events_removed FROM wa_optin_suppressed ORDER BY since, key_hash');
    return rows.map((row) => ({ keyHash: row.key_hash, ...toSuppression(row) }));
  }

  async forgetSubscriber(key: string, reason: Suppression['reason'], now = new Date()): Promise<Forgotten> {
    const { keys } = await this.identitiesOf(key);
    const hashes = await Promise.all(keys.map((k) => this.suppressionHash(k)));
    return this.db.transaction(async (tx) => {
      const events = await tx.query(
        'DELETE FROM wa_optin_events WHERE subscriber_key = ANY($1::text[]) OR user_id = ANY($1::text[]) RETURNING seq',
        [keys],
      );
      const links = await tx.query('DELETE FROM wa_optin_identities WHERE a_key = ANY($1::text[]) OR b_key = ANY($1::text[]) RETURNING a', [keys]);
      for (const hash of hashes) {
        await tx.query(
          `INSERT INTO wa_optin_suppressed (key_hash, reason, since, events_removed) VALUES ($1, $2, $3, $4)
           ON CONFLICT (key_hash) DO UPDATE SET reason = EXCLUDED.reason, since = EXCLUDED.since,
             events_removed = wa_optin_suppressed.events_removed + EXCLUDED.events_removed`,
          [hash, reason, now, events.length],
        );
      }
      return { events: events.length, links: links.length, keys };
    });
  }

  eventsForPhone(phone: string): Promise<StoredEvent[]> {
    return this.eventsForSubscriber(subscriberKey(phone));
  }

  async *events(range: EventRange = {}): AsyncIterable<StoredEvent> {
    // Keyset pagination on seq: constant memory, and rows stored meanwhile do not shift the pages.
    let after = 0;
    for (;;) {
      const rows = await this.db.query<EventRow>(
        `SELECT ${READ_COLUMNS} FROM wa_optin_events
         WHERE seq > $5 AND ${RANGE_FILTER} ORDER BY seq LIMIT $6`,
        [...rangeParams(range), after, this.batchSize],
      );
      for (const row of rows) yield toStoredEvent(row);
      if (rows.length < this.batchSize) return;
      after = Number(rows[rows.length - 1].seq);
    }
  }

  async count(range: EventRange = {}): Promise<number> {
    const [row] = await this.db.query<{ n: number | string }>(`SELECT count(*) AS n FROM wa_optin_events WHERE ${RANGE_FILTER}`, rangeParams(range));
    return Number(row.n);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  async latestEvents({ limit, before }: { limit: number; before?: number }): Promise<SequencedEvent[]> {
    const rows = await this.db.query<EventRow>(
      `SELECT ${READ_COLUMNS} FROM wa_optin_events WHERE ($1::bigint IS NULL OR seq < $1::bigint) ORDER BY seq DESC LIMIT $2`,
      [before ?? null, limit],
    );
    return rows.map((row) => ({ seq: Number(row.seq), ...toStoredEvent(row) }));
  }

  async dailyCounts({ days, now = new Date() }: { days: number; now?: Date }): Promise<DailyCount[]> {
    // Whole UTC days: today and the days - 1 before it. The received_at index serves the range.
    const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
    const start = new Date(end - days * 86_400_000);
    const rows = await this.db.query<{ day: string; kind: EventKind; source: string; n: number | string }>(
      `SELECT to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, kind, source, count(*) AS n
       FROM wa_optin_events WHERE received_at >= $1 AND received_at < $2 GROUP BY 1, 2, 3`,
      [start, new Date(end)],
    );
    const byDay = new Map<string, DailyCount>();
    for (const row of rows) {
      const day = byDay.get(row.day) ?? { date: row.day, optIns: 0, optOuts: 0, bySource: {} };
      const n = Number(row.n);
      if (row.kind === 'opt-in') day.optIns += n;
      // A WhatsApp resume is neither: it grants nothing new (it shows under its source).
      else if (row.kind === 'opt-out') day.optOuts += n;
      day.bySource[row.source] = (day.bySource[row.source] ?? 0) + n;
      byDay.set(row.day, day);
    }
    return [...byDay.values()].sort((a, b) => (a.date < b.date ? 1 : -1));
  }
}
