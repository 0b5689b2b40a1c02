// Type-checked against the built package (dist/*.d.ts via the package's own name, no `paths`)
// by test/node/dist-types.test.mjs, as a React app sees it: `wa-optin/react` alone must
// type every <wa-optin-*> element (the npm typecheck sees src/ and cannot catch this).
import type {} from 'wa-optin/react';

export const ok = (
  <wa-optin-form
    endpoint="/api/consent"
    business="Acme"
    topics="offers"
    onwa-optin-success={(event) => event.detail.record.phone satisfies string}
  />
);

// @ts-expect-error business is a string, not a number
export const wrongType = <wa-optin-form business={42} />;
