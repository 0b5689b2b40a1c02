// Compile-time checks of the JSX and Vue types (`npm run typecheck` fails if they break).
import type {} from '../../src/react.js';
import type { WaOptinGlobalComponents } from '../../src/vue.js';

export const ok = (
  <wa-optin-form
    endpoint="/api/consent"
    business="Acme"
    topics="offers"
    phoneVerified
    onwa-optin-error={(event) => event.detail.reason satisfies string}
  />
);

// @ts-expect-error business is a string, not a number
export const wrongType = <wa-optin-form business={42} />;

// @ts-expect-error the event detail has no such field
export const wrongEvent = <wa-optin-form onwa-optin-success={(event) => event.detail.nope} />;

type FormProps = InstanceType<WaOptinGlobalComponents['wa-optin-form']>['$props'];
export const vueProps: FormProps = { business: 'Acme', phoneVerified: true };
// @ts-expect-error unknown property in a Vue template binding
export const vueWrong: FormProps = { busines: 'typo' };
