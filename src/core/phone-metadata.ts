import type { MetadataJson } from 'libphonenumber-js/core';

/**
 * Where the phone rules (libphonenumber-js "min" metadata, ~19 kB gzip, the largest thing
 * the widget needs) come from. npm users get it as a lazily imported chunk their bundler
 * splits off. The script-tag build swaps this module for `phone-metadata-fetched.ts`
 * (see vite.config.ts), which loads the same JSON from beside the script file, so the
 * script itself stays small. Either way the components wait on one ready promise.
 *
 * (`again`, a retry after a failure, changes nothing here: a bundler's chunk is imported
 * again as it is; see `retryPhoneRules`.)
 */
export function loadPhoneMetadata(_options: { again?: boolean } = {}): Promise<MetadataJson> {
  return import('libphonenumber-js/min/metadata').then((module) => module.default as MetadataJson);
}
