// The preference page and the admin page end to end against the real receiver
// (test/support/real-receiver.mjs: src/server on a real PGlite database inside the test
// server, with an admin token, a link secret and the built pages from dist/pages/). A person
// taps with real pointer input at 360 px; what they did is read back through /status and the
// database. The elements are the built scripts the receiver serves (GET /pages/*.js), mounted
// in this test page: the receiver's pages forbid being framed (frame-ancestors 'none'), so the
// served HTML itself is checked over fetch.
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { buildWording } from '../../src/core/sentence.js';
import type { WaOptinAdmin } from '../../src/components/admin/admin.js';
import type { PreferencesSavedDetail, WaOptinPreferences } from '../../src/components/preferences/preferences.js';
import { onPhoneScreen, pressAt, pressAndType } from '../support/pointer.js';
import { eventually } from '../support/receiver.js';
import { REAL_ADMIN_TOKEN } from '../support/real-receiver-secrets.mjs';

const BASE = '/__receiver-real';
const admin = { authorization: `Bearer ${REAL_ADMIN_TOKEN}` };
const until = (check: () => boolean, timeoutMs = 8000) => eventually(check, Boolean, timeoutMs);

interface PageView {
  status: string | null;
  text: string;
  stopWording: string;
  lang: string;
  scrollWidth: number;
}
interface ServedPage {
  unsupported?: string;
  httpStatus: number;
  headers: Record<string, string>;
  before: PageView;
  after?: PageView;
  errors: string[];
}

/** Opens a served page in a tab of its own at 360 px (test/support/served-page.mjs); Chromium only. */
async function openServedPage(test: Mocha.Context, url: string, tap?: string): Promise<ServedPage> {
  const result = await executeServerCommand<ServedPage, { url: string; tap?: string }>('wa-optin-served-page', { url, tap });
  if (result.unsupported) {
    console.warn(`skipped: ${result.unsupported}`);
    test.skip();
  }
  return result;
}

interface StoredEvent {
  kind: string;
  source: string;
  wording: string | null;
  topics: string[] | null;
  via: string;
}

/** Loads the element scripts exactly as the receiver's pages do: from its /pages/ route. */
async function loadServedScripts(): Promise<void> {
  for (const name of ['preferences.js', 'admin.js']) {
    const src = `${BASE}/pages/${name}`;
    await import(/* @vite-ignore */ src);
  }
}

/** A person who opted in on a site (through the real /consent route) to two topics. */
async function optedIn(): Promise<{ phone: string; display: string }> {
  const line = String(Math.floor(1000 + Math.random() * 9000));
  const phone = `+1212555${line}`;
  const display = `+1 212 555 ${line}`;
  const wording = buildWording({ business: 'Acme Shoes', topics: ['order_updates', 'offers'], phoneDisplay: display, locale: 'en' });
  const response = await fetch(`${BASE}/consent`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: crypto.randomUUID(), channel: 'whatsapp', phone, phoneVerified: false, topics: ['order_updates', 'offers'],
      business: 'Acme Shoes', wording: wording.text, wordingVersion: wording.version, locale: 'en', source: 'landing-page',
      pageUrl: `${location.origin}/landing`, consentedAt: new Date().toISOString(), widgetVersion: '0.1.0',
    }),
  });
  expect(response.status, await response.clone().text()).to.equal(201);
  return { phone, display };
}

const statusOf = async (phone: string) =>
  (await (await fetch(`${BASE}/status?phone=${encodeURIComponent(phone)}`, { headers: admin })).json()) as { topics: Record<string, { allowed: boolean }> };
const storedFor = async (phone: string) => (await (await fetch(`/__receiver-real-db/events?phone=${encodeURIComponent(phone)}`)).json()) as StoredEvent[];
const tokenOf = (url: string) => new URL(url, location.origin).searchParams.get('t')!;

async function freshLink(phone: string): Promise<string> {
  const response = await fetch(`${BASE}/links`, { method: 'POST', headers: { 'content-type': 'application/json', ...admin }, body: JSON.stringify({ phone }) });
  expect(response.status).to.equal(200);
  return ((await response.json()) as { url: string }).url;
}

