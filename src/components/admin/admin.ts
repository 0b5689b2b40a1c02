import { html, nothing, type TemplateResult } from 'lit';
import { PageElement } from '../internal/page-element.js';
import { pageStringsFor, type PageStrings } from '../../core/locales.js';
import { fillTemplate } from '../../core/wording.js';
import {
  formatUtc,
  groupRepeats,
  proofQuery,
  sourceName,
  topicNames,
  type AdminEvent,
  type Proof,
  type ProofEvent,
  type StatsDay,
} from './admin-data.js';
import { adminStyles } from './admin.styles.js';

export type { AdminEvent, Proof, ProofEvent, StatsDay } from './admin-data.js';

/** Where the admin token lives: this tab's session storage, never the URL, gone when the tab closes. */
export const ADMIN_TOKEN_KEY = 'wa-optin:admin-token';

export interface AdminSignedOutDetail {
  /** `button`: the admin signed out; `unauthorized`: the receiver refused the token (401). */
  reason: 'button' | 'unauthorized';
}
export interface AdminStoppedDetail {
  phone: string;
}

/** The events of `<wa-optin-admin>`, merged into `HTMLElementEventMap` below. */
export interface AdminEventMap {
  'wa-optin-admin-signed-in': CustomEvent<Record<string, never>>;
  'wa-optin-admin-signed-out': CustomEvent<AdminSignedOutDetail>;
  'wa-optin-admin-stopped': CustomEvent<AdminStoppedDetail>;
}

type Words = PageStrings['admin'];

/** The receiver refused the token: the page goes back to sign-in. */
class Unauthorized extends Error {}
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const readStoredToken = (): string => {
  try {
    return sessionStorage.getItem(ADMIN_TOKEN_KEY) ?? '';
  } catch {
    return ''; // storage blocked: the admin signs in for this page view only
  }
};

/** Our events fire like every wa-optin event: bubbling and composed, heard on `document` from inside any shadow root. */
function fire<K extends keyof AdminEventMap>(target: EventTarget, name: K, detail: AdminEventMap[K]['detail']): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/** What an event was, in the page's words: a resume is neither an opt-in nor an opt-out. */
function kindLabel(kind: string, words: Words): string {
  return kind === 'opt-in' ? words.optIn : kind === 'resume' ? words.resume : words.optOut;
}

/**
 * @customElement wa-optin-admin
 * @summary The business's page to see it all, behind the admin token: find a person by
 * number or WhatsApp user ID and see their proof and current state per topic (with a stop
 * button), the latest events as cards readable on a phone, counts per day and source, and
 * the exports.
 *
 * The token is typed into a sign-in form and kept in this tab's `sessionStorage`, never in
 * the URL; every request sends it as `Authorization: Bearer`. Downloads (exports, the
 * printable proof) are fetched with that header and saved through a Blob, because a plain
 * link cannot carry it. A 401 anywhere returns to sign-in with a message.
 *
 * @event wa-optin-admin-signed-in - The token was accepted.
 * @event wa-optin-admin-signed-out - Back at sign-in; `detail.reason`: `button` or `unauthorized` (the receiver refused the token).
 * @event wa-optin-admin-stopped - An admin stop was stored for `detail.phone` (source `admin`).
 *
 * @csspart sign-in - The sign-in form.
 * @csspart token-input - The admin token field.
 * @csspart sign-in-button - The sign-in button.
 * @csspart sign-out - The sign-out button.
 * @csspart message - Sign-in, search, stop and download messages.
 * @csspart search - The search form.
 * @csspart search-input - The number / user ID field.
 * @csspart proof - The found person's proof.
 * @csspart phone - A number (always a left-to-right island).
 * @csspart topic-state - The current state per topic.
 * @csspart stop - The stop button.
 * @csspart stop-confirm - The confirm step of the stop button.
 * @csspart printable - The printable-proof download button.
 * @csspart event - One event card (wording first).
 * @csspart wording - The exact text a person saw, in a card.
 * @csspart events - The latest events.
 * @csspart older - The "show older events" button.
 * @csspart stats - The counts table.
 * @csspart export - An export button.
 *
 * @cssprop [--wa-optin-accent=#0b6e4f] - Button colour.
 * @cssprop [--wa-optin-button-color=#fff] - Button text colour.
 * @cssprop [--wa-optin-color=inherit] - Text colour.
 * @cssprop [--wa-optin-error-color=#b3261e] - Error and stop colour.
 * @cssprop [--wa-optin-focus-color=#1d4ed8] - Focus ring colour.
 * @cssprop [--wa-optin-field-background=#fff] - Field background.
 * @cssprop [--wa-optin-field-border-color=#6b7280] - Field and card border colour.
 * @cssprop [--wa-optin-hint-color=#4b5563] - Hint and meta text colour.
 * @cssprop [--wa-optin-radius=0.5rem] - Corner radius.
 * @cssprop [--wa-optin-gap=0.75rem] - Space between rows.
 * @cssprop [--wa-optin-success-background=#e7f6ee] - Background of allowed topics and wording.
 */
