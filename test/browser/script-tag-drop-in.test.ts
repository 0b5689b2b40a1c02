// The script tag as the ONLY edit to a site: defaults, zero-HTML popup/banner, enhancement
// of an existing checkout form (also one added later), and the small global API.
// `npm test` builds dist/ first.
import { expect } from '@open-wc/testing';
import { enterText, optInThroughForm } from '../support/form-driver.js';
import { eventually, scriptedEndpoint, validateAgainstSchema } from '../support/receiver.js';
import { sitePage } from '../support/site-page.js';


const shadow = (el: Element | null | undefined) => el?.shadowRoot ?? null;


const checkoutForm = `
  <form id="checkout" action="about:blank">
    <label>Name <input name="name" value="Ana"></label>
    <label>Phone <input name="billing_phone" type="tel" id="billing-phone"></label>
    <button>Pay now</button>
  </form>`;

// Both script files: the one-file build, and the split one whose elements arrive later.
for (const script of ['/dist/wa-optin.iife.js', '/dist/wa-optin.js']) describe(`${script.slice(1)} as the only edit to a site`, () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    localStorage.removeItem('wa-optin:display');
  });

  it('gives every element the defaults from its data attributes; an element attribute wins', async () => {
    const receiver = await scriptedEndpoint();
    const page = await sitePage(
      script,
      `data-endpoint="${receiver.url}" data-business="Acme Global" data-topics="order_updates,offers" data-country="BR"`,
      `<wa-optin-form id="plain"></wa-optin-form><wa-optin-form id="own" business="Acme Brasil" topics="tickets"></wa-optin-form>`,
    );
    frame = page.frame;
    const plain = page.doc.querySelector('#plain')!;
    const own = page.doc.querySelector('#own')!;
    await eventually(() => shadow(plain)?.querySelector('.country-face')?.textContent?.trim(), (face) => face === 'BR +55');
    expect(shadow(plain)!.querySelector('select')!.value).to.equal('BR');
    expect(shadow(plain)!.querySelector('[part=business]')!.textContent).to.equal('Acme Global');
    expect(shadow(plain)!.querySelector('[part=topics]')!.textContent).to.equal('order updates and special offers');
    expect(shadow(own)!.querySelector('[part=business]')!.textContent).to.equal('Acme Brasil');
    expect(shadow(own)!.querySelector('[part=topics]')!.textContent).to.equal('e-tickets');

    await optInThroughForm(plain, '11912345678');
    const [request] = await receiver.requests();
    expect(request.body).to.include({ business: 'Acme Global', phone: '+5511912345678' });
    expect(request.body.topics).to.deep.equal(['order_updates', 'offers']);
    expect(await validateAgainstSchema(request.body)).to.deep.equal({ valid: true, errors: [] });
    expect(page.win.consoleErrors).to.deep.equal([]);
  });

  it('mounts a popup and a banner from data-popup and data-banner, with their options', async () => {
    const page = await sitePage(
      script,
      `data-endpoint="/x" data-business="Acme" data-topics="offers" data-popup="delay:0.2, snooze-days:3" data-banner="position:top"`,
      `<main><h1>Shop</h1></main>`,
    );
    frame = page.frame;
    // (The split build mounts them once their code is here.)
    const popup = (await eventually(() => page.doc.querySelector('body > wa-optin-popup'), Boolean))!;
    expect(popup.getAttribute('delay')).to.equal('0.2');
    expect(popup.getAttribute('snooze-days')).to.equal('3');
    const dialog = await eventually(() => shadow(popup)?.querySelector('dialog'), (d) => Boolean(d?.open));
    expect(dialog!.open).to.equal(true);
    const banner = (await eventually(() => page.doc.querySelector('body > wa-optin-banner'), Boolean))!;
    expect(banner.getAttribute('position')).to.equal('top');
    expect(page.win.consoleErrors).to.deep.equal([]);
  });

  it('reports a mistyped option by name and still does the rest', async () => {
    const page = await sitePage(script, `data-endpoint="/x" data-business="Acme" data-topics="offers" data-popup="dealy:8" data-banner`, '');
    frame = page.frame;
    await eventually(() => page.doc.querySelector('wa-optin-banner'), Boolean);
    await eventually(() => page.win.consoleErrors.length, (n) => n > 0);
    expect(page.doc.querySelector('wa-optin-popup')).to.equal(null);
    expect(page.doc.querySelector('wa-optin-banner')).to.not.equal(null);
    expect(page.win.consoleErrors).to.have.length(1);
    expect(page.win.consoleErrors[0]).to.match(/^wa-optin: data-popup on the script tag: <wa-optin-popup> has no "dealy" option; it has .*delay/);
  });

  it('enhances an existing checkout form: the opt-in sits after its phone field, mirrors it, and submits with it', async () => {
    const receiver = await scriptedEndpoint();
    const page = await sitePage(script, `data-endpoint="${receiver.url}" data-business="Acme" data-topics="order_updates" data-country="US" data-enhance="form#checkout"`, checkoutForm);
    frame = page.frame;
    const form = page.doc.querySelector<HTMLFormElement>('#checkout')!;
    const phoneLabel = page.doc.querySelector('#billing-phone')!.closest('label')!;
    const checkbox = (await eventually(() => phoneLabel.nextElementSibling, (next) => next?.localName === 'wa-optin-checkbox'))!;
    expect(checkbox.localName).to.equal('wa-optin-checkbox');
    expect(checkbox.getAttribute('phone-from')).to.equal('#billing-phone');
    expect(checkbox.getAttribute('source')).to.equal('enhanced-form');
    expect(form.querySelectorAll('wa-optin-checkbox')).to.have.length(1);
    await eventually(() => shadow(checkbox)?.querySelector('[part=wording]'), Boolean);

    enterText(page.doc.querySelector<HTMLInputElement>('#billing-phone')!, '2015550123');
    await eventually(() => shadow(checkbox)!.querySelector('[part=wording]')!.textContent!, (t) => t.includes('+1 201 555 0123'));
    shadow(checkbox)!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    let submitted: FormData | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = new FormData(form);
    });
    form.requestSubmit();
    expect(submitted!.get('billing_phone')).to.equal('2015550123');
    expect(submitted!.get('whatsapp_optin')).to.equal('+12015550123');
    const consentId = submitted!.get('whatsapp_optin_consent_id');
    const [request] = await eventually(receiver.requests, (r) => r.length === 1);
    expect(request.body).to.include({ id: consentId, phone: '+12015550123', source: 'enhanced-form' });
  });

  it('enhances a form added later (single-page apps) once, and a form without a phone field gets the box before its button', async () => {
    const page = await sitePage(script, `data-endpoint="/x" data-business="Acme" data-topics="order_updates" data-enhance="form.signup, form#checkout"`, '');
    frame = page.frame;
    const later = page.doc.createElement('form');
    later.className = 'signup';
    later.innerHTML = '<label>E-mail <input type="email" name="email"></label><button>Sign up</button>';
    page.doc.body.append(later);
    const checkbox = await eventually(() => later.querySelector('wa-optin-checkbox'), Boolean);
    expect(checkbox!.nextElementSibling!.localName).to.equal('button');
    expect(checkbox!.hasAttribute('phone-from')).to.equal(false);
    // More DOM changes do not add a second box.
    later.append(page.doc.createElement('p'));
    await new Promise((r) => setTimeout(r, 50));
    expect(later.querySelectorAll('wa-optin-checkbox')).to.have.length(1);
  });

  it('WaOptin.configure, open, hasOptedIn and reset work from the page', async () => {
    const receiver = await scriptedEndpoint();
    const page = await sitePage(script, `data-business="Old name" data-topics="offers"`, `<wa-optin-form></wa-optin-form>`);
    frame = page.frame;
    const form = page.doc.querySelector('wa-optin-form')!;
    await eventually(() => shadow(form)?.querySelector('[role=alert]'), Boolean);
    expect(shadow(form)!.querySelector('[role=alert]')!.textContent).to.contain('endpoint');
    page.win.WaOptin.configure({ endpoint: receiver.url, business: 'New name', country: 'US' });
    await eventually(() => shadow(form)!.querySelector('[part=business]')?.textContent, (t) => t === 'New name');
    // (Thrown in the frame's realm: matched by message, not by this realm's TypeError.)
    expect(() => page.win.WaOptin.configure({ endpiont: '/x' } as never)).to.throw('wa-optin: unknown setting endpiont; known: endpoint, business, topics, country, countries, locale');

    expect(page.win.WaOptin.hasOptedIn()).to.equal(false);
    page.win.WaOptin.open();
    const popup = page.doc.querySelector('wa-optin-popup')!;
    const dialog = await eventually(() => shadow(popup)?.querySelector('dialog'), (d) => Boolean(d?.open));
    expect(dialog!.open).to.equal(true);
    // The popup's form renders in a task of its own, just after the popup.
    const business = () => shadow(popup)?.querySelector('wa-optin-form')?.shadowRoot?.querySelector('[part=business]')?.textContent;
    expect(await eventually(business, Boolean)).to.equal('New name');

    await optInThroughForm(form, '2015550123');
    expect(page.win.WaOptin.hasOptedIn()).to.equal(true);
    page.win.WaOptin.reset();
    expect(page.win.WaOptin.hasOptedIn()).to.equal(false);
  });
});
