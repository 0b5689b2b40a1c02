import { html, nothing, svg } from 'lit';
import { DisplayMemory } from '../../core/display-memory.js';
import { fillTemplate, joinTopicLabels, topicLabel, wordingLocale } from '../../core/wording.js';
import type { WaOptinForm } from '../form/form.js';
import { OptinSurface } from '../internal/optin-surface.js';
import { notLoadedMessage } from '../internal/not-loaded.js';
import { whatsappGlyph } from '../internal/whatsapp-glyph.js';
import type { WaOptinPopup } from '../popup/popup.js';
import { ctaStyles } from './cta.styles.js';

/**
 * @customElement wa-optin-cta
 * @summary A "Get updates on WhatsApp" button that opens the opt-in form: in a popup
 * (`mode="popup"`, default) or in place below it (`mode="inline"`). It never links to a
 * WhatsApp chat (`wa.me`): the policy needs the opt-in on your page first, with the
 * number and the sentence (R7; an SMS cannot show the logo, strategy 3). Wraps
 * `<wa-optin-form>` (through `<wa-optin-popup>` in popup mode); `source` defaults to `cta`.
 * Pressing it is the person's own choice, so it ignores the popup's display memory, and
 * closing its popup is not remembered as a dismissal.
 *
 * The button paints first: what it opens (the popup and the form, with the number field's
 * code) comes when the page is idle after that paint, when a pointer or the focus reaches
 * the button, or at the press at the latest (the popup then opens as it arrives).
 *
 * Once this device opted in for its topics (on any surface of the site), the button gives
 * way to a quiet line saying so: "✓ You get order updates on WhatsApp" (item 8).
 *
 * @event wa-optin-show - Its popup opened (popup mode).
 * @event wa-optin-request-close - Cancelable, from its popup.
 * @event wa-optin-hide - Its popup closed; `detail.reason`.
 * @event wa-optin-submit - From the wrapped form (cancelable).
 * @event wa-optin-success - From the wrapped form.
 * @event wa-optin-error - From the wrapped form.
 *
 * @slot - The button's label. Default: "Get updates on WhatsApp".
 *
 * @csspart button - The button.
 * @csspart glyph - The WhatsApp glyph in the button.
 * @csspart popup - The `<wa-optin-popup>` (popup mode); its parts are re-exported as `popup-dialog`, `popup-panel`, `popup-title`, `popup-close-button`.
 * @csspart panel - The area below the button (inline mode).
 * @csspart subscribed - The line shown instead of the button once this device opted in for these topics.
 * @csspart optin-form - The wrapped form (inline mode); its parts are re-exported under their own names.
 * @csspart not-loaded - Below the button, when a press could not fetch the popup's (or form's) code (the connection dropped it): "The sign-up form could not load…"; the next press tries again.
 *
 * @cssprop [--wa-optin-accent=#0b6e4f] - Button colour.
 * @cssprop [--wa-optin-button-color=#fff] - Button text colour.
 * @cssprop [--wa-optin-cta-radius=999px] - Button corner radius.
 * @cssprop [--wa-optin-success-background=#e7f6ee] - Background of the subscribed line.
 * @cssprop [--wa-optin-error-color=#b3261e] - Colour of the line a press shows when the form could not be fetched (part `not-loaded`).
 * @cssprop [--wa-optin-focus-color=#1d4ed8] - Focus ring colour (the form's other `--wa-optin-*` properties reach it too).
 */
export class WaOptinCta extends OptinSurface {
  static override styles = ctaStyles;
  static override properties = {
    ...OptinSurface.properties,
    mode: { type: String, reflect: true },
    expanded: { type: Boolean, reflect: true },
  };

  /** `popup` (default) or `inline`. */
  declare mode: 'popup' | 'inline';
  /** The form is showing. */
  declare expanded: boolean;

  protected readonly kind = 'cta';

  constructor() {
    super();
    this.mode = 'popup';
    this.expanded = false;
  }

