import type { ReactiveControllerHost } from 'lit';
import type { ElementOnDemand, InnerElementCode as OnDemand } from './element-code.js';

/**
 * `element-code.ts` for a one-file build (aliased over that module in vite.config.ts):
 * every element is defined in the file before any surface renders, so nothing is ever
 * fetched, waited for or failed. (An inlined `import()` would also make the bundler wrap
 * the modules it shares with the surfaces, as with the delivery code.)
 */
export class InnerElementCode implements Pick<OnDemand, 'defined' | 'failed' | 'pending' | 'load' | 'want'> {
  // The split build's signature, unused here.
  constructor(_host: ReactiveControllerHost & HTMLElement, _tag: () => ElementOnDemand, _showing: () => boolean) {}
  readonly defined = true;
  readonly failed = false;
  readonly pending = undefined;
  load(): Promise<void> {
    return Promise.resolve();
  }
  want(): void {}
}
