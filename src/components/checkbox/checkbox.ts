import { html, nothing, type PropertyValues } from 'lit';
import { agreementOf, recordForSubmit } from '../../core/consent-flow.js';
import { checkPhone, type PhoneCheck } from '../../core/phone.js';
import { createConsentRecord, newRecordId, normaliseSource, type ConsentRecord } from '../../core/record.js';
import { DisplayMemory, type RememberedOptIn } from '../../core/display-memory.js';
import { fillTemplate, joinTopicLabels, topicLabel, wordingLocale, type Wording } from '../../core/wording.js';
import { ConsentFlowController } from '../internal/consent-flow.js';
import { ConsentElement } from '../internal/consent-element.js';
import { PhoneFieldController } from '../internal/phone-field.js';
import { renderFilledTemplate, renderWording } from '../internal/wording-view.js';
import { checkboxStyles } from './checkbox.styles.js';

/** Where the number comes from: the page's own field, a number verified earlier (R5), or ours. */
type PhoneSource = 'mirror' | 'verified' | 'own';

interface SavedState {
  ticked: boolean;
  phone: string;
}

/**
 * @customElement wa-optin-checkbox
 * @summary A WhatsApp opt-in checkbox for the page's own forms (checkout, signup, account
 * settings). A real form control: it submits, resets, restores and obeys
 * `<fieldset disabled>` like a native checkbox, and is never pre-ticked. Beside it stands
 * the compliant sentence with the number live from the page's own phone field
 * (`phone-from`), from `phone` + `phone-verified` (R5), or from its own field.
 *
 * **What the host form submits** when the box is ticked with a valid number:
 * `<name>` = the number in E.164 (`+5511912345678`) and `<name>_consent_id` = the id of
 * the consent record. Unticked: nothing at all (no record, no value). `name` defaults to
 * `whatsapp_optin`. When `endpoint` is set, the record is POSTed on submit with
 * `keepalive` (and kept in the outbox until stored), so the navigation that follows
 * cannot lose it; your server can match its order to the record by the id. Without
 * `endpoint`, store `detail.record` of `wa-optin-submit` yourself. Submit with
 * `requestSubmit()` or a button: `form.submit()` skips the submit event, so no record.
 *
 * Ticked with an unusable number (say "12"), the host form still submits, without the
 * opt-in: an optional box never costs a sale (R10). Just before it submits the person is
 * told once, inline, in words: "Your WhatsApp opt-in was not saved: the number is
 * incomplete." No browser bubble. With `block-submit` the integrator chooses to stop the
 * host form instead, until the number is fixed: focus then goes to the phone field that
 * needs fixing (the page's own with `phone-from`, else ours), with the reason beside the box.
 *
 * Once this device opted in for these topics (any surface of the site), the box gives way
 * to a line saying so — "You get order updates on WhatsApp at +55 •• ••••• 5678 · Stop" —
 * whose "Stop" links to `preferences-url` when set (R9: stopping as easy as starting).
 *
 * **One channel per box (R4).** This box is for WhatsApp only. Offer SMS or e-mail as
 * separate, equally unticked controls of your own, each with its own sentence:
 * ```html
 * <wa-optin-checkbox name="whatsapp" phone-from="#phone" …></wa-optin-checkbox>
 * <label><input type="checkbox" name="sms_optin"> Text me shipping updates by SMS</label>
 * <label><input type="checkbox" name="email_optin"> E-mail me offers</label>
 * ```
 * Never one box for "WhatsApp and SMS".
 *
 * @event change - The person ticked or unticked the box.
 * @event wa-optin-submit - Cancelable. The host form is submitting with the box ticked; `detail.record`. Cancel to send no record.
 * @event wa-optin-success - The receiver acknowledged the record (if the page is still there to hear it). A checkout that submits twice sends the same record twice: same id, same `consentedAt`.
 * @event wa-optin-error - The receiver refused it, or is unreachable or not acknowledging (`reason: 'unreachable'`, `willRetry: true`), or the code that sends could not be fetched (`reason: 'not-sent'`); same details as the form's.
 * @event wa-optin-expired - On `document` (bubbles to `window`): undelivered records were removed from this browser unsent (too old or beyond the outbox's cap); `detail.records` names them by id, the id the host form submitted as `<name>_consent_id`.
 *
 * @csspart consent - The checkbox and its sentence.
 * @csspart checkbox - The native checkbox.
 * @csspart wording - The sentence (the checkbox's label).
 * @csspart business - The business name in the sentence.
 * @csspart topics - The content types in the sentence.
 * @csspart brand - The WhatsApp glyph and word.
 * @csspart glyph - The WhatsApp glyph.
 * @csspart phone - The number in the sentence.
 * @csspart message - Why the number is not usable yet, or that the opt-in was not saved.
 * @csspart subscribed - The line shown instead of the box once this device opted in for these topics.
 * @csspart stop - The "Stop" link in that line (with `preferences-url`).
 * @csspart phone-field - The own phone field, when there is no `phone-from`: label, country, number, hint, error.
 * @csspart phone-label - The own field's label.
 * @csspart country - The own field's country picker.
 * @csspart phone-input - The own number field.
 * @csspart phone-hint - Why the number is asked.
 * @csspart phone-error - The own field's error message.
 *
 * @cssprop [--wa-optin-accent=#0b6e4f] - Checkbox colour.
 * @cssprop [--wa-optin-color=inherit] - Text colour.
 * @cssprop [--wa-optin-error-color=#b3261e] - Error text and border colour.
 * @cssprop [--wa-optin-focus-color=#1d4ed8] - Focus ring colour.
 * @cssprop [--wa-optin-field-background=#fff] - Own field background.
 * @cssprop [--wa-optin-field-border-color=#6b7280] - Own field border colour.
 * @cssprop [--wa-optin-hint-color=#4b5563] - Hint text colour.
 * @cssprop [--wa-optin-radius=0.5rem] - Corner radius of the own field.
 * @cssprop [--wa-optin-gap=0.75rem] - Space between rows.
 *
 * @cssstate checked - The box is ticked.
 * @cssstate form-disabled - A disabled fieldset disables it.
 */
