// Type-checked against the built package by test/node/dist-types.test.mjs: after
// `import 'wa-optin/define'`, querySelector knows every element (README, Frameworks).
import 'wa-optin/define';

export const form: HTMLElementTagNameMap['wa-optin-form'] | null = document.querySelector('wa-optin-form');
export const business: string | undefined = form?.business;
export const checkbox = document.querySelector('wa-optin-checkbox')?.phoneFrom;
