import { LitElement } from 'lit';
import { resolveLocale, stringsFor, type OptinStrings } from '../../core/locales.js';
import { parseTopicList } from '../../core/wording.js';
import { optinProperties } from '../form/form.js';

export type OptinProperty = keyof typeof optinProperties;
export const optinKeys = Object.keys(optinProperties) as OptinProperty[];

/**
 * The opt-in attributes (`endpoint`, `business`, `topics`, …) with their defaults, and the
 * language resolved from them: what every surface beside the form starts from.
 */
export abstract class OptinElement extends LitElement {
  static override properties = { ...optinProperties };

  /** URL the consent record is POSTed to. */
  declare endpoint: string;
  /** The business's name, shown in the sentence and stored in the record (R3). */
  declare business: string;
  /** Comma-separated content-type ids, e.g. `order_updates,offers` (R2). */
  declare topics: string;
  /** Default country (ISO 3166 alpha-2) for numbers typed without `+`. */
  declare country: string;
  /** Language of the wording; default: nearest `[lang]`, then the browser's. */
  declare locale: string;
  /** Number to prefill (still editable unless `phone-verified`). */
  declare phone: string;
  /** The number was verified earlier in this flow: do not ask again; it stays in the wording (R5). */
  declare phoneVerified: boolean;
  /** Where this opt-in is collected, stored in the record. Default: the surface's name (`popup`, `banner`, `cta`, `checkbox`). */
  declare source: string;
  /** Own sentence with `{topics}`, `{business}`, `{whatsapp}` and `{phone}` each once. */
  declare wording: string;
  /** Keep the page's query string in the record's `pageUrl` (off by default). */
  declare keepQuery: boolean;

  constructor() {
    super();
    for (const key of optinKeys) {
      (this as Record<OptinProperty, unknown>)[key] = optinProperties[key].type === Boolean ? false : '';
    }
  }

  protected get resolvedLocale(): string {
    return resolveLocale(this.locale, this);
  }

  protected get strings(): OptinStrings {
    return stringsFor(this.resolvedLocale);
  }

  protected get topicIds(): string[] {
    return parseTopicList(this.topics);
  }
}
