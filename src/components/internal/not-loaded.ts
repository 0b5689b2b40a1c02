import { css, html } from 'lit';
import type { OptinStrings } from '../../core/locales.js';

/**
 * What a banner or a CTA says when a press could not fetch the form it opens (the
 * connection dropped its code: src/components/internal/element-code.ts), where the
 * person looks: the next press tries again. A popup never says it: its form comes with it.
 */
export const notLoadedMessage = (strings: OptinStrings) => html`<p class="not-loaded" part="not-loaded" role="alert">${strings.errors.notLoaded}</p>`;

export const notLoadedStyles = css`
  .not-loaded {
    margin: 0.5rem 0 0;
    color: var(--wa-optin-error-color, var(--_wa-error));
    font-size: 0.9375em;
  }
`;
