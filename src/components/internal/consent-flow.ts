import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsentSubmitOptions, ConsentSubmitResult } from '../../core/delivery.js';
import { deliveryCode, loadDelivery } from '../../core/delivery-code.js';
import { afterFirstPaintWhenIdle, afterNextPaint } from './idle.js';
import { fireOptinEvent, type OptinErrorReason } from '../../core/events.js';
import type { OptinStrings } from '../../core/locales.js';
import type { ConsentRecord } from '../../core/record.js';

type SubmitCode = Awaited<ReturnType<typeof loadDelivery>>;

const ignore = (): void => {};
const preloadDelivery = (): void => void loadDelivery().catch(ignore);

export type { ConsentFlowPhase, ConsentSubmitOptions, ConsentSubmitResult } from '../../core/delivery.js';

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
    // after this surface painted (hostUpdated).
    this.#resumeAfterRender = true;
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
    // A surface inside a form that navigates on submit (a checkout) loads the delivery code
    // right after its first paint, so it is here long before a person can tick and submit
    // (not at connect: its fetch and evaluation would hold back that paint, 3.2 kB gzip,
    // issue 16); elsewhere once the page is idle.
    if (this.#hostMayNavigate) afterNextPaint(this.#resume);
    else afterFirstPaintWhenIdle(this.#resume);
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
   * Fires the cancelable `wa-optin-submit`, then sends the record and reports how it went
   * (src/core/delivery.ts `sendSubmittedConsent`, which comes with the submit code: only
   * this event must be synchronous, for a checkout that navigates right after it).
   * Resolves when this page knows the outcome (delivered, refused, or queued for later).
   */
  async submit(record: ConsentRecord, options: ConsentSubmitOptions): Promise<ConsentSubmitResult> {
    if (!fireOptinEvent(this.#host, 'wa-optin-submit', { record }, { cancelable: true })) return { outcome: 'cancelled' };
    this.#lastRecord = record;
    const code = await this.submitCode(options.strings, record);
    if (!code) return { outcome: 'not-sent', record };
    return code.sendSubmittedConsent(this.#host, record, { ...options, hostMayNavigate: this.#hostMayNavigate });
  }
}
