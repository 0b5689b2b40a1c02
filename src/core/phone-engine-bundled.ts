import * as PhoneEngine from './phone-engine.js';

/**
 * `phone-engine-loader.ts` for a one-file build (alias it over that module): the code is in
 * the file already, so the loader just hands it over. The rules still load on demand.
 */
export function loadPhoneEngine(): Promise<typeof PhoneEngine> {
  return Promise.resolve(PhoneEngine);
}
