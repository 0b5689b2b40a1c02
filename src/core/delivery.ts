import { ConsentOutbox, type OutboxEntry } from './outbox.js';
import type { ConsentRecord } from './record.js';

/** What the person is told while and after a record travels. Never a fake success. */
export type DeliveryState =
  | { state: 'sending' }
  | { state: 'delivered'; status: number }
  /** Will be retried (later in this page, and on the next page load of the site). */
  | { state: 'queued'; reason: string; attempts: number }
  /** The receiver refused it (4xx other than 408/429): not retried, reported. */
  | { state: 'rejected'; status: number; message: string };

export interface DeliveryOptions {
  /** Waits between attempts; after the last, the record waits for the next page load. */
  retryDelaysMs: number[];
  /** One attempt's time limit. */
  timeoutMs: number;
  outbox: ConsentOutbox;
}

const options: DeliveryOptions = {
  retryDelaysMs: [1_000, 4_000, 15_000, 60_000],
  timeoutMs: 15_000,
  outbox: undefined as unknown as ConsentOutbox,
};

/** Seam for tests and for integrators who want other retry timing or storage. */
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

const inFlight = new Map<string, Promise<DeliveryState>>();

/**
 * Sends one consent record: outbox first, then POST with `keepalive` (so a navigation
 * right after submit cannot cancel it) and `Idempotency-Key` = record id on every try.
 * Resolves with the final state; `onState` hears every step (sending, queued…).
 */
export function deliverConsent(
  record: ConsentRecord,
  endpoint: string,
  onState: (state: DeliveryState) => void = () => {},
): Promise<DeliveryState> {
  const outbox = consentOutbox();
  const existing = outbox.get(record.id);
  if (!existing) outbox.put({ record, endpoint, attempts: 0, state: 'pending' });
  const running = inFlight.get(record.id);
  if (running) return running;
  const delivery = attemptUntilSettled(record.id, onState).finally(() => inFlight.delete(record.id));
  inFlight.set(record.id, delivery);
  return delivery;
}

async function attemptUntilSettled(id: string, onState: (state: DeliveryState) => void): Promise<DeliveryState> {
  const outbox = consentOutbox();
  for (;;) {
    const entry = outbox.get(id);
    if (!entry || entry.state !== 'pending') {
      // Settled by another tab or an earlier attempt of this page.
      return entry ? { state: 'rejected', status: 0, message: entry.lastError ?? 'rejected' } : { state: 'delivered', status: 200 };
    }
    onState({ state: 'sending' });
    const outcome = await postOnce(entry);
    const attempts = entry.attempts + 1;
    if (outcome.kind === 'delivered') {
      outbox.remove(id);
      const state: DeliveryState = { state: 'delivered', status: outcome.status };
      onState(state);
      return state;
    }
    if (outcome.kind === 'rejected') {
      outbox.put({ ...entry, attempts, state: 'rejected', lastError: `${outcome.status} ${outcome.message}` });
      const state: DeliveryState = { state: 'rejected', status: outcome.status, message: outcome.message };
      onState(state);
      return state;
    }
    outbox.put({ ...entry, attempts, lastError: outcome.reason });
    const state: DeliveryState = { state: 'queued', reason: outcome.reason, attempts };
    onState(state);
    const wait = options.retryDelaysMs[attempts - 1];
    if (wait === undefined) return state;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

type Outcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'retry'; reason: string }
  | { kind: 'rejected'; status: number; message: string };

async function postOnce(entry: OutboxEntry): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetch(entry.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': entry.record.id },
      body: JSON.stringify(entry.record),
      keepalive: true,
      credentials: 'omit',
      signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(options.timeoutMs) : undefined,
    });
  } catch (error) {
    return { kind: 'retry', reason: `network: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (response.ok) return { kind: 'delivered', status: response.status };
  if (isRetryableStatus(response.status)) return { kind: 'retry', reason: `HTTP ${response.status}` };
  return { kind: 'rejected', status: response.status, message: await errorMessageOf(response) };
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

let resumed = false;

/**
 * Resends what earlier pages of this site could not deliver. Called once per page by the
 * first component that connects, and again whenever the browser comes back online.
 */
export function resumePendingDeliveries(): void {
  if (resumed || typeof window === 'undefined') return;
  resumed = true;
  const resume = () => {
    for (const entry of consentOutbox().pending()) void deliverConsent(entry.record, entry.endpoint);
  };
  window.addEventListener('online', resume);
  resume();
}
