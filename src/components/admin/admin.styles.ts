import { css } from 'lit';
import { primaryButtonRules } from '../internal/button.styles.js';
import { pageStyles } from '../internal/page.styles.js';

/**
 * Mobile first: cards, not a wide table (the demo's old records page was 1,269 px wide on
 * a phone); two columns only from 64rem. Logical properties only, so RTL mirrors.
 */
export const adminStyles = [
  pageStyles,
  css`
  :host {
    --_page-max-width: 80rem;
  }
  h2 {
    font-size: 1.125em;
    margin-block: 1.25rem 0.5rem;
  }
  h3,
  h4,
  h5 {
    margin-block: 0.75rem 0.25rem;
    font-size: 1em;
  }
  h5 {
    font-size: 0.875em;
    color: var(--wa-optin-hint-color, #4b5563);
  }
  p {
    margin-block: 0 0.5rem;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--wa-optin-field-border-color, #6b7280);
  }
  .bar h1 {
    margin: 0;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 2rem;
  }
  @media (min-width: 64rem) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
  }
  .main,
  .side {
    min-width: 0;
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  input {
    min-height: 2.75rem;
    min-width: 0;
    width: 100%;
    padding-block: 0.5rem;
    padding-inline: 0.625rem;
    font: inherit;
    color: inherit;
    background: var(--wa-optin-field-background, #fff);
    border: 1px solid var(--wa-optin-field-border-color, #6b7280);
    border-radius: var(--wa-optin-radius, 0.5rem);
  }
  .sign-in {
    display: grid;
    gap: 0.5rem;
    max-width: 28rem;
  }
  .sign-in h2 {
    margin-block-start: 0.5rem;
  }
  .sign-in button {
    justify-self: start;
  }
  .row {
    display: flex;
    gap: 0.5rem;
  }
  .row input {
    flex: 1 1 auto;
  }
  .row button {
    flex: none;
  }
  button {
    overflow-wrap: normal;
  }
  button {
    ${primaryButtonRules}
    padding-block: 0.5rem;
    padding-inline: 1rem;
    max-width: 100%;
  }
  button.secondary {
    color: var(--wa-optin-accent, #0b6e4f);
    background: transparent;
    border: 2px solid currentColor;
  }
  button.danger {
    background: var(--wa-optin-error-color, #b3261e);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  :focus-visible {
    outline: 3px solid var(--wa-optin-focus-color, #1d4ed8);
    outline-offset: 2px;
  }
  .hint,
  .meta {
    color: var(--wa-optin-hint-color, #4b5563);
    font-size: 0.875em;
  }
  .message:empty {
    display: none;
  }
  .message {
    font-weight: 600;
  }
  .phone {
    direction: ltr;
    unicode-bidi: isolate;
    white-space: nowrap;
  }
  .proof {
    padding: var(--wa-optin-gap, 0.75rem);
    margin-block: 0.5rem 1rem;
    border: 2px solid var(--wa-optin-field-border-color, #6b7280);
    border-radius: var(--wa-optin-radius, 0.5rem);
  }
  .proof h3 {
    margin-block-start: 0;
    font-size: 1.125em;
  }
  .topic-state {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .topic-state li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
    padding-block: 0.375rem;
    padding-inline: 0.5rem;
    border-inline-start: 4px solid var(--wa-optin-error-color, #b3261e);
  }
  .topic-state li.allowed {
    border-inline-start-color: var(--wa-optin-accent, #0b6e4f);
    background: var(--wa-optin-success-background, #e7f6ee);
  }
  .topic-name {
    flex: 1 1 10rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.75rem;
  }
  .confirm {
    padding: var(--wa-optin-gap, 0.75rem);
    border: 2px solid var(--wa-optin-error-color, #b3261e);
    border-radius: var(--wa-optin-radius, 0.5rem);
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--wa-optin-gap, 0.75rem);
  }
  .card {
    padding: var(--wa-optin-gap, 0.75rem);
    border: 1px solid var(--wa-optin-field-border-color, #6b7280);
    border-inline-start-width: 4px;
    border-radius: var(--wa-optin-radius, 0.5rem);
  }
  .card.opt-in {
    border-inline-start-color: var(--wa-optin-accent, #0b6e4f);
  }
  .card.opt-out {
    border-inline-start-color: var(--wa-optin-error-color, #b3261e);
  }
  .wording {
    padding-block: 0.375rem;
    padding-inline: 0.625rem;
    background: var(--wa-optin-success-background, #e7f6ee);
    border-radius: calc(var(--wa-optin-radius, 0.5rem) / 2);
  }
  .wording.none {
    background: transparent;
    font-style: italic;
    padding-inline: 0;
  }
  .card .meta {
    margin: 0;
  }
  .sides {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 1rem;
  }
  @media (min-width: 40rem) {
    .sides {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.125rem 0.5rem;
    margin: 0;
    font-size: 0.875em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  caption {
    text-align: start;
    color: var(--wa-optin-hint-color, #4b5563);
    font-size: 0.875em;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding-block: 0.375rem;
    padding-inline: 0.25rem;
    border-block-end: 1px solid var(--wa-optin-field-border-color, #6b7280);
  }
  td:nth-child(2),
  td:nth-child(3) {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  th[scope='row'] {
    white-space: nowrap;
    font-weight: 400;
    font-variant-numeric: tabular-nums;
  }
  .sources {
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: 0.875em;
  }
  .exports {
    display: grid;
    gap: 0.5rem;
    justify-items: stretch;
  }
`,
];
