import { html, nothing, svg, type PropertyValues } from 'lit';
import { SurfaceCoordination } from '../../core/surface-coordination.js';
import { DismissibleSurface } from '../internal/dismissible-surface.js';
import { notLoadedMessage } from '../internal/not-loaded.js';
import { PageEndRoom } from '../internal/page-end-room.js';
import { closeIcon } from '../internal/surface.styles.js';
import { bannerStyles } from './banner.styles.js';

/**
 * @customElement wa-optin-banner
 * @summary A WhatsApp opt-in bar pinned to the bottom (or `position="top"`) of the
 * viewport: its title (wrapping to two lines on a phone, never cut) and a button that
 * expands the form; expanded, that button reads "Hide". The bar is a fixed overlay, so it
 * shifts no layout when it appears (CLS 0). Same display rules and memory as the popup:
 * dismissed, it stays away for `snooze-days`; after an opt-in anywhere on the site it
 * never shows again. Without a display rule it shows at load. It steps aside
 * while a popup is open (unless `standalone`). Wraps `<wa-optin-form>`; `source` defaults
 * to `banner`.
 *
 * **The page's end stays reachable.** The bar's height is published on the element as
 * `--wa-optin-banner-height`, and the element itself (not the fixed bar) takes that much
 * room where it stands in the page, so a bottom banner placed at the end of `<body>` (as
 * the script tag does) keeps the footer's links scrollable into view above it. Nothing is
 * added to `<body>` or `<html>`, and growing at the very end of the page moves nothing
 * (CLS 0). Placed elsewhere, it reserves the room there: `reserve="none"` turns it off.
 *
 * **The bar paints first.** The form's code (and the number field's) is not part of the
 * bar's first render: it comes when the page is idle after the bar's paint, when a pointer
 * or the focus reaches the bar, or at the press of "Sign up" at the latest.
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
 * @csspart toggle - The button that expands the form ("Sign up") and folds it ("Hide").
 * @csspart close-button - The × button.
 * @csspart panel - The expanded area holding the form.
 * @csspart not-loaded - In the panel, when "Sign up" could not fetch the form's code (the connection dropped it): "The sign-up form could not load…"; the next press tries again.
 * @csspart optin-form - The wrapped `<wa-optin-form>`; its parts are re-exported under their own names.
 *
 * @cssprop [--wa-optin-banner-height] - Published, not set: the bar's current height (e.g. `57px`), read with `getComputedStyle(banner)`.
 * @cssprop [--wa-optin-banner-offset=0px] - Distance from the viewport edge, e.g. the height of the page's own fixed footer.
 * @cssprop [--wa-optin-banner-background=#fff] - Background.
 * @cssprop [--wa-optin-banner-color=#111827] - Text colour.
 * @cssprop [--wa-optin-banner-border-color=#d1d5db] - The edge toward the page.
 * @cssprop [--wa-optin-banner-content-width=44rem] - Widest the content grows on wide screens.
 * @cssprop [--wa-optin-z-index=2147483000] - Stacking order.
 * @cssprop [--wa-optin-accent=#0b6e4f] - The expand button's colour.
 * @cssprop [--wa-optin-button-color=#fff] - The expand button's text colour.
 * @cssprop [--wa-optin-radius=0.5rem] - The expand button's corner radius.
 * @cssprop [--wa-optin-error-color=#b3261e] - Colour of the line a press shows when the form could not be fetched (part `not-loaded`).
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

  /** The bar shows: its form's code comes when the page is idle after its paint (or at the first sign of intent). */
  protected override get showing(): boolean {
    return this.open;
  }

  protected override renderNotLoaded() {
    return notLoadedMessage(this.strings);
  }

  protected override yieldsNow(): boolean {
    return SurfaceCoordination.isShowing('popup');
  }

  /** The bar's height, published as `--wa-optin-banner-height` for the room at the page's end. */
  protected readonly pageEndRoom = new PageEndRoom(this, '--wa-optin-banner-height', () =>
    this.open ? this.renderRoot.querySelector<HTMLElement>('.bar') : null,
  );

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
          ${this.expanded ? html`${strings.hideForm}${chevronDown}` : strings.showForm}
        </button>
        <button class="close" part="close-button" type="button" aria-label=${strings.close} @click=${() => this.requestClose('close-button')}>
          ${closeIcon}
        </button>
      </div>
      <div class="panel" id="panel" part="panel" ?hidden=${!this.expanded}>
        <slot></slot>
        ${this.#formRendered ? this.renderForm() : nothing}
      </div>
    </section>`;
  }

  /**
   * The form exists once the person first expands the bar (then stays, keeping what they
   * typed): a bar nobody opens builds no form and loads no phone rules (issue 16, item 4).
   * Its code is not part of the bar's first render either (see `OptinSurface.renderInner`).
   */
  #formRendered = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.expanded) this.#formRendered = true;
    // Shown again later, it starts as one line.
    if (changed.has('open') && !this.open) this.expanded = false;
  }

  async #toggle(): Promise<void> {
    this.expanded = !this.expanded;
    if (!this.expanded) return;
    // Fetched already, as a rule (idle, or the pointer on its way); if a last try failed, this press tries again.
    void this.innerCode.load(true);
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

/** Folds the form away: points down, toward where the bar goes. */
const chevronDown = svg`<svg class="chevron" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false"><path d="M2.5 4.5 6 8l3.5-3.5" stroke="currentColor" stroke-width="1.8" fill="none" stroke-linecap="round" stroke-linejoin="round"></path></svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'wa-optin-banner': WaOptinBanner;
  }
}
