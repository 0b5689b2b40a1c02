import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  DEFAULTABLE_SETTINGS,
  isDefaultableSetting,
  onOptinDefaultsChange,
  optinDefaults,
  type DefaultableSetting,
} from '../../core/page-defaults.js';
import { LocaleGate } from './locale-gate.js';
import { onLocalesChange, resolveLocale, stringsFor, type OptinStrings, type TopicSlot } from '../../core/locales.js';
import { watchPageLanguage } from '../../core/lang-watch.js';
import { parseTopicList, topicPhrase } from '../../core/wording.js';

/**
 * The attributes every opt-in surface takes (form, popup, banner, CTA, checkbox), declared
 * once so the surfaces stay in step.
 */
export const optinProperties = {
  endpoint: { type: String },
  business: { type: String },
  topics: { type: String },
  country: { type: String },
  countries: { type: String },
  locale: { type: String },
  phone: { type: String },
  phoneVerified: { type: Boolean, attribute: 'phone-verified' },
  source: { type: String },
  wording: { type: String },
  keepQuery: { type: Boolean, attribute: 'keep-query' },
} satisfies PropertyDeclarations;

export type OptinProperty = keyof typeof optinProperties;

export const optinKeys = Object.keys(optinProperties) as OptinProperty[];

/**
 * The opt-in attributes (`endpoint`, `business`, `topics`, …) with their defaults, the
 * language resolved from them, the sentence they make and the check that they are enough
 * to collect consent: what every surface starts from.
 */
export abstract class OptinElement extends LitElement {
  static override properties = Object.fromEntries(
    optinKeys.map((key) => [key, isDefaultableSetting(key) ? { ...optinProperties[key], noAccessor: true } : optinProperties[key]]),
  ) as PropertyDeclarations;

  /** URL the consent record is POSTed to. */
  declare endpoint: string;
  /** The business's name, shown in the sentence and stored in the record (R3). */
  declare business: string;
  /** Comma-separated content-type ids, e.g. `order_updates,offers` (R2). */
  declare topics: string;
  /** Default country (ISO 3166 alpha-2) for numbers typed without `+`. */
  declare country: string;
  /** The only countries taken, e.g. `IN,ID,BR`: the picker lists these and numbers from any other country are refused. Default: every country. */
  declare countries: string;
  /** Language of the wording: one of the 28 built in (README, Languages) or one added with `registerLocale()`; default: nearest `[lang]`, then the browser's, then English. */
  declare locale: string;
  /** Number to prefill (still editable unless `phone-verified`). */
  declare phone: string;
  /** The number was verified earlier in this flow: do not ask again; it stays in the wording (R5). */
  declare phoneVerified: boolean;
  /** Where this opt-in is collected, stored in the record. Default: the element's name (`form`, `popup`, `banner`, `cta`, `checkbox`). */
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

  /**
   * Reading `endpoint`, `business`, `topics`, `country` or `locale` gives the element's own
   * value, else the page's default (script tag `data-*` or `WaOptin.configure()`). Done in
   * the accessor so every reader — rendering, the record, the form a surface wraps — sees
   * the same effective value. (Lit makes no accessor for these: `noAccessor` above.)
   */
  static {
    for (const key of DEFAULTABLE_SETTINGS) {
      Object.defineProperty(this.prototype, key, {
        configurable: true,
        enumerable: true,
        get(this: OptinElement): string {
          return this.#ownSettings[key] || optinDefaults()[key] || '';
        },
        set(this: OptinElement, value: string | null | undefined) {
          const old = this[key];
          this.#ownSettings[key] = value ?? '';
          this.requestUpdate(key, old);
        },
      });
    }
  }

  #ownSettings: Partial<Record<DefaultableSetting, string>> = {};

  #stopListening: (() => void)[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    const update = () => this.requestUpdate();
    this.#stopListening = [onOptinDefaultsChange(update), watchPageLanguage(update), onLocalesChange(update)];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.#stopListening) stop();
    this.#stopListening = [];
  }

  #localeGate = new LocaleGate();
  #dirSetByUs = false;

  /**
   * Nothing of this element shows yet (a popup whose display rule has not fired, a banner
   * that will not show on this visit): it does not render at all, so no language file is
   * fetched, no form is built and no phone rules load until it does (issue 16, item 4).
   */
  protected get dormant(): boolean {
    return false;
  }

  /** Property changes that arrived while dormant, replayed (oldest value first) on the first real update. */
  #heldWhileDormant = new Map<PropertyKey, unknown>();

  /**
   * The first render of an element on the page runs in a task of its own, not in the one
   * that defined it: a script that defines the elements upgrades every one already on the
   * page, and their first renders in that same task made one long task (issue 16: no long
   * task over 50 ms caused by the widget). A posted message, not a timer: timers are
   * throttled in hidden tabs. Later updates stay in microtasks, as Lit does. The form a
   * popup, banner or CTA wraps gets its own task too: the surface, then its form.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || typeof MessageChannel === 'undefined') return super.scheduleUpdate();
    return new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }).then(() => super.scheduleUpdate());
  }

  /** Renders only once the language's words are at hand: nothing half-translated (see LocaleGate). */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.dormant) {
      for (const [key, old] of changed) if (!this.#heldWhileDormant.has(key)) this.#heldWhileDormant.set(key, old);
      return false;
    }
    if (this.#heldWhileDormant.size) {
      // `changed` is this update's own map: what willUpdate and updated will see.
      for (const [key, old] of this.#heldWhileDormant) (changed as Map<PropertyKey, unknown>).set(key, old);
      this.#heldWhileDormant.clear();
    }
    return this.#localeGate.open(this, this.resolvedLocale, changed) && super.shouldUpdate(changed);
  }

  /**
   * `await el.updateComplete` also waits for the language and for `pendingWork()`: tests and
   * integrators see the finished element.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    // A dormant element waits for no language: asking for it would fetch it.
    const settled = () =>
      this.dormant ? super.getUpdateComplete() : LocaleGate.settled(this, () => this.resolvedLocale, () => super.getUpdateComplete());
    let result = await settled();
    for (let work = this.pendingWork(); work; work = this.pendingWork()) {
      await work;
      result = await settled();
    }
    return result;
  }

  /** Work under way that will change what shows (a surface's country list); none by default. */
  protected pendingWork(): Promise<unknown> | undefined {
    return undefined;
  }

  /**
   * The shown language's direction on the host, so an Arabic opt-in on an English page
   * mirrors (and an English fallback on an Arabic page does not). A `dir` the page set
   * itself is left alone.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.hasAttribute('dir') && !this.#dirSetByUs) return;
    const dir = this.strings.$dir;
    if (this.getAttribute('dir') !== dir) this.setAttribute('dir', dir);
    this.#dirSetByUs = true;
  }

  protected get resolvedLocale(): string {
    return resolveLocale(this.locale, this);
  }

  protected get strings(): OptinStrings {
    return stringsFor(this.resolvedLocale);
  }

  /** The topics as one phrase worded for a slot ("order updates and special offers"). */
  protected topicsIn(slot: TopicSlot): string {
    return topicPhrase(this.topicIds, this.strings, slot);
  }

  protected get topicIds(): string[] {
    return parseTopicList(this.topics);
  }
}

