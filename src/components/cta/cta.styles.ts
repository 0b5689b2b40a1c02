import { css } from 'lit';
import { notLoadedStyles } from '../internal/not-loaded.js';
import { surfaceStyles } from '../internal/surface.styles.js';

export const ctaStyles = [
  surfaceStyles,
  notLoadedStyles,
  css`
    :host {
      display: inline-block;
      max-width: 100%;
      font: inherit;
    }
    :host([mode='inline']) {
      display: block;
    }
    .button {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      max-width: 100%;
      min-height: 2.75rem;
      padding: 0.625rem 1.25rem;
      font: inherit;
      font-weight: 600;
      line-height: 1.25;
      text-align: start;
      color: var(--wa-optin-button-color, #fff);
      background: var(--wa-optin-accent, #0b6e4f);
      border: 0;
      border-radius: var(--wa-optin-cta-radius, 999px);
      cursor: pointer;
    }
    /* Even lines at 360 px, not one long line and a lonely word (item 9). */
    .label {
      text-wrap: balance;
    }
    .subscribed {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      max-width: 100%;
      min-height: 2.75rem;
      margin: 0;
      padding-block: 0.5rem;
      padding-inline: 1rem 1.25rem;
      font-weight: 600;
      line-height: 1.25;
      color: var(--wa-optin-accent, var(--_wa-accent-text));
      background: var(--wa-optin-success-background, var(--_wa-success-background));
      border-radius: var(--wa-optin-cta-radius, 999px);
      text-wrap: balance;
    }
    .tick {
      display: inline-grid;
      flex: none;
    }
    .button:hover {
      filter: brightness(1.08);
    }
    .panel {
      margin-block-start: 0.75rem;
    }
    .panel[hidden] {
      display: none;
    }
  `,
];
