/**
 * `dist/wa-optin.js`: the split script-tag build. A classic script (no `import`/`export`),
 * so it goes in a page exactly like `wa-optin.iife.js`, with the same `data-*` attributes
 * and the same `window.WaOptin`:
 *
 * ```html
 * <script src="/wa-optin.js" defer data-endpoint="/api/consent" data-business="Acme"></script>
 * ```
 *
 * It carries no element. It watches the page for `wa-optin-*` tags (a first scan, then a
 * MutationObserver) and, per tag, imports the ES module chunk that defines it from
 * `wa-optin/` beside this file; what the chunks share (lit, the core) sits in shared
 * chunks there. A page without any wa-optin element, `data-popup`, `data-banner`,
 * `data-enhance` or call to `WaOptin.open()` fetches nothing more (issue 16: zero work
 * where nothing shows).
 *
 * The page API itself (src/page/script-api.ts, chunk `wa-optin/page.js`) is the one the
 * IIFE has: this file only queues the calls a page makes before it arrives. It is not
 * part of a first render (the core reads the tag's `data-*` defaults itself): it loads
 * when the page calls `WaOptin` (or the tag has `data-popup`, `data-banner`,
 * `data-enhance`), and otherwise once the page is idle after a surface's code ran. Calls
 * made before an element's code arrived are applied before it is defined, so no element
 * renders without them.
 */
import { SCRIPT_TAG_KEY } from './core/script-tag-key.js';
import type * as PageApi from './page/script-api.js';

/**
 * Written by the build (vite.config.ts, `splitLoader`) from the bundle's chunk graph:
 * per surface tag, and for the page API (`''`), every file it needs, the entry last,
 * relative to this script.
 */
declare const __WA_OPTIN_CHUNKS__: Record<string, string[]>;

type Api = typeof PageApi;
/** The calls a page can make before the code is here; each is applied once it is. */
const QUEUED = ['configure', 'open', 'reset', 'registerLocale', 'registerTopicLabels', 'setDeliveryOptions', 'enhanceForms'] as const;
type Stub = Partial<Api> & { ready: Promise<void> } & Record<string, unknown>;