  /** The popup of popup mode, or nothing. */
  get popup(): WaOptinPopup | undefined {
    return this.mode === 'inline' ? undefined : this.shadowPart<WaOptinPopup>('wa-optin-popup');
  }

  /** Popup mode opens a popup (the form comes with it); inline mode, the form. Neither's code is in the button's first render. */
  protected override get innerElement() {
    return this.mode === 'inline' ? 'wa-optin-form' : 'wa-optin-popup';
  }

  /** The button shows (not the quiet "you get updates" line): what it opens comes when the page is idle after its paint. */
  protected override get showing(): boolean {
    return !this.subscribed;
  }

  protected override renderNotLoaded() {
    return notLoadedMessage(this.strings);
  }

  override get form(): WaOptinForm | undefined {
    return this.popup ? this.popup.form : this.ownForm;
  }

  protected override get forwardTarget() {
    return this.popup ?? this.ownForm;
  }

  #stopListening?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopListening = DisplayMemory.onChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopListening?.();
  }

  /** This device opted in for these topics, and the form is not open (its thank-you stays until closed). */
  get subscribed(): boolean {
    return !this.expanded && this.topicIds.length > 0 && DisplayMemory.hasOptedIn(this.topicIds);
  }

  #renderSubscribed() {
    const strings = this.strings;
    const topics = joinTopicLabels(
      this.topicIds.map((id) => topicLabel(id, strings, 'thanks')),
      wordingLocale(this.resolvedLocale, strings),
    );
    return html`<p class="subscribed" part="subscribed">
      <span class="tick" aria-hidden="true">${tickIcon}</span><span>${fillTemplate(strings.subscribedCta, { topics })}</span>
    </p>`;
  }

  /** Opens the form, as a press of the button does. */
  show(): void {
    this.expanded = true;
  }

  override render() {
    const inline = this.mode === 'inline';
    return html`${this.subscribed ? this.#renderSubscribed() : this.#renderButton(inline)}
      ${inline
        ? html`<div class="panel" id="panel" part="panel" ?hidden=${!this.expanded}>
            ${this.expanded ? this.renderForm() : nothing}
          </div>`
        : this.renderInner(
            () => html`<wa-optin-popup
              part="popup"
              exportparts="dialog: popup-dialog, panel: popup-panel, title: popup-title, close-button: popup-close-button"
              snooze-days="0"
              lang=${this.resolvedLocale}
              ?open=${this.expanded}
              @wa-optin-hide=${this.#onPopupHidden}
            ></wa-optin-popup>`,
            this.expanded,
          )}`;
  }

  #renderButton(inline: boolean) {
    return html`<button
        class="button"
        part="button"
        type="button"
        aria-haspopup=${inline ? nothing : 'dialog'}
        aria-expanded=${inline ? String(this.expanded) : nothing}
        aria-controls=${inline ? 'panel' : nothing}
        @click=${this.#onPress}
      >
        <span class="glyph-disc" aria-hidden="true">${whatsappGlyph('')}</span>
        <span class="label"><slot>${this.strings.ctaLabel}</slot></span>
      </button>`;
  }

  async #onPress(): Promise<void> {
    this.expanded = this.mode === 'inline' ? !this.expanded : true;
    // Fetched already, as a rule (idle, or the pointer on its way); if a last try failed, this press tries again.
    if (this.expanded) void this.innerCode.load(true);
    if (this.mode !== 'inline' || !this.expanded) return;
    await this.updateComplete;
    // In place: straight to the first field.
    this.ownForm?.focus();
  }

  #onPopupHidden(): void {
    this.expanded = false;
  }
}

const tickIcon = svg`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M3 8.5 6.5 12 13 4.5" stroke="currentColor" stroke-width="2" fill="none" stroke-linecap="round" stroke-linejoin="round"></path></svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'wa-optin-cta': WaOptinCta;
  }
}
