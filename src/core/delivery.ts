import { fireOptinEvent, type ExpiredConsent, type OptinExpiredDetail } from './events.js';
import { ConsentOutbox, type PendingOutboxEntry } from './outbox.js';
import type { OptinStrings } from './locales.js';
import type { ConsentRecord } from './record.js';
import { deliveryError, rememberOptIn } from './submit-flow.js';

// What a submit needs besides delivery (the record, the error it leads to, the memory of
// the opt-in) comes in the same chunk, after the first render: see submit-flow.ts.
export * from './submit-flow.js';

/** What the person is told while and after a record travels. Never a fake success. */
export type DeliveryState =
  | { state: 'sending' }
  /**
   * The receiver acknowledged this very record (its JSON answer names the record's id).
   * `elsewhere`: another tab of the site delivered it while this one waited its turn.
   */
  | { state: 'delivered'; status: number; elsewhere?: true }
  /** Will be retried (later in this page, and on the next page load of the site). */
  | { state: 'queued'; reason: string; attempts: number }
  /** The receiver refused it (4xx other than 408/429): not retried, reported. */
  | { state: 'rejected'; status: number; message: string };

export interface DeliveryOptions {
  /** Waits between attempts; after the last, the record waits for the next page load. */
  retryDelaysMs: number[];
  /** One attempt's time limit. */
  timeoutMs: number;
  /**
   * Days an undelivered record may wait in this browser (default 30). Older ones are
   * removed on the next page load and reported with `wa-optin-expired`: the number and
   * wording of a person must not stay in a browser for ever (R11), and a receiver refuses
   * consent claimed to be that old anyway.
   */
  maxPendingAgeDays: number;
  outbox: ConsentOutbox;
}

const options: DeliveryOptions = {
  retryDelaysMs: [1_000, 4_000, 15_000, 60_000],
  timeoutMs: 15_000,
  maxPendingAgeDays: 30,
  outbox: undefined as unknown as ConsentOutbox,
};

/** Seam for tests and for integrators who want other retry timing, expiry or storage. */
export function setDeliveryOptions(next: Partial<DeliveryOptions>): void {
  Object.assign(options, next);
}

export function consentOutbox(): ConsentOutbox {
  options.outbox ??= new ConsentOutbox();
  return options.outbox;
}

/** Statuses worth another try: the server may well answer later. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** This page's name in the outbox, so its own retries are not mistaken for another tab's. */
const tabId = Math.random().toString(36).slice(2);

const inFlight = new Map<string, Promise<DeliveryState>>();

/**
 * Sends one consent record: outbox first, then POST with `keepalive` (so a navigation
 * right after submit cannot cancel it) and `Idempotency-Key` = record id on every try.
 * Resolves with the final state; `onState` hears every step (sending, queued…).
 *
 * Delivered means acknowledged: the receiver answered 2xx with JSON whose `id` is this
 * record's id, without a redirect. A redirect (say, to a login page that answers 200
 * HTML) or any other 2xx is not proof that anything was stored: the record stays pending.
 */
export function deliverConsent(
  record: ConsentRecord,
  endpoint: string,
  onState: (state: DeliveryState) => void = () => {},
): Promise<DeliveryState> {
  const outbox = consentOutbox();
  if (!outbox.get(record.id)) {
    const entry: PendingOutboxEntry = { id: record.id, state: 'pending', record, endpoint, attempts: 0 };
    const dropped = outbox.put(entry);
    reportExpired(dropped, 'capacity');
    // This page has just made the record, so no other tab holds it: its first request leaves
    // now, in this task, not once the delivery lock is granted. A checkout that navigates
    // away right after submit would otherwise unload the page before the request was made,
    // and `keepalive` only keeps requests already made (the outbox would still resend it on
    // a later page of the site, but later).
    if (!inFlight.has(record.id)) firstRequests.set(record.id, postOnce(entry));
  }
  return settle(record.id, onState);
}

/** Where one submit is: what a surface shows (the form's `status`), step by step. */
export type ConsentFlowPhase = 'sending' | 'queued' | 'delivered' | 'rejected';

export interface ConsentSubmitOptions {
  /** Where the record goes; without one the page stores `detail.record` itself (status 0). */
  endpoint: string;
  strings: OptinStrings;
  /** Hears each phase of this submit, for the surface to show it. */
  onPhase?: (phase: ConsentFlowPhase, state: DeliveryState) => void;
}

export type ConsentSubmitResult =
  | { outcome: 'cancelled' }
  // The submit code could not be fetched: the record went nowhere (reported as `wa-optin-error`).
  | { outcome: 'not-sent'; record: ConsentRecord }
  | { outcome: 'settled'; record: ConsentRecord; delivery: DeliveryState };

/**
 * The part of the one consent flow (src/components/internal/consent-flow.ts) after the
 * cancelable `wa-optin-submit`: the record goes to the outbox and the receiver, the surface
 * hears each phase, and `wa-optin-success` / `wa-optin-error` say how it went, with the same
 * details for every surface. Here, with the delivery code, not in any first render (issue 16).
 */
