import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { DeliveryState } from '../../core/delivery.js';
import type { OptinErrorReason } from '../../core/events.js';
import type { OptinStrings } from '../../core/locales.js';
import { phoneRulesState } from '../../core/phone.js';
import type { ConsentRecord } from '../../core/record.js';
import { fillTemplate, type Wording } from '../../core/wording.js';
import { ConsentFlowController } from '../internal/consent-flow.js';
import { ConsentElement } from '../internal/consent-element.js';
import { optinProperties } from '../internal/optin-element.js';
import { PhoneFieldController } from '../internal/phone-field.js';
import { renderFilledTemplate, renderWording } from '../internal/wording-view.js';
import { formStyles } from './form.styles.js';

export { optinProperties };

/** Where the form is in its life; also exposed as a custom state (`:state(success)`). */
export type OptinFormStatus = 'idle' | 'sending' | 'queued' | 'success';

/**
 * @customElement wa-optin-form
 * @summary An inline WhatsApp opt-in: an editable number, the compliant sentence
 * ("receive [topics] from [business] on [logo] WhatsApp, [number]") beside a checkbox the
 * person ticks, and a submit that records the consent durably at `endpoint`.
 *
 * @event wa-optin-submit - Cancelable. Before sending; `detail.record` is the consent record.
 * @event wa-optin-success - The receiver acknowledged the record (its answer names the record's id); `detail.record`, `detail.status`. A redirect or any other answer is not success: the form stays queued and retries.
 * @event wa-optin-error - Not ticked, bad number, receiver unreachable or not acknowledging (`reason: 'unreachable'`, `willRetry: true`) or refused; or the code that builds and sends the record could not be fetched (`reason: 'not-sent'`, `willRetry: false`: nothing was sent or kept, the number and the tick stay, and the next press fetches it again); `detail.reason`, `detail.message`.
 * @event wa-optin-expired - On `document` (bubbles to `window`): undelivered records were removed from this browser unsent, older than `maxPendingAgeDays` (default 30) or beyond the outbox's cap; `detail.reason`, `detail.records` (ids, no personal data). Fired when a page of the site loads the outbox.
 *
 * @slot thank-you - Replaces the default thank-you text after success.
 *
 * @csspart form - The form element.
 * @csspart phone-field - Label, country, number, hint and error of the phone field.
 * @csspart phone-label - The number's label.
 * @csspart country - The country picker.
 * @csspart phone-input - The number field.
 * @csspart phone-hint - Why the number is asked.
 * @csspart phone-error - The number's error message.
 * @csspart consent - The checkbox and its sentence.
 * @csspart checkbox - The opt-in checkbox.
 * @csspart wording - The opt-in sentence (the checkbox's label).
 * @csspart business - The business name in the sentence.
 * @csspart topics - The content types in the sentence.
 * @csspart brand - The WhatsApp glyph and word.
 * @csspart glyph - The WhatsApp glyph.
 * @csspart phone - The number in the sentence.
 * @csspart consent-error - The checkbox's error message.
 * @csspart submit - The submit button.
 * @csspart status - Sending, queued or refused messages.
 * @csspart thank-you - The thank-you panel.
 *
 * @cssprop [--wa-optin-accent=#0b6e4f] - Button and checkbox colour.
 * @cssprop [--wa-optin-button-color=#fff] - Button text colour.
 * @cssprop [--wa-optin-color=inherit] - Text colour.
 * @cssprop [--wa-optin-error-color=#b3261e] - Error text and border colour.
 * @cssprop [--wa-optin-focus-color=#1d4ed8] - Focus ring colour.
 * @cssprop [--wa-optin-field-background=#fff] - Field background.
 * @cssprop [--wa-optin-field-border-color=#6b7280] - Field border colour.
 * @cssprop [--wa-optin-hint-color=#4b5563] - Hint text colour.
 * @cssprop [--wa-optin-radius=0.5rem] - Corner radius of fields and button.
 * @cssprop [--wa-optin-gap=0.75rem] - Space between rows.
 * @cssprop [--wa-optin-max-width=32rem] - Widest the form grows.
 * @cssprop [--wa-optin-success-background=#e7f6ee] - Thank-you panel background.
 *
 * @cssstate idle - Waiting for the person.
 * @cssstate sending - The press was taken: the record (or, on a very fast press or a slow connection, the code that sends it) is on its way; the form is busy.
 * @cssstate queued - The receiver could not be reached; the record waits in the outbox and is resent by itself.
 * @cssstate success - The receiver acknowledged the record; the thank-you panel shows.
 */
export class WaOptinForm extends ConsentElement {
  static override styles = formStyles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override properties = {
    ...ConsentElement.properties,
    thankYouUrl: { type: String, attribute: 'thank-you-url' },
    status: { type: String, reflect: true },
    consentError: { state: true },
    statusMessage: { state: true },
    ticked: { state: true },
  };

