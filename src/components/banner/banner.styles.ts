import { css } from 'lit';
import { primaryButtonRules } from '../internal/button.styles.js';
import { notLoadedStyles } from '../internal/not-loaded.js';
import { surfaceStyles } from '../internal/surface.styles.js';

/**
 * The bar is pinned to the viewport, never in the page flow: a fixed overlay moves nothing
 * else on the page, so it shifts no layout (an in-flow consent bar measured CLS 0.18–0.54).
 * The element itself stays in the flow with the bar's published height (item 2): where it
 * stands — the end of the page — that much room is kept, so the footer can be scrolled
 * clear of the bar.
 */
export const bannerStyles = [
  surfaceStyles,
  notLoadedStyles,
  css`
    :host {
      display: block;
      block-size: var(--wa-optin-banner-height, 0px);
      color: var(--wa-optin-banner-color, var(--_wa-panel-color));
      font: inherit;
      line-height: 1.45;
    }
    :host([reserve='none']),
    :host([position='top']) {
      block-size: 0;
    }
    :host(:not([open])) {
      display: none;
    }
    .bar {
      position: fixed;
      inset-inline: 0;
      inset-block-end: var(--wa-optin-banner-offset, 0px);
      z-index: var(--wa-optin-z-index, 2147483000);
      display: flex;
      flex-direction: column;
      max-height: min(85dvh, 40rem);
      padding: 0.5rem calc(1rem + env(safe-area-inset-right, 0px)) calc(0.5rem + env(safe-area-inset-bottom, 0px))
        calc(1rem + env(safe-area-inset-left, 0px));
      background: var(--wa-optin-banner-background, var(--_wa-panel-background));
      border-top: 1px solid var(--wa-optin-banner-border-color, var(--_wa-panel-border));
      box-shadow: 0 -0.5rem 1.5rem rgb(0 0 0 / 0.12);
    }
    :host([position='top']) .bar {
      inset-block: var(--wa-optin-banner-offset, 0px) auto;
      flex-direction: column-reverse;
      padding-top: calc(0.5rem + env(safe-area-inset-top, 0px));
      padding-bottom: 0.5rem;
      border-top: 0;
      border-bottom: 1px solid var(--wa-optin-banner-border-color, var(--_wa-panel-border));
      box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.12);
    }
    .panel,
    .line {
      width: 100%;
      max-width: var(--wa-optin-banner-content-width, 44rem);
      margin-inline: auto;
    }
    .panel {
      display: grid;
      gap: 0.75rem;
      padding-block: 0.5rem 0.75rem;
      overflow: auto;
      overscroll-behavior: contain;
    }
    .panel[hidden] {
      display: none;
    }
    .line {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 2.75rem;
    }
    /* Never cut (item 1): the title wraps, evenly, to two lines on a phone. */
    .title {
      flex: 1 1 auto;
      min-width: 0;
      font-size: 1em;
      line-height: 1.3;
      text-wrap: balance;
      overflow-wrap: break-word;
    }
    .toggle {
      ${primaryButtonRules}
      flex: none;
      padding: 0.5rem 1rem;
    }
    .toggle {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
    }
    .chevron {
      flex: none;
    }
    .toggle[aria-expanded='true'] {
      color: var(--wa-optin-accent, var(--_wa-accent-text));
      background: transparent;
      box-shadow: inset 0 0 0 2px currentColor;
    }
    .close {
      margin: 0;
    }
    /* A phone: the title shares its row with the × only, so any language reads in full on
       two lines; the button takes the row below, full width, an easy thumb target. Open,
       the "Hide" toggle shrinks to its words (item 1). */
    @media (max-width: 30rem) {
      .line {
        flex-wrap: wrap;
        row-gap: 0.375rem;
        padding-block-start: 0.25rem;
      }
      .title {
        /* The whole row but the ×: the button always goes to the row below. */
        flex: 1 1 calc(100% - 3.25rem);
        font-size: 0.9375em;
      }
      .close {
        order: 1;
      }
      .toggle {
        order: 2;
        flex: 1 1 100%;
        justify-content: center;
      }
      .toggle[aria-expanded='true'] {
        flex: none;
        margin-inline-start: auto;
        min-height: 2.25rem;
        padding-block: 0.25rem;
      }
    }
  `,
];
