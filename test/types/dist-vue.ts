// Type-checked against the built package by test/node/dist-types.test.mjs: `wa-optin/vue` alone.
import type { WaOptinGlobalComponents } from 'wa-optin/vue';

type FormProps = InstanceType<WaOptinGlobalComponents['wa-optin-form']>['$props'];
export const vueProps: FormProps = { business: 'Acme', phoneVerified: true };
// @ts-expect-error unknown property in a Vue template binding
export const vueWrong: FormProps = { busines: 'typo' };