async function preferencePage(token: string): Promise<WaOptinPreferences> {
  const container = await fixture<HTMLDivElement>(`<main lang="en"><wa-optin-preferences endpoint="${BASE}"></wa-optin-preferences></main>`);
  const el = container.querySelector<WaOptinPreferences>('wa-optin-preferences')!;
  el.token = token;
  await el.load();
  return el;
}

describe('the business pages against the real receiver', function () {
  // The first request may wait for the test database to finish starting.
  this.timeout(40_000);
  before(loadServedScripts);
  afterEach(() => sessionStorage.removeItem('wa-optin:admin-token'));

  it('one tap on "Stop all" at 360 px stops every topic: /status says no, and the stored event has source preferences and the exact words shown', async function () {
    const person = await optedIn();
    const link = await freshLink(person.phone);
    expect(link).to.match(new RegExp(`/__receiver-real/preferences\\?t=v1\\.`));
    expect(link).not.to.contain(person.phone.slice(1));

    // The page the link opens: the shell with the strict headers, no number in it.
    const page = await fetch(link);
    expect(page.status).to.equal(200);
    expect(page.headers.get('content-security-policy')).to.contain("frame-ancestors 'none'");
    expect(page.headers.get('referrer-policy')).to.equal('no-referrer');
    const html = await page.text();
    expect(html).to.contain(`<wa-optin-preferences endpoint="${BASE}" token="${tokenOf(link)}">`);
    expect(html).to.contain(`<script type="module" src="${BASE}/pages/preferences.js">`);
    expect(html).not.to.contain(person.phone.slice(2));

    await onPhoneScreen(this, async () => {
      const el = await preferencePage(tokenOf(link));
      expect(el.status).to.equal('ready');
      expect(el.state!.phone).to.equal(person.display);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      const shown = el.shadowRoot!.querySelector('[part=stop-all-wording]')!.textContent!.replace(/\s+/g, ' ').trim();
      const saved = new Promise<PreferencesSavedDetail>((resolve) =>
        el.addEventListener('wa-optin-preferences-saved', (e) => resolve((e as CustomEvent<PreferencesSavedDetail>).detail), { once: true }),
      );
      await pressAt(el.shadowRoot!.querySelector('[part=stop-all]')!);
      const { change } = await saved;
      expect(change.wording).to.equal(shown);
      expect(change.wording).to.equal(`Stop sending me order updates and special offers from Acme Shoes on WhatsApp, ${person.display}.`);
      await until(() => Boolean(el.shadowRoot!.querySelector('[part=stopped]')));
    });

    const status = await statusOf(person.phone);
    expect(Object.keys(status.topics)).to.have.members(['order_updates', 'offers']);
    expect(Object.values(status.topics).every((t) => !t.allowed)).to.equal(true);
    const rows = await storedFor(person.phone);
    expect(rows.map((r) => r.kind)).to.deep.equal(['opt-in', 'opt-out'], 'the opt-in is kept; the stop is a new event');
    const stop = rows[1];
    expect(stop.source).to.equal('preferences');
    expect(stop.topics).to.equal(null);
    expect(stop.wording).to.equal(`Stop sending me order updates and special offers from Acme Shoes on WhatsApp, ${person.display}.`);
  });

  it('the served page itself, under its own CSP header: one tap on "Stop all" at 360 px stores the stop; /status says no', async function () {
    const person = await optedIn();
    const link = await freshLink(person.phone);
    const page = await openServedPage(this, link, 'stop-all');
    expect(page.httpStatus).to.equal(200);
    expect(page.headers['content-security-policy']).to.contain("script-src 'self'").and.to.contain("frame-ancestors 'none'");
    expect(page.before.status).to.equal('ready');
    expect(page.before.lang).to.equal('en');
    expect(page.before.scrollWidth).to.be.at.most(360);
    expect(page.after!.text).not.to.contain('Stop all WhatsApp messages');
    expect(page.errors, 'no script error, no CSP violation').to.deep.equal([]);
    const status = await statusOf(person.phone);
    expect(Object.values(status.topics).every((t) => !t.allowed)).to.equal(true);
    const stop = (await storedFor(person.phone)).at(-1)!;
    expect(stop.source).to.equal('preferences');
    expect(stop.wording).to.equal(page.before.stopWording);
    expect(stop.wording).to.equal(`Stop sending me order updates and special offers from Acme Shoes on WhatsApp, ${person.display}.`);

    // The same link's page for a tampered token: the 401 view, no number.
    const token = tokenOf(link);
    const tampered = await openServedPage(this, `${BASE}/preferences?t=${encodeURIComponent(token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA'))}`);
    expect(tampered.httpStatus).to.equal(401);
    expect(tampered.before.status).to.equal('link-invalid');
    expect(tampered.before.text.replace(/\D/g, '')).not.to.contain(person.phone.slice(-7));
  });

  it('opting back in: tick a topic and save → /status allows that topic, stored as an opt-in with the compliant words', async function () {
    const person = await optedIn();
    const token = tokenOf(await freshLink(person.phone));
    await fetch(`${BASE}/preferences?t=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ topics: { order_updates: false, offers: false }, wording: `Stop sending me order updates and special offers from Acme Shoes on WhatsApp, ${person.display}.`, locale: 'en' }),
    });
    await onPhoneScreen(this, async () => {
      const el = await preferencePage(token);
      await until(() => Boolean(el.shadowRoot!.querySelector('[part=stopped]')));
      const box = el.shadowRoot!.querySelector<HTMLInputElement>('#topic-order_updates')!;
      await pressAt(box);
      await until(() => box.checked);
      await el.updateComplete;
      const shown = el.shadowRoot!.querySelector('[part=changes]')!.textContent!.replace(/\s+/g, ' ').trim();
      await pressAt(el.shadowRoot!.querySelector('[part=save]')!);
      await until(() => el.status === 'saved');
      expect(shown).to.contain('Acme Shoes').and.to.contain('WhatsApp').and.to.contain(person.display);
    });
    const status = await statusOf(person.phone);
    expect(status.topics.order_updates.allowed).to.equal(true);
    expect(status.topics.offers.allowed).to.equal(false);
    const optIn = (await storedFor(person.phone)).at(-1)!;
    expect(optIn.kind).to.equal('opt-in');
    expect(optIn.source).to.equal('preferences');
    expect(optIn.topics).to.deep.equal(['order_updates']);
    expect(optIn.wording).to.equal(`Yes, I want to receive order updates from Acme Shoes on WhatsApp, ${person.display}.`);
  });

  it('a tampered link gives the 401 page and an expired one the 410 page, neither with a number in it', async () => {
    const person = await optedIn();
    const token = tokenOf(await freshLink(person.phone));
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    const expired = tokenOf(((await (await fetch(`/__receiver-real-link?phone=${encodeURIComponent(person.phone)}&agoSeconds=7200&expiresIn=3600`)).json()) as { url: string }).url);
    for (const [bad, status, view] of [
      [tampered, 401, 'link-invalid'],
      [expired, 410, 'link-expired'],
    ] as const) {
      const page = await fetch(`${BASE}/preferences?t=${encodeURIComponent(bad)}`);
      expect(page.status).to.equal(status);
      const html = await page.text();
      expect(html).to.contain('<wa-optin-preferences');
      expect(html).not.to.contain(person.phone.slice(2));
      const el = await preferencePage(bad);
      expect(el.status).to.equal(view);
      const text = el.shadowRoot!.textContent!;
      expect(text).to.contain('STOP');
      expect(text.replace(/\D/g, '')).not.to.contain(person.phone.slice(-7));
    }
    expect((await storedFor(person.phone)).length).to.equal(1);
  });

  it('the admin page: sign in with the token, the latest events and today’s counts, a CSV export, at 360 px', async function () {
    const person = await optedIn();
    const token = tokenOf(await freshLink(person.phone));
    const stopWording = `Stop sending me special offers from Acme Shoes on WhatsApp, ${person.display}.`;
    await fetch(`${BASE}/preferences?t=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ topics: { offers: false }, wording: stopWording, locale: 'en' }),
    });
    const adminPage = await fetch(`${BASE}/admin`);
    expect(adminPage.status).to.equal(200);
    expect(await adminPage.text()).to.contain(`<wa-optin-admin endpoint="${BASE}"></wa-optin-admin>`);

    const before = (await (await fetch(`${BASE}/stats?days=1`, { headers: admin })).json()) as { days: { date: string; optIns: number; optOuts: number }[] };
    await onPhoneScreen(this, async () => {
      const container = await fixture<HTMLDivElement>(`<main lang="en"><wa-optin-admin endpoint="${BASE}"></wa-optin-admin></main>`);
      const el = container.querySelector<WaOptinAdmin>('wa-optin-admin')!;
      await pressAndType(el.shadowRoot!.querySelector<HTMLInputElement>('#token')!, REAL_ADMIN_TOKEN);
      await sendKeys({ press: 'Enter' });
      await until(() => el.signedIn && el.shadowRoot!.querySelectorAll('[part=event]').length > 0 && Boolean(el.shadowRoot!.querySelector('[part=stats]')));
      expect(sessionStorage.getItem('wa-optin:admin-token')).to.equal(REAL_ADMIN_TOKEN);
      // This person's stop from the preference page, wording first, listed above (newer than)
      // their opt-in. (The other engines' tests write to the same receiver at the same time,
      // so whose event is the very newest is not this test's to say.)
      const cards = [...el.shadowRoot!.querySelectorAll('[part=event]')].map((c) => c.textContent!.replace(/\s+/g, ' '));
      const stopCard = cards.findIndex((c) => c.includes(stopWording));
      const optInCard = cards.findIndex((c) => c.includes(`Yes, I want to receive order updates and special offers from Acme Shoes on WhatsApp, ${person.display}.`));
      expect(stopCard, 'the stop is listed').to.be.at.least(0);
      expect(cards[stopCard]).to.contain('preference page');
      expect(optInCard, 'the opt-in is listed below the stop').to.be.above(stopCard);
      // Today's counts, as the receiver counted them: between its counts before the page asked
      // and after (other engines may add events in between).
      const today = new Date().toISOString().slice(0, 10);
      const after = (await (await fetch(`${BASE}/stats?days=1`, { headers: admin })).json()) as { days: { date: string; optIns: number; optOuts: number }[] };
      const row = [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('[part=stats] tr')].find((tr) => tr.textContent!.includes(today))!;
      expect(row, 'a row for today').to.not.equal(undefined);
      const shown = [1, 2].map((i) => Number(row.cells[i].textContent!.replace(/\D/g, '')));
      expect(shown[0]).to.be.within(before.days[0].optIns, after.days[0].optIns);
      expect(shown[1]).to.be.within(before.days[0].optOuts, after.days[0].optOuts);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      // The export downloads: fetched with the token, saved through a Blob URL.
      await pressAt(el.shadowRoot!.querySelector('[part=export]')!);
      await until(() => [...el.shadowRoot!.querySelectorAll('[part=message]')].some((m) => m.textContent!.includes('Saved wa-optin-events.csv.')));
    });
  });

  it('the admin page: search a number → its proof → the stop button posts an opt-out with source admin, and /status says no', async () => {
    const person = await optedIn();
    const proof = await fetch(`${BASE}/proof?phone=${encodeURIComponent(person.phone)}`, { headers: admin });
    expect(proof.status).to.equal(200);
    sessionStorage.setItem('wa-optin:admin-token', REAL_ADMIN_TOKEN);
    const container = await fixture<HTMLDivElement>(`<main lang="en"><wa-optin-admin endpoint="${BASE}"></wa-optin-admin></main>`);
    const el = container.querySelector<WaOptinAdmin>('wa-optin-admin')!;
    await until(() => el.signedIn);
    await pressAndType(el.shadowRoot!.querySelector<HTMLInputElement>('#search')!, person.display);
    await sendKeys({ press: 'Enter' });
    await until(() => Boolean(el.shadowRoot!.querySelector('[part=stop]')));
    await pressAt(el.shadowRoot!.querySelector('[part=stop]')!);
    await el.updateComplete;
    await pressAt(el.shadowRoot!.querySelector('[part=stop-confirm] button.danger')!);
    await until(() => el.shadowRoot!.querySelector('#stop-message')?.textContent === 'Stopped. The opt-out is stored.');
    const status = await statusOf(person.phone);
    expect(Object.values(status.topics).every((t) => !t.allowed)).to.equal(true);
    const stop = (await storedFor(person.phone)).at(-1)!;
    expect(stop.kind).to.equal('opt-out');
    expect(stop.source).to.equal('admin');
    expect(stop.via).to.equal('admin');
  });
});
