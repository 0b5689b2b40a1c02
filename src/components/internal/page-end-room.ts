import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Keeps the end of the page reachable under a fixed overlay (the banner's bar, the popup's
 * teaser tab): publishes how much of the viewport's bottom the overlay covers as a custom
 * property on the host (`--wa-optin-banner-height`, `--wa-optin-teaser-room`), and the
 * host's own styles take that much block size where the element stands — at the end of
 * `<body>`, where the script tag puts it, so the footer's links scroll into view above the
 * overlay (issue 15, item 2). Growing at the very end of the page moves nothing (CLS 0).
 *
 * One rule in an adopted style sheet, not an inline style, so a strict CSP holds.
 */
export class PageEndRoom implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #property: string;
  /** The overlay while it shows, else nothing (no room). */
  readonly #overlay: () => HTMLElement | null | undefined;
  /** The room it needs, in px: by default its height. */
  readonly #measure: (overlay: HTMLElement) => number;
  #sheet: CSSStyleSheet | undefined;
  #resizeObserver: ResizeObserver | undefined;
  #observed: HTMLElement | undefined;
  #published = -1;

  constructor(
    host: ReactiveElement,
    property: string,
    overlay: () => HTMLElement | null | undefined,
    measure: (overlay: HTMLElement) => number = (element) => element.getBoundingClientRect().height,
  ) {
    this.#host = host;
    this.#property = property;
    this.#overlay = overlay;
    this.#measure = measure;
    host.addController(this);
  }

  hostUpdated(): void {
    const overlay = this.#overlay() ?? undefined;
    if (overlay !== this.#observed && typeof ResizeObserver !== 'undefined') {
      // Published on the next frame, not inside the observer's callback: restyling the host
      // there would be a resize loop to the browser (Firefox reports one).
      this.#resizeObserver ??= new ResizeObserver(() => requestAnimationFrame(() => this.#publish()));
      this.#resizeObserver.disconnect();
      if (overlay) this.#resizeObserver.observe(overlay);
      this.#observed = overlay;
    }
    this.#publish();
  }

  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#observed = undefined;
  }

  #publish(): void {
    const overlay = this.#overlay();
    const room = overlay?.isConnected ? Math.max(0, Math.ceil(this.#measure(overlay))) : 0;
    if (room === this.#published) return;
    this.#published = room;
    const root = this.#host.renderRoot as ShadowRoot;
    if (!this.#sheet) {
      try {
        this.#sheet = new CSSStyleSheet();
      } catch {
        return; // an engine without constructable sheets: the page end is simply not reserved
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    }
    this.#sheet.replaceSync(`:host { ${this.#property}: ${room}px; }`);
  }
}
