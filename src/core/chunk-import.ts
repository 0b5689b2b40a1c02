/**
 * The one way the surfaces load their own code after the first render (issue 16): the
 * delivery code, the elements a surface shows only once asked (the banner's form, the
 * CTA's popup) and, in the browser, libphonenumber-js's code (phone-engine-retrying.ts: the
 * receiver, which runs phone.ts too, keeps a plain import, as workerd refuses a Worker
 * holding an `import()` of a computed address). Each loader imports once, for every
 * caller; a failed fetch (the person's connection dropped the file) is forgotten, so the
 * next call (the next press, the next tap on the number) fetches it again.
 *
 * Chromium and Firefox keep a failed module fetch for the page's life (the HTML module
 * map): importing the same address again fails again without a request. Their error names
 * the address, so the retry asks for the same file under another (`?retry=N`). WebKit
 * names none, and fetches the same address anew. A retry cannot help when the file that
 * failed was not the one imported but a chunk it imports (seen with the banner's form when
 * its `field` chunk was dropped): Chromium names the imported file, whose retry still
 * finds that chunk's failure in the module map; Firefox names the chunk, whose retry
 * brings it alone, not the module that was asked for. Only a reload recovers there (WebKit
 * fetched it anew and recovered): callers check what they got (a defined element, the
 * delivery code's functions) and tell the person, never hang silently.
 */
export function retryingImport<T>(importFirst: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  let failedAddress: string | undefined;
  let retries = 0;
  return () =>
    (loading ??= (
      failedAddress ? (import(/* @vite-ignore */ /* webpackIgnore: true */ `${failedAddress}?retry=${++retries}`) as Promise<T>) : importFirst()
    ).catch((error: unknown) => {
      loading = undefined;
      // (.js in the builds; a dev server's source modules may be .ts or .mjs.)
      failedAddress ??= /\bhttps?:\/\/[^\s'"?#]+\.[cm]?[jt]s\b/.exec(String((error as Error | undefined)?.message))?.[0];
      throw error;
    }));
}
