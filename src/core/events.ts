import type { DeliveryState } from './delivery.js';
import type { ConsentRecord } from './record.js';

/** Why an opt-in did not go through; `reason` in `wa-optin-error`. */
export type OptinErrorReason =
  | 'unticked'
  | 'invalid-phone'
  | 'unreachable' // queued; will retry on its own
  | 'rejected' // the receiver answered 4xx
  | 'no-endpoint';

export interface OptinSubmitDetail {
  record: ConsentRecord;
}
export interface OptinSuccessDetail {
  record: ConsentRecord;
  /** HTTP status of the receiver's answer, or 0 when no endpoint is set (event-only use). */
  status: number;
}
export interface OptinErrorDetail {
  reason: OptinErrorReason;
  message: string;
  record?: ConsentRecord;
  delivery?: DeliveryState;
  /** True when the record waits in the outbox and will be sent again without the person. */
  willRetry: boolean;
}

/** Every event the components fire, by name: typed `addEventListener` for integrators. */
export interface OptinEventMap {
  'wa-optin-submit': CustomEvent<OptinSubmitDetail>;
  'wa-optin-success': CustomEvent<OptinSuccessDetail>;
  'wa-optin-error': CustomEvent<OptinErrorDetail>;
}

/**
 * Fires one of our events the way every component does: bubbling and composed, so a
 * listener on `document` hears events from inside any shadow root. Returns false when a
 * cancelable event was cancelled.
 */
export function fireOptinEvent<K extends keyof OptinEventMap>(
  target: EventTarget,
  name: K,
  detail: OptinEventMap[K]['detail'],
  { cancelable = false } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
