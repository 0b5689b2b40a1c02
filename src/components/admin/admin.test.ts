import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setViewport } from '../../../test/support/viewport.js';
import './define.js';
import { ADMIN_TOKEN_KEY, type WaOptinAdmin } from './admin.js';
import { formatUtc, groupRepeats, proofQuery, type AdminEvent } from './admin-data.js';
import { ADMIN, adminScenario, businessScenario, event } from '../../../test/support/business.js';
import { eventually } from '../../../test/support/receiver.js';

const part = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
};
const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const read = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const until = (check: () => boolean) => eventually(check, Boolean);

async function mount(scenario: Record<string, unknown> = {}, wrapper = 'lang="en"') {
  const api = await businessScenario({ ...adminScenario(), ...scenario });
  const container = await fixture<HTMLDivElement>(`<div ${wrapper}><wa-optin-admin endpoint="${api.endpoint}"></wa-optin-admin></div>`);
  return { el: container.querySelector('wa-optin-admin')!, api };
}

/** Signs in as a person would: types the token and presses Enter. */
async function signIn(el: WaOptinAdmin, token = ADMIN) {
  const input = part<HTMLInputElement>(el, '#token');
  input.focus();
  await sendKeys({ type: token });
  await sendKeys({ press: 'Enter' });
}

async function signedIn(el: WaOptinAdmin) {
  await signIn(el);
  await until(() => el.signedIn && all(el, '[part=event]').length > 0);
  await el.updateComplete;
}

async function search(el: WaOptinAdmin, query: string) {
  const input = part<HTMLInputElement>(el, '#search');
  input.focus();
  input.value = '';
  await sendKeys({ type: query });
  await sendKeys({ press: 'Enter' });
  await until(() => Boolean(el.shadowRoot!.querySelector('[part=proof]')) || read(all(el, '[part=message]')[0]).length > 0 && !read(all(el, '[part=message]')[0]).endsWith('…'));
  await el.updateComplete;
}