const PAGE = '';

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  const global = window as unknown as { WaOptin?: Stub } & Record<symbol, unknown>;
  if (global.WaOptin) {
    // Loaded twice, or beside the one-file build: the first copy keeps the page.
    console.warn('wa-optin: the script is on this page twice; keeping the first.');
    return;
  }
  if (!script?.src) {
    // A module script has no currentScript: without its URL the chunks cannot be found.
    console.error('wa-optin: wa-optin.js is a classic script: load it with <script src="…/wa-optin.js"> (not type="module"), beside its wa-optin/ folder.');
    return;
  }
  global[SCRIPT_TAG_KEY] = script;
  const url = (file: string) => new URL(file, script.src).href;
  const queued: [string, unknown[]][] = [];
  const loading = new Map<string, Promise<void>>();
  let api: Api | undefined;

  /** Fetches every file of `name` at once (no waterfall of imports); each once. Settles when they are here (or failed). */
  const preloaded = new Map<string, Promise<unknown>>();
  const preload = (name: string) =>
    Promise.all(
      __WA_OPTIN_CHUNKS__[name].map((file) => {
        let fetched = preloaded.get(file);
        if (!fetched) {
          const link = document.createElement('link');
          link.rel = 'modulepreload';
          link.href = url(file);
          fetched = new Promise((settle) => {
            link.onload = link.onerror = settle;
          });
          preloaded.set(file, fetched);
          document.head.append(link);
        }
        return fetched;
      }),
    );
  const entryOf = (name: string) => {
    const files = __WA_OPTIN_CHUNKS__[name];
    return url(files[files.length - 1]);
  };

  /** The page API, its defaults and the queued calls applied: then (only then) elements may be defined. */
  const pageReady = (): Promise<void> =>
    load(PAGE, async () => {
      const page = (await import(/* @vite-ignore */ entryOf(PAGE))) as Api;
      api = page;
      for (const [key, value] of Object.entries(page)) if (key !== 'startScriptTag' && key !== 'whenReady') stub[key] = value;
      // data-popup / data-banner wait for their element's code; the defaults are set now.
      void page.startScriptTag(script, (tag) => (tag in __WA_OPTIN_CHUNKS__ ? surface(tag) : Promise.reject(new Error(`no code for <${tag}>`))));
      for (const [name, args] of queued.splice(0)) {
        try {
          (page[name as (typeof QUEUED)[number]] as (...a: unknown[]) => unknown)(...args);
        } catch (error) {
          console.error(`wa-optin: WaOptin.${name}() before the script loaded: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    });

  /**
   * Defines `tag`. The page API is not part of a first render (issue 16): the core reads
   * the tag's `data-*` defaults itself. Only when the page called `WaOptin` before the
   * code arrived (or a `data-popup`, `data-banner`, `data-enhance` needs it) does the
   * element wait for the API, so those calls apply before it first renders.
   */
  const surface = (tag: string): Promise<void> =>
    load(tag, async () => {
      // Calls the page made while the files were on their way are queued by then.
      await preload(tag);
      if (loading.has(PAGE)) await pageReady();
      await import(/* @vite-ignore */ entryOf(tag));
      // The rest of the API (`hasOptedIn()`, `consentOutbox()`, `ready`) once the surface
      // has rendered (its first render is a task of its own), the next frame has painted
      // it, and the page is idle. A hidden tab paints no frame: the API then loads when
      // the tab shows, or at once for `WaOptin.ready`.
      const first = document.querySelector(tag) as (Element & { updateComplete?: Promise<unknown> }) | null;
      void Promise.resolve(first?.updateComplete).then(() =>
        requestAnimationFrame(() => setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(loadApi, { timeout: 2000 }) : loadApi()))),
      );
    });
  const loadApi = () => quietly(pageReady());

  function load(name: string, run: () => Promise<void>): Promise<void> {
    let promise = loading.get(name);
    if (!promise) {
      void preload(name);
      promise = run().catch((error: unknown) => {
        loading.delete(name); // a later tag or call tries again
        console.error(`wa-optin: could not load ${name || 'the page API'} from ${url('wa-optin/')}`, error);
        throw error;
      });
      loading.set(name, promise);
    }
    return promise;
  }
  const quietly = (promise: Promise<void>) => void promise.catch(() => {});

  const stub: Stub = {
    get ready() {
      return pageReady().then(() => api!.whenReady());
    },
  } as Stub;
  for (const name of QUEUED) {
    (stub as Record<string, unknown>)[name] = (...args: unknown[]) => {
      if (api) return (api[name] as (...a: unknown[]) => unknown)(...args);
      queued.push([name, args]);
      quietly(pageReady());
      if (name === 'open') quietly(surface('wa-optin-popup'));
    };
  }
  global.WaOptin = stub;

  // The script tag's own options need the page API (and their surface) at once.
  const data = script.dataset;
  if (data.popup !== undefined || data.banner !== undefined || data.enhance) quietly(pageReady());
  if (data.popup !== undefined) quietly(surface('wa-optin-popup'));
  if (data.banner !== undefined) quietly(surface('wa-optin-banner'));

  // Every wa-optin tag on the page, now and later, brings its code.
  const tags = Object.keys(__WA_OPTIN_CHUNKS__).filter(Boolean);
  const selector = tags.join(',');
  const scan = (root: Element | Document) => {
    if (root instanceof Element && tags.includes(root.localName)) quietly(surface(root.localName));
    for (const element of root.querySelectorAll(selector)) quietly(surface(element.localName));
  };
  // Now and for every node added later, parser insertions included: a plain (not deferred)
  // script in <head> sees the body's tags as they are parsed, without waiting for the end.
  scan(document);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) for (const node of mutation.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
