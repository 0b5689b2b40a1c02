/**
 * The core every surface shares: wording, phone rules, the consent record and its
 * delivery. No Lit and no DOM access at import time, so it also serves the receiver
 * (src/server) and server-side rendering.
 */
export * from './wording.js';
export * from './sentence.js';
export * from './locales.js';
export * from './locale-registration.js';
export * from './phone.js';
export * from './subscriber-key.js';
export * from './record.js';
export * from './outbox.js';
export * from './delivery.js';
export * from './events.js';
export * from './display-memory.js';
export * from './surface-coordination.js';
export { WIDGET_VERSION } from './version.js';
export * from './page-defaults.js';