export class WaOptinCheckbox extends ConsentElement {
  static readonly formAssociated = true;
  static override styles = checkboxStyles;
  static override shadowRootOptions: ShadowRootInit = { ...ConsentElement.shadowRootOptions, delegatesFocus: true };
  static override properties = {
    ...ConsentElement.properties,
    name: { type: String, reflect: true },
    phoneFrom: { type: String, attribute: 'phone-from' },
    optionalPhone: { type: Boolean, attribute: 'optional-phone' },
    blockSubmit: { type: Boolean, attribute: 'block-submit' },
    preferencesUrl: { type: String, attribute: 'preferences-url' },
    notSaved: { state: true },
    disabled: { type: Boolean, reflect: true },
    ticked: { state: true },
    formDisabled: { state: true },
    showProblem: { state: true },
  };

  /** Form field name; the record id is submitted as `<name>_consent_id`. Default `whatsapp_optin`. */
  declare name: string;
  /** CSS selector of the page's own phone field to take the number from (same document or shadow root). */
  declare phoneFrom: string;
  /** Kept for pages written before 0.2: an unusable number no longer blocks by default, so this changes nothing. */
  declare optionalPhone: boolean;
  /** Ticked with an unusable number, stop the host form until it is fixed (default: the form submits without the opt-in, R10). */
  declare blockSubmit: boolean;
  /** The site's preference page: the "Stop" link shown once this device opted in. */
  declare preferencesUrl: string;
  /** The host form submitted without the opt-in (unusable number): say so, once. */
  declare protected notSaved: boolean;
  /** Not usable and not submitted, like a disabled native checkbox. */
  declare disabled: boolean;
  declare protected ticked: boolean;
  declare protected formDisabled: boolean;
  /** Show why the number is not usable (after the person left the field or tried to submit). */
  declare protected showProblem: boolean;

  /** The last record sent with the host form. */
  get lastRecord(): ConsentRecord | undefined {
    return this.consentFlow.lastRecord;
  }

  protected readonly phoneField = new PhoneFieldController(this);
  /** record → submit → deliver → success/error, shared with the form; a checkout may navigate at once. */
  protected readonly consentFlow = new ConsentFlowController(this, { hostMayNavigate: true });
  readonly #internals: ElementInternals;
  #hostForm: HTMLFormElement | null = null;
  #consentId = '';
  /** What the person agrees to under `#consentId`: when it changes, so does the id. */
  #consentIdFor = '';
  /** This device had opted in for these topics when the box came onto the page (item 8). */
  #subscription: RememberedOptIn | undefined;