export async function sendSubmittedConsent(
  host: HTMLElement,
  record: ConsentRecord,
  { endpoint, strings, onPhase, hostMayNavigate = false }: ConsentSubmitOptions & { hostMayNavigate?: boolean },
): Promise<ConsentSubmitResult> {
  const report = (delivery: DeliveryState) => {
    const error = deliveryError(delivery, strings);
    if (error) fireOptinEvent(host, 'wa-optin-error', { ...error, record, delivery });
  };
  if (!endpoint) {
    // Event-only use: the page stores detail.record itself.
    rememberOptIn(record);
    const delivery: DeliveryState = { state: 'delivered', status: 0 };
    fireOptinEvent(host, 'wa-optin-success', { record, status: 0 });
    return { outcome: 'settled', record, delivery };
  }
  onPhase?.('sending', { state: 'sending' });
  let toldQueued = false;
  const onState = (state: DeliveryState) => {
    // Stored or safely queued: no popup or banner of this site asks this person again.
    if (state.state === 'delivered' || state.state === 'queued') rememberOptIn(record);
    // Retries keep going after the first failure; the person is told once, honestly.
    if (state.state === 'queued' && !toldQueued) {
      toldQueued = true;
      onPhase?.('queued', state);
      report(state);
    }
  };
  const delivering = deliverConsent(record, endpoint, onState);
  // A checkout navigates at once: the record is already in the durable outbox, so the opt-in counts.
  if (hostMayNavigate && consentOutbox().durable) rememberOptIn(record);
  const delivery = await delivering;
  if (delivery.state === 'delivered') {
    onPhase?.('delivered', delivery);
    fireOptinEvent(host, 'wa-optin-success', { record, status: delivery.status });
  } else if (delivery.state === 'rejected') {
    onPhase?.('rejected', delivery);
    report(delivery);
  }
  // 'queued' was reported when it first happened; the outbox sends it on a later page load.
  return { outcome: 'settled', record, delivery };
}

/** First requests already on their way, by record id, for the delivery loop to pick up. */
const firstRequests = new Map<string, Promise<Outcome>>();

/**
 * Resolves once every delivery this page has under way has settled: delivered, refused, or
 * queued for a later page. For a single-page app that wants the records on their way before
 * it tears down, and for tests that must not inherit another test's late acknowledgement.
 */
export async function deliveriesSettled(): Promise<void> {
  await Promise.allSettled([...inFlight.values()]);
}

/** One delivery loop per record in this page, whoever asks. */
function settle(id: string, onState: (state: DeliveryState) => void = () => {}): Promise<DeliveryState> {
  const running = inFlight.get(id);
  if (running) return running;
  const delivery = attemptUntilSettled(id, onState).finally(() => inFlight.delete(id));
  inFlight.set(id, delivery);
  return delivery;
}

async function attemptUntilSettled(id: string, onState: (state: DeliveryState) => void): Promise<DeliveryState> {
  for (let tries = 0; ; tries++) {
    const state = await oneTurn(id, onState);
    onState(state);
    if (state.state !== 'queued') return state;
    const wait = options.retryDelaysMs[tries];
    if (wait === undefined) return state;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/**
 * One attempt, while this tab alone holds the record (R8: delivered once). Other tabs of
 * the site resume the same outbox on load; the one that waited its turn re-reads the
 * entry and finds it gone (delivered), refused, or just tried.
 */
function oneTurn(id: string, onState: (state: DeliveryState) => void): Promise<DeliveryState> {
  return exclusively(id, async () => {
    const outbox = consentOutbox();
    const entry = outbox.get(id);
    if (!entry) return { state: 'delivered', status: 200, elsewhere: true };
    if (entry.state === 'rejected') {
      const [status, ...words] = entry.lastError.split(' ');
      return { state: 'rejected', status: Number(status) || 0, message: words.join(' ') || entry.lastError };
    }
    if (entry.lastAttemptBy !== tabId && entry.lastAttemptAt && Date.now() - entry.lastAttemptAt < (options.retryDelaysMs[0] ?? 0)) {
      // Another tab tried a moment ago and will try again: no second request on its heels.
      return { state: 'queued', reason: entry.lastError ?? 'being sent by another tab', attempts: entry.attempts };
    }
    onState({ state: 'sending' });
    const started = firstRequests.get(id);
    firstRequests.delete(id);
    const outcome = await (started ?? postOnce(entry));
    const attempts = entry.attempts + 1;
    if (outcome.kind === 'delivered') {
      outbox.remove(id);
      return { state: 'delivered', status: outcome.status };
    }
    if (outcome.kind === 'rejected') {
      outbox.put({ id, state: 'rejected', attempts, lastError: `${outcome.status} ${outcome.message}`, rejectedAt: new Date().toISOString() });
      return { state: 'rejected', status: outcome.status, message: outcome.message };
    }
    outbox.put({ ...entry, attempts, lastError: outcome.reason, lastAttemptAt: Date.now(), lastAttemptBy: tabId });
    return { state: 'queued', reason: outcome.reason, attempts };
  });
}

type Outcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'retry'; reason: string }
  | { kind: 'rejected'; status: number; message: string };

async function postOnce(entry: PendingOutboxEntry): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetch(entry.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': entry.id },
      body: JSON.stringify(entry.record),
      keepalive: true,
      credentials: 'omit',
      // A redirect is never followed: whatever answers at the end of it is not our receiver
      // acknowledging the record (a login page answers 200 too).
      redirect: 'manual',
      signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(options.timeoutMs) : undefined,
    });
  } catch (error) {
    return { kind: 'retry', reason: `network: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    return { kind: 'retry', reason: 'not acknowledged: the endpoint redirected' };
  }
  if (response.ok) {
    const acknowledged = await acknowledgedId(response);
    if (acknowledged === entry.id) return { kind: 'delivered', status: response.status };
    return { kind: 'retry', reason: `not acknowledged: HTTP ${response.status} without this record's id` };
  }
  if (isRetryableStatus(response.status)) return { kind: 'retry', reason: `HTTP ${response.status}` };
  return { kind: 'rejected', status: response.status, message: await errorMessageOf(response) };
}

