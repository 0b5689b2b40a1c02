import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { PageElement } from '../internal/page-element.js';
import { preferenceStringsFor, stringsFor, type PageStrings, type ReceiverPage } from '../../core/locales.js';
import { fillTemplate, topicLabel, wordingLocale, type Wording } from '../../core/wording.js';
import { buildWording } from '../../core/sentence.js';
import { renderWording } from '../internal/wording-view.js';
import { preferencesStyles } from './preferences.styles.js';

/** One topic of the person's state, as `GET <endpoint>/preferences/state` answers (CONTRACT-13). */
export interface PreferenceTopic {
  id: string;
  allowed: boolean;
}

/** The person's state: `GET <endpoint>/preferences/state?t=…` and the answer to a save. */
export interface PreferenceState {
  business: string;
  /** The number, formatted for display; shown as a left-to-right island. */
  phone: string;
  /** The language of the person's opt-in (informative; the page shows the page's language). */
  locale?: string;
  topics: PreferenceTopic[];
}

/** What `POST <endpoint>/preferences?t=…` carries: the change and the exact words shown for it (R11). */
export interface PreferenceChange {
  topics: Record<string, boolean>;
  wording: string;
  locale: string;
}

/** Where the page is; reflected as `status` and exposed as a custom state. */
export type PreferencesStatus = 'loading' | 'ready' | 'saving' | 'saved' | 'error' | 'link-invalid' | 'link-expired';

export type PreferencesErrorReason = 'unreachable' | 'rejected' | 'link-invalid' | 'link-expired';

export interface PreferencesLoadedDetail {
  state: PreferenceState;
}
export interface PreferencesSavedDetail {
  /** The state after the save, as the receiver answered. */
  state: PreferenceState;
  /** What was sent, with the exact wording shown. */
  change: PreferenceChange;
}
export interface PreferencesErrorDetail {
  reason: PreferencesErrorReason;
  message: string;
  /** The change that did not go through (kept on the page; `retry()` resends it). */
  change?: PreferenceChange;
}

/** The events of `<wa-optin-preferences>`, merged into `HTMLElementEventMap` below. */
export interface PreferencesEventMap {
  'wa-optin-preferences-loaded': CustomEvent<PreferencesLoadedDetail>;
  'wa-optin-preferences-saved': CustomEvent<PreferencesSavedDetail>;
  'wa-optin-preferences-error': CustomEvent<PreferencesErrorDetail>;
}

const STATUSES: readonly PreferencesStatus[] = ['loading', 'ready', 'saving', 'saved', 'error', 'link-invalid', 'link-expired'];

/** Topic ids become element ids; anything else is replaced so a stored id can never break the markup. */
const topicDomId = (id: string) => `topic-${id.replace(/[^\w-]/g, '_')}`;

class ResponseError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Our events fire like every wa-optin event: bubbling and composed, heard on `document` from inside any shadow root. */
function fire<K extends keyof PreferencesEventMap>(target: EventTarget, name: K, detail: PreferencesEventMap[K]['detail']): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/**
 * @customElement wa-optin-preferences
 * @summary The preference page a person reaches in one tap from a link in a WhatsApp
 * message: which topics they receive from which business at which number, one button to
 * stop everything, a box per topic to stop or opt back in, no login and no typing the number.
 *
 * Talks to the receiver (`<endpoint>/preferences/state?t=…`, `POST <endpoint>/preferences?t=…`);
 * every change carries the exact text the person saw (R9, R11). A tampered or expired link
 * shows how to get a new one and reveals no number.
 *
 * @event wa-optin-preferences-loaded - The person's state arrived; `detail.state`.
 * @event wa-optin-preferences-saved - The receiver stored a change; `detail.state` (the new state), `detail.change` (topics, wording, locale).
 * @event wa-optin-preferences-error - Loading or saving failed; `detail.reason` (`unreachable`, `rejected`, `link-invalid`, `link-expired`), `detail.message`, `detail.change` (kept for `retry()`).
 *
 * @csspart title - The heading.
 * @csspart summary - What the person receives now.
 * @csspart business - The business name in a sentence.
 * @csspart topics - The content types in a sentence.
 * @csspart brand - The WhatsApp glyph and word.
 * @csspart glyph - The WhatsApp glyph.
 * @csspart phone - The number in a sentence (always a left-to-right island).
 * @csspart stop-all - The "Stop all WhatsApp messages" button.
 * @csspart stop-all-wording - The sentence the stop-all button confirms (stored with the opt-out).
 * @csspart topic-list - The fieldset of topic checkboxes.
 * @csspart topic - One topic row (checkbox and label).
 * @csspart checkbox - A topic checkbox.
 * @csspart changes - The summary of unsaved changes: the exact text stored with them.
 * @csspart save - The save button.
 * @csspart status - Loading, saving, saved and error messages.
 * @csspart retry - The "Try again" button.
 * @csspart stopped - The panel shown once everything is stopped.
 * @csspart link-problem - The "link not valid / expired" panel.
 *
 * @cssprop [--wa-optin-accent=#0b6e4f] - Button and checkbox colour.
 * @cssprop [--wa-optin-button-color=#fff] - Button text colour.
 * @cssprop [--wa-optin-color=inherit] - Text colour.
 * @cssprop [--wa-optin-error-color=#b3261e] - Error text colour.
 * @cssprop [--wa-optin-focus-color=#1d4ed8] - Focus ring colour.
 * @cssprop [--wa-optin-hint-color=#4b5563] - Hint text colour.
 * @cssprop [--wa-optin-field-border-color=#6b7280] - Border of the stop-all box and the topic list.
 * @cssprop [--wa-optin-radius=0.5rem] - Corner radius of buttons and panels.
 * @cssprop [--wa-optin-gap=0.75rem] - Space between rows.
 * @cssprop [--wa-optin-max-width=40rem] - Widest the page grows.
 * @cssprop [--wa-optin-success-background=#e7f6ee] - Background of the saved and stopped panels.
 *
 * @cssstate loading - Fetching the person's state.
 * @cssstate ready - Showing the state; changes may be pending.
 * @cssstate saving - A change is on its way.
 * @cssstate saved - The receiver stored the last change.
 * @cssstate error - Loading or saving failed; "Try again" resends, nothing is lost.
 * @cssstate link-invalid - The link is malformed, tampered or foreign.
 * @cssstate link-expired - The link is too old.
 */
