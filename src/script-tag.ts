/**
 * Entry of `dist/wa-optin.iife.js`, the one-file build for a plain `<script src>`: it
 * registers every element on load and exposes the core as `window.WaOptin`.
 */
import './define.js';

export { WaOptinForm } from './components/form/form.js';
export { WaOptinPopup } from './components/popup/popup.js';
export { WaOptinCheckbox } from './components/checkbox/checkbox.js';
export { WaOptinBanner } from './components/banner/banner.js';
export { WaOptinCta } from './components/cta/cta.js';
export { setDeliveryOptions, consentOutbox, WIDGET_VERSION } from './core/index.js';
export { DisplayMemory } from './core/display-memory.js';
