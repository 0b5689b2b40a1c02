import { css } from 'lit';
import { primaryButtonRules } from '../internal/button.styles.js';
import { pageStyles } from '../internal/page.styles.js';

/**
 * A page, mobile first: one column that never outgrows a 360 px phone, targets 44 px high,
 * and only logical properties (margin-inline, padding-block, text-align: start), so an RTL
 * page mirrors by itself while the number stays a left-to-right island.
 */
export const preferencesStyles = [
  pageStyles,
  css`
  :host {
    --_page-max-width: var(--wa-optin-max-width, 40rem);
  }
  h2 {
    font-size: 1em;
    margin-block: 0 0.25rem;
  }
  p {
    margin-block: 0 var(--wa-optin-gap, 0.75rem);
  }
  /* The number reads left to right on every page, an island inside an RTL sentence. */
  .phone {
    direction: ltr;
    unicode-bidi: isolate;
    white-space: nowrap;
  }
  /* R12: the glyph is as tall as the text and sits beside the word, never replacing it. */
  .brand {
    white-space: nowrap;
  }
  .glyph {
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
    margin-inline-end: 0.2em;
  }
  .stop-all {
    padding: var(--wa-optin-gap, 0.75rem);
    margin-block-end: calc(var(--wa-optin-gap, 0.75rem) * 1.5);
    border: 1px solid var(--wa-optin-field-border-color, #6b7280);
    border-radius: var(--wa-optin-radius, 0.5rem);
  }
  button {
    ${primaryButtonRules}
    padding-block: 0.5rem;
    padding-inline: 1.25rem;
    max-width: 100%;
  }
  button.danger {
    background: var(--wa-optin-error-color, #b3261e);
    width: 100%;
  }
  button.secondary {
    color: var(--wa-optin-accent, #0b6e4f);
    background: transparent;
    border: 2px solid currentColor;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  :focus-visible {
    outline: 3px solid var(--wa-optin-focus-color, #1d4ed8);
    outline-offset: 2px;
  }
  form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--wa-optin-gap, 0.75rem);
    justify-items: start;
  }
  fieldset {
    justify-self: stretch;
    margin: 0;
    padding-block: 0.5rem 0.75rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--wa-optin-field-border-color, #6b7280);
    border-radius: var(--wa-optin-radius, 0.5rem);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25rem;
  }
  .hint {
    color: var(--wa-optin-hint-color, #4b5563);
    font-size: 0.875em;
  }
  .topic {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    min-height: 2.75rem;
  }
  .topic input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--wa-optin-accent, #0b6e4f);
  }
  .topic label {
    flex: 1 1 auto;
    cursor: pointer;
    padding-block: 0.5rem;
  }
  .topic label::first-letter {
    text-transform: uppercase;
  }
  .changes {
    justify-self: stretch;
    padding: var(--wa-optin-gap, 0.75rem);
    border-inline-start: 4px solid var(--wa-optin-accent, #0b6e4f);
    background: var(--wa-optin-success-background, #e7f6ee);
    border-radius: var(--wa-optin-radius, 0.5rem);
  }
  .changes p:last-child {
    margin-block-end: 0;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin-block: var(--wa-optin-gap, 0.75rem);
    font-weight: 600;
  }
  .status.error {
    color: var(--wa-optin-error-color, #b3261e);
  }
  .stopped {
    padding: 1rem;
    margin-block-end: var(--wa-optin-gap, 0.75rem);
    border-radius: var(--wa-optin-radius, 0.5rem);
    background: var(--wa-optin-success-background, #e7f6ee);
  }
  .stopped p:last-child {
    margin-block-end: 0;
  }
  .stopped-title {
    font-weight: 700;
    font-size: 1.125em;
  }
  .link-problem {
    padding: 1rem;
    border-inline-start: 4px solid var(--wa-optin-error-color, #b3261e);
  }
  @media (max-width: 30rem) {
    form button {
      justify-self: stretch;
    }
  }
`,
];
