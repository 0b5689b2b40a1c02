import { defineElement } from '../define-element.js';
import { WaOptinPreferences } from './preferences.js';
// Kept in the .d.ts (a plain import is dropped there): the HTMLElementTagNameMap entry.
export type { WaOptinPreferences } from './preferences.js';

defineElement('wa-optin-preferences', WaOptinPreferences);
