import * as Delivery from './delivery.js';

/**
 * `delivery-code.ts` for a one-file build (aliased over that module in vite.config.ts):
 * the code is in the file already, so the holder hands it over. A dynamic `import()` of it
 * inside the one file made the bundler keep every module the delivery code shares with
 * the surfaces in evaluation-order wrappers (about 1.1 kB gzip more). When it first runs
 * is the callers' affair either way: after the first paint, when idle (issue 16).
 */
let loaded: typeof Delivery | undefined;

export function loadDelivery(): Promise<typeof Delivery> {
  loaded = Delivery;
  return Promise.resolve(Delivery);
}

/** Like the split build's: undefined until someone asked for the code, so callers behave the same in both builds. */
export function deliveryCode(): typeof Delivery | undefined {
  return loaded;
}