describe('<wa-optin-admin>', () => {
  beforeEach(() => sessionStorage.removeItem(ADMIN_TOKEN_KEY));
  afterEach(async () => {
    sessionStorage.removeItem(ADMIN_TOKEN_KEY);
    await setViewport({ width: 800, height: 600 });
  });

  it('asks for the token in an accessible form; a wrong token is refused and nothing is stored', async () => {
    const { el, api } = await mount();
    await expect(el).to.be.accessible();
    const input = part<HTMLInputElement>(el, '#token');
    expect(input.type).to.equal('password');
    expect(input.labels![0].textContent).to.equal('Admin token');
    await signIn(el, 'wrong');
    await until(() => read(part(el, '#sign-in-message')) === 'This token was not accepted. Check it and try again.');
    expect(el.signedIn).to.equal(false);
    expect(sessionStorage.getItem(ADMIN_TOKEN_KEY)).to.equal(null);
    await expect(el).to.be.accessible();
    const [check] = await api.requests();
    expect(check.headers.authorization).to.equal('Bearer wrong');
  });

  it('keeps the token in sessionStorage, never in the URL, sends it as a Bearer header, and signing out forgets it', async () => {
    const { el, api } = await mount();
    const signedInEvent = oneEvent(el, 'wa-optin-admin-signed-in');
    await signedIn(el);
    await signedInEvent;
    expect(sessionStorage.getItem(ADMIN_TOKEN_KEY)).to.equal(ADMIN);
    expect(location.href).not.to.contain(ADMIN);
    const requests = await api.requests();
    expect(requests.length).to.be.greaterThan(1);
    for (const r of requests) {
      expect(r.headers.authorization).to.equal(`Bearer ${ADMIN}`);
      expect(JSON.stringify(r.query)).not.to.contain(ADMIN);
    }
    await expect(el).to.be.accessible();

    const out = oneEvent(el, 'wa-optin-admin-signed-out');
    part<HTMLButtonElement>(el, '[part=sign-out]').click();
    expect((await out).detail.reason).to.equal('button');
    await el.updateComplete;
    expect(sessionStorage.getItem(ADMIN_TOKEN_KEY)).to.equal(null);
    expect(el.shadowRoot!.querySelector('#token')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=event]')).to.equal(null);
  });

  it('a page opened again in the same tab is still signed in (the token is read back from sessionStorage)', async () => {
    sessionStorage.setItem(ADMIN_TOKEN_KEY, ADMIN);
    const { el } = await mount();
    await until(() => all(el, '[part=event]').length > 0);
    expect(el.signedIn).to.equal(true);
  });

  it('a 401 returns to sign-in with a clear message and forgets the token', async () => {
    const { el } = await mount({ statuses: { 'GET /proof': [401] } });
    await signedIn(el);
    const out = oneEvent(el, 'wa-optin-admin-signed-out');
    await search(el, '+5511981234567');
    expect((await out).detail.reason).to.equal('unauthorized');
    await el.updateComplete;
    expect(el.signedIn).to.equal(false);
    expect(sessionStorage.getItem(ADMIN_TOKEN_KEY)).to.equal(null);
    expect(read(part(el, '#sign-in-message'))).to.equal('The admin token was not accepted (it may have changed). Sign in again.');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '#token'));
    await expect(el).to.be.accessible();
  });

  it('search shows the proof: state per topic by name, every event with the wording first, asserted apart from observed', async () => {
    const { el, api } = await mount();
    await signedIn(el);
    await search(el, '+55 11 98123-4567');
    const proof = part(el, '[part=proof]');
    expect(read(proof.querySelector('h3')!)).to.equal('+5511981234567');
    expect(getComputedStyle(proof.querySelector('h3 bdi')!).direction).to.equal('ltr');
    const states = [...proof.querySelectorAll('[part=topic-state] li')].map(read);
    expect(states).to.deep.equal([
      'Order updates Allowed since 2026-11-20 09:00 UTC, site form',
      'Special offers Stopped since 2026-11-28 18:30 UTC, STOP on WhatsApp',
      'loyalty points Allowed since 2026-11-29 14:03 UTC, preference page',
    ]);
    const cards = [...proof.querySelectorAll('[part=event]')];
    expect(cards).to.have.length(5);
    // Wording first in every card; the STOP reply had no text and says so.
    expect(cards.map((c) => c.firstElementChild!.getAttribute('part'))).to.deep.equal(Array(5).fill('wording'));
    expect(read(cards[0].querySelector('[part=wording]')!)).to.equal(
      'Yes, I want to receive order updates and offers and promotions from Acme Shoes on WhatsApp, +55 11 98123 4567.',
    );
    expect(read(cards[3].querySelector('[part=wording]')!)).to.contain('No text was shown');
    const headings = [...cards[0].querySelectorAll('h5')].map(read);
    expect(headings).to.deep.equal(['What the page said', 'What the receiver saw']);
    const pairs = (dl: Element) => Object.fromEntries([...dl.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]));
    const [asserted, observed] = [...cards[0].querySelectorAll('dl')].map(pairs);
    expect(observed).to.deep.equal({ Received: '2026-11-20 09:00 UTC', Via: 'browser', Origin: 'https://shop.example' });
    expect(asserted).to.include({ Number: '+55 11 98123 4567', Source: 'site form', Page: 'https://shop.example/checkout', Language: 'en' });
    expect(asserted).not.to.have.property('Origin');
    const proofRequest = (await api.requests()).find((r) => r.path === '/proof')!;
    expect(proofRequest.query).to.deep.equal({ phone: '+5511981234567' });
    await expect(el).to.be.accessible();
  });

  it('searches by WhatsApp user ID, and says plainly when nothing is stored', async () => {
    const { el, api } = await mount();
    await signedIn(el);
    await search(el, 'BR.999');
    expect(read(all(el, '[part=message]')[0])).to.equal('Nothing is stored for BR.999.');
    expect((await api.requests()).find((r) => r.path === '/proof')!.query).to.deep.equal({ user_id: 'BR.999' });
  });

  it('the stop button asks first, then posts an opt-out with source admin and the admin token', async () => {
    const { el, api } = await mount();
    await signedIn(el);
    await search(el, '+5511981234567');
    part<HTMLButtonElement>(el, '[part=stop]').click();
    await el.updateComplete;
    const confirm = part(el, '[part=stop-confirm]');
    expect(read(confirm.querySelector('p')!)).to.equal(
      'Stop every WhatsApp message to +5511981234567? This is stored as an opt-out made by an admin.',
    );
    expect(el.shadowRoot!.activeElement).to.equal(confirm);
    await expect(el).to.be.accessible();
    // Cancel posts nothing.
    (confirm.querySelector('button.secondary') as HTMLButtonElement).click();
    await el.updateComplete;
    expect((await api.requests()).filter((r) => r.path === '/opt-out')).to.have.length(0);

    part<HTMLButtonElement>(el, '[part=stop]').click();
    await el.updateComplete;
    const stopped = oneEvent(el, 'wa-optin-admin-stopped');
    (part(el, '[part=stop-confirm]').querySelector('button.danger') as HTMLButtonElement).click();
    expect((await stopped).detail.phone).to.equal('+5511981234567');
    await until(() => el.shadowRoot!.querySelector('#stop-message')?.textContent === 'Stopped. The opt-out is stored.');
    const [post] = (await api.requests()).filter((r) => r.path === '/opt-out');
    expect(post.headers.authorization).to.equal(`Bearer ${ADMIN}`);
    expect(post.body).to.include({ phone: '+5511981234567', source: 'admin' });
    expect(post.headers['idempotency-key']).to.equal((post.body as { id: string }).id);
    const states = all(el, '[part=topic-state] li').map((li) => li.querySelector('strong')!.textContent);
    expect(states).to.deep.equal(['Stopped', 'Stopped', 'Stopped']);
    expect(el.shadowRoot!.querySelector('[part=stop]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lists the latest events as cards: wording first, UTC times, topic names, repeats grouped', async () => {
    const { el } = await mount();
    await signedIn(el);
    const cards = all(el, '[part=events] > li > [part=event]');
    expect(cards).to.have.length(3); // 5 events: the same opt-in three times in a row is one card
    expect(read(cards[0])).to.equal(
      'No text was shown (the person acted on WhatsApp or through a business). Opt-out: all messages · +5215512345678 2026-11-29 15:10 UTC · STOP on WhatsApp',
    );
    expect(read(cards[1].querySelector('[part=wording]')!)).to.equal(
      'Yes, I want to receive order updates from Acme Shoes on WhatsApp, +55 11 98123 4567.',
    );
    expect(read(cards[1].querySelector('.meta')!)).to.equal(
      '2026-11-29 14:03 UTC · site form · 3 times (2026-11-29 14:01 UTC – 2026-11-29 14:03 UTC)',
    );
    expect(read(cards[2].querySelector('.what')!)).to.equal('Opt-in: loyalty points · +12015550123');
    expect(cards[1].querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-29T14:03:27.000Z');
    await expect(el).to.be.accessible();
  });

  it('names a WhatsApp resume as a resume, not as an opt-out', async () => {
    const resumed = event(10, { kind: 'resume', topics: ['offers'], source: 'whatsapp-preferences', wording: null, locale: null, receivedAt: '2026-11-29T16:00:00.000Z' });
    const { el } = await mount({ events: [resumed, ...(adminScenario().events as unknown[])] });
    await signedIn(el);
    const [first] = all(el, '[part=events] > li > [part=event]');
    expect(read(first)).to.contain('Resumed on WhatsApp: Special offers');
    expect(read(first)).to.not.contain('Opt-out');
    await expect(el).to.be.accessible();
  });

  it('an empty receiver: says there is nothing yet instead of an empty table', async () => {
    const { el } = await mount({ events: [], stats: { days: [] }, delayMs: { 'GET /events': 300 } });
    await signIn(el);
    await until(() => el.signedIn);
    await el.updateComplete;
    expect(read(part(el, 'section[aria-labelledby=latest-title] .hint'))).to.equal('Loading…');
    await until(() => read(part(el, 'section[aria-labelledby=latest-title] .hint')) === 'No events stored yet.');
    expect(read(part(el, 'section[aria-labelledby=stats-title] .hint'))).to.equal('No events in the last 30 days.');
    expect(el.shadowRoot!.querySelector('[part=stats]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows counts per day and source in a table with headers', async () => {
    const { el } = await mount();
    await signedIn(el);
    const table = part<HTMLTableElement>(el, '[part=stats]');
    expect([...table.tHead!.rows[0].cells].map((c) => c.textContent)).to.deep.equal(['Day', 'Opt-ins', 'Opt-outs', 'By source']);
    const cells = (row: HTMLTableRowElement) => [...row.cells].map((c) => (c.querySelector('ul') ? [...c.querySelectorAll('li')].map(read).join(' | ') : read(c)));
    expect([...table.tBodies[0].rows].map(cells)).to.deep.equal([
      ['2026-11-29', '3', '1', 'site form: 3 | STOP on WhatsApp: 1'],
      ['2026-11-28', '1', '2', 'site form: 1 | preference page: 1 | WhatsApp stop control: 1'],
    ]);
    expect(table.tBodies[0].rows[0].cells[0].getAttribute('scope')).to.equal('row');
  });

  it('exports and the printable proof are fetched with the token and saved through a Blob, never a URL with the token', async () => {
    const { el, api } = await mount();
    await signedIn(el);
    const clicked: { href: string; download: string }[] = [];
    el.shadowRoot!.addEventListener('click', (event) => {
      const a = event.target as HTMLAnchorElement;
      if (a.localName === 'a') {
        clicked.push({ href: a.href, download: a.download });
        event.preventDefault(); // the test does not need the file on disk
      }
    });
    const [csv, jsonl, suppression] = all(el, '[part=export]') as HTMLButtonElement[];
    csv.click();
    await until(() => read(all(el, '[part=message]').at(-1)!) === 'Saved wa-optin-events.csv.');
    jsonl.click();
    await until(() => clicked.length === 2);
    suppression.click();
    await until(() => clicked.length === 3);
    await search(el, '+5511981234567');
    part<HTMLButtonElement>(el, '[part=printable]').click();
    await until(() => clicked.length === 4);
    expect(clicked.map((c) => c.download)).to.deep.equal([
      'wa-optin-events.csv',
      'wa-optin-events.jsonl',
      'wa-optin-suppression.csv',
      'wa-optin-proof-5511981234567.html',
    ]);
    for (const c of clicked) expect(c.href).to.match(/^blob:/);
    const downloads = (await api.requests()).filter((r) => ['/export', '/suppression'].includes(r.path) || r.query.format === 'html');
    expect(downloads.map((r) => `${r.path}?${new URLSearchParams(r.query)}`)).to.deep.equal([
      '/export?format=csv',
      '/export?format=jsonl',
      '/suppression?format=csv',
      '/proof?phone=%2B5511981234567&format=html',
    ]);
    for (const r of downloads) expect(r.headers.authorization).to.equal(`Bearer ${ADMIN}`);
  });

  it('fits a 360 px phone: no sideways scrolling with the proof, the cards and the counts on screen', async function (this: Mocha.Context) {
    await setViewport({ width: 360, height: 740 }, this);
    const { el } = await mount();
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    await signedIn(el);
    await search(el, '+5511981234567');
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    for (const node of all(el, 'button, input')) {
      const box = node.getBoundingClientRect();
      expect(box.right, node.textContent ?? node.id).to.be.at.most(360);
      expect(box.height).to.be.at.least(24);
    }
  });

  it('mirrors in a right-to-left page; numbers stay left to right', async () => {
    const { el } = await mount({}, 'lang="en" dir="rtl"');
    await signedIn(el);
    await search(el, '+5511981234567');
    const card = el.shadowRoot!.querySelector('.card.opt-in')!;
    const style = getComputedStyle(card);
    expect(style.borderRightWidth).to.equal('4px'); // border-inline-start: on the right in RTL
    for (const phone of all(el, '[part=phone]')) expect(getComputedStyle(phone).direction).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('speaks the page language (Spanish), with topic names from the core', async () => {
    const { el } = await mount({}, 'lang="es"');
    await el.updateComplete; // the Spanish topic labels load on demand
    expect(read(part(el, 'label[for=token]'))).to.equal('Token de administración');
    await signedIn(el);
    await search(el, '+5511981234567');
    expect(read(all(el, '[part=topic-state] li')[0])).to.equal('Novedades de pedidos Permitido desde 2026-11-20 09:00 UTC, formulario del sitio');
  });
});

describe('admin data helpers', () => {
  it('formats times in UTC and names the zone', () => {
    expect(formatUtc('2026-11-29T11:03:00-03:00')).to.equal('2026-11-29 14:03 UTC');
    expect(formatUtc('not a time')).to.equal('not a time');
  });
  it('groups only consecutive repeats of the same act by the same person', () => {
    const base = { seq: 1, eventId: 'a', kind: 'opt-in', phone: '+1', topics: ['a', 'b'], occurredAt: '', receivedAt: '', source: 'form', business: null, wording: 'w', locale: 'en' } as AdminEvent;
    const groups = groupRepeats([base, { ...base, topics: ['b', 'a'] }, { ...base, phone: '+2' }, base]);
    expect(groups.map((g) => g.events.length)).to.deep.equal([2, 1, 1]);
  });
  it('sends a BSUID as user_id and a number as phone', () => {
    expect(proofQuery('BR.1502576394655843')).to.equal('user_id=BR.1502576394655843');
    expect(proofQuery(' +52 (55) 1234-5678 ')).to.equal('phone=%2B525512345678');
  });
});