  /** Go to this page (http or https) after success instead of the thank-you panel. */
  declare thankYouUrl: string;
  /** `idle`, `sending`, `queued` (will retry by itself) or `success`. Reflected. */
  declare status: OptinFormStatus;
  declare protected consentError: string;
  declare protected statusMessage: string;
  declare protected ticked: boolean;

  /** The last record submitted, once the person submitted. */
  get lastRecord(): ConsentRecord | undefined {
    return this.consentFlow.lastRecord;
  }

  protected readonly phoneField = new PhoneFieldController(this);
  /** record → submit → deliver → success/error, shared with the checkbox. */
  protected readonly consentFlow = new ConsentFlowController(this);
  readonly #internals: ElementInternals;
  protected defaultSource = 'form';
  /** A submit is waiting for the phone rules: a second press must not send twice. */
  #waitingForRules = false;

  constructor() {
    super();
    this.thankYouUrl = '';
    this.status = 'idle';
    this.consentError = '';
    this.statusMessage = '';
    this.ticked = false;
    this.#internals = this.attachInternals();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('phone') || changed.has('country')) this.phoneField.setValue(this.phone);
    if (changed.has('status')) {
      // Custom states let pages style each step without us reflecting classes.
      for (const state of ['idle', 'sending', 'queued', 'success']) {
        try {
          if (state === this.status) this.#internals.states?.add(state);
          else this.#internals.states?.delete(state);
        } catch {
          // Older engines accept only `--dashed` states; styling by the `status` attribute still works.
        }
      }
    }
  }

  protected override pendingWork(): Promise<void> | undefined {
    return this.phoneField.pending;
  }

  /** A verified number hides the field (R5); without a valid one the field stays, so nothing is lost. */
  protected get hidesPhoneField(): boolean {
    return this.phoneVerified && this.phoneField.check().ok;
  }

  /** The form also needs somewhere to send the record. */
  protected override get missingAttributes(): string[] {
    return [...(this.endpoint ? [] : ['endpoint']), ...super.missingAttributes];
  }

  protected currentWording(): Wording {
    const check = this.phoneField.check();
    return this.wordingWith(check.ok ? check.international : '');
  }

  override render() {
    const problem = this.setupProblem();
    if (problem) {
      // A form that cannot name the business or the topics must not collect consent.
      return html`<p class="setup-error" role="alert">${problem}</p>`;
    }
    const strings = this.strings;
    if (this.status === 'success') return this.renderThankYou(strings);
    const wording = this.currentWording();
    const busy = this.status === 'sending' || this.status === 'queued';
    return html`<form part="form" novalidate @submit=${this.onSubmit}>
      ${this.hidesPhoneField ? nothing : this.phoneField.render(strings, this.resolvedLocale, { disabled: busy })}
      ${this.#renderRulesHint(strings)}
      <div class="consent" part="consent">
        <input
          id="consent"
          part="checkbox"
          type="checkbox"
          .checked=${this.ticked}
          ?disabled=${busy}
          aria-invalid=${this.consentError ? 'true' : 'false'}
          aria-describedby="consent-error"
          @change=${this.onTick}
        />
        <label id="wording" for="consent" part="wording">${renderWording(wording)}</label>
      </div>
      <button part="submit" type="submit" ?disabled=${busy}>${strings.submit}</button>
      <!-- Under the button, not above it: the message must not move the button the person
           is pressing (item 4). The box is outlined and describes itself with it. -->
      <p class="error" id="consent-error" part="consent-error" aria-live="polite">${this.consentError}</p>
      <p class="status" part="status" role="status">${this.statusMessage}</p>
    </form>`;
  }

  /** The phone rules failed once on this page: their hint's room is kept after they arrive (below). */
  #rulesHintRoom = false;

  /**
   * While the phone rules could not be loaded, why the field wants a + number. Once they
   * arrive (fetched again at the person's tap on the number, which may land at any moment
   * on a slow connection) the words go but their room stays: taking it away would move the
   * box and the button up under a finger on its way to them (issue 14, item 4).
   */
  #renderRulesHint(strings: OptinStrings) {
    if (this.hidesPhoneField) return nothing;
    const failed = phoneRulesState() === 'failed';
    this.#rulesHintRoom ||= failed;
    if (!this.#rulesHintRoom) return nothing;
    return html`<p class=${failed ? 'hint' : 'hint kept-room'}>${strings.errors.metadata}</p>`;
  }

  protected renderThankYou(strings: OptinStrings) {
    const record = this.lastRecord;
    const wording = this.currentWording();
    const topics = this.topicsIn('thanks');
    const body = renderFilledTemplate(strings.thankYouBody, {
      topics,
      business: record?.business ?? this.business,
      phone: wording.parts.find((p) => p.kind === 'phone')?.text ?? '',
    });
    return html`<div class="thank-you" part="thank-you" role="status" tabindex="-1">
      <p class="title">${strings.thankYouTitle}</p>
      <slot name="thank-you"><p>${body}</p></slot>
    </div>`;
  }

