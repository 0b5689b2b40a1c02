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
 * The page API is src/page/script-api.ts, shared with the split build (`dist/wa-optin.js`,
 * src/script-loader.ts), which loads each element's code only when its tag is on the page.
 * TypeScript pages get `window.WaOptin` typed with `import type {} from 'wa-optin/wa-optin.iife.js'`.
 */
import './define.js';
import { startScriptTag, whenReady } from './page/script-api.js';

export { WaOptinForm } from './components/form/form.js';
export { WaOptinPopup } from './components/popup/popup.js';
export { WaOptinCheckbox } from './components/checkbox/checkbox.js';
export { WaOptinBanner } from './components/banner/banner.js';
export { WaOptinCta } from './components/cta/cta.js';
export { configure, open, hasOptedIn, reset, type ConfigureOptions } from './page/script-api.js';
export { setDeliveryOptions, consentOutbox, WIDGET_VERSION, registerLocale, registerTopicLabels, BUILT_IN_LOCALES } from './page/script-api.js';
export { DisplayMemory, enhanceForms, type LocaleInput, type TopicLabelInput, type OptinDefaults } from './page/script-api.js';

/** Settles once all of the API is here (at once in this build: nothing loads later). */
export const ready: Promise<void> = whenReady();

// Read while the script first runs: afterwards document.currentScript is null.
const ownScript = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
// Every element is defined above, so nothing is ever waited for.
if (ownScript) void startScriptTag(ownScript, () => Promise.resolve());

declare global {
  interface Window {
    /** The script-tag builds' API (`dist/wa-optin.iife.js`; `dist/wa-optin.js` has the same, without the element classes). */
    WaOptin: typeof import('./script-tag.js');
  }
}
