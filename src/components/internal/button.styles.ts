import { css } from 'lit';

/**
 * The look of a primary action (the form's submit, the banner's "Sign up"): one rule set,
 * so themes set `--wa-optin-accent`, `--wa-optin-button-color` and `--wa-optin-radius`
 * once and every surface follows. 44 px high: a finger-sized target.
 */
export const primaryButtonRules = css`
  min-height: 2.75rem;
  font: inherit;
  font-weight: 600;
  color: var(--wa-optin-button-color, #fff);
  background: var(--wa-optin-accent, #0b6e4f);
  border: 0;
  border-radius: var(--wa-optin-radius, 0.5rem);
  cursor: pointer;
`;
