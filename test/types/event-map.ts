// Compile-time checks of the event map merged into the DOM's own (`npm run typecheck`
// fails if they break): listeners are typed without a cast (issue 14).
import type { ConsentRecord, OptinErrorReason } from '../../src/core/index.js';
import type { WaOptinForm } from '../../src/components/form/form.js';

declare const el: HTMLElement;
declare const form: WaOptinForm;

el.addEventListener('wa-optin-success', (e) => {
  const record: ConsentRecord = e.detail.record;
  const status: number = e.detail.status;
  return [record, status];
});
form.addEventListener('wa-optin-error', (e) => {
  const reason: OptinErrorReason = e.detail.reason;
  const retry: boolean = e.detail.willRetry;
  return [reason, retry];
});
document.addEventListener('wa-optin-submit', (e) => e.detail.record.phone satisfies string);
document.addEventListener('wa-optin-expired', (e) => e.detail.records satisfies unknown[]);
el.addEventListener('wa-optin-request-close', (e) => e.detail.source satisfies 'close-button' | 'escape' | 'backdrop');

// @ts-expect-error a success has a record, not a reason
el.addEventListener('wa-optin-success', (e) => e.detail.reason);
// @ts-expect-error the record's number is a string
el.addEventListener('wa-optin-submit', (e) => e.detail.record.phone satisfies number);
// @ts-expect-error an error's reason is one of OptinErrorReason
el.addEventListener('wa-optin-error', (e) => e.detail.reason satisfies 'typo');