  protected onTick(event: Event): void {
    this.ticked = (event.target as HTMLInputElement).checked;
    if (this.ticked) this.consentError = '';
  }

  /** Submits as if the person pressed the button (validation included). */
  requestSubmit(): void {
    this.renderRoot.querySelector('form')?.requestSubmit();
  }

  protected async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.status === 'sending' || this.status === 'queued') return;
    // A fast submit, before the phone rules arrived: wait for them, never check with less (issue 16).
    if (!this.phoneField.rulesSettled) {
      if (this.#waitingForRules) return;
      this.#waitingForRules = true;
      try {
        await this.phoneField.loadRules();
      } finally {
        this.#waitingForRules = false;
      }
    }
    const strings = this.strings;
    const phone = this.hidesPhoneField ? this.phoneField.check() : this.phoneField.validate(strings);
    this.consentError = this.ticked ? '' : strings.errors.unticked;
    this.statusMessage = '';
    if (!phone.ok || !this.ticked) {
      await this.updateComplete;
      // Focus goes to the first thing to fix; its message is tied to it with aria-describedby.
      const target = !phone.ok ? '#phone' : '#consent';
      this.renderRoot.querySelector<HTMLElement>(target)?.focus();
      const reason: OptinErrorReason = !phone.ok ? 'invalid-phone' : 'unticked';
      this.fail(reason, !phone.ok ? this.phoneField.error : this.consentError);
      return;
    }
    // The record is built by the submit code (src/core/submit-flow.ts), loaded after the
    // first render, on idle or on the person's first focus or tap: here long before the
    // press, except on a very fast one, which waits. If it cannot be fetched, the person
    // reads that nothing was sent; the number and the tick stay for the next press.
    // Until it is here (a very fast press, a slow connection) the person sees the press was
    // taken, and the button waits: a second press must not make a second record.
    if (this.endpoint) this.showPhase('sending', { state: 'sending' }, strings);
    const code = await this.consentFlow.submitCode(strings);
    if (!code) {
      this.status = 'idle';
      this.statusMessage = strings.errors.notSent;
      return;
    }
    const { createConsentRecord, normaliseSource } = code;
    // Each press of the form's button is a new consent with a new id (after a refusal the person may correct and resend).
    const record = createConsentRecord({
      phone: phone.e164,
      phoneVerified: this.hidesPhoneField,
      topics: this.topicIds,
      business: this.business,
      wording: this.currentWording(),
      source: normaliseSource(this.source, this.defaultSource),
      pageUrl: typeof location === 'undefined' ? null : location.href,
      keepQuery: this.keepQuery,
    });
    const result = await this.consentFlow.submit(record, {
      endpoint: this.endpoint,
      strings,
      onPhase: (phase, state) => this.showPhase(phase, state, strings),
    });
    // A wa-optin-submit listener said no: nothing is on its way.
    if (result.outcome === 'cancelled') {
      this.status = 'idle';
      this.statusMessage = '';
    }
  }

  /** What the person sees at each step: never a thank-you before the receiver's acknowledgement. */
  protected showPhase(phase: 'sending' | 'queued' | 'delivered' | 'rejected', state: DeliveryState, strings: OptinStrings): void {
    if (phase === 'sending') {
      this.status = 'sending';
      this.statusMessage = strings.sending;
    } else if (phase === 'queued') {
      // Stays queued; the outbox sends it by itself, later in this page or on a later one.
      this.status = 'queued';
      this.statusMessage = strings.queued;
    } else if (phase === 'delivered') {
      this.status = 'success';
      this.statusMessage = '';
      const next = this.safeThankYouUrl();
      // After wa-optin-success has been heard (the controller fires it right after this).
      if (next) queueMicrotask(() => location.assign(next));
      else void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.thank-you')?.focus());
    } else if (state.state === 'rejected') {
      // The receiver refused this record; the person may correct the number and try again.
      this.status = 'idle';
      this.statusMessage = fillTemplate(strings.errors.rejected, { reason: state.message });
    }
  }

  /** Only http(s) targets: a `javascript:` URL in an attribute must never run. */
  protected safeThankYouUrl(): string | undefined {
    if (!this.thankYouUrl || typeof location === 'undefined') return undefined;
    try {
      // baseURI, not location: it honours <base href> (and srcdoc frames).
      const url = new URL(this.thankYouUrl, document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  protected fail(reason: Extract<OptinErrorReason, 'unticked' | 'invalid-phone'>, message: string): void {
    this.consentFlow.reportProblem(reason, message);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wa-optin-form': WaOptinForm;
  }
}
