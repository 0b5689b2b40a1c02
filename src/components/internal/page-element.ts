import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { pageLocaleFor, resolveLocale, type ReceiverPage } from '../../core/locales.js';
import { LocaleGate } from './locale-gate.js';

/**
 * What the receiver's own pages (`<wa-optin-preferences>`, `<wa-optin-admin>`) share: the
 * `locale` attribute, the language the page is shown in (a language the page words exist
 * for, else English), and rendering only once that language's words are at hand.
 */
export class PageElement extends LitElement {
  static override properties: PropertyDeclarations = {
    locale: { type: String },
  };

  /** Language of the page; default: nearest `[lang]`, then the browser's, then English. */
  declare locale: string;

  #localeGate = new LocaleGate();

  constructor() {
    super();
    this.locale = '';
  }

  /** Which page this is: the languages it speaks differ (see `pageLocaleFor`). */
  protected get page(): ReceiverPage {
    return 'admin';
  }

  /** The language the page is shown in. */
  protected get pageLocale(): string {
    return pageLocaleFor(resolveLocale(this.locale, this), this.page);
  }

  /** Renders once the language's words are at hand: no English labels in a Portuguese page. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return this.#localeGate.open(this, this.pageLocale, changed) && super.shouldUpdate(changed);
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return LocaleGate.settled(this, () => this.pageLocale, () => super.getUpdateComplete());
  }
}
