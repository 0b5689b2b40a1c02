/**
 * The one way wa-optin loads its own code after the first render (issue 16): the delivery
 * code, the phone engine, and the elements a surface shows only once asked (the banner's
 * form, the CTA's popup). Each loader imports once, for every caller; a failed fetch (the
 * person's connection dropped the file) is forgotten, so the next call (the next press)
 * fetches it again.
 *
 * Chromium and Firefox keep a failed module fetch for the page's life (the HTML module
 * map): importing the same address again fails again without a request. Their error names
 * the address, so the retry asks for the same file under another (`?retry=N`). WebKit
 * names none, and fetches the same address anew.
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
      failedAddress ??= /\bhttps?:\/\/[^\s'"?#]+\.js\b/.exec(String((error as Error | undefined)?.message))?.[0];
      throw error;
    }));
}
