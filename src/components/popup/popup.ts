import { html, nothing, type PropertyValues } from 'lit';
import { DisplayMemory } from '../../core/display-memory.js';
import { SurfaceCoordination } from '../../core/surface-coordination.js';
import type { OptinCloseSource } from '../../core/events.js';
import { DismissibleSurface } from '../internal/dismissible-surface.js';
import { PageEndRoom } from '../internal/page-end-room.js';
import { closeIcon } from '../internal/surface.styles.js';
import { whatsappGlyph } from '../internal/whatsapp-glyph.js';
import { popupStyles } from './popup.styles.js';

/**
 * @customElement wa-optin-popup
 * @summary A modal WhatsApp opt-in (native `<dialog>` + `showModal()`) that waits for a
 * display rule — `delay`, `scroll`, `exit-intent`, whichever comes first — and then asks
 * once. Dismissed, it stays away for `snooze-days`; after an opt-in on any surface of the
 * site it never shows again. A bottom sheet on phones. Wraps `<wa-optin-form>`, so it
 * takes the same attributes (`endpoint`, `business`, `topics`, …); `source` defaults to `popup`.
 *
 * Without a display rule it opens only through the `open` attribute or `show()`; both
 * ignore the memory (they are the page's explicit choice).
 *
 * With `teaser`, a closed popup leaves a small tab in the corner that opens it again
 * (after a dismissal on this page, and on later pages while it is snoozed); never after
 * an opt-in, and never while a banner shows (item 7). While the tab shows, the element
 * takes as much room as the tab covers at the bottom of the screen where it stands (the
 * end of the page, as the script tag places it), so the footer stays reachable above it;
 * `reserve="none"` turns that off.
 *
 * It does not show itself in a browser session in which the person dismissed a banner
 * (one offer at a time; `standalone` turns this off). After the thank-you, a Done button
 * closes it.
 *
 * @event wa-optin-show - It opened; `detail.trigger` is `delay`, `scroll`, `exit-intent` or `open`.
 * @event wa-optin-request-close - Cancelable. The person pressed close, Escape or the backdrop; `detail.source`.
 * @event wa-optin-hide - It closed; `detail.reason` is `close-button`, `escape`, `backdrop` or `script`.
 * @event wa-optin-submit - From the wrapped form (cancelable).
 * @event wa-optin-success - From the wrapped form.
 * @event wa-optin-error - From the wrapped form.
 *
 * @slot heading - Replaces the default heading ("Get order updates on WhatsApp").
 * @slot - Text between the heading and the form, e.g. what the messages are good for.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart panel - The padded content box.
 * @csspart title - The heading.
 * @csspart close-button - The × button.
 * @csspart done-button - The Done button under the thank-you.
 * @csspart teaser - The small tab that reopens a closed popup (`teaser`).
 * @csspart glyph - The WhatsApp glyph in the teaser.
 * @csspart optin-form - The wrapped `<wa-optin-form>`; its own parts are re-exported under their names (`submit`, `phone-input`, …).
 *
 * @cssprop [--wa-optin-popup-width=30rem] - Width on wide screens.
 * @cssprop [--wa-optin-popup-background=#fff] - Background.
 * @cssprop [--wa-optin-popup-color=#111827] - Text colour.
 * @cssprop [--wa-optin-popup-radius=1rem] - Corner radius.
 * @cssprop [--wa-optin-backdrop=rgb(17 24 39 / 0.55)] - The dimmed page behind.
 * @cssprop [--wa-optin-teaser-offset=0px] - Lifts the teaser above the page's own fixed footer (or a banner).
 * @cssprop [--wa-optin-teaser-room] - Published, not set: how much of the screen's bottom the teaser tab covers (e.g. `76px`; `0px` without it), the room the element keeps at the page's end.
 * @cssprop [--wa-optin-accent=#0b6e4f] - The teaser's colour.
 * @cssprop [--wa-optin-button-color=#fff] - The teaser's text colour.
 * @cssprop [--wa-optin-z-index=2147483000] - The teaser's stacking order.
 * @cssprop [--wa-optin-radius=0.5rem] - The Done button's corner radius.
 * @cssprop [--wa-optin-focus-color=#1d4ed8] - Focus ring colour (the form's other `--wa-optin-*` properties reach it too).
 */
export class WaOptinPopup extends DismissibleSurface {
  static override styles = popupStyles;
  static override properties = {
    ...DismissibleSurface.properties,
    teaser: { type: Boolean },
    teaserShown: { state: true },
  };

  /** Leave a small tab that reopens the popup after it was closed (never after an opt-in). */
  declare teaser: boolean;
  declare protected teaserShown: boolean;

