import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DeliveryState } from '../../core/delivery.js';
import { deliveryCode, loadDelivery } from '../../core/delivery-code.js';
import { afterFirstPaintWhenIdle, afterNextPaint } from './idle.js';
import { fireOptinEvent, type OptinErrorReason } from '../../core/events.js';
import type { OptinStrings } from '../../core/locales.js';
import type { ConsentRecord } from '../../core/record.js';

type SubmitCode = Awaited<ReturnType<typeof loadDelivery>>;

const ignore = (): void => {};
const preloadDelivery = (): void => void loadDelivery().catch(ignore);

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
 * The one consent flow every surface uses (form, checkbox; popup, banner and CTA through
 * the form): record → cancelable `wa-optin-submit` → outbox and delivery →
 * `wa-optin-success` / `wa-optin-error`, with the same details everywhere. A fix to the
 * flow lands here once (Shoelace's FormControlController is the model).
 */
export class ConsentFlowController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** Whether the page may go away at once after a submit (a checkout): then the site remembers the opt-in as soon as the record is safe in the durable outbox. */
  readonly #hostMayNavigate: boolean;
  #lastRecord: ConsentRecord | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, { hostMayNavigate = false } = {}) {
    this.#host = host;
    this.#hostMayNavigate = hostMayNavigate;
    host.addController(this);
  }

  /** Set while connected and not yet rendered: the delivery code loads after the host's first paint. */
  #resumeAfterRender = false;

  hostConnected(): void {
    // Whatever earlier pages of the site could not deliver goes out soon (once per page),
    // when the page is idle after this surface painted (hostUpdated); a surface inside a
    // form that navigates on submit (a checkout) loads the delivery code at once instead,
    // so it is here before the person can submit.
    if (this.#hostMayNavigate) this.#resume();
    else this.#resumeAfterRender = true;
    // The person is about to act: make sure the code is here by the time they submit.
    // (After the next paint: a popup focuses its field as it opens, and its first frame comes first.)
    if (!deliveryCode()) for (const type of ['focusin', 'pointerdown'] as const) this.#host.addEventListener(type, () => afterNextPaint(preloadDelivery), { once: true });
  }

  hostUpdated(): void {
    // After the host's render, not its connection: its first render is a task of its own
    // (OptinElement.scheduleUpdate), and a frame between the two (Firefox paints one while a
    // page loads) must not count as "the surface painted".
    if (!this.#resumeAfterRender) return;
    this.#resumeAfterRender = false;
    afterFirstPaintWhenIdle(this.#resume);
  }

  // Best effort: if the code cannot be fetched now, the outbox waits for a later page, and a press fetches it again.
  #resume = (): void => void loadDelivery().then((module) => module.resumePendingDeliveries(), ignore);

  /**
   * The submit code (record, outbox, delivery: src/core/delivery-code.ts), loaded after the
   * first render (idle, first focus or tap), so only a very fast press waits here. When it
   * cannot be fetched (the connection dropped it), nothing is sent and nothing is kept: the
   * person is told so (`wa-optin-error`, reason `not-sent`) and may press again, with
   * everything they entered still there; undefined then.
   */
  async submitCode(strings: OptinStrings, record?: ConsentRecord): Promise<SubmitCode | undefined> {
    try {
      return deliveryCode() ?? (await loadDelivery());
    } catch {
      fireOptinEvent(this.#host, 'wa-optin-error', { reason: 'not-sent', message: strings.errors.notSent, record, willRetry: false });
      return undefined;
    }
  }

  /** The last record handed to `wa-optin-submit` and not cancelled. */
  get lastRecord(): ConsentRecord | undefined {
    return this.#lastRecord;
  }

  /** Forgets the last record: the next submit is a new consent whatever it says. */
  forget(): void {
    this.#lastRecord = undefined;
  }

  /** A problem the person must fix before anything is sent (not ticked, bad number). */
  reportProblem(reason: Extract<OptinErrorReason, 'unticked' | 'invalid-phone'>, message: string): void {
    fireOptinEvent(this.#host, 'wa-optin-error', { reason, message, willRetry: false });
  }

  /**
   * Fires the cancelable `wa-optin-submit`, then sends the record and reports how it went.
   * Resolves when this page knows the outcome (delivered, refused, or queued for later).
   */
  async submit(record: ConsentRecord, { endpoint, strings, onPhase }: ConsentSubmitOptions): Promise<ConsentSubmitResult> {
    if (!fireOptinEvent(this.#host, 'wa-optin-submit', { record }, { cancelable: true })) return { outcome: 'cancelled' };
    this.#lastRecord = record;
    const code = await this.submitCode(strings, record);
    if (!code) return { outcome: 'not-sent', record };
    if (endpoint) onPhase?.('sending', { state: 'sending' });
    if (!endpoint) {
      // Event-only use: the page stores detail.record itself.
      code.rememberOptIn(record);
      const delivery: DeliveryState = { state: 'delivered', status: 0 };
      fireOptinEvent(this.#host, 'wa-optin-success', { record, status: 0 });
      return { outcome: 'settled', record, delivery };
    }
    let toldQueued = false;
    const onState = (state: DeliveryState) => {
      // Stored or safely queued: no popup or banner of this site asks this person again.
      if (state.state === 'delivered' || state.state === 'queued') code.rememberOptIn(record);
      // Retries keep going after the first failure; the person is told once, honestly.
      if (state.state === 'queued' && !toldQueued) {
        toldQueued = true;
        onPhase?.('queued', state);
        this.#reportDelivery(code, record, state, strings);
      }
    };
    const delivering = code.deliverConsent(record, endpoint, onState);
    // A checkout navigates at once: the record is already in the durable outbox, so the opt-in counts.
    if (this.#hostMayNavigate && code.consentOutbox().durable) code.rememberOptIn(record);
    const delivery = await delivering;
    if (delivery.state === 'delivered') {
      onPhase?.('delivered', delivery);
      fireOptinEvent(this.#host, 'wa-optin-success', { record, status: delivery.status });
    } else if (delivery.state === 'rejected') {
      onPhase?.('rejected', delivery);
      this.#reportDelivery(code, record, delivery, strings);
    }
    // 'queued' was reported when it first happened; the outbox sends it on a later page load.
    return { outcome: 'settled', record, delivery };
  }

  #reportDelivery(code: SubmitCode, record: ConsentRecord, delivery: DeliveryState, strings: OptinStrings): void {
    const error = code.deliveryError(delivery, strings);
    if (error) fireOptinEvent(this.#host, 'wa-optin-error', { ...error, record, delivery });
  }
}
