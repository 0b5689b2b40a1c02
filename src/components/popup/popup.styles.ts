import { css } from 'lit';
import { primaryButtonRules } from '../internal/button.styles.js';
import { surfaceStyles } from '../internal/surface.styles.js';

/**
 * A centred card on wide screens; on phones a bottom sheet (a share of the screen, not the
 * whole page, as search engines and people both prefer), clear of the home indicator.
 */
export const popupStyles = [
  surfaceStyles,
  css`
    /* A box only as tall as the room the teaser tab needs at the page's end (0 otherwise);
       the dialog itself is in the top layer and takes no room. */
    :host {
      display: block;
      block-size: var(--wa-optin-teaser-room, 0px);
    }
    :host([reserve='none']) {
      block-size: 0;
    }
    dialog {
      width: min(100% - 2rem, var(--wa-optin-popup-width, 30rem));
      max-width: none;
      max-height: calc(100dvh - 2rem);
      padding: 0;
      overflow: auto;
      overscroll-behavior: contain;
      color: var(--wa-optin-popup-color, var(--_wa-panel-color));
      background: var(--wa-optin-popup-background, var(--_wa-panel-background));
      border: 0;
      border-radius: var(--wa-optin-popup-radius, 1rem);
      box-shadow: 0 1.5rem 3rem rgb(0 0 0 / 0.25);
      font: inherit;
      line-height: 1.45;
    }
    dialog::backdrop {
      background: var(--wa-optin-backdrop, rgb(17 24 39 / 0.55));
    }
    .panel {
      display: grid;
      gap: 0.75rem;
      padding: 1.25rem;
      padding-bottom: calc(1.25rem + env(safe-area-inset-bottom, 0px));
    }
    .header {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 0.75rem;
    }
    ::slotted(*) {
      margin: 0;
    }
    @media (max-width: 40rem) {
      dialog {
        width: 100%;
        max-height: 88dvh;
        margin: auto 0 0;
        border-radius: var(--wa-optin-popup-radius, 1rem) var(--wa-optin-popup-radius, 1rem) 0 0;
      }
      .panel {
        padding-inline: calc(1rem + env(safe-area-inset-left, 0px)) calc(1rem + env(safe-area-inset-right, 0px));
      }
    }
    .done {
      ${primaryButtonRules}
      justify-self: stretch;
      padding: 0.625rem 1.25rem;
    }
    .teaser {
      position: fixed;
      inset-inline-start: calc(1rem + env(safe-area-inset-left, 0px));
      bottom: calc(1rem + var(--wa-optin-teaser-offset, 0px) + env(safe-area-inset-bottom, 0px));
      z-index: var(--wa-optin-z-index, 2147483000);
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      max-width: calc(100vw - 2rem);
      min-height: 2.75rem;
      padding-block: 0.5rem;
      padding-inline: 0.5rem 1rem;
      font: inherit;
      font-size: 0.9375em;
      font-weight: 600;
      color: var(--wa-optin-button-color, #fff);
      background: var(--wa-optin-accent, #0b6e4f);
      border: 0;
      border-radius: 999px;
      box-shadow: 0 0.5rem 1.25rem rgb(0 0 0 / 0.2);
      cursor: pointer;
    }
    /* The safe-area insets are physical: in right-to-left the tab sits on the right. */
    :host(:dir(rtl)) .teaser {
      inset-inline-start: calc(1rem + env(safe-area-inset-right, 0px));
    }
    @media (prefers-reduced-motion: no-preference) {
      dialog[open] {
        animation: wa-optin-rise 180ms ease-out;
      }
    }
    @keyframes wa-optin-rise {
      from {
        opacity: 0;
        transform: translateY(1rem);
      }
    }
  `,
];
