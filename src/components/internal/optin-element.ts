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

  declare endpoint: string;
  declare business: string;
  declare topics: string;
  declare country: string;
  declare locale: string;
  declare phone: string;
  declare phoneVerified: boolean;
  declare source: string;
  declare wording: string;
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
