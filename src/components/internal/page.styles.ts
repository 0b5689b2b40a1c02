import { css } from 'lit';

/**
 * What the receiver's own pages (preference page, admin page) share: a centred column that
 * never outgrows a 360 px phone, the text colour hooks, and only logical properties, so an
 * RTL page mirrors by itself. Each page sets `--_page-max-width` (private: the leading underscore keeps it out of the themable `--wa-optin-*` set).
 */
export const pageStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: var(--_page-max-width, 40rem);
    margin-inline: auto;
    padding-inline: 1rem;
    text-align: start;
    color: var(--wa-optin-color, inherit);
    font: inherit;
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1 {
    font-size: 1.375em;
    margin-block: 0 var(--wa-optin-gap, 0.75rem);
  }
`;
