import type { PhoneExamples } from '../../core/phone.js';
import { besideScript, fetchJson } from '../../core/script-assets.js';

/** Script-tag build only (aliased over `phone-examples.ts`): `wa-optin.phone-examples.json` beside the script. */
const examplesUrl = besideScript('wa-optin.phone-examples.json');

export function loadPhoneExamples(): Promise<PhoneExamples> {
  return fetchJson<PhoneExamples>(examplesUrl, 'phone examples');
}
