import { expect, fixture, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { setViewport } from '../../../test/support/viewport.js';
import './define.js';
import type { WaOptinPreferences, PreferenceChange, PreferenceState, PreferencesErrorDetail, PreferencesSavedDetail } from './preferences.js';
import { acmeState, businessScenario } from '../../../test/support/business.js';
import { eventually } from '../../../test/support/receiver.js';

const LINK = 'good-token.sig';

const part = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
};
/** Text as a person reads it: whitespace folded. */
const read = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(scenario: Record<string, unknown>, { token = LINK, wrapper = 'lang="en"' } = {}) {
  const api = await businessScenario({ linkToken: LINK, expiredToken: 'old-token.sig', state: acmeState(), ...scenario });
  const container = await fixture<HTMLDivElement>(
    `<div ${wrapper}><wa-optin-preferences endpoint="${api.endpoint}" token="${token}"></wa-optin-preferences></div>`,
  );
  const el = container.querySelector('wa-optin-preferences')!;
  return { el, api, container };
}

async function settled(el: WaOptinPreferences, status: string) {
  await eventually(
    () => el.status,
    (s) => s === status,
  );
  await el.updateComplete;
  expect(el.status).to.equal(status);
}

const posts = async (api: Awaited<ReturnType<typeof businessScenario>>) =>
  (await api.requests()).filter((r) => r.method === 'POST' && r.path === '/preferences');

