import { defineElement } from '../define-element.js';
import { WaOptinCta } from './cta.js';
// Kept in the .d.ts (a plain import is dropped there): `import 'wa-optin/define'` then
// brings the element's HTMLElementTagNameMap entry into an app's types.
export type { WaOptinCta } from './cta.js';

// What it opens (<wa-optin-popup>, or <wa-optin-form> inline) comes after the button's first paint (src/components/internal/element-code.ts).
defineElement('wa-optin-cta', WaOptinCta);
