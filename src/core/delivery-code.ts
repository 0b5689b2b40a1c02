/**
 * The submit code — the outbox and its delivery (src/core/delivery.ts), and with it the
 * building of the form's record and the memory of the opt-in (src/core/submit-flow.ts),
 * about 3 kB gzip — is not needed to show a surface, only to send what a person agreed
 * to: it loads after the first render (issue 16), as its own chunk in the split
 * script-tag build, through this one holder.
 * Every user (the consent flow, the page API) goes through the same promise, so what a
 * page set before the code arrived (`setDeliveryOptions`) is applied before the first
 * delivery or retry.
 */
import { retryingImport } from './chunk-import.js';
import type * as Delivery from './delivery.js';

let loaded: typeof Delivery | undefined;
const importDelivery = retryingImport(() => import('./delivery.js'));

/**
 * Loads the delivery code (once); resolves with it. A fetch that failed (the person's
 * connection dropped the chunk) is forgotten, so the next call (the next press) tries again.
 */
export function loadDelivery(): Promise<typeof Delivery> {
  return importDelivery().then((module) => {
    // Firefox names a failed chunk that the delivery code imports, not the delivery code:
    // its retry then brings that chunk alone (see chunk-import.ts). Nothing was sent.
    if (typeof module.sendSubmittedConsent !== 'function') throw new Error('wa-optin: a file of the delivery code could not be fetched');
    return (loaded = module);
  });
}

/** The delivery code if it is here already: callers that must not wait (a checkout about to navigate) use it at once. */
export function deliveryCode(): typeof Delivery | undefined {
  return loaded;
}
