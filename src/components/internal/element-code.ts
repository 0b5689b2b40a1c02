import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { retryingImport } from '../../core/chunk-import.js';
import { afterFirstPaintWhenIdle } from './idle.js';

/**
 * The elements a surface shows only once it is asked to: the banner's form (behind its
 * "Sign up" button), the CTA's popup or form (behind its press). Their code, with the
 * number field's, is not part of the surface's first render (issue 16: a bar or a button
 * paints with Lit and the wording alone); it loads when the page is idle after that
 * paint, at the first sign of intent (a pointer over it, a focus, a tap), or at the press.
 * A one-file build aliases this module to `element-code-bundled.ts`: everything is
 * defined there already.
 */
export type ElementOnDemand = 'wa-optin-form' | 'wa-optin-popup';

const importers: Record<ElementOnDemand, () => Promise<unknown>> = {
  'wa-optin-form': retryingImport(() => import('../form/define.js')),
  'wa-optin-popup': retryingImport(() => import('../popup/define.js')),
};

const INTENT = ['pointerover', 'focusin', 'pointerdown'] as const;

/**
 * The code of the element a surface shows inside it (`tag()`), fetched on demand; the
 * host renders again when it arrives. `showing()`: the host shows something now (a
 * banner's bar, a CTA's button), so the code may come once the page is idle after that.
 */
export class InnerElementCode implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #tag: () => ElementOnDemand;
  readonly #showing: () => boolean;
  #loading: Promise<void> | undefined;
  /** A person's press asked for the code since it last failed. */
  #asked = false;
  #failed = false;
  #preloadWhenShown = true;

  constructor(host: ReactiveControllerHost & HTMLElement, tag: () => ElementOnDemand, showing: () => boolean) {
    this.#host = host;
    this.#tag = tag;
    this.#showing = showing;
    host.addController(this);
  }

  /** The element is defined: render it. */
  get defined(): boolean {
    return Boolean(customElements.get(this.#tag()));
  }

  /** A press asked for the code and it could not be fetched (the connection dropped it): the person is told; the next press tries again. */
  get failed(): boolean {
    return this.#failed;
  }

  /** The code on its way (the host's `updateComplete` waits for it). */
  get pending(): Promise<void> | undefined {
    return this.#loading;
  }

  /**
   * Fetches the code, if not here yet. `asked`: a person's press wants it now, so a
   * failure is shown (an idle or intent preload that fails stays quiet: nobody asked yet).
   */
  load(asked = false): Promise<void> {
    if (this.defined) return Promise.resolve();
    if (asked) {
      this.#asked = true;
      this.#failed = false;
    }
    const failed = () => {
      this.#failed = this.#asked;
    };
    this.#loading ??= importers[this.#tag()]()
      // A retry that brought a chunk the element's code imports, not that code (Firefox names
      // the chunk that failed: see chunk-import.ts), defines nothing: a failure too.
      .then(() => (this.defined ? undefined : failed()), failed)
      .finally(() => {
        this.#loading = undefined;
        this.#host.requestUpdate();
      });
    return this.#loading;
  }

  /** Called while rendering where the element is wanted now (expanded, opened): fetches it unless a failed press waits for the next. */
  want(): void {
    if (!this.#asked) void this.load(true);
  }

  #preload = (): void => {
    if (this.#host.isConnected && this.#showing()) void this.load();
  };

  hostConnected(): void {
    if (!this.defined) for (const type of INTENT) this.#host.addEventListener(type, this.#preload);
  }

  hostDisconnected(): void {
    for (const type of INTENT) this.#host.removeEventListener(type, this.#preload);
  }

  hostUpdated(): void {
    // Once the surface shows, after its paint, when the page is idle: usually here before any press.
    if (!this.#preloadWhenShown || !this.#showing() || this.defined) return;
    this.#preloadWhenShown = false;
    afterFirstPaintWhenIdle(this.#preload);
  }
}
