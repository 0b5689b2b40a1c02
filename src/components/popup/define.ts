import '../form/define.js';
import { defineElement } from '../define-element.js';
import { WaOptinPopup } from './popup.js';
// Kept in the .d.ts (a plain import is dropped there): `import 'wa-optin/define'` then
// brings the element's HTMLElementTagNameMap entry into an app's types.
export type { WaOptinPopup } from './popup.js';

defineElement('wa-optin-popup', WaOptinPopup);