export class WaOptinAdmin extends PageElement {
  static override styles = adminStyles;
  static override properties = {
    endpoint: { type: String },
    token: { state: true },
    signInMessage: { state: true },
    busy: { state: true },
    query: { state: true },
    proof: { state: true },
    searchMessage: { state: true },
    confirmingStop: { state: true },
    stopMessage: { state: true },
    events: { state: true },
    eventsNext: { state: true },
    eventsMessage: { state: true },
    stats: { state: true },
    exportMessage: { state: true },
  };

  /** The receiver's base path (e.g. `/api`): the page calls `<endpoint>/proof`, `/events`, `/stats`, `/export`, `/suppression`, `/opt-out`. */
  declare endpoint: string;
  declare protected token: string;
  declare protected signInMessage: string;
  declare protected busy: string;
  declare protected query: string;
  declare protected proof: Proof | null;
  declare protected searchMessage: string;
  declare protected confirmingStop: boolean;
  declare protected stopMessage: string;
  /** `null` until the first page of events arrived. */
  declare protected events: AdminEvent[] | null;
  declare protected eventsNext: number | null;
  declare protected eventsMessage: string;
  declare protected stats: StatsDay[] | null;
  declare protected exportMessage: string;

  constructor() {
    super();
    this.endpoint = '';
    this.token = '';
    this.signInMessage = '';
    this.#clear();
  }

