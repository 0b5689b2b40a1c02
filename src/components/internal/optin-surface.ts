import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { fillTemplate } from '../../core/wording.js';
import type { WaOptinForm } from '../form/form.js';
import { InnerElementCode, type ElementOnDemand } from './element-code.js';
import { OptinElement, optinKeys, type OptinProperty } from './optin-element.js';

/** The form's parts, re-exported by every surface so `wa-optin-popup::part(submit)` works. */
const formParts = [
  'form',
  'phone-field',
  'phone-label',
  'country',
  'phone-input',
  'phone-hint',
  'phone-error',
  'consent',
  'checkbox',
  'wording',
  'business',
  'topics',
  'brand',
  'glyph',
  'phone',
  'consent-error',
  'submit',
  'status',
  'thank-you',
].join(', ');

/**
 * What popup, banner and CTA share: the opt-in attributes, forwarded to the ONE
 * `<wa-optin-form>` each of them wraps (wording, number, record and delivery live
 * there), with `source` defaulting to the surface's own name.
 */
export abstract class OptinSurface extends OptinElement {
  /** The surface's name: the record's default `source`, and its key in the display memory. */
  protected abstract readonly kind: string;
  /**
   * An element of this surface's shadow root while the surface is on the page, as a Lit
   * `ref` would give it, without the directive's bytes in every first render (issue 16).
   */
  protected shadowPart<T extends Element>(selector: string): T | undefined {
    return (this.isConnected && this.shadowRoot?.querySelector<T>(selector)) || undefined;
  }

  /**
   * The element this surface shows inside it once asked (`<wa-optin-form>`; the CTA's
   * `<wa-optin-popup>`). A popup shows its form as it opens, so its code comes with the
   * popup's; a banner's bar and a CTA's button paint without it (issue 16: first render).
   */
  protected get innerElement(): ElementOnDemand {
    return 'wa-optin-form';
  }

  /** Whether this surface shows something now (a banner's bar, a CTA's button): then its inner element's code comes when the page is idle after the paint. */
  protected get showing(): boolean {
    return true;
  }

  /** The inner element's code, fetched on demand (src/components/internal/element-code.ts). */
  protected readonly innerCode = new InnerElementCode(
    this,
    () => this.innerElement,
    () => this.showing,
  );

  /**
   * `inner()` once the inner element's code is here. Until then nothing; if it is `wanted`
   * now (the form is expanded, the popup opened), its code is asked for, and when a press
   * could not fetch it, a line says so: the person presses again.
   */
  protected renderInner(inner: () => TemplateResult, wanted = true): unknown {
    if (this.innerCode.defined) return inner();
    if (!wanted) return nothing;
    if (this.innerCode.failed) return this.renderNotLoaded();
    this.innerCode.want();
    return nothing;
  }

  /** What a press that could not fetch the inner element's code says (`not-loaded.ts`); nothing where it cannot happen (a popup's form comes with it). */
  protected renderNotLoaded(): unknown {
    return nothing;
  }

  /** The form this surface wraps itself (not its popup's), once rendered. */
  protected get ownForm(): WaOptinForm | undefined {
    return this.shadowPart<WaOptinForm>('wa-optin-form');
  }

  /** The wrapped form, once rendered. */
  get form(): WaOptinForm | undefined {
    return this.ownForm;
  }

  /** "Get order updates on WhatsApp": the surface's heading, in the sentence's language. */
  protected get heading(): string {
    return fillTemplate(this.strings.surfaceTitle, { topics: this.topicsIn('heading') }).trim();
  }

  /**
   * The wrapped form. `lang` is set on it because `closest('[lang]')` does not cross our
   * shadow root: without it the form would miss the page's language and country.
   */
  protected renderForm() {
    return this.renderInner(
      () => html`<wa-optin-form part="optin-form" exportparts=${formParts} lang=${this.resolvedLocale}></wa-optin-form>`,
    );
  }

  /** The element the attributes go to: the wrapped form (the CTA's popup, in popup mode). */
  protected get forwardTarget(): OptinSurface | WaOptinForm | undefined {
    return this.ownForm;
  }

  /**
   * The wrapped form (or the CTA's popup) renders in a task of its own after this surface
   * (see `OptinElement.scheduleUpdate`): `updateComplete` waits for it, so `surface.form`
   * is rendered once the surface's update is complete.
   */
  protected override pendingWork(): Promise<unknown> | undefined {
    const target = this.forwardTarget;
    return target?.isUpdatePending ? target.updateComplete : (this.innerCode.pending ?? super.pendingWork());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.forwardTarget;
    if (!target) return;
    for (const key of optinKeys) (target as unknown as Record<OptinProperty, unknown>)[key] = this[key];
    target.source = this.source || this.kind;
    // The form's language comes from the `lang` set on it here, which it does not observe.
    target.requestUpdate();
  }
}
