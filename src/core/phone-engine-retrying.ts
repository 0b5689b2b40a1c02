import { retryingImport } from './chunk-import.js';
import { loadPhoneEngine as importPhoneEngine } from './phone-engine-loader.js';

/**
 * libphonenumber-js's chunk for the browser's surfaces (phone-field.ts hands it to
 * `setPhoneEngineLoader`): when the connection dropped it, the next ask imports it again
 * under another address, which engines that remember a failed module for the page's life
 * (Chromium, Firefox) need (chunk-import.ts). Not in `phone.ts` itself: the receiver runs
 * that too, and workerd refuses a Worker with an `import()` of a computed address. A
 * one-file build aliases this module to `phone-engine-bundled.ts`: nothing to fetch there.
 */
export const loadPhoneEngine = retryingImport(importPhoneEngine);