export class WaOptinPreferences extends PageElement {
  static override styles = preferencesStyles;
  static override properties = {
    endpoint: { type: String },
    token: { type: String },
    status: { type: String, reflect: true },
    state: { attribute: false },
    draft: { state: true },
    message: { state: true },
  };

  /** The receiver's base path (e.g. `/api`): the page GETs `<endpoint>/preferences/state` and POSTs `<endpoint>/preferences`. */
  declare endpoint: string;
  /** The signed link token (`t` of the link); it is the only authority, no login. */
  declare token: string;
  /** `loading`, `ready`, `saving`, `saved`, `error`, `link-invalid` or `link-expired`. Reflected. */
  declare status: PreferencesStatus;
  /** The person's state as last answered by the receiver, once loaded. */
  declare state: PreferenceState | null;
  declare protected draft: Record<string, boolean>;
  declare protected message: string;

  /** The change waiting to be (re)sent after an error; `retry()` sends it again. */
  #pending: PreferenceChange | null = null;
  #loadFailed = false;
  readonly #internals: ElementInternals | undefined;

  constructor() {
    super();
    this.endpoint = '';
    this.token = '';
    this.status = 'loading';
    this.state = null;
    this.draft = {};
    this.message = '';
    this.#internals = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.state) void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('status')) {
      for (const state of STATUSES) {
        try {
          if (state === this.status) this.#internals?.states?.add(state);
          else this.#internals?.states?.delete(state);
        } catch {
          // Older engines accept only `--dashed` states; the reflected `status` attribute still works.
        }
      }
    }
  }

  protected override get page(): ReceiverPage {
    return 'preferences';
  }

  get #words(): PageStrings['preferences'] {
    return preferenceStringsFor(this.pageLocale);
  }

  /** The tag the words are in: what the change's `locale` says (R11). */
  get #shownLocale(): string {
    return wordingLocale(this.pageLocale, stringsFor(this.pageLocale));
  }

  #url(path: string): string {
    return `${this.endpoint.replace(/\/+$/, '')}${path}?t=${encodeURIComponent(this.token)}`;
  }

  async #request(path: string, init?: RequestInit): Promise<PreferenceState> {
    const response = await fetch(this.#url(path), {
      ...init,
      headers: { Accept: 'application/json', ...(init?.body ? { 'Content-Type': 'application/json' } : {}) },
      credentials: 'same-origin',
    });
    const body = (await response.json().catch(() => ({}))) as Partial<PreferenceState> & { error?: string; message?: string };
    if (!response.ok) throw new ResponseError(response.status, body.error ?? '', body.message ?? `HTTP ${response.status}`);
    return body as PreferenceState;
  }

  /** (Re)loads the person's state from the receiver. Called on connect. */
  async load(): Promise<void> {
    this.#loadFailed = false;
    if (!this.token) {
      this.#linkProblem('link-invalid');
      return;
    }
    this.status = 'loading';
    this.message = '';
    try {
      this.#accept(await this.#request('/preferences/state'));
      this.status = 'ready';
      fire(this, 'wa-optin-preferences-loaded', { state: this.state! });
    } catch (error) {
      if (this.#isLinkProblem(error)) return;
      this.#loadFailed = true;
      this.status = 'error';
      this.message = this.#words.loadFailed;
      fire(this, 'wa-optin-preferences-error', { reason: 'unreachable', message: this.message });
    }
  }

  /** Resends what failed: the pending change, or the first load. */
  retry(): Promise<void> {
    if (this.#loadFailed || !this.#pending) return this.load();
    return this.#send(this.#pending);
  }

  /** Stops every topic at once (R9: one tap), storing the sentence the person saw above the button. */
  stopAll(): Promise<void> {
    const state = this.state;
    if (!state) return Promise.resolve();
    const allowed = state.topics.filter((t) => t.allowed).map((t) => t.id);
    const wording = this.#stopWording(allowed.length ? allowed : state.topics.map((t) => t.id));
    return this.#send({
      topics: Object.fromEntries(state.topics.map((t) => [t.id, false])),
      wording: wording.text,
      locale: wording.locale,
    });
  }

  /** Saves the ticked and unticked boxes, with the summary the person saw as the wording. */
  save(): Promise<void> {
    const change = this.#draftChange();
    if (!change) {
      this.message = this.#words.nothingChanged;
      return Promise.resolve();
    }
    return this.#send(change);
  }

  #accept(state: PreferenceState): void {
    this.state = state;
    this.draft = Object.fromEntries(state.topics.map((t) => [t.id, t.allowed]));
  }

  async #send(change: PreferenceChange): Promise<void> {
    if (this.status === 'saving') return;
    this.#pending = change;
    this.status = 'saving';
    this.message = this.#words.saving;
    try {
      const state = await this.#request('/preferences', { method: 'POST', body: JSON.stringify(change) });
      this.#pending = null;
      this.#accept(state);
      this.status = 'saved';
      this.message = state.topics.some((t) => t.allowed) ? this.#words.saved : '';
      fire(this, 'wa-optin-preferences-saved', { state, change });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.stopped, .status')?.focus();
    } catch (error) {
      if (this.#isLinkProblem(error)) return;
      const rejected = error instanceof ResponseError && error.status >= 400 && error.status < 500;
      // A refused change cannot succeed by resending it; an unreachable one can, so it is kept.
      this.status = 'error';
      this.message = rejected ? fillTemplate(this.#words.rejected, { reason: (error as Error).message }) : this.#words.saveFailed;
      if (rejected) this.#pending = null;
      fire(this, 'wa-optin-preferences-error', { reason: rejected ? 'rejected' : 'unreachable', message: this.message, change });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(rejected ? '.status' : '[part=retry]')?.focus();
    }
  }

  #isLinkProblem(error: unknown): boolean {
    if (!(error instanceof ResponseError)) return false;
    if (error.status === 410 || error.code === 'link-expired') this.#linkProblem('link-expired');
    else if (error.status === 401 || error.status === 403 || error.code === 'link-invalid') this.#linkProblem('link-invalid');
    else return false;
    return true;
  }

  #linkProblem(reason: 'link-invalid' | 'link-expired'): void {
    // Whatever was loaded goes: the page no longer shows a number it cannot vouch for.
    this.state = null;
    this.#pending = null;
    this.status = reason;
    this.message = '';
    fire(this, 'wa-optin-preferences-error', { reason, message: this.#words.linkHelp });
  }

  /** A sentence with all four placeholders, built and rendered like the opt-in sentence (R3, R12). */
  #sentence(template: string, topics: readonly string[], topicSlot: 'sentence' | 'thanks' = 'sentence'): Wording {
    return buildWording({
      business: this.state?.business ?? '',
      topics,
      phoneDisplay: this.state?.phone ?? '',
      locale: this.pageLocale,
      template,
      topicSlot,
    });
  }

  #stopWording(topics: readonly string[]): Wording {
    return this.#sentence(this.#words.stopSentence, topics);
  }

  /** The sentences for the boxes changed since the last save: opt-ins first (the compliant sentence), then stops. */
  #changeWordings(): Wording[] {
    const state = this.state;
    if (!state) return [];
    const added = state.topics.filter((t) => !t.allowed && this.draft[t.id]).map((t) => t.id);
    const removed = state.topics.filter((t) => t.allowed && !this.draft[t.id]).map((t) => t.id);
    return [
      ...(added.length ? [buildWording({ business: state.business, topics: added, phoneDisplay: state.phone, locale: this.pageLocale })] : []),
      ...(removed.length ? [this.#stopWording(removed)] : []),
    ];
  }

  #draftChange(): PreferenceChange | null {
    const state = this.state;
    const wordings = this.#changeWordings();
    if (!state || !wordings.length) return null;
    return {
      topics: Object.fromEntries(state.topics.filter((t) => t.allowed !== Boolean(this.draft[t.id])).map((t) => [t.id, Boolean(this.draft[t.id])])),
      // Exactly the paragraphs of the change summary, in order, one space apart.
      wording: wordings.map((w) => w.text).join(' '),
      locale: this.#shownLocale,
    };
  }

  override render() {
    const words = this.#words;
    if (this.status === 'link-invalid' || this.status === 'link-expired') {
      return html`<section class="link-problem" part="link-problem" aria-labelledby="title">
        <h1 id="title" part="title">${this.status === 'link-expired' ? words.linkExpiredTitle : words.linkInvalidTitle}</h1>
        <p>${words.linkHelp}</p>
      </section>`;
    }
    const state = this.state;
    if (!state) {
      return html`<p class="status" part="status" role="status" tabindex="-1">${this.status === 'loading' ? words.loading : this.message}</p>
        ${this.status === 'error' ? this.#renderRetry(words) : nothing}`;
    }
    const busy = this.status === 'saving';
    const allowed = state.topics.filter((t) => t.allowed).map((t) => t.id);
    const stoppedEverything = allowed.length === 0;
    const changes = this.#changeWordings();
    return html`<h1 id="title" part="title">${fillTemplate(words.title, { business: state.business })}</h1>
      ${stoppedEverything
        ? this.#renderStopped(words, state)
        : html`<p class="summary" part="summary">${renderWording(this.#sentence(words.receiving, allowed, 'thanks'))}</p>
            <div class="stop-all">
              <p id="stop-all-wording" part="stop-all-wording">${renderWording(this.#stopWording(allowed))}</p>
              <button type="button" part="stop-all" class="danger" aria-describedby="stop-all-wording" ?disabled=${busy} @click=${this.stopAll}>
                ${words.stopAll}
              </button>
            </div>`}
      <form novalidate @submit=${this.#onSubmit}>
        <fieldset part="topic-list" ?disabled=${busy} aria-describedby="topics-hint">
          <legend>${stoppedEverything ? words.optBackInLegend : words.topicsLegend}</legend>
          <p class="hint" id="topics-hint">${stoppedEverything ? words.optBackInHint : words.topicsHint}</p>
          ${state.topics.map((topic) => {
            const id = topicDomId(topic.id);
            return html`<div class="topic" part="topic">
              <input
                id=${id}
                part="checkbox"
                type="checkbox"
                .checked=${Boolean(this.draft[topic.id])}
                @change=${(event: Event) => this.#onTick(topic.id, event)}
              />
              <label for=${id}>${topicLabel(topic.id, stringsFor(this.pageLocale), 'list')}</label>
            </div>`;
          })}
        </fieldset>
        ${changes.length
          ? html`<section class="changes" part="changes" aria-labelledby="changes-title">
              <h2 id="changes-title">${words.changesTitle}</h2>
              ${changes.map((w) => html`<p class="change" lang=${w.locale}>${renderWording(w)}</p>`)}
            </section>`
          : nothing}
        <button type="submit" part="save" ?disabled=${busy}>${words.save}</button>
      </form>
      <p class="status ${this.status === 'error' ? 'error' : ''}" part="status" role="status" tabindex="-1">${this.message}</p>
      ${this.status === 'error' && this.#pending ? this.#renderRetry(words) : nothing}`;
  }

  #renderStopped(words: PageStrings['preferences'], state: PreferenceState): TemplateResult {
    const [before, after] = words.stoppedBody.split('{phone}');
    return html`<div class="stopped" part="stopped" tabindex="-1">
      <p class="stopped-title">${fillTemplate(words.stoppedTitle, { business: state.business })}</p>
      <p>${before}<bdi dir="ltr" part="phone" class="phone">${state.phone}</bdi>${after ?? ''}</p>
    </div>`;
  }

  #renderRetry(words: PageStrings['preferences']): TemplateResult {
    return html`<button type="button" part="retry" class="secondary" @click=${this.retry}>${words.retry}</button>`;
  }

  #onTick(id: string, event: Event): void {
    this.draft = { ...this.draft, [id]: (event.target as HTMLInputElement).checked };
    if (this.status === 'saved' || (this.status === 'error' && !this.#pending)) {
      this.status = 'ready';
      this.message = '';
    }
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.save();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wa-optin-preferences': WaOptinPreferences;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends PreferencesEventMap {}
}
