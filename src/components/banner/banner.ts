import { html, nothing, type PropertyValues } from 'lit';
import { DismissibleSurface } from '../internal/dismissible-surface.js';
import { closeIcon } from '../internal/surface.styles.js';
import { bannerStyles } from './banner.styles.js';

/**
 * @customElement wa-optin-banner
 * @summary A WhatsApp opt-in bar pinned to the bottom (or `position="top"`) of the
 * viewport: one line with a button that expands the form. It is a fixed overlay, so it
 * shifts no layout when it appears (CLS 0). Same display rules and memory as the popup:
 * dismissed, it stays away for `snooze-days`; after an opt-in anywhere on the site it
 * never shows again. Without a display rule it shows at load. Wraps `<wa-optin-form>`;
 * `source` defaults to `banner`.
 *
 * If the page has its own fixed footer (a cart bar, a chat button), lift the banner above
 * it with `--wa-optin-banner-offset`.
 *
 * @event wa-optin-show - It appeared; `detail.trigger`.
 * @event wa-optin-request-close - Cancelable. The person pressed close; `detail.source`.
 * @event wa-optin-hide - It went away; `detail.reason`.
 * @event wa-optin-submit - From the wrapped form (cancelable).
 * @event wa-optin-success - From the wrapped form.
 * @event wa-optin-error - From the wrapped form.
 *
 * @slot heading - Replaces the one-line text ("Get order updates on WhatsApp").
 * @slot - Shown above the form once expanded.
 *
 * @csspart bar - The fixed bar.
 * @csspart line - The one-line row: text, expand button, close button.
 * @csspart title - The one-line text.
 * @csspart toggle - The button that expands and collapses the form.
 * @csspart close-button - The × button.
 * @csspart panel - The expanded area holding the form.
 * @csspart optin-form - The wrapped `<wa-optin-form>`; its parts are re-exported under their own names.
 *
 * @cssprop [--wa-optin-banner-offset=0px] - Distance from the viewport edge, e.g. the height of the page's own fixed footer.
 * @cssprop [--wa-optin-banner-background=#fff] - Background.
 * @cssprop [--wa-optin-banner-color=#111827] - Text colour.
 * @cssprop [--wa-optin-banner-border-color=#d1d5db] - The edge toward the page.
 * @cssprop [--wa-optin-banner-content-width=44rem] - Widest the content grows on wide screens.
 * @cssprop [--wa-optin-z-index=2147483000] - Stacking order.
 * @cssprop [--wa-optin-accent=#0b6e4f] - The expand button's colour.
 * @cssprop [--wa-optin-button-color=#fff] - The expand button's text colour.
 * @cssprop [--wa-optin-radius=0.5rem] - The expand button's corner radius.
 * @cssprop [--wa-optin-focus-color=#1d4ed8] - Focus ring colour (the form's other `--wa-optin-*` properties reach it too).
 */
export class WaOptinBanner extends DismissibleSurface {
  static override styles = bannerStyles;
  static override properties = {
    ...DismissibleSurface.properties,
    position: { type: String, reflect: true },
    expanded: { type: Boolean, reflect: true },
  };

  /** `bottom` (default) or `top`. */
  declare position: 'bottom' | 'top';
  /** The form is showing (not just the one line). */
  declare expanded: boolean;

  protected readonly kind = 'banner';
  protected readonly showsWithoutRules = true;

  constructor() {
    super();
    this.position = 'bottom';
    this.expanded = false;
  }

  override render() {
    if (!this.open) return nothing;
    const strings = this.strings;
    return html`<section class="bar" part="bar" aria-labelledby="title" @keydown=${this.#onKeydown}>
      <div class="line" part="line">
        <p class="title" id="title" part="title"><slot name="heading">${this.heading}</slot></p>
        <button
          class="toggle"
          part="toggle"
          type="button"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls="panel"
          @click=${this.#toggle}
        >
          ${strings.showForm}
        </button>
        <button class="close" part="close-button" type="button" aria-label=${strings.close} @click=${() => this.requestClose('close-button')}>
          ${closeIcon}
        </button>
      </div>
      <div class="panel" id="panel" part="panel" ?hidden=${!this.expanded}>
        <slot></slot>
        ${this.renderForm()}
      </div>
    </section>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Shown again later, it starts as one line.
    if (changed.has('open') && !this.open) this.expanded = false;
  }

  async #toggle(): Promise<void> {
    this.expanded = !this.expanded;
    if (!this.expanded) return;
    await this.updateComplete;
    // Straight to the first field: the person pressed "Sign up" to fill it in. The form must
    // have rendered its fields first, or focus() finds nothing to delegate to (Firefox is
    // slower to get there than Chromium).
    const form = this.form;
    if (!form) return;
    await form.updateComplete;
    form.focus();
  }

  /** Escape folds the form back to one line (it does not dismiss: that is the × button). */
  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.expanded) return;
    this.expanded = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.toggle')?.focus());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wa-optin-banner': WaOptinBanner;
  }
}
