/**
 * The page API of both script-tag builds — `window.WaOptin` and what the script tag's
 * `data-*` attributes do — written once. `dist/wa-optin.iife.js` (src/script-tag.ts) has
 * every element in the same file; `dist/wa-optin.js` (src/script-loader.ts) loads this
 * module as `wa-optin/page.js` and each element's code only when its tag shows up. The
 * one difference is `defineSurface`: how an element's code arrives (already there, or
 * an `import()`), handed to `startScriptTag`.
 */
import { DisplayMemory } from '../core/display-memory.js';
import { setOptinDefaults, type OptinDefaults } from '../core/page-defaults.js';
import { registerLocale, registerTopicLabels } from '../core/locale-registration.js';
import type { LocaleInput, TopicLabelInput } from '../core/locales.js';
import { deliveryCode, loadDelivery } from '../core/delivery-code.js';
import type { ConsentOutbox } from '../core/outbox.js';
import type { DeliveryOptions } from '../core/delivery.js';
import { enhanceForms } from './enhance.js';
import { mountSurface, parseMountOptions } from './mount.js';

export { WIDGET_VERSION } from '../core/version.js';
export { registerLocale, registerTopicLabels } from '../core/locale-registration.js';
export type { LocaleInput, TopicLabelInput } from '../core/locales.js';
export { BUILT_IN_LOCALES } from '../core/locale-list.js';
export { DisplayMemory } from '../core/display-memory.js';
export { enhanceForms } from './enhance.js';
export type { OptinDefaults } from '../core/page-defaults.js';

/** What `WaOptin.configure()` takes: the page's defaults, plus words. */
export type ConfigureOptions = Omit<OptinDefaults, 'topics'> & {
  /**
   * A string: the default topic ids (`'order_updates,offers'`). An object: labels for
   * topics, per topic and language, one string or one per slot:
   * `{ loyalty: { en: 'loyalty point news', es: 'novedades de mis puntos' } }`.
   */
  topics?: string | Record<string, Record<string, TopicLabelInput>>;
  /**
   * Words to change or add, per language: `{ en: { submit: 'Join' }, 'pt-BR': { … } }`.
   * A language wa-optin does not ship needs a whole table (see `registerLocale`).
   */
  messages?: Record<string, Omit<LocaleInput, '$code'>>;
};

/**
 * Sets the defaults every element on the page falls back to (its own attributes win),
 * and the words they show. The words shown are the words the record stores (R11).
 */
export function configure({ messages, topics, ...defaults }: ConfigureOptions): void {
  if (typeof topics === 'object' && topics) {
    const byLanguage: Record<string, Record<string, TopicLabelInput>> = {};
    for (const [id, labels] of Object.entries(topics)) {
      for (const [code, label] of Object.entries(labels)) (byLanguage[code] ??= {})[id] = label;
    }
    registerTopicLabels(byLanguage);
  }
  for (const [code, words] of Object.entries(messages ?? {})) registerLocale({ ...words, $code: code });
  setOptinDefaults(typeof topics === 'string' || topics === undefined ? { ...defaults, ...(topics === undefined ? {} : { topics }) } : defaults);
}

type PopupElement = HTMLElement & { show(): void };

/**
 * Opens the page's popup — the first `<wa-optin-popup>`, or a new one — now, whatever its
 * display rules say. With the split build the popup's code may still be on its way: it
 * opens as soon as it is defined.
 */
export function open(): void {
  const popup = (document.querySelector('wa-optin-popup') ?? mountSurface('wa-optin-popup', {})) as PopupElement;
  if (customElements.get('wa-optin-popup')) popup.show();
  else void customElements.whenDefined('wa-optin-popup').then(() => popup.show());
}

/** Whether the person opted in on this site (from any surface), as the popup and banner see it. */
export function hasOptedIn(): boolean {
  return DisplayMemory.hasOptedIn();
}

/**
 * Forgets dismissals and the opt-in memory, so popup and banner show again (for testing a
 * site). Undelivered consent records stay in the outbox: they are the person's, not ours.
 */
export function reset(): void {
  DisplayMemory.reset();
}

/**
 * How consent records are delivered (retries, time-outs, the outbox). Applied before the
 * first delivery or retry of this page, also when the delivery code is still on its way.
 */
export function setDeliveryOptions(next: Partial<DeliveryOptions>): void {
  const code = deliveryCode();
  if (code) code.setDeliveryOptions(next);
  else void loadDelivery().then((module) => module.setDeliveryOptions(next));
}

/** The consent outbox (records not delivered yet). Its code loads after the first render: `await WaOptin.ready` first. */
export function consentOutbox(): ConsentOutbox {
  const code = deliveryCode();
  if (!code) throw new Error('wa-optin: the consent outbox is not loaded yet: `await WaOptin.ready` first');
  return code.consentOutbox();
}

/**
 * Settles once all of the page API is here, the consent outbox included: `WaOptin.ready`
 * in both builds (with `dist/wa-optin.js`, await it before a call that answers:
 * `hasOptedIn()`, `consentOutbox()`).
 */
export function whenReady(): Promise<void> {
  return loadDelivery().then(() => undefined);
}

/** How an element's code arrives: resolves once `tag` is defined. */
export type DefineSurface = (tag: string) => Promise<void>;

/** Runs `step` once `tag` is defined: at once when it is (the one-file build), else when its code arrived. */
function whenDefined(tag: string, defineSurface: DefineSurface, step: () => void): void | Promise<void> {
  return customElements.get(tag) ? step() : defineSurface(tag).then(step);
}

/**
 * What the script tag's `data-*` attributes ask for: `data-popup`, `data-banner` and
 * `data-enhance` (the page's defaults, `data-endpoint` and the rest, the core reads from
 * the tag itself as it first runs: src/core/script-tag-defaults-read.ts). Each option on
 * its own: one typo must not stop the others (or the elements). Resolves when all ran.
 */
export function startScriptTag(script: HTMLScriptElement, defineSurface: DefineSurface): Promise<void> {
  const data = script.dataset;
  const report = (name: string) => (error: unknown) =>
    console.error(`wa-optin: ${name} on the script tag: ${error instanceof Error ? error.message : String(error)}`);
  const steps: [string, () => void | Promise<void>][] = [
    [
      'data-popup',
      () => {
        const options = data.popup;
        if (options !== undefined) return whenDefined('wa-optin-popup', defineSurface, () => void mountSurface('wa-optin-popup', parseMountOptions(options, 'wa-optin-popup')));
      },
    ],
    [
      'data-banner',
      () => {
        const options = data.banner;
        if (options !== undefined) return whenDefined('wa-optin-banner', defineSurface, () => void mountSurface('wa-optin-banner', parseMountOptions(options, 'wa-optin-banner')));
      },
    ],
    ['data-enhance', () => void (data.enhance && enhanceForms(data.enhance))],
  ];
  const running: Promise<void>[] = [];
  for (const [name, step] of steps) {
    try {
      const result = step();
      if (result) running.push(result.catch(report(name)));
    } catch (error) {
      report(name)(error);
    }
  }
  return Promise.all(running).then(() => undefined);
}