  constructor() {
    super();
    this.name = 'whatsapp_optin';
    this.phoneFrom = '';
    this.optionalPhone = false;
    this.blockSubmit = false;
    this.preferencesUrl = '';
    this.notSaved = false;
    this.disabled = false;
    this.ticked = false;
    this.formDisabled = false;
    this.showProblem = false;
    this.#internals = this.attachInternals();
  }

  /** Ticked by the person. Read-only: only the person ticks it (R1). */
  get checked(): boolean {
    return this.ticked;
  }

  /** The E.164 number submitted, or '' when nothing is. */
  get value(): string {
    const check = this.ticked ? this.phoneField.check() : undefined;
    return check?.ok ? check.e164 : '';
  }

  /** The id submitted as `<name>_consent_id` (and of the record), or '' when nothing is. */
  get consentId(): string {
    return this.value ? this.#consentId : '';
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }
  get validity(): ValidityState {
    return this.#internals.validity;
  }
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.getRootNode().addEventListener('input', this.#onPageInput, true);
    this.getRootNode().addEventListener('change', this.#onPageInput, true);
    this.addEventListener('invalid', this.#onInvalid);
    // Read once, as the page loads: a box that just sent its own opt-in stays what it was
    // (an AJAX checkout may submit it again), the next page shows the subscribed line.
    this.#subscription = DisplayMemory.subscription(this.topicIds);
    this.#readMirror();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.getRootNode().removeEventListener('input', this.#onPageInput, true);
    this.getRootNode().removeEventListener('change', this.#onPageInput, true);
    this.removeEventListener('invalid', this.#onInvalid);
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#hostForm?.removeEventListener('submit', this.#onHostSubmit, true);
    this.#hostForm = form;
    form?.addEventListener('submit', this.#onHostSubmit, true);
  }

  formResetCallback(): void {
    this.ticked = false;
    this.showProblem = false;
    this.phoneField.setValue(this.phoneVerified ? this.phone : '');
    this.#sync();
    // The page's own field is reset by the same reset, possibly after us.
    queueMicrotask(() => this.#readMirror());
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.#setState('form-disabled', disabled);
  }

  /**
   * Back/forward navigation brings the person's own tick back, like a native checkbox.
   * Autofill never ticks it: only the person does (R1).
   */
  formStateRestoreCallback(state: unknown, mode: 'restore' | 'autocomplete'): void {
    if (mode !== 'restore' || typeof state !== 'string') return;
    try {
      const saved = JSON.parse(state) as Partial<SavedState>;
      if (this.#phoneSource() === 'own' && typeof saved.phone === 'string') this.phoneField.setValue(saved.phone);
      this.ticked = saved.ticked === true;
    } catch {
      return;
    }
    this.#sync();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('phone') || changed.has('country')) && this.#phoneSource() !== 'mirror') {
      this.phoneField.setValue(this.phone);
    }
    this.#sync();
  }

  protected override pendingWork(): Promise<void> | undefined {
    return this.phoneField.pending;
  }

  #wording(): Wording {
    const check = this.phoneField.check();
    return this.wordingWith(check.ok ? check.international : '');
  }

  #mirrorField(): HTMLInputElement | null {
    if (!this.phoneFrom) return null;
    try {
      return (this.getRootNode() as Document | ShadowRoot).querySelector<HTMLInputElement>(this.phoneFrom);
    } catch {
      return null; // not a valid selector: the own field shows instead, nothing is lost
    }
  }

  #phoneSource(): PhoneSource {
    if (this.#mirrorField()) return 'mirror';
    if (this.phoneVerified && checkPhone(this.phone, this.phoneField.country || this.phoneField.defaultCountry()).ok) {
      return 'verified';
    }
    return 'own';
  }

  #readMirror(): void {
    const field = this.#mirrorField();
    if (!field) return;
    if (field.value !== this.phoneField.value) this.phoneField.setValue(field.value);
    this.#sync();
  }

  #onPageInput = (event: Event): void => {
    const field = this.#mirrorField();
    if (!field || event.target !== field) return;
    // The person is typing their number in the page's field: the rules are needed now (issue 16).
    // Leaving that field is their ask to try again if the rules failed (not every key).
    void this.phoneField.loadRules({ again: event.type === 'change' });
    this.#readMirror();
    this.notSaved = false;
    // Leaving the field (change) is when a wrong number is worth pointing out.
    if (event.type === 'change' && this.ticked) this.showProblem = true;
  };

  /**
   * Only with `block-submit`. The browser's bubble would cover the sentence and repeat our
   * message, and would focus the box: instead, our message says it once and focus goes to
   * the number that needs fixing.
   */
  #onInvalid = (event: Event): void => {
    event.preventDefault();
    this.showProblem = true;
    const own = this.#phoneSource() === 'own';
    if (own) this.phoneField.validate(this.strings);
    const field = own ? this.renderRoot.querySelector<HTMLInputElement>('#phone') : this.#mirrorField();
    void this.updateComplete.then(() => field?.focus());
  };

  #onTick(event: Event): void {
    this.ticked = (event.target as HTMLInputElement).checked;
    // A fresh tick is a fresh consent: a new record id and a new record.
    this.#consentId = '';
    this.consentFlow.forget();
    // Say at once why a tick cannot count yet: with `optional-phone` nothing else will (the form submits).
    this.notSaved = false;
    this.showProblem = this.ticked && this.phoneField.value.trim() !== '';
    this.#sync();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Own field: typing updates the submitted value at once (the controller handled the event first). */
  #onOwnInput(): void {
    this.notSaved = false;
    this.#sync();
  }