/** The `id` of the receiver's JSON answer (`{ id, kind, stored }`), or undefined. */
async function acknowledgedId(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { id?: unknown } | null;
    return typeof body?.id === 'string' ? body.id : undefined;
  } catch {
    return undefined;
  }
}

/** The receiver's own words when it sends JSON `{ error }` / `{ message }`, else the status text. */
async function errorMessageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown; message?: unknown };
    const text = body.message ?? body.error;
    if (typeof text === 'string' && text) return text.slice(0, 300);
  } catch {
    // Not JSON: fall through.
  }
  return response.statusText || `HTTP ${response.status}`;
}

/**
 * Runs `turn` while no other tab of the site runs one for the same record: a Web Lock
 * where the browser has them (secure pages), else a lease in localStorage (plain http,
 * old engines). The lease is best effort; the `Idempotency-Key` stays the last line of
 * defence, and the receiver stores a repeated record once.
 */
async function exclusively<T>(id: string, turn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
  if (locks?.request) return locks.request(`wa-optin:deliver:${id}`, () => turn());
  return withStorageLease(id, turn);
}

async function withStorageLease<T>(id: string, turn: () => Promise<T>): Promise<T> {
  let storage: Storage | null = null;
  try {
    storage = typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    storage = null;
  }
  if (!storage) return turn();
  const key = `wa-optin:sending:${id}`;
  const holder = () => {
    try {
      const lease = JSON.parse(storage.getItem(key) ?? 'null') as { tab: string; until: number } | null;
      return lease && lease.until > Date.now() ? lease.tab : null;
    } catch {
      return null;
    }
  };
  const giveUpAt = Date.now() + options.timeoutMs + 5_000;
  for (;;) {
    const current = holder();
    if (current === null || Date.now() > giveUpAt) {
      try {
        storage.setItem(key, JSON.stringify({ tab: tabId, until: Date.now() + options.timeoutMs + 2_000 }));
      } catch {
        return turn();
      }
      // Two tabs may write at once; the later write wins, and each checks after a pause.
      await new Promise((r) => setTimeout(r, 40 + Math.random() * 40));
      if (holder() === tabId) break;
    } else {
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 50));
    }
  }
  try {
    return await turn();
  } finally {
    if (holder() === tabId) storage.removeItem(key);
  }
}

/** Tells the page which undelivered records left this browser unsent (`wa-optin-expired`). */
function reportExpired(entries: PendingOutboxEntry[], reason: OptinExpiredDetail['reason']): void {
  if (!entries.length || typeof document === 'undefined') return;
  const records: ExpiredConsent[] = entries.map((e) => ({
    id: e.id,
    consentedAt: e.record.consentedAt,
    endpoint: e.endpoint,
    attempts: e.attempts,
    lastError: e.lastError,
  }));
  fireOptinEvent(document, 'wa-optin-expired', { reason, records, maxPendingAgeDays: options.maxPendingAgeDays });
}

/** Removes what waited longer than `maxPendingAgeDays`, and reports it. */
export function expireOldConsents(now = Date.now()): ExpiredConsent[] {
  const expired = consentOutbox().expire(options.maxPendingAgeDays * 86_400_000, now);
  reportExpired(expired, 'age');
  return expired.map((e) => ({ id: e.id, consentedAt: e.record.consentedAt, endpoint: e.endpoint, attempts: e.attempts, lastError: e.lastError }));
}

let resumed = false;

/**
 * Resends what earlier pages of this site could not deliver. Called once per page by the
 * first component that connects, and again whenever the browser comes back online.
 */
export function resumePendingDeliveries(): void {
  if (resumed || typeof window === 'undefined') return;
  resumed = true;
  const resume = () => {
    expireOldConsents();
    // By id, never by putting the record back: another tab may have delivered it meanwhile.
    for (const entry of consentOutbox().pending()) void settle(entry.id);
  };
  window.addEventListener('online', resume);
  resume();
}
