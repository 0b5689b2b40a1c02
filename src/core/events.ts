import type { DeliveryState } from './delivery.js';
import type { ConsentRecord } from './record.js';

/** Why an opt-in did not go through; `reason` in `wa-optin-error`. */
export type OptinErrorReason =
  | 'unticked'
  | 'invalid-phone'
  | 'unreachable' // queued; will retry on its own
  | 'rejected' // the receiver answered 4xx
  | 'no-endpoint'
  | 'not-sent'; // the code that sends could not be fetched: nothing was sent or kept; the person may press again

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

/** An undelivered record removed from this browser, as `wa-optin-expired` names it: no number, no wording. */
export interface ExpiredConsent {
  /** The record id (the checkbox also submitted it with the host form as `<name>_consent_id`). */
  id: string;
  consentedAt: string;
  endpoint: string;
  attempts: number;
  lastError?: string;
}
export interface OptinExpiredDetail {
  /** `age`: older than `maxPendingAgeDays`; `capacity`: the outbox was full (oldest first). */
  reason: 'age' | 'capacity';
  records: ExpiredConsent[];
  maxPendingAgeDays: number;
}

/**
 * Events fired on `document` (they bubble to `window`), not by one element: the outbox
 * belongs to the site, and a record may expire on a page that never showed it.
 */
export interface OptinDocumentEventMap {
  /** Undelivered consent records were removed from this browser unsent; `detail.records` names them by id. */
  'wa-optin-expired': CustomEvent<OptinExpiredDetail>;
}

/** Why a surface (popup, banner, CTA) hid; `reason` in `wa-optin-hide`. */
export type OptinHideReason =
  | 'close-button' // the person pressed the close button
  | 'escape' // the person pressed Escape
  | 'backdrop' // the person tapped outside the popup
  | 'script'; // `hide()` or `open = false` from the page's own code

/** How the person asked a surface to close; `source` in `wa-optin-request-close`. */
export type OptinCloseSource = Exclude<OptinHideReason, 'script'>;

export interface OptinShowDetail {
  /** What made it show: a display rule (`delay`, `scroll`, `exit-intent`), or `open` (attribute, `show()`, a CTA press). */
  trigger: 'delay' | 'scroll' | 'exit-intent' | 'load' | 'open';
}
export interface OptinHideDetail {
  reason: OptinHideReason;
}
export interface OptinRequestCloseDetail {
  source: OptinCloseSource;
}

/** Every event the components fire, by name: typed `addEventListener` for integrators. */
export interface OptinEventMap {
  'wa-optin-submit': CustomEvent<OptinSubmitDetail>;
  'wa-optin-success': CustomEvent<OptinSuccessDetail>;
  'wa-optin-error': CustomEvent<OptinErrorDetail>;
  /** A surface appeared. */
  'wa-optin-show': CustomEvent<OptinShowDetail>;
  /** A surface went away; `detail.reason` says why. */
  'wa-optin-hide': CustomEvent<OptinHideDetail>;
  /** Cancelable. The person asked to close a surface; cancel to keep it open. */
  'wa-optin-request-close': CustomEvent<OptinRequestCloseDetail>;
}

/**
 * Fires one of our events the way every component does: bubbling and composed, so a
 * listener on `document` hears events from inside any shadow root. Returns false when a
 * cancelable event was cancelled.
 */
type AllOptinEvents = OptinEventMap & OptinDocumentEventMap;

export function fireOptinEvent<K extends keyof AllOptinEvents>(
  target: EventTarget,
  name: K,
  detail: AllOptinEvents[K]['detail'],
  { cancelable = false } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  // Typed `el.addEventListener('wa-optin-success', e => e.detail.record)` on any element,
  // no cast: the events bubble and are composed, so a listener on a wrapper or on
  // `document` hears them as well. Declaration merging into the DOM's own map: it must be
  // an interface.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends OptinEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends OptinEventMap {}
  // Typed `document.addEventListener('wa-optin-expired', e => e.detail.records)`.
  interface DocumentEventMap {
    'wa-optin-expired': OptinDocumentEventMap['wa-optin-expired'];
  }
  interface WindowEventMap {
    'wa-optin-expired': OptinDocumentEventMap['wa-optin-expired'];
  }
}
