import type { DeliveryState } from './delivery.js';
import type { OptinErrorReason } from './events.js';
import type { OptinStrings } from './locales.js';
import type { ConsentRecord } from './record.js';
import { fillTemplate } from './wording.js';

/**
 * What the person agreed to in a record: the number, the topics, the business and the
 * exact sentence (with its language and version). The id, the time, the page and what
 * the page asserted (source, phoneVerified) are circumstances of that agreement, not
 * part of it (R8).
 */
export function agreementOf(record: Pick<ConsentRecord, 'channel' | 'phone' | 'topics' | 'business' | 'wording' | 'wordingVersion' | 'locale'>): string {
  return JSON.stringify([
    record.channel,
    record.phone,
    [...record.topics],
    record.business,
    record.wording,
    record.wordingVersion ?? null,
    record.locale,
  ]);
}

/**
 * The record to send for a submit under `id`: the one already made for the same
 * agreement when there is one (a checkout that submits twice resends the SAME record,
 * same `consentedAt`, so the receiver's idempotency sees one consent), else the new one.
 * A record under an id is never rebuilt with other content.
 */
export function recordForSubmit(previous: ConsentRecord | undefined, fresh: ConsentRecord): ConsentRecord {
  if (previous && previous.id === fresh.id && agreementOf(previous) === agreementOf(fresh)) return previous;
  return fresh;
}

/** The `wa-optin-error` a delivery step leads to, or undefined when it leads to none. */
export function deliveryError(
  state: DeliveryState,
  strings: OptinStrings,
): { reason: OptinErrorReason; message: string; willRetry: boolean } | undefined {
  if (state.state === 'queued') return { reason: 'unreachable', message: strings.queued, willRetry: true };
  if (state.state === 'rejected') {
    return { reason: 'rejected', message: fillTemplate(strings.errors.rejected, { reason: state.message }), willRetry: false };
  }
  return undefined;
}
