import { defineElement } from '../define-element.js';
import { WaOptinBanner } from './banner.js';
// Kept in the .d.ts (a plain import is dropped there): `import 'wa-optin/define'` then
// brings the element's HTMLElementTagNameMap entry into an app's types.
export type { WaOptinBanner } from './banner.js';

// Its form's code (<wa-optin-form>) comes after the bar's first paint (src/components/internal/element-code.ts).
defineElement('wa-optin-banner', WaOptinBanner);