  protected readonly kind = 'popup';
  protected readonly showsWithoutRules = false;
  /** The dialog, while the popup is on the page (removed, it is gone with it). */
  get #dialog(): HTMLDialogElement | undefined {
    return this.shadowPart<HTMLDialogElement>('dialog');
  }

  /**
   * The room the teaser tab covers at the bottom of the screen (the tab and the gap under
   * it), published as `--wa-optin-teaser-room`: at the page's end the footer's links stay
   * reachable above the tab, as under the banner (issue 15, item 2; the screenshots showed
   * the tab over a footer's Privacy link).
   */
  protected readonly pageEndRoom = new PageEndRoom(
    this,
    '--wa-optin-teaser-room',
    () => this.renderRoot.querySelector<HTMLElement>('.teaser'),
    (teaser) => innerHeight - teaser.getBoundingClientRect().top,
  );
  #returnFocusTo: HTMLElement | null = null;

  constructor() {
    super();
    this.teaser = false;
    this.teaserShown = false;
  }

  protected override showsWhileClosed(): boolean {
    return this.teaser && this.teaserShown;
  }

  protected override heldBackThisSession(): boolean {
    return SurfaceCoordination.dismissedThisSession('banner');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Snoozed since an earlier page: only the tab shows.
    this.teaserShown = !DisplayMemory.hasOptedIn() && DisplayMemory.isSnoozed(this.kind, this.snoozeDays);
  }

  protected override requestClose(source: OptinCloseSource): boolean {
    const closed = super.requestClose(source);
    if (closed) this.teaserShown = !DisplayMemory.hasOptedIn();
    return closed;
  }

  override render() {
    const strings = this.strings;
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      @cancel=${this.#onCancel}
      @close=${this.#onNativeClose}
      @click=${this.#onClick}
    >
      <div class="panel" part="panel">
        <div class="header">
          <h2 class="title" id="title" part="title"><slot name="heading">${this.heading}</slot></h2>
          <button
            class="close"
            part="close-button"
            type="button"
            aria-label=${strings.close}
            @click=${() => this.requestClose('close-button')}
          >
            ${closeIcon}
          </button>
        </div>
        <slot></slot>
        <div class="body" @wa-optin-success=${() => this.requestUpdate()}>${this.renderForm()}</div>
        ${this.form?.status === 'success'
          ? html`<button class="done" part="done-button" type="button" @click=${() => this.requestClose('close-button')}>
              ${strings.done}
            </button>`
          : nothing}
      </div>
    </dialog>
    ${this.teaser && this.teaserShown && !this.open && (this.standalone || !SurfaceCoordination.isShowing('banner'))
      ? html`<button class="teaser" part="teaser" type="button" aria-haspopup="dialog" @click=${() => this.show()}>
          <span class="glyph-disc" aria-hidden="true">${whatsappGlyph('')}</span>${strings.ctaLabel}
        </button>`
      : nothing}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Removed from the page: no dialog to show (it closes with the element).
    const dialog = this.#dialog;
    if (!dialog) return super.updated(changed);
    if (this.open && !dialog.open && this.isConnected) {
      this.#returnFocusTo = deepActiveElement();
      dialog.showModal();
      // Focus goes to the number, what the person came to type (issue 14), not to the ×
      // or the country picker before it; the picker is one Shift+Tab away and usually
      // already right. Without a number field (a verified number, R5) the form's first
      // control takes it. Once the form has rendered: with `open` in the markup it is
      // created in this very update.
      const form = this.form;
      void form?.updateComplete.then(() => {
        if (!this.open || !dialog.open) return;
        (form.shadowRoot?.querySelector<HTMLElement>('[part~="phone-input"]') ?? form).focus();
      });
    } else if (!this.open && dialog.open) {
      dialog.close();
    }
    super.updated(changed);
  }

  /** Escape: the browser would close it; we ask first, so a listener may keep it open. */
  #onCancel(event: Event): void {
    event.preventDefault();
    this.requestClose('escape');
  }

  /** A tap on the dimmed page (the dialog box itself is only reached outside the panel). */
  #onClick(event: MouseEvent): void {
    if (event.target === this.#dialog) this.requestClose('backdrop');
  }

  /** Closed by the browser on its own (a second Escape it does not let us cancel), or by us. */
  #onNativeClose(): void {
    const dialog = this.#dialog;
    // The close event is queued: by now it may have been shown again, or the popup removed
    // from the page (its dialog gone with it), and then there is nothing left to do.
    if (!dialog || dialog.open) return;
    if (this.open && !this.requestClose('escape')) dialog.showModal();
    const target = this.#returnFocusTo;
    this.#returnFocusTo = null;
    if (target?.isConnected && !this.open && isNothingFocused()) target.focus();
  }
}

function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

function isNothingFocused(): boolean {
  return !document.activeElement || document.activeElement === document.body;
}

declare global {
  interface HTMLElementTagNameMap {
    'wa-optin-popup': WaOptinPopup;
  }
}