/** A real pointer tap at the centre of `target`, as a finger would. */
async function tap(target: Element) {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** The element focused inside the shadow root (where Tab landed). */
const focused = (el: Element) => el.shadowRoot!.activeElement;

describe('<wa-optin-preferences>', () => {
  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  it('is accessible while loading, then shows which topics come from which business at which number', async () => {
    const { el, api } = await mount({ delayMs: { 'GET /preferences/state': 400 } });
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    expect(read(part(el, '[part=status]'))).to.equal('Loading your choices…');
    await expect(el).to.be.accessible();

    await settled(el, 'ready');
    await expect(el).to.be.accessible();
    expect(read(part(el, 'h1'))).to.equal('Your WhatsApp messages from Acme Shoes');
    expect(read(part(el, '[part=summary]'))).to.equal(
      'You receive order updates and special offers from Acme Shoes on WhatsApp, +55 11 98123 4567.',
    );
    // R12: the glyph beside the word, the word itself in the text.
    expect(part(el, '[part=summary] [part=brand] svg').getAttribute('aria-label')).to.equal('WhatsApp logo');
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.map((b) => [b.labels![0].textContent, b.checked])).to.deep.equal([
      ['Order updates', true],
      ['Special offers', true],
      ['New products', false],
    ]);
    const [get] = await api.requests();
    expect(get.path).to.equal('/preferences/state');
    expect(get.query.t).to.equal(LINK);
    // The number is read from the receiver, never put in the page's URL.
    expect(location.href).not.to.contain('98123');
  });

  it('stops everything with one key press (keyboard), stores the sentence shown, then says plainly nothing more will come', async () => {
    const { el, api } = await mount({});
    await settled(el, 'ready');
    const shown = read(part(el, '#stop-all-wording'));
    expect(shown).to.equal('Stop sending me order updates and special offers from Acme Shoes on WhatsApp, +55 11 98123 4567.');
    expect(part(el, '[part=stop-all]').getAttribute('aria-describedby')).to.equal('stop-all-wording');

    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, '[part=stop-all]'));
    const saved = oneEvent(el, 'wa-optin-preferences-saved');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await saved) as CustomEvent<PreferencesSavedDetail>;
    expect(detail.state.topics.every((t) => !t.allowed)).to.equal(true);

    const [post] = await posts(api);
    const body = post.body as PreferenceChange;
    expect(body).to.deep.equal({
      topics: { order_updates: false, offers: false, new_products: false },
      wording: shown,
      locale: 'en',
    });
    await settled(el, 'saved');
    await expect(el).to.be.accessible();
    expect(read(part(el, '[part=stopped]'))).to.equal(
      'Done. You will get no more WhatsApp messages from Acme Shoes. Nothing more will be sent to +55 11 98123 4567. Changed your mind? You can opt back in below.',
    );
    expect(focused(el)).to.equal(part(el, '[part=stopped]'));
    expect(el.shadowRoot!.querySelector('[part=stop-all]')).to.equal(null);
    expect(read(part(el, 'legend'))).to.equal('Opt back in');
  });

  it('opts back in by keyboard: Space ticks, the compliant sentence (R3) appears, Enter on Save posts exactly that text', async () => {
    const { el, api } = await mount({ state: { ...acmeState(), topics: acmeState().topics.map((t) => ({ ...t, allowed: false })) } });
    await settled(el, 'ready');
    expect(el.shadowRoot!.querySelector('[part=stopped]')).not.to.equal(null);

    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('topic-order_updates');
    await sendKeys({ press: ' ' }); // Space (the name every engine's driver knows)
    await el.updateComplete;
    const change = part(el, '[part=changes] .change');
    expect(read(change)).to.equal('Yes, I want to receive order updates from Acme Shoes on WhatsApp, +55 11 98123 4567.');
    expect(change.querySelector('[part=brand] svg')).not.to.equal(null);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, '[part=save]'));
    const saved = oneEvent(el, 'wa-optin-preferences-saved');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    const [post] = await posts(api);
    expect(post.body).to.deep.equal({
      topics: { order_updates: true },
      wording: 'Yes, I want to receive order updates from Acme Shoes on WhatsApp, +55 11 98123 4567.',
      locale: 'en',
    });
    expect(detail.change).to.deep.equal(post.body);
    await settled(el, 'saved');
    expect(read(part(el, '[part=status]'))).to.equal('Saved. Your choices are up to date.');
    expect(read(part(el, '[part=summary]'))).to.equal('You receive order updates from Acme Shoes on WhatsApp, +55 11 98123 4567.');
    await expect(el).to.be.accessible();
  });

  it('works with a finger on a 360 px phone: untick one topic, tick another, save; nothing scrolls sideways', async function (this: Mocha.Context) {
    await setViewport({ width: 360, height: 740 }, this);
    const { el, api } = await mount({});
    await settled(el, 'ready');
    expect(document.documentElement.scrollWidth).to.be.at.most(360);

    await tap(part(el, '#topic-offers'));
    await tap(part(el, 'label[for=topic-new_products]'));
    await el.updateComplete;
    const summary = [...el.shadowRoot!.querySelectorAll('[part=changes] .change')].map(read);
    expect(summary).to.deep.equal([
      'Yes, I want to receive new product news from Acme Shoes on WhatsApp, +55 11 98123 4567.',
      'Stop sending me special offers from Acme Shoes on WhatsApp, +55 11 98123 4567.',
    ]);
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    for (const target of ['[part=stop-all]', '[part=save]', '#topic-offers']) {
      const box = part(el, target).getBoundingClientRect();
      expect(box.height, `${target} height`).to.be.at.least(24);
      expect(box.width, `${target} width`).to.be.at.least(24);
    }

    const saved = oneEvent(el, 'wa-optin-preferences-saved');
    await tap(part(el, '[part=save]'));
    await saved;
    const [post] = await posts(api);
    expect(post.body).to.deep.equal({ topics: { offers: false, new_products: true }, wording: summary.join(' '), locale: 'en' });
    await settled(el, 'saved');
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    await expect(el).to.be.accessible();
  });

  it('stops everything with one tap on a 360 px phone', async function (this: Mocha.Context) {
    await setViewport({ width: 360, height: 740 }, this);
    const { el, api } = await mount({});
    await settled(el, 'ready');
    await tap(part(el, '[part=stop-all]'));
    await settled(el, 'saved');
    const [post] = await posts(api);
    expect((post.body as PreferenceChange).topics).to.deep.equal({ order_updates: false, offers: false, new_products: false });
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    expect(part(el, '[part=stopped]').getBoundingClientRect().right).to.be.at.most(360);
  });

  it('is accessible while saving, and the controls wait', async () => {
    const { el } = await mount({ delayMs: { 'POST /preferences': 400 } });
    await settled(el, 'ready');
    part<HTMLInputElement>(el, '#topic-offers').click();
    void el.save();
    await el.updateComplete;
    expect(el.status).to.equal('saving');
    expect(part<HTMLButtonElement>(el, '[part=save]').disabled).to.equal(true);
    expect(part<HTMLFieldSetElement>(el, 'fieldset').disabled).to.equal(true);
    expect(read(part(el, '[part=status]'))).to.equal('Saving your choice…');
    await expect(el).to.be.accessible();
    await settled(el, 'saved');
  });

  it('keeps the change when the network fails, says so, and "Try again" sends the same change', async () => {
    const { el, api } = await mount({ statuses: { 'POST /preferences': [0, 503] } });
    await settled(el, 'ready');
    part<HTMLInputElement>(el, '#topic-offers').click();
    await el.updateComplete;
    const failed = oneEvent(el, 'wa-optin-preferences-error');
    await el.save();
    const { detail } = (await failed) as CustomEvent<PreferencesErrorDetail>;
    expect(detail.reason).to.equal('unreachable');
    expect(el.status).to.equal('error');
    await el.updateComplete;
    expect(read(part(el, '[part=status]'))).to.equal(
      'We could not reach the server, so nothing was changed yet. Your choice is kept here: try again.',
    );
    expect(part<HTMLInputElement>(el, '#topic-offers').checked).to.equal(false);
    expect(focused(el)).to.equal(part(el, '[part=retry]'));
    await expect(el).to.be.accessible();

    await el.retry(); // 503: still failing, still kept
    expect(el.status).to.equal('error');
    await el.updateComplete;
    part<HTMLButtonElement>(el, '[part=retry]').click();
    await settled(el, 'saved');
    const sent = (await posts(api)).map((p) => p.body);
    expect(sent).to.have.length(3);
    expect(sent[2]).to.deep.equal(sent[0]);
    expect(sent[0]).to.deep.equal({
      topics: { offers: false },
      wording: 'Stop sending me special offers from Acme Shoes on WhatsApp, +55 11 98123 4567.',
      locale: 'en',
    });
  });

  it('says when the state cannot be loaded, and loads it on "Try again"', async () => {
    const { el } = await mount({ statuses: { 'GET /preferences/state': [0] } });
    await settled(el, 'error');
    expect(read(part(el, '[part=status]'))).to.equal('We could not load your choices. Check your connection and try again.');
    await expect(el).to.be.accessible();
    part<HTMLButtonElement>(el, '[part=retry]').click();
    await settled(el, 'ready');
  });

  it('a tampered link: a clear page that says how to get a new link and reveals no number', async () => {
    const { el } = await mount({}, { token: 'tampered.sig' });
    await settled(el, 'link-invalid');
    await expect(el).to.be.accessible();
    expect(read(part(el, 'h1'))).to.equal('This link is not valid');
    const text = read(part(el, '[part=link-problem]'));
    expect(text).to.contain('reply STOP in your WhatsApp chat');
    expect(text).to.contain('ask the business for a new link');
    expect(el.shadowRoot!.textContent).not.to.match(/\d{4}/);
  });

  it('an expired link, and a link without a token, get the same kind of page', async () => {
    const { el } = await mount({}, { token: 'old-token.sig' });
    await settled(el, 'link-expired');
    expect(read(part(el, 'h1'))).to.equal('This link has expired');
    await expect(el).to.be.accessible();

    const bare = await fixture<WaOptinPreferences>('<wa-optin-preferences endpoint="/nowhere"></wa-optin-preferences>');
    await settled(bare, 'link-invalid');
  });

  it('a link that expires while the page is open: the save shows the expired page and the number goes', async () => {
    const { el } = await mount({ statuses: { 'POST /preferences': [410] } });
    await settled(el, 'ready');
    await el.stopAll();
    await settled(el, 'link-expired');
    expect(el.shadowRoot!.textContent).not.to.contain('98123');
  });

  it('a refused change says why and keeps the boxes as the person left them', async () => {
    const { el } = await mount({ statuses: { 'POST /preferences': [422] } });
    await settled(el, 'ready');
    part<HTMLInputElement>(el, '#topic-order_updates').click();
    await el.save();
    await el.updateComplete;
    expect(el.status).to.equal('error');
    expect(read(part(el, '[part=status]'))).to.equal('The server did not accept this change: scripted 422');
    expect(part<HTMLInputElement>(el, '#topic-order_updates').checked).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part=retry]')).to.equal(null);
  });

  it('mirrors in a right-to-left page with logical properties; the number stays a left-to-right island', async () => {
    const { el } = await mount({}, { wrapper: 'lang="en" dir="rtl"' });
    await settled(el, 'ready');
    expect(getComputedStyle(el).direction).to.equal('rtl');
    const box = part(el, '#topic-offers').getBoundingClientRect();
    const label = part(el, 'label[for=topic-offers]').getBoundingClientRect();
    expect(box.left, 'the box sits at the start (right) of its label').to.be.greaterThan(label.left);
    const title = part(el, 'h1').getBoundingClientRect();
    expect(Math.round(title.right)).to.equal(Math.round(el.getBoundingClientRect().right - parseFloat(getComputedStyle(el).paddingRight)));
    for (const phone of el.shadowRoot!.querySelectorAll('[part=phone]')) {
      expect(getComputedStyle(phone).direction).to.equal('ltr');
      expect(getComputedStyle(phone).unicodeBidi).to.equal('isolate');
    }
    await expect(el).to.be.accessible();
  });

  it('speaks the page language: Spanish words and topic labels from the core, and the change says es', async () => {
    const { el, api } = await mount({}, { wrapper: 'lang="es-MX"' });
    await settled(el, 'ready');
    expect(read(part(el, '[part=summary]'))).to.equal(
      'Recibes novedades de tus pedidos y ofertas especiales de Acme Shoes en WhatsApp, +55 11 98123 4567.',
    );
    expect(read(part(el, '[part=stop-all]'))).to.equal('Dejar de recibir todos los mensajes de WhatsApp');
    part<HTMLInputElement>(el, '#topic-new_products').click();
    await el.save();
    const [post] = await posts(api);
    expect(post.body).to.deep.equal({
      topics: { new_products: true },
      wording: 'Sí, quiero recibir novedades de productos de Acme Shoes en WhatsApp, al número +55 11 98123 4567.',
      locale: 'es-MX',
    });
  });

  it('speaks Hindi, Arabic (right to left) and Indonesian, the stop sentence and the change stored in that language (issue 14, R11)', async () => {
    const cases = [
      {
        wrapper: 'lang="hi-IN"',
        summary: 'आपको +55 11 98123 4567 नंबर पर WhatsApp के ज़रिए Acme Shoes से आपके ऑर्डर के अपडेट और ख़ास ऑफ़र मिलते हैं।',
        stopAll: 'WhatsApp के सभी संदेश बंद करें',
        wording: 'हाँ, मैं सहमत हूँ कि Acme Shoes मुझे +55 11 98123 4567 नंबर पर WhatsApp के ज़रिए नए उत्पादों की ख़बरें भेजे।',
        locale: 'hi-IN',
      },
      {
        wrapper: 'lang="ar" dir="rtl"',
        summary: 'تصلك تحديثات طلباتك والعروض الخاصة من Acme Shoes عبر WhatsApp على الرقم +55 11 98123 4567.',
        stopAll: 'إيقاف كل رسائل WhatsApp',
        wording: 'نعم، أرغب في تلقّي أخبار المنتجات الجديدة من Acme Shoes عبر WhatsApp على الرقم +55 11 98123 4567.',
        locale: 'ar',
      },
      {
        wrapper: 'lang="id-ID"',
        summary: 'Anda menerima kabar pesanan Anda dan penawaran spesial dari Acme Shoes melalui WhatsApp di nomor +55 11 98123 4567.',
        stopAll: 'Hentikan semua pesan WhatsApp',
        wording: 'Ya, saya ingin menerima kabar produk baru dari Acme Shoes melalui WhatsApp di nomor +55 11 98123 4567.',
        locale: 'id-ID',
      },
    ];
    for (const c of cases) {
      const { el, api, container } = await mount({}, { wrapper: c.wrapper });
      await settled(el, 'ready');
      expect(read(part(el, '[part=summary]')), c.locale).to.equal(c.summary);
      expect(read(part(el, '[part=stop-all]')), c.locale).to.equal(c.stopAll);
      // The withdrawal the person would confirm is in the page's language too (stored as its wording).
      expect(read(part(el, '[part=stop-all-wording]')), c.locale).to.not.match(/Stop sending/);
      await expect(el).to.be.accessible();
      part<HTMLInputElement>(el, '#topic-new_products').click();
      await el.save();
      const [post] = await posts(api);
      expect(post.body, c.locale).to.deep.equal({ topics: { new_products: true }, wording: c.wording, locale: c.locale });
      container.remove();
    }
  });

  it('fires typed, bubbling, composed events', async () => {
    const { el, container } = await mount({ delayMs: { 'GET /preferences/state': 200 } });
    // Typed through HTMLElementEventMap: no cast needed (a type error here fails typecheck).
    let savedState: PreferenceState | undefined;
    el.addEventListener('wa-optin-preferences-saved', (event) => (savedState = event.detail.state));
    const loaded = oneEvent(container, 'wa-optin-preferences-loaded');
    const { detail, bubbles, composed } = await loaded;
    expect(detail.state.business).to.equal('Acme Shoes');
    expect(bubbles && composed).to.equal(true);
    await settled(el, 'ready');
    await el.stopAll();
    expect(savedState?.topics.every((t) => !t.allowed)).to.equal(true);
  });
});
