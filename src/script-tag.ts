/**
 * Entry of `dist/wa-optin.iife.js`, the one-file build for a plain `<script src>`. Loading
 * it registers every element, reads the page's defaults and mounting options from its own
 * `data-*` attributes, and exposes `window.WaOptin`:
 *
 * ```html
 * <script src="/wa-optin.iife.js" defer
 *   data-endpoint="/api/consent" data-business="Acme" data-topics="order_updates,offers" data-country="BR"
 *   data-popup="delay:8,scroll:50" data-banner data-enhance="form#checkout"></script>
 * ```
 *
 * TypeScript pages get `window.WaOptin` typed with `import type {} from 'wa-optin/wa-optin.iife.js'`.
 */
import './define.js';
import { DisplayMemory } from './core/display-memory.js';
import { DEFAULTABLE_SETTINGS, setOptinDefaults, type OptinDefaults } from './core/page-defaults.js';
import { registerLocale, registerTopicLabels, type LocaleInput, type TopicLabelInput } from './core/locales.js';
import { enhanceForms } from './page/enhance.js';
import { mountSurface, parseMountOptions } from './page/mount.js';

export { WaOptinForm } from './components/form/form.js';
export { WaOptinPopup } from './components/popup/popup.js';
export { WaOptinCheckbox } from './components/checkbox/checkbox.js';
export { WaOptinBanner } from './components/banner/banner.js';
export { WaOptinCta } from './components/cta/cta.js';
export { setDeliveryOptions, consentOutbox, WIDGET_VERSION } from './core/index.js';
export { registerLocale, registerTopicLabels, BUILT_IN_LOCALES, type LocaleInput, type TopicLabelInput } from './core/locales.js';
export { DisplayMemory } from './core/display-memory.js';
export { enhanceForms } from './page/enhance.js';
export type { OptinDefaults } from './core/page-defaults.js';

// Read while the script first runs: afterwards document.currentScript is null.
const ownScript = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;

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

/** Opens the page's popup — the first `<wa-optin-popup>`, or a new one — now, whatever its display rules say. */
export function open(): void {
  const popup = (document.querySelector('wa-optin-popup') ?? mountSurface('wa-optin-popup', {})) as HTMLElement & { show(): void };
  popup.show();
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

/** Each option on its own: one typo must not stop the others (or the elements). */
function fromScriptTag(script: HTMLScriptElement): void {
  const data = script.dataset;
  const steps: [string, () => void][] = [
    [
      'defaults',
      () => {
        const defaults: OptinDefaults = {};
        for (const key of DEFAULTABLE_SETTINGS) if (data[key]) defaults[key] = data[key];
        setOptinDefaults(defaults);
      },
    ],
    ['data-popup', () => data.popup !== undefined && mountSurface('wa-optin-popup', parseMountOptions(data.popup, 'wa-optin-popup'))],
    ['data-banner', () => data.banner !== undefined && mountSurface('wa-optin-banner', parseMountOptions(data.banner, 'wa-optin-banner'))],
    ['data-enhance', () => data.enhance && enhanceForms(data.enhance)],
  ];
  for (const [name, step] of steps) {
    try {
      step();
    } catch (error) {
      console.error(`wa-optin: ${name} on the script tag: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

if (ownScript) fromScriptTag(ownScript);

declare global {
  interface Window {
    /** The script-tag build's API (`dist/wa-optin.iife.js`). */
    WaOptin: typeof import('./script-tag.js');
  }
}
