import type { ConsentRecord } from '../../core/record.js';
import { subscriberKey } from '../../core/subscriber-key.js';
import { MIGRATIONS, type Migration } from './migrations.js';

/** A person withdrawing: every topic (`topics: null`) or some (R9). */
export interface OptOut {
  id: string;
  phone: string;
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

export type ConsentEvent = { kind: 'opt-in'; record: ConsentRecord } | { kind: 'opt-out'; optOut: OptOut };

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
  kind: 'opt-in' | 'opt-out';
  /** The number exactly as the event gave it. */
  phone: string;
  /** The person the number belongs to (`subscriberKey`): what status, proof and filters match on. */
  subscriberKey: string;
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
  kind?: 'opt-in' | 'opt-out';
  /** Only this subscriber's events, whichever variant of the number each was written with. */
  subscriberKey?: string;
}

/** Where consent events live. Both implementations are `SqlConsentStore` over a different driver. */
export interface ConsentStore {
  save(event: ConsentEvent, receipt: Receipt): Promise<SaveOutcome>;
  /** Every event of one subscriber (a `subscriberKey`), oldest first (in the order the receiver stored them). */
  eventsForSubscriber(key: string): Promise<StoredEvent[]>;
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

const EVENT_COLUMNS = `event_id, kind, phone, topics, occurred_at, received_at, source, business, wording,
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
  const o = event.optOut;
  return {
    kind: 'opt-out', phone: o.phone, topics: sortedTopics(o.topics), source: o.source, reason: o.reason ?? null,
    // Only when shown: opt-outs stored before the preference page keep their digest.
    ...(o.wording === undefined ? {} : { wording: o.wording, locale: o.locale ?? null }),
  };
}

function columnValues(event: ConsentEvent, receipt: Receipt): unknown[] {
  const receiptValues = [receipt.via, receipt.origin, receipt.userAgent, receipt.clientIp];
  if (event.kind === 'opt-in') {
    const r = event.record;
    return [r.id, 'opt-in', r.phone, r.topics, r.consentedAt, receipt.receivedAt, r.source, r.business, r.wording,
      r.wordingVersion ?? null, r.locale, r.pageUrl, r.phoneVerified, r.widgetVersion, null, ...receiptValues, r];
  }
  const o = event.optOut;
  return [o.id, 'opt-out', o.phone, o.topics, o.at, receipt.receivedAt, o.source, null, o.wording ?? null,
    null, o.locale ?? null, null, null, null, o.reason ?? null, ...receiptValues, o];
}

interface EventRow {
  seq: number | string;
  subscriber_key: string;
  event_id: string;
  kind: 'opt-in' | 'opt-out';
  phone: string;
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

// NULL parameters are typed explicitly: PostgreSQL cannot infer a type for `$2 IS NULL`.
const RANGE_FILTER = `($1::timestamptz IS NULL OR received_at >= $1::timestamptz)
  AND ($2::timestamptz IS NULL OR received_at < $2::timestamptz)
  AND ($3::text IS NULL OR kind = $3::text)
  AND ($4::text IS NULL OR subscriber_key = $4::text)`;

const rangeParams = (range: EventRange) => [range.from ?? null, range.to ?? null, range.kind ?? null, range.subscriberKey ?? null];

/** The consent store over any PostgreSQL: one set of SQL, so both stores behave the same. */
export class SqlConsentStore implements ConsentStore {
  constructor(
    private readonly db: SqlDatabase,
    private readonly batchSize = 500,
  ) {}

  /** Opens a store on `db`, migrating it first. */
  static async open(db: SqlDatabase): Promise<SqlConsentStore> {
    await migrate(db);
    return new SqlConsentStore(db);
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
    const storedEvent = (existing.kind === 'opt-in' ? { kind: 'opt-in', record: stored } : { kind: 'opt-out', optOut: stored }) as ConsentEvent;
    return canonicalJson(agreementOf(storedEvent)) === canonicalJson(agreementOf(event)) ? 'duplicate' : 'conflict';
  }

  async eventsForSubscriber(key: string): Promise<StoredEvent[]> {
    const rows = await this.db.query<EventRow>(`SELECT ${READ_COLUMNS} FROM wa_optin_events WHERE subscriber_key = $1 ORDER BY seq`, [key]);
    return rows.map(toStoredEvent);
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
    const rows = await this.db.query<{ day: string; kind: 'opt-in' | 'opt-out'; source: string; n: number | string }>(
      `SELECT to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, kind, source, count(*) AS n
       FROM wa_optin_events WHERE received_at >= $1 AND received_at < $2 GROUP BY 1, 2, 3`,
      [start, new Date(end)],
    );
    const byDay = new Map<string, DailyCount>();
    for (const row of rows) {
      const day = byDay.get(row.day) ?? { date: row.day, optIns: 0, optOuts: 0, bySource: {} };
      const n = Number(row.n);
      if (row.kind === 'opt-in') day.optIns += n;
      else day.optOuts += n;
      day.bySource[row.source] = (day.bySource[row.source] ?? 0) + n;
      byDay.set(row.day, day);
    }
    return [...byDay.values()].sort((a, b) => (a.date < b.date ? 1 : -1));
  }
}
