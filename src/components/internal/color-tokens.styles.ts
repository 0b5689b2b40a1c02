import { css } from 'lit';

/**
 * The default colours, light and dark, in one place (issue 14: AA contrast in both).
 *
 * A page that uses a dark scheme (`color-scheme: dark`, or `light dark` on a system set to
 * dark) has light text, which the inline form inherits: the hint, the error, the fields,
 * the thank-you and the surfaces' own panels then take the dark column, or they would be
 * grey on black. A page that declares no scheme stays light whatever the system says, as
 * the browser draws it. Engines without `light-dark()` keep the light column. The public
 * `--wa-optin-*` properties win over both (they are read first, these are their fallbacks).
 */
export const colorTokens = css`
  :host {
    --_wa-field-background: #fff;
    --_wa-field-border: #6b7280;
    --_wa-hint: #4b5563;
    --_wa-error: #b3261e;
    --_wa-focus: #1d4ed8;
    --_wa-success-background: #e7f6ee;
    --_wa-accent-text: #0b6e4f;
    --_wa-panel-background: #fff;
    --_wa-panel-color: #111827;
    --_wa-panel-border: #d1d5db;
    --_wa-hover: rgb(0 0 0 / 0.06);
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_wa-field-background: light-dark(#fff, #1f2937);
      --_wa-field-border: light-dark(#6b7280, #9ca3af);
      --_wa-hint: light-dark(#4b5563, #9ca3af);
      --_wa-error: light-dark(#b3261e, #ffb4ab);
      --_wa-focus: light-dark(#1d4ed8, #93c5fd);
      --_wa-success-background: light-dark(#e7f6ee, #0f3d2c);
      --_wa-accent-text: light-dark(#0b6e4f, #6ee7b7);
      --_wa-panel-background: light-dark(#fff, #1f2937);
      --_wa-panel-color: light-dark(#111827, #f3f4f6);
      --_wa-panel-border: light-dark(#d1d5db, #374151);
      --_wa-hover: light-dark(rgb(0 0 0 / 0.06), rgb(255 255 255 / 0.1));
    }
  }
`;
