import { changed, entries } from './locale-state.js';

/**
 * A language file a dropped connection failed to bring (its elements show English): fetched
 * again when the person next asks, the same ask that retries the phone rules — their tap
 * on the number (phone-field.ts) — through the one loader (`LazyData.retry`: English stays
 * while it runs, nothing flickers). Once it is here, every element in that language
 * renders in it: the sentence they agree to, in words they read. Apart from locales.ts so
 * that only the surfaces with a number field carry it (issue 16's first-render budget).
 */
export function retryFailedLocales(): void {
  for (const entry of entries.values()) {
    if (entry.base.state !== 'failed') continue;
    void entry.base.retry().then(() => {
      if (entry.base.state === 'loaded') changed(entry);
    });
  }
}
