import { css } from 'lit';
import { primaryButtonRules } from '../internal/button.styles.js';
import { colorTokens } from '../internal/color-tokens.styles.js';

/**
 * Mobile first: everything stacks and fills the width, so a 360 px phone never scrolls
 * sideways; tap targets are at least 44 px high.
 */
export const formStyles = [
  colorTokens,
  css`
  :host {
    display: block;
    box-sizing: border-box;
    /* A page's centred hero must not centre the sentence and the field under the box. */
    text-align: start;
    max-width: var(--wa-optin-max-width, 32rem);
    color: var(--wa-optin-color, inherit);
    font: inherit;
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  form {
    display: grid;
    /* One column that may shrink below its content's widest line (the country names):
       in a page's own grid or flex layout the form must never push a phone sideways. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--wa-optin-gap, 0.75rem);
    margin: 0;
  }
  .label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .phone-row {
    display: flex;
    gap: 0.5rem;
  }
  select,
  input[type='tel'] {
    min-height: 2.75rem;
    min-width: 0;
    padding: 0.5rem 0.625rem;
    font: inherit;
    color: inherit;
    background: var(--wa-optin-field-background, var(--_wa-field-background));
    border: 1px solid var(--wa-optin-field-border-color, var(--_wa-field-border));
    border-radius: var(--wa-optin-radius, 0.5rem);
  }
  /* Closed, the picker reads "BR +55" (no flag emoji: Windows draws none); the real select
     lies invisible on top, so a tap opens the full list of names (item 3). */
  .country {
    position: relative;
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    min-height: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.625rem 0.5rem;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
    background: var(--wa-optin-field-background, var(--_wa-field-background));
    border: 1px solid var(--wa-optin-field-border-color, var(--_wa-field-border));
    border-radius: var(--wa-optin-radius, 0.5rem);
  }
  .country-chevron {
    width: 0.75em;
    height: 0.75em;
    opacity: 0.7;
  }
  .country select {
    position: absolute;
    inset: 0;
    width: 100%;
    min-height: 0;
    opacity: 0;
    cursor: pointer;
  }
  .country:focus-within {
    outline: 3px solid var(--wa-optin-focus-color, var(--_wa-focus));
    outline-offset: 2px;
  }
  .country select:disabled {
    cursor: default;
  }
  /* The field's box in the row; the field fills it (stretched to the row like the picker). */
  .number-box {
    display: block;
    flex: 1 1 auto;
    width: 100%;
    min-width: 0;
  }
  input[type='tel'] {
    display: block;
    width: 100%;
    height: 100%;
  }
  /* Issue 16, the keystroke cost: sized by its box and one line of text (its height as
     before), not by what is typed, the field is a layout boundary for the browser, so a key
     lays out the field alone instead of the form and the page around it. Engines without
     line-height units keep the field sized by its text. */
  @supports (contain-intrinsic-block-size: 1lh) {
    input[type='tel'] {
      contain: size layout;
      contain-intrinsic-block-size: 1lh;
    }
  }
  [aria-invalid='true'] {
    border-color: var(--wa-optin-error-color, var(--_wa-error));
    box-shadow: 0 0 0 1px var(--wa-optin-error-color, var(--_wa-error));
  }
  :focus-visible {
    outline: 3px solid var(--wa-optin-focus-color, var(--_wa-focus));
    outline-offset: 2px;
  }
  .hint,
  .error,
  .status {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
  }
  .hint {
    color: var(--wa-optin-hint-color, var(--_wa-hint));
  }
  /* The error takes the hint's place: both sit in one grid cell as tall as the taller, so
     an error never moves the box or the button under the person's finger (item 4). */
  .under-field {
    display: grid;
  }
  .under-field > * {
    grid-area: 1 / 1;
  }
  .under-field .behind,
  .kept-room {
    visibility: hidden;
  }
  .error {
    color: var(--wa-optin-error-color, var(--_wa-error));
    font-weight: 600;
  }
  .error:empty,
  .status:empty {
    display: none;
  }
  .consent {
    display: flex;
    align-items: flex-start;
    gap: 0.625rem;
  }
  .consent input[type='checkbox'] {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.1rem 0 0;
    accent-color: var(--wa-optin-accent, #0b6e4f);
  }
  .consent label {
    cursor: pointer;
  }
  /* R12: the glyph is as tall as the text and sits beside the word, never replacing it. */
  .brand {
    white-space: nowrap;
  }
  /* The number is what the person checks: it never breaks across lines (item 6). */
  [part~='phone'],
  .number,
  input[type='tel'] {
    white-space: nowrap;
  }
  .glyph {
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
    margin-inline-end: 0.2em;
  }
  .placeholder {
    font-style: italic;
  }
  button {
    ${primaryButtonRules}
    padding: 0.5rem 1.25rem;
    justify-self: start;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  .thank-you {
    padding: 1rem;
    border-radius: var(--wa-optin-radius, 0.5rem);
    background: var(--wa-optin-success-background, var(--_wa-success-background));
  }
  /* Focus moves to the panel when it appears (so it is read out); its ring is drawn
     inside it, where a scrolling container (the banner's panel on a phone) cannot cut it. */
  .thank-you:focus-visible {
    outline-offset: -3px;
  }
  .thank-you .title {
    margin: 0 0 0.25rem;
    font-size: 1.25em;
    font-weight: 700;
  }
  .thank-you p {
    margin: 0;
  }
  .setup-error {
    padding: 0.75rem;
    border: 2px dashed var(--wa-optin-error-color, var(--_wa-error));
    color: var(--wa-optin-error-color, var(--_wa-error));
  }
  @media (max-width: 24rem) {
    button {
      justify-self: stretch;
    }
  }
`,
];
