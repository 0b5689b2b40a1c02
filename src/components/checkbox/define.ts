import { defineElement } from '../define-element.js';
import { WaOptinCheckbox } from './checkbox.js';
// Kept in the .d.ts (a plain import is dropped there): `import 'wa-optin/define'` then
// brings the element's HTMLElementTagNameMap entry into an app's types.
export type { WaOptinCheckbox } from './checkbox.js';

defineElement('wa-optin-checkbox', WaOptinCheckbox);