  /** Why the number cannot be used, or '' when it can (or the box is not ticked). */
  #problem(check: PhoneCheck): string {
    if (!this.ticked || check.ok) return '';
    const problem = this.phoneField.messageFor(check.problem, this.strings);
    return this.#phoneSource() === 'mirror' ? fillTemplate(this.strings.errors.mirroredPhone, { problem }) : problem;
  }

  /**
   * Sets the submitted value and the validity now, synchronously, so a FormData built at
   * any moment is right.
   */
  #sync(): void {
    this.#setState('checked', this.ticked);
    const saved: SavedState = { ticked: this.ticked, phone: this.phoneField.value };
    const state = JSON.stringify(saved);
    const check = this.phoneField.check();
    if (!this.ticked || !check.ok || this.setupProblem() || this.#subscribed()) {
      this.#internals.setFormValue(null, state);
      const problem = this.#problem(check);
      if (problem && this.blockSubmit && !this.#subscribed()) {
        const anchor = this.renderRoot?.querySelector<HTMLElement>(this.#phoneSource() === 'own' ? '#phone' : '#consent');
        this.#internals.setValidity({ customError: true }, problem, anchor ?? undefined);
      } else {
        this.#internals.setValidity({});
      }
      return;
    }
    // One id per agreement: a new number, other topics or another sentence is a new consent
    // with a new id; the same agreement keeps its id (and its record, see #onHostSubmit).
    const agreement = this.#agreementNow(check.e164);
    if (!this.#consentId || this.#consentIdFor !== agreement) {
      this.#consentId = newRecordId();
      this.#consentIdFor = agreement;
    }
    const data = new FormData();
    data.append(this.name, check.e164);
    data.append(`${this.name}_consent_id`, this.#consentId);
    this.#internals.setFormValue(data, state);
    this.#internals.setValidity({});
  }

  /** The record the box stands for now, under the id the host form submits. */
  #recordNow(e164: string): ConsentRecord {
    return {
      ...createConsentRecord({
        phone: e164,
        phoneVerified: this.#phoneSource() === 'verified',
        topics: this.topicIds,
        business: this.business,
        wording: this.#wording(),
        source: normaliseSource(this.source, 'checkbox'),
        pageUrl: typeof location === 'undefined' ? null : location.href,
        keepQuery: this.keepQuery,
      }),
      id: this.#consentId,
    };
  }

  #agreementNow(e164: string): string {
    const wording = this.#wording();
    return agreementOf({
      channel: 'whatsapp',
      phone: e164,
      topics: this.topicIds,
      business: this.business.trim(),
      wording: wording.text,
      wordingVersion: wording.version,
      locale: wording.locale,
    });
  }

  #onHostSubmit = (): void => {
    const check = this.phoneField.check();
    if (this.ticked && !check.ok && !this.blockSubmit && !this.disabled && !this.formDisabled) {
      // R10: the order goes through without the opt-in; the person learns it now, in words,
      // before the page goes away (rendered at once, not on the next frame).
      this.notSaved = true;
      this.showProblem = true;
      this.requestUpdate();
      this.performUpdate();
      return;
    }
    // Unticked, disabled or unusable (novalidate / optional-phone): no opt-in, no record.
    if (!this.ticked || this.disabled || this.formDisabled || !check.ok || this.setupProblem()) return;
    // The host form's data was set with the id of what is agreed now (#sync); make sure.
    this.#sync();
    // An AJAX checkout that submits twice: the same agreement resends the SAME record (same
    // consentedAt), never a different record under the same id (item 8).
    const record = recordForSubmit(this.consentFlow.lastRecord, this.#recordNow(check.e164));
    // Not awaited by the page: the POST is keepalive and the record sits in the outbox
    // until stored, so the navigation right after this event cannot lose it.
    void this.consentFlow.submit(record, { endpoint: this.endpoint, strings: this.strings });
  };

  #subscribed(): boolean {
    return Boolean(this.#subscription);
  }

  /** "You get order updates on WhatsApp at +55 •• •••••-5678 · Stop" (R9: the way out beside it). */
  #renderSubscribed(subscription: RememberedOptIn) {
    const strings = this.strings;
    const topics = joinTopicLabels(
      this.topicIds.map((id) => topicLabel(id, strings, 'thanks')),
      wordingLocale(this.resolvedLocale, strings),
    );
    const stop = this.#safePreferencesUrl();
    return html`<p class="subscribed" part="subscribed">
      ${renderFilledTemplate(strings.subscribedLine, { topics, phone: subscription.phone })}${stop
        ? html`<span aria-hidden="true"> · </span><a part="stop" href=${stop}>${strings.stop}</a>`
        : nothing}
    </p>`;
  }

  /** Only http(s) links: a `javascript:` URL in an attribute must never run. */
  #safePreferencesUrl(): string | undefined {
    if (!this.preferencesUrl) return undefined;
    try {
      const url = new URL(this.preferencesUrl, document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  #notSavedMessage(check: PhoneCheck): string {
    if (check.ok) return '';
    const reasons = this.strings.notSavedReasons;
    const reason =
      check.problem === 'too-short' || check.problem === 'empty'
        ? reasons.incomplete
        : check.problem === 'too-long'
          ? reasons.tooLong
          : reasons.invalid;
    return fillTemplate(this.strings.optinNotSaved, { reason });
  }

  #setState(state: string, on: boolean): void {
    try {
      if (on) this.#internals.states?.add(state);
      else this.#internals.states?.delete(state);
    } catch {
      // Engines without custom states: the `disabled` attribute still styles it.
    }
  }

  override render() {
    const problem = this.setupProblem();
    if (problem) return html`<p class="setup-error" role="alert">${problem}</p>`;
    const strings = this.strings;
    const disabled = this.disabled || this.formDisabled;
    if (this.#subscription) return this.#renderSubscribed(this.#subscription);
    const source = this.#phoneSource();
    const check = this.phoneField.check();
    // One message, said once: before the host form submits, why the number is not usable
    // (the own field says it under itself, so ours would repeat it); once it submitted
    // without the opt-in (R10), that it was not saved.
    const message =
      this.notSaved && this.ticked
        ? this.#notSavedMessage(check)
        : this.showProblem && source !== 'own'
          ? this.#problem(check)
          : '';
    const blocking = Boolean(message) && this.blockSubmit;
    return html`${source === 'own'
        ? html`<div @input=${this.#onOwnInput} @change=${this.#onOwnInput}>
            ${this.phoneField.render(strings, this.resolvedLocale, { disabled })}
          </div>`
        : nothing}
      <div class="consent" part="consent">
        <input
          id="consent"
          part="checkbox"
          type="checkbox"
          ?disabled=${disabled}
          aria-invalid=${blocking ? 'true' : 'false'}
          aria-describedby="message"
          @change=${this.#onTick}
        />
        <label id="wording" for="consent" part="wording">${renderWording(this.#wording())}</label>
      </div>
      <p id="message" class=${blocking ? 'message blocking' : 'message'} part="message" aria-live="polite">${message}</p>`;
  }

  protected override firstUpdated(): void {
    // The validity anchor (our checkbox or field) exists only after the first render.
    this.#sync();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The box shows `ticked` whatever the person did to it since (a reset, `ticked = false`
    // from the page): compared with the box itself, not with the last render (what Lit's
    // `live()` does, without its directive code in every first render: issue 16).
    const box = this.renderRoot.querySelector<HTMLInputElement>('#consent');
    if (box && box.checked !== this.ticked) box.checked = this.ticked;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wa-optin-checkbox': WaOptinCheckbox;
  }
}