  #clear(): void {
    this.busy = '';
    this.query = '';
    this.proof = null;
    this.searchMessage = '';
    this.confirmingStop = false;
    this.stopMessage = '';
    this.events = null;
    this.eventsNext = null;
    this.eventsMessage = '';
    this.stats = null;
    this.exportMessage = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const stored = readStoredToken();
    if (stored && !this.token) {
      this.token = stored;
      void this.#loadDashboard();
    }
  }

  get #words(): Words {
    return pageStringsFor(this.pageLocale).admin;
  }

  /** Whether the page is signed in (a token is held for this tab). */
  get signedIn(): boolean {
    return Boolean(this.token);
  }

  async #fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(`${this.endpoint.replace(/\/+$/, '')}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${this.token}`, ...(init.headers as Record<string, string> | undefined) },
      credentials: 'same-origin',
      cache: 'no-store',
    });
    if (response.status === 401) {
      this.signOut('unauthorized');
      throw new Unauthorized();
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { message?: string };
      throw new HttpError(response.status, body.message ?? `HTTP ${response.status}`);
    }
    return response;
  }

  async #json<T>(path: string, init?: RequestInit): Promise<T> {
    return (await (await this.#fetch(path, { ...init, headers: { Accept: 'application/json', ...(init?.headers as object) } })).json()) as T;
  }

  /** Forgets the token (this tab's session storage) and returns to the sign-in form. */
  signOut(reason: AdminSignedOutDetail['reason'] = 'button'): void {
    try {
      sessionStorage.removeItem(ADMIN_TOKEN_KEY);
    } catch {
      // nothing stored
    }
    const wasSignedIn = this.signedIn;
    this.token = '';
    this.#clear();
    this.signInMessage = reason === 'unauthorized' ? this.#words.sessionEnded : '';
    if (wasSignedIn) fire(this, 'wa-optin-admin-signed-out', { reason });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#token')?.focus());
  }

  async #onSignIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#token')!;
    const token = input.value.trim();
    if (!token) {
      this.signInMessage = this.#words.tokenRefused;
      input.focus();
      return;
    }
    this.busy = 'sign-in';
    this.signInMessage = this.#words.signingIn;
    try {
      // Checked with a cheap admin call before anything is stored.
      const response = await fetch(`${this.endpoint.replace(/\/+$/, '')}/stats?days=30`, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        credentials: 'same-origin',
        cache: 'no-store',
      });
      if (response.status === 401 || response.status === 403) {
        this.signInMessage = this.#words.tokenRefused;
        input.select();
        input.focus();
        return;
      }
      if (!response.ok) throw new HttpError(response.status, `HTTP ${response.status}`);
      try {
        sessionStorage.setItem(ADMIN_TOKEN_KEY, token);
      } catch {
        // storage blocked: signed in for this page view only
      }
      this.token = token;
      this.signInMessage = '';
      this.stats = ((await response.json()) as { days: StatsDay[] }).days;
      fire(this, 'wa-optin-admin-signed-in', {});
      void this.#loadEvents();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#search')?.focus();
    } catch {
      this.signInMessage = this.#words.unreachable;
    } finally {
      this.busy = '';
    }
  }

  async #loadDashboard(): Promise<void> {
    await Promise.all([this.#loadStats(), this.#loadEvents()]);
  }

  async #loadStats(): Promise<void> {
    try {
      this.stats = (await this.#json<{ days: StatsDay[] }>('/stats?days=30')).days;
    } catch (error) {
      if (!(error instanceof Unauthorized)) this.stats = [];
    }
  }

  async #loadEvents(before?: number): Promise<void> {
    try {
      const page = await this.#json<{ events: AdminEvent[]; next: number | null }>(`/events?limit=50${before ? `&before=${before}` : ''}`);
      this.events = before ? [...(this.events ?? []), ...page.events] : page.events;
      this.eventsNext = page.next;
      this.eventsMessage = '';
    } catch (error) {
      if (!(error instanceof Unauthorized)) this.eventsMessage = this.#words.unreachable;
    }
  }

  async #onSearch(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const query = this.renderRoot.querySelector<HTMLInputElement>('#search')!.value.trim();
    if (!query) return;
    await this.find(query);
  }

  /** Shows the proof of a number (`+5511…`) or a WhatsApp user ID (`BR.1502…`). */
  async find(query: string): Promise<void> {
    this.query = query;
    this.proof = null;
    this.confirmingStop = false;
    this.stopMessage = '';
    this.busy = 'search';
    this.searchMessage = this.#words.searching;
    await this.#readProof(query);
    this.busy = '';
  }

  async #readProof(query: string): Promise<void> {
    try {
      this.proof = await this.#json<Proof>(`/proof?${proofQuery(query)}`);
      this.searchMessage = '';
    } catch (error) {
      if (error instanceof Unauthorized) return;
      this.searchMessage =
        error instanceof HttpError && error.status === 404 ? fillTemplate(this.#words.notFound, { query }) : error instanceof HttpError ? error.message : this.#words.unreachable;
    }
  }

  async #stop(): Promise<void> {
    const phone = this.proof?.subscriber.phones[0];
    if (!phone) return;
    this.busy = 'stop';
    try {
      const id = crypto.randomUUID?.();
      await this.#fetch('/opt-out', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(id ? { 'Idempotency-Key': id } : {}) },
        body: JSON.stringify({ ...(id ? { id } : {}), phone, source: 'admin', reason: 'Stopped from the admin page' }),
      });
      this.confirmingStop = false;
      fire(this, 'wa-optin-admin-stopped', { phone });
      // The proof stays on screen while it is read again; "Stopped" is said once it shows the stop.
      await this.#readProof(this.query);
      this.stopMessage = this.#words.stopDone;
      void this.#loadEvents();
      void this.#loadStats();
    } catch (error) {
      if (error instanceof Unauthorized) return;
      this.stopMessage = error instanceof HttpError ? error.message : this.#words.unreachable;
    } finally {
      this.busy = '';
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#stop-message')?.focus();
  }

  /**
   * Fetches a file with the token in the Authorization header and saves it through a Blob
   * URL: a plain link cannot send the header, and the token must never go in a URL.
   */
  async #download(path: string, fileName: string, report: 'export' | 'stop'): Promise<void> {
    try {
      const blob = await (await this.#fetch(path)).blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.hidden = true;
      this.renderRoot.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      const message = fillTemplate(this.#words.downloaded, { file: fileName });
      if (report === 'export') this.exportMessage = message;
      else this.stopMessage = message;
    } catch (error) {
      if (error instanceof Unauthorized) return;
      const message = error instanceof HttpError ? error.message : this.#words.unreachable;
      if (report === 'export') this.exportMessage = message;
      else this.stopMessage = message;
    }
  }

  override render() {
    const words = this.#words;
    return this.signedIn ? this.#renderDashboard(words) : this.#renderSignIn(words);
  }

  #renderSignIn(words: Words): TemplateResult {
    return html`<h1>${words.title}</h1>
      <form class="sign-in" part="sign-in" novalidate @submit=${this.#onSignIn}>
        <h2>${words.signInTitle}</h2>
        <p class="hint" id="token-hint">${words.signInHint}</p>
        <label for="token">${words.tokenLabel}</label>
        <input
          id="token"
          part="token-input"
          type="password"
          name="token"
          autocomplete="off"
          spellcheck="false"
          required
          aria-describedby="token-hint sign-in-message"
          ?disabled=${this.busy === 'sign-in'}
        />
        <button part="sign-in-button" type="submit" ?disabled=${this.busy === 'sign-in'}>${words.signIn}</button>
        <p id="sign-in-message" class="message" part="message" role="status">${this.signInMessage}</p>
      </form>`;
  }

  #renderDashboard(words: Words): TemplateResult {
    return html`<header class="bar">
        <h1>${words.title}</h1>
        <button part="sign-out" type="button" class="secondary" @click=${() => this.signOut('button')}>${words.signOut}</button>
      </header>
      <div class="layout">
        <div class="main">
          <section aria-labelledby="search-title">
            <h2 id="search-title">${words.searchTitle}</h2>
            <form class="search" part="search" role="search" novalidate @submit=${this.#onSearch}>
              <label for="search">${words.searchLabel}</label>
              <div class="row">
                <input id="search" part="search-input" type="search" autocomplete="off" spellcheck="false" dir="ltr" aria-describedby="search-hint" .value=${this.query} />
                <button type="submit" ?disabled=${this.busy === 'search'}>${words.search}</button>
              </div>
              <p class="hint" id="search-hint">${words.searchHint}</p>
            </form>
            <p class="message" part="message" role="status">${this.searchMessage}</p>
            ${this.proof ? this.#renderProof(this.proof, words) : nothing}
          </section>
          <section aria-labelledby="latest-title">
            <h2 id="latest-title">${words.latestTitle}</h2>
            <p class="message" part="message" role="status">${this.eventsMessage}</p>
            ${this.events?.length
              ? html`<ol class="cards" part="events">
                  ${groupRepeats(this.events).map((group) => html`<li>${this.#renderEventCard(group.first, words, group.events.length, group.events[group.events.length - 1])}</li>`)}
                </ol>`
              : this.eventsMessage
                ? nothing
                : html`<p class="hint">${this.events ? words.noEvents : words.loading}</p>`}
            ${this.eventsNext
              ? html`<button type="button" part="older" class="secondary" @click=${() => this.#loadEvents(this.eventsNext!)}>${words.older}</button>`
              : nothing}
          </section>
        </div>
        <div class="side">
          <section aria-labelledby="stats-title">
            <h2 id="stats-title">${words.statsTitle}</h2>
            ${this.#renderStats(words)}
          </section>
          <section aria-labelledby="export-title">
            <h2 id="export-title">${words.exportTitle}</h2>
            <div class="exports">
              <button type="button" part="export" class="secondary" @click=${() => this.#download('/export?format=csv', 'wa-optin-events.csv', 'export')}>${words.exportCsv}</button>
              <button type="button" part="export" class="secondary" @click=${() => this.#download('/export?format=jsonl', 'wa-optin-events.jsonl', 'export')}>${words.exportJsonl}</button>
              <button type="button" part="export" class="secondary" @click=${() => this.#download('/suppression?format=csv', 'wa-optin-suppression.csv', 'export')}>${words.exportSuppression}</button>
            </div>
            <p class="message" part="message" role="status">${this.exportMessage}</p>
          </section>
        </div>
      </div>`;
  }

  #renderProof(proof: Proof, words: Words): TemplateResult {
    const phone = proof.subscriber.phones[0];
    const topics = Object.entries(proof.state.topics);
    return html`<article class="proof" part="proof" aria-labelledby="proof-title">
      <h3 id="proof-title">
        ${proof.subscriber.phones.length
          ? proof.subscriber.phones.map((p, i) => html`${i ? ', ' : ''}<bdi dir="ltr" part="phone" class="phone">${p}</bdi>`)
          : proof.subscriber.userIds.map((u, i) => html`${i ? ', ' : ''}<bdi dir="ltr" class="phone">${u}</bdi>`)}
      </h3>
      ${proof.subscriber.userIds.length && proof.subscriber.phones.length
        ? html`<p class="hint">${words.fields.userIds}: ${proof.subscriber.userIds.map((u, i) => html`${i ? ', ' : ''}<bdi dir="ltr">${u}</bdi>`)}</p>`
        : nothing}
      <h4>${words.stateTitle}</h4>
      ${topics.length
        ? html`<ul class="topic-state" part="topic-state">
            ${topics.map(
              ([id, state]) => html`<li class=${state.allowed ? 'allowed' : 'stopped'}>
                <span class="topic-name">${topicNames([id], this.pageLocale, words)}</span>
                <strong>${state.allowed ? words.allowed : words.stopped}</strong>
                <span class="meta">${fillTemplate(words.since, { time: formatUtc(state.receivedAt), source: sourceName(state.source, words) })}</span>
              </li>`,
            )}
          </ul>`
        : html`<p class="hint">${words.noTopics}</p>`}
      <div class="actions">
        ${phone && !this.confirmingStop && topics.some(([, s]) => s.allowed)
          ? html`<button type="button" part="stop" class="danger" ?disabled=${this.busy === 'stop'} @click=${this.#askStop}>${words.stopButton}</button>`
          : nothing}
        <button
          type="button"
          part="printable"
          class="secondary"
          @click=${() => this.#download(`/proof?${proofQuery(this.query)}&format=html`, `wa-optin-proof-${(phone ?? proof.subscriber.userIds[0] ?? 'subscriber').replace(/[^\w.-]/g, '')}.html`, 'stop')}
        >
          ${words.printable}
        </button>
      </div>
      ${!phone ? html`<p class="hint">${words.stopNoPhone}</p>` : nothing}
      ${this.confirmingStop && phone
        ? html`<div class="confirm" part="stop-confirm" role="group" aria-labelledby="stop-question" tabindex="-1">
            <p id="stop-question">${this.#withPhone(words.stopConfirm, phone)}</p>
            <div class="actions">
              <button type="button" class="danger" ?disabled=${this.busy === 'stop'} @click=${this.#stop}>${words.stopConfirmButton}</button>
              <button type="button" class="secondary" @click=${this.#cancelStop}>${words.cancel}</button>
            </div>
          </div>`
        : nothing}
      <p id="stop-message" class="message" part="message" role="status" tabindex="-1">${this.stopMessage}</p>
      <h4>${words.historyTitle}</h4>
      <ol class="cards">
        ${proof.events.map((event) => html`<li>${this.#renderProofEvent(event, words)}</li>`)}
      </ol>
    </article>`;
  }

  #withPhone(template: string, phone: string): TemplateResult {
    const [before, after] = template.split('{phone}');
    return html`${before}<bdi dir="ltr" class="phone">${phone}</bdi>${after ?? ''}`;
  }

  async #askStop(): Promise<void> {
    this.confirmingStop = true;
    this.stopMessage = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part=stop-confirm]')?.focus();
  }

  async #cancelStop(): Promise<void> {
    this.confirmingStop = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part=stop]')?.focus();
  }

  #renderWordingLine(wording: string | null | undefined, locale: string | null | undefined, words: Words): TemplateResult {
    return wording
      ? html`<p class="wording" part="wording" lang=${locale || nothing}>${wording}</p>`
      : html`<p class="wording none" part="wording">${words.noWording}</p>`;
  }

  #renderEventCard(event: AdminEvent, words: Words, count: number, oldest: AdminEvent): TemplateResult {
    const who = event.phone ?? event.userId ?? '';
    return html`<article class="card ${event.kind}" part="event">
      ${this.#renderWordingLine(event.wording, event.locale, words)}
      <p class="what">
        <strong>${kindLabel(event.kind, words)}</strong>:
        ${topicNames(event.topics, this.pageLocale, words)}${who ? html` · <bdi dir="ltr" part="phone" class="phone">${who}</bdi>` : nothing}
      </p>
      <p class="meta">
        <time datetime=${event.receivedAt}>${formatUtc(event.receivedAt)}</time> · ${sourceName(event.source, words)}
        ${count > 1
          ? html`· <span class="repeats">${fillTemplate(words.repeats, { count: String(count) })}</span> (<time datetime=${oldest.receivedAt}>${formatUtc(oldest.receivedAt)}</time> –
              <time datetime=${event.receivedAt}>${formatUtc(event.receivedAt)}</time>)`
          : nothing}
      </p>
    </article>`;
  }

  #renderProofEvent(event: ProofEvent, words: Words): TemplateResult {
    const fields = (record: Record<string, unknown>, skip: string[]) =>
      Object.entries(record)
        .filter(([key, value]) => !skip.includes(key) && value !== null && value !== undefined && value !== '')
        .map(([key, value]) => {
          const text = typeof value === 'boolean' ? String(value) : /At$/.test(key) ? formatUtc(String(value)) : String(value);
          return html`<dt>${words.fields[key] ?? key}</dt><dd dir=${key === 'phone' || key === 'clientIp' ? 'ltr' : nothing}>${key === 'source' ? sourceName(text, words) : text}</dd>`;
        });
    return html`<article class="card ${event.kind}" part="event">
      ${this.#renderWordingLine(event.asserted.wording as string | null, event.asserted.locale as string | null, words)}
      <p class="what">
        <strong>${kindLabel(event.kind, words)}</strong>: ${topicNames(event.topics, this.pageLocale, words)}
        · <time datetime=${event.observed.receivedAt ?? ''}>${formatUtc(event.observed.receivedAt)}</time>
      </p>
      <div class="sides">
        <div>
          <h5>${words.asserted}</h5>
          <dl>${fields(event.asserted, ['wording'])}</dl>
        </div>
        <div>
          <h5>${words.observed}</h5>
          <dl>${fields(event.observed, [])}</dl>
        </div>
      </div>
    </article>`;
  }

  #renderStats(words: Words): TemplateResult {
    const days = this.stats;
    if (!days) return html``;
    if (!days.length) return html`<p class="hint">${words.noStats}</p>`;
    return html`<table part="stats">
      <caption>${words.statsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${words.day}</th>
          <th scope="col">${words.optIns}</th>
          <th scope="col">${words.optOuts}</th>
          <th scope="col">${words.bySource}</th>
        </tr>
      </thead>
      <tbody>
        ${days.map(
          (day) => html`<tr>
            <th scope="row"><time datetime=${day.date}>${day.date}</time></th>
            <td>${day.optIns}</td>
            <td>${day.optOuts}</td>
            <td>
              <ul class="sources">
                ${Object.entries(day.bySource)
                  .sort(([, a], [, b]) => b - a)
                  .map(([source, count]) => html`<li>${sourceName(source, words)}: ${count}</li>`)}
              </ul>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wa-optin-admin': WaOptinAdmin;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends AdminEventMap {}
}
