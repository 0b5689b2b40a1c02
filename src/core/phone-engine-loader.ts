import type * as PhoneEngine from './phone-engine.js';

/**
 * Where libphonenumber-js's code comes from: a dynamic `import()`, so every bundler (the
 * npm build's users', the split script-tag build) puts it in a chunk of its own that loads
 * with the phone rules, after the first paint (issue 16, item 3). A build that wants it
 * inside one file without the lazy-module wrapper a bundler adds for an inlined `import()`
 * (about 0.9 kB gzip) aliases this module to `phone-engine-bundled.ts`.
 */
export function loadPhoneEngine(): Promise<typeof PhoneEngine> {
  return import('./phone-engine.js');
}
