import { defineElement } from '../define-element.js';
import { WaOptinForm } from './form.js';
// Kept in the .d.ts (a plain import is dropped there): `import 'wa-optin/define'` then
// brings the element's HTMLElementTagNameMap entry into an app's types.
export type { WaOptinForm } from './form.js';

defineElement('wa-optin-form', WaOptinForm);
