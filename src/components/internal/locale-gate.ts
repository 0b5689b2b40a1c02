import type { PropertyValues, ReactiveElement } from 'lit';
import { localeReady, localeSettled } from '../../core/locales.js';

/**
 * Nothing half-translated: while a language's table loads, its element does not render
 * (the first time: nothing shows; after a runtime language change: the previous language
 * stays, whole). Once the table has loaded — or failed, and English is shown — the element
 * renders, with the property changes held back meanwhile replayed so `willUpdate` and
 * `updated` see them. English is bundled, so an English page never waits.
 */
export class LocaleGate {
  #held = new Map<PropertyKey, unknown>();

  /** For `shouldUpdate`: true when `locale`'s words are at hand. */
  open(host: ReactiveElement, locale: string, changed: PropertyValues): boolean {
    if (localeSettled(locale)) return true;
    for (const [key, old] of changed) if (!this.#held.has(key)) this.#held.set(key, old);
    void localeReady(locale).then(() => {
      const held = [...this.#held];
      this.#held.clear();
      host.requestUpdate();
      for (const [key, old] of held) host.requestUpdate(key, old);
    });
    return false;
  }

  /** For `getUpdateComplete`: also waits for the language, so `await el.updateComplete` sees the finished element. */
  static async settled(host: ReactiveElement, locale: () => string, base: () => Promise<boolean>): Promise<boolean> {
    let result = await base();
    while (!localeSettled(locale()) || host.isUpdatePending) {
      await localeReady(locale());
      result = await base();
    }
    return result;
  }
}
