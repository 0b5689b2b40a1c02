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
import type * as Delivery from './delivery.js';

let loaded: typeof Delivery | undefined;
let loading: Promise<typeof Delivery> | undefined;
/** The file's address, when a fetch of it failed: browsers keep that failure for the address (Chromium, Firefox), so a retry asks for it under another. */
let failedAddress: string | undefined;
let retries = 0;

/**
 * Loads the delivery code (once); resolves with it. A fetch that failed (the person's
 * connection dropped the chunk) is forgotten, so the next call (the next press) tries again.
 */
export function loadDelivery(): Promise<typeof Delivery> {
  return (loading ??= (
    failedAddress ? (import(/* @vite-ignore */ `${failedAddress}?retry=${++retries}`) as Promise<typeof Delivery>) : import('./delivery.js')
  ).then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      // The module map remembers a failed fetch of an address for the page's life (the HTML
      // spec); the error names the address in Chromium and Firefox. WebKit names none, and
      // fetches the same address anew.
      failedAddress ??= /\bhttps?:\/\/[^\s'"?#]+\.js\b/.exec(String((error as Error | undefined)?.message))?.[0];
      throw error;
    },
  ));
}

/** The delivery code if it is here already: callers that must not wait (a checkout about to navigate) use it at once. */
export function deliveryCode(): typeof Delivery | undefined {
  return loaded;
}
