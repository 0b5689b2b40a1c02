import { defineElement } from '../define-element.js';
import { WaOptinAdmin } from './admin.js';
// Kept in the .d.ts (a plain import is dropped there): the HTMLElementTagNameMap entry.
export type { WaOptinAdmin } from './admin.js';

defineElement('wa-optin-admin', WaOptinAdmin);
