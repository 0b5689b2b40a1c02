/**
 * One watcher for the page's language, shared by every element: a single
 * MutationObserver on `lang` attributes anywhere in the document, plus the browser's
 * `languagechange`, calling back each subscribed element. A page that switches language
 * at runtime (a language menu setting `<html lang>`) re-renders the opt-ins in the new
 * language. Created on the first subscriber and dropped with the last; nothing happens
 * at import time, so importing this on a server is harmless.
 */
const subscribers = new Set<() => void>();
let observer: MutationObserver | undefined;

function notify(): void {
  for (const callback of subscribers) callback();
}

export function watchPageLanguage(callback: () => void): () => void {
  subscribers.add(callback);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    window.addEventListener('languagechange', notify);
  }
  return () => {
    subscribers.delete(callback);
    if (!subscribers.size && observer) {
      observer.disconnect();
      observer = undefined;
      window.removeEventListener('languagechange', notify);
    }
  };
}

/** How many page-language observers exist (0 or 1): for the test that they are shared. */
export function pageLanguageObservers(): number {
  return observer ? 1 : 0;
}
