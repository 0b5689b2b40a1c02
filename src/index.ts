/**
 * The package's pure entry: classes and the core, no registration and no DOM access at
 * import time (safe for SSR and Node). Register with `import 'wa-optin/define'`.
 */
export { WaOptinForm, optinProperties, type OptinFormStatus } from './components/form/form.js';
export { WaOptinPopup } from './components/popup/popup.js';
export { WaOptinCheckbox } from './components/checkbox/checkbox.js';
export { WaOptinBanner } from './components/banner/banner.js';
export { WaOptinCta } from './components/cta/cta.js';
export {
  WaOptinPreferences,
  type PreferenceState,
  type PreferenceTopic,
  type PreferenceChange,
  type PreferencesStatus,
  type PreferencesEventMap,
} from './components/preferences/preferences.js';
export { WaOptinAdmin, ADMIN_TOKEN_KEY, type AdminEventMap } from './components/admin/admin.js';
export { defineElement } from './components/define-element.js';
export { enhanceForm, enhanceForms, PHONE_FIELD_SELECTOR } from './page/enhance.js';
export * from './core/index.js';
