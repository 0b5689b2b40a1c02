// Every surface from the one-file build alone, in a page with a strict CSP and Trusted
// Types, as a shop without a bundler uses it. `npm test` builds dist/ first; when running
// web-test-runner by itself, run `npm run build` before.
import { expect } from '@open-wc/testing';
import { eventually, scriptedEndpoint, validateAgainstSchema } from '../support/receiver.js';
import { enterText, optInThroughForm } from '../support/form-driver.js';

interface SurfacesWindow extends Window {
  pageErrors: string[];
}

const IIFE = '/dist/wa-optin.iife.js';
const TAGS = ['wa-optin-form', 'wa-optin-popup', 'wa-optin-banner', 'wa-optin-cta', 'wa-optin-checkbox'];

const PAGE = '/test/browser/pages/script-tag-surfaces.html';

/** The page as it is (one-file build), or the same page with the split build's script instead. */
async function loadPage(endpoint: string, script: string) {
  localStorage.removeItem('wa-optin:display'); // a first visit: nothing remembered
  const frame = document.createElement('iframe');
  if (script === IIFE) frame.src = PAGE;
  // Same page, same origin and base URL. Firefox does not match a srcdoc page's 'self' to
  // this origin for the module chunks, so the policy names the origin too (the same effect).
  else frame.srcdoc = (await (await fetch(PAGE)).text()).replace(IIFE, script).replaceAll("'self'", `'self' ${location.origin}`);
  frame.width = '800';
  frame.height = '600';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as unknown as SurfacesWindow;
  const doc = frame.contentDocument!;
  for (const el of doc.querySelectorAll('wa-optin-popup, wa-optin-banner, wa-optin-cta, wa-optin-checkbox')) el.setAttribute('endpoint', endpoint);
  // The split build defines each element once its chunk is here (at once in the one-file build).
  await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  return { frame, win, doc };
}

for (const script of [IIFE, '/dist/wa-optin.js']) describe(`${script.slice(1)} alone: every surface`, () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    localStorage.removeItem('wa-optin:display');
  });

  it('registers all five elements under a strict CSP with Trusted Types, without errors', async () => {
    const page = await loadPage('/nowhere', script);
    frame = page.frame;
    await eventually(() => page.doc.querySelector('wa-optin-banner')!.shadowRoot?.querySelector('[part=bar]'), Boolean);
    for (const tag of TAGS) expect(page.win.customElements.get(tag), tag).to.be.a('function');
    expect(page.win.pageErrors).to.deep.equal([]);
  });

  it('popup: opens after its delay as a modal dialog and records an opt-in', async () => {
    const receiver = await scriptedEndpoint();
    const page = await loadPage(receiver.url, script);
    frame = page.frame;
    const popup = page.doc.querySelector('wa-optin-popup')!;
    const dialog = await eventually(() => popup.shadowRoot?.querySelector('dialog'), (d) => Boolean(d?.open));
    expect(dialog!.matches(':modal')).to.equal(true);
    await optInThroughForm(popup.form!, '2015550123');
    const [request] = await receiver.requests();
    expect(request.body).to.include({ source: 'popup', phone: '+12015550123', business: 'Plain Shop' });
    expect(await validateAgainstSchema(request.body)).to.deep.equal({ valid: true, errors: [] });
    expect(page.win.WaOptin.DisplayMemory.hasOptedIn()).to.equal(true);
    expect(page.win.pageErrors).to.deep.equal([]);
  });

  it('banner: shows at load, expands, and records an opt-in', async () => {
    const receiver = await scriptedEndpoint();
    const page = await loadPage(receiver.url, script);
    frame = page.frame;
    const banner = page.doc.querySelector('wa-optin-banner')!;
    const toggle = await eventually(() => banner.shadowRoot?.querySelector<HTMLButtonElement>('[part=toggle]'), Boolean);
    toggle!.click();
    await banner.updateComplete;
    await optInThroughForm(banner.form!, '2015550124');
    expect((await receiver.requests())[0].body).to.include({ source: 'banner', phone: '+12015550124' });
    expect(page.win.pageErrors).to.deep.equal([]);
  });

  it('CTA: opens its popup and, inline, its form; both record an opt-in and neither links to a chat', async () => {
    const receiver = await scriptedEndpoint();
    const page = await loadPage(receiver.url, script);
    frame = page.frame;
    const [cta, inline] = page.doc.querySelectorAll('wa-optin-cta');
    await Promise.all([cta.updateComplete, inline.updateComplete]);
    expect(cta.shadowRoot!.querySelector('a')).to.equal(null);
    // Both opened first: once this device opted in for these topics, a closed CTA shows the
    // subscribed state instead of its button (issue 15, item 8).
    inline.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!.click();
    await inline.updateComplete;
    cta.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!.click();
    await cta.updateComplete;
    await optInThroughForm(cta.form!, '2015550125');
    await optInThroughForm(inline.form!, '2015550126');
    const requests = await eventually(receiver.requests, (r) => r.length === 2);
    expect(requests.map((r) => [r.body.source, r.body.phone])).to.deep.equal([
      ['cta', '+12015550125'],
      ['cta', '+12015550126'],
    ]);
    expect(page.win.pageErrors).to.deep.equal([]);
  });

  it('checkbox: the checkout submits the number and the record id, and the record arrives', async function () {
    // Three engines share two cores in CI: the keepalive POST sent as the page navigates can
    // take seconds to be served there.
    this.timeout(30_000);
    const receiver = await scriptedEndpoint();
    const page = await loadPage(receiver.url, script);
    frame = page.frame;
    const box = page.doc.querySelector('wa-optin-checkbox')!;
    const phone = page.doc.querySelector<HTMLInputElement>('#billing-phone')!;
    enterText(phone, '2015550127');
    await eventually(() => box.shadowRoot?.querySelector('#wording')?.textContent ?? '', (t) => t.includes('+1 201 555 0127'));
    box.shadowRoot!.querySelector<HTMLInputElement>('#consent')!.click();
    const navigated = new Promise((r) => page.frame.addEventListener('load', r, { once: true }));
    page.doc.querySelector<HTMLButtonElement>('#pay')!.click();
    await navigated;
    const sent = new URL(page.frame.contentWindow!.location.href).searchParams;
    expect(sent.get('whatsapp')).to.equal('+12015550127');
    const requests = await eventually(receiver.requests, (r) => r.length >= 1, 20_000);
    expect(requests, 'the record arrived').to.have.length.above(0);
    expect(requests[0].body).to.include({ id: sent.get('whatsapp_consent_id'), source: 'checkbox', phone: '+12015550127' });
  });
});
