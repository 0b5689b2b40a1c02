import '../popup/define.js';
import { defineElement } from '../define-element.js';
import { WaOptinCta } from './cta.js';
// Kept in the .d.ts (a plain import is dropped there): `import 'wa-optin/define'` then
// brings the element's HTMLElementTagNameMap entry into an app's types.
export type { WaOptinCta } from './cta.js';

defineElement('wa-optin-cta', WaOptinCta);
