import { css, svg } from 'lit';
import { colorTokens } from './color-tokens.styles.js';

/** The × of every close button: drawn, not a font glyph, so it looks the same everywhere. */
export const closeIcon = svg`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" fill="none"></path></svg>`;

/** What popup, banner and CTA share: box model, focus ring, the close button (44 px target). */
export const surfaceStyles = [
  colorTokens,
  css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--wa-optin-focus-color, var(--_wa-focus));
    outline-offset: 2px;
  }
  .close {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    margin: -0.5rem -0.5rem 0 0;
    padding: 0;
    color: inherit;
    background: transparent;
    border: 0;
    border-radius: 50%;
    cursor: pointer;
  }
  .close:hover {
    background: var(--_wa-hover);
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  wa-optin-form {
    max-width: none;
  }
  /* R12: the glyph as tall as the text, beside the words, on a white disc so it stays legible on the accent colour. */
  .glyph-disc {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 1.5em;
    height: 1.5em;
    background: #fff;
    border-radius: 50%;
  }
  .glyph-disc .glyph {
    width: 1.1em;
    height: 1.1em;
  }
`,
];
