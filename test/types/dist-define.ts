// Type-checked against the built package by test/node/dist-types.test.mjs: after
// `import 'wa-optin/define'`, querySelector knows every element (README, Frameworks).
import 'wa-optin/define';

export const form: HTMLElementTagNameMap['wa-optin-form'] | null = document.querySelector('wa-optin-form');
export const business: string | undefined = form?.business;
export const checkbox = document.querySelector('wa-optin-checkbox')?.phoneFrom;

// Events are typed on every element through HTMLElementEventMap: no cast (issue 14).
form?.addEventListener('wa-optin-success', (event) => event.detail.record.wording satisfies string);
document.body.addEventListener('wa-optin-error', (event) => event.detail.willRetry satisfies boolean);
// @ts-expect-error a success carries a record, not a reason
form?.addEventListener('wa-optin-success', (event) => event.detail.reason);
