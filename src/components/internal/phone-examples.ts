import type { PhoneExamples } from '../../core/phone.js';

/**
 * Where the example numbers for the field's placeholder come from (issue 15, item 3):
 * `libphonenumber-js/mobile/examples`, 4 kB (1.4 kB gzip), as a lazily imported chunk of
 * the npm build. The script-tag build swaps this module for `phone-examples-fetched.ts`
 * (vite.config.ts), which fetches the same JSON from beside the script, so the script
 * itself stays within its size budget.
 */
export function loadPhoneExamples(): Promise<PhoneExamples> {
  return import('libphonenumber-js/mobile/examples').then((module) => module.default as PhoneExamples);
}
