/**
 * On-demand data, loaded once behind a ready promise: the phone rules and the locale
 * files both go through this (STYLE.md habit 8). One shape for every heavy thing the
 * widget needs, so issue 16's "load after first paint" and "zero work where nothing
 * shows" apply to all of them alike:
 *
 * - nothing is fetched until someone calls `ready()` (a page where nothing shows pays nothing);
 * - `ready()` never rejects: a file that does not arrive leaves `state` at `failed`, and
 *   each caller has a fallback (English words, +E.164-only phone checks) — a person is
 *   never stuck because a data file is missing; `retry()` tries again when the person next
 *   asks (the phone rules: their next focus on the number);
 * - `setLoader()` is the seam for tests and unusual hosting (it forgets what was loaded).
 */
export type LoadState = 'idle' | 'loading' | 'loaded' | 'failed';

/** Loads the data; `again` when it is a retry after a failure (`LazyData.retry`). */
export type DataLoader<T> = (options?: { again?: boolean }) => Promise<T>;

export class LazyData<T> {
  #load: DataLoader<T>;
  #value: T | undefined;
  #state: LoadState = 'idle';
  #pending: Promise<void> | undefined;
  readonly #what: string;

  constructor(what: string, load: DataLoader<T>) {
    this.#what = what;
    this.#load = load;
  }

  /** Starts the load (once) and resolves when it is done, loaded or failed. Never rejects. */
  ready(): Promise<void> {
    this.#state = this.#state === 'idle' ? 'loading' : this.#state;
    this.#pending ??= this.#attempt(false);
    return this.#pending;
  }

  /**
   * After a failure, loads again (the connection that dropped the file may be back): for a
   * person's next ask, never on a timer. While it runs `state` stays `failed`, so what
   * shows the fallback keeps showing it (nothing flickers), and turns `loaded` only if this
   * load succeeds. One at a time; resolves when it is done. Never rejects. Anything but a
   * failure: the same as `ready()`.
   */
  retry(): Promise<void> {
    if (this.#state !== 'failed') return this.ready();
    this.#retrying ??= this.#attempt(true).then(() => {
      this.#retrying = undefined;
    });
    return this.#retrying;
  }

  #retrying: Promise<void> | undefined;

  #attempt(again: boolean): Promise<void> {
    return Promise.resolve()
      .then(() => this.#load({ again }))
      .then(
        (value) => {
          this.#value = value;
          this.#state = 'loaded';
        },
        (error: unknown) => {
          this.#state = 'failed';
          console.warn(`wa-optin: ${this.#what} could not be loaded`, error);
        },
      );
  }

  get value(): T | undefined {
    return this.#value;
  }

  get state(): LoadState {
    return this.#state;
  }

  /** Loaded or failed: nothing more will change until `setLoader`. */
  get settled(): boolean {
    return this.#state === 'loaded' || this.#state === 'failed';
  }

  /** Data already at hand (bundled, or registered by the page): no load needed. */
  provide(value: T): void {
    this.#value = value;
    this.#state = 'loaded';
    this.#pending = Promise.resolve();
  }

  /** Seam for tests and unusual hosting: where the data comes from. Forgets what was loaded. */
  setLoader(next: DataLoader<T>): void {
    this.#load = next;
    this.#value = undefined;
    this.#state = 'idle';
    this.#pending = undefined;
    this.#retrying = undefined;
  }
}
