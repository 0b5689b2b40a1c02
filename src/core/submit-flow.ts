/**
 * What a form's submit needs besides the delivery itself: building the record, the
 * `wa-optin-error` a delivery step leads to, and remembering the opt-in on this device.
 * None of it is needed to show a surface, so it comes with the delivery code (delivery.ts
 * re-exports it; src/core/delivery-code.ts loads both after the first render, or on the
 * person's first focus or tap: issue 16). The checkbox, whose host form may navigate the
 * moment it submits, imports record.ts and consent-flow.ts itself.
 */
import { DisplayMemory } from './display-memory.js';
import { checkPhone } from './phone.js';
import type { ConsentRecord } from './record.js';

export { createConsentRecord, normaliseSource } from './record.js';
export { deliveryError } from './consent-flow.js';

/** This device opted in for the record's topics, at its number (shown masked later: item 8). */
export function rememberOptIn(record: ConsentRecord): void {
  const check = checkPhone(record.phone);
  DisplayMemory.rememberOptIn(new Date(), { topics: record.topics, phone: check.ok ? check.international : record.phone });
}
