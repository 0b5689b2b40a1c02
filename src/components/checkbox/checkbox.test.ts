import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setViewport } from '../../../test/support/viewport.js';
import '../../define.js';
import type { WaOptinCheckbox } from './checkbox.js';
import { DisplayMemory } from '../../core/display-memory.js';
import type { OptinErrorDetail, OptinSubmitDetail } from '../../core/events.js';
import { phoneRulesReady, phoneRulesState, setPhoneMetadataLoader } from '../../core/phone.js';
import { loadPhoneMetadata } from '../../core/phone-metadata.js';
import { freshOptinState } from '../../../test/support/fresh-state.js';
import { eventually, scriptedEndpoint, validateAgainstSchema } from '../../../test/support/receiver.js';
import { part, visibleWording } from '../../../test/support/form-driver.js';
import { onPhoneScreen, pressAndType, pressAt } from '../../../test/support/pointer.js';
import { setDeliveryOptions } from '../../core/delivery.js';
import { sendMouse } from '@web/test-runner-commands';
import { setViewport as setEngineViewport } from '../../../test/support/viewport.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A checkout form like a shop's: its own billing phone field, the box, a pay button. */
const checkout = async (boxAttributes = '', endpoint = '', phoneFrom = '#billing-phone') => {
  const container = await fixture<HTMLDivElement>(`<div lang="en-US">
    <form id="checkout">
      <fieldset id="billing">
        <label>Name <input name="name" value="Ada"></label>
        <label for="billing-phone">Billing phone</label> <input id="billing-phone" name="billing_phone" type="tel">
        <wa-optin-checkbox name="whatsapp" phone-from="${phoneFrom}" business="Acme Shoes" topics="order_updates,shipping_updates" country="US" ${endpoint ? `endpoint="${endpoint}"` : ''} ${boxAttributes}></wa-optin-checkbox>
      </fieldset>
      <button id="pay">Pay now</button>
    </form></div>`);
  await phoneRulesReady();
  const form = container.querySelector('form')!;
  const box = container.querySelector('wa-optin-checkbox')!;
  const phone = container.querySelector<HTMLInputElement>('#billing-phone')!;
  // The test page must not navigate: a listener like an SPA's keeps it here (after our capture listener ran).
  const submits: SubmitEvent[] = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submits.push(e);
  });
  await box.updateComplete;
  return { container, form, box, phone, submits };
};

const typeInto = async (input: HTMLInputElement, text: string, box: WaOptinCheckbox) => {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  await box.updateComplete;
};
const tickBox = async (box: WaOptinCheckbox) => {
  part<HTMLInputElement>(box, '#consent').click();
  await box.updateComplete;
};
const entries = (form: HTMLFormElement) => [...new FormData(form).entries()].filter(([k]) => k.startsWith('whatsapp'));

describe('<wa-optin-checkbox>', () => {
  beforeEach(freshOptinState);
  after(freshOptinState);

  it('is accessible, is a real unticked checkbox named by the sentence, even with a checked attribute (R1)', async () => {
    const { box } = await checkout('checked');
    await expect(box).to.be.accessible();
    const input = part<HTMLInputElement>(box, '#consent');
    expect(input.type).to.equal('checkbox');
    expect(input.checked).to.equal(false);
    expect(box.checked).to.equal(false);
    expect(input.labels![0].textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Yes, I want to receive order updates and shipping updates from Acme Shoes on WhatsApp, the number above.',
    );
    expect(box.shadowRoot!.querySelector('#phone')).to.equal(null); // the page's own field is used
  });

  it('mirrors the page’s phone field into the sentence as the person types (R3)', async () => {
    const { box, phone } = await checkout();
    await typeInto(phone, '2015550123', box);
    expect(phone.value).to.equal('2015550123'); // the page's field is left as the person typed it
    expect(visibleWording(box)).to.contain('on WhatsApp, +1 201 555 0123.');
    await sendKeys({ press: 'Backspace' });
    await box.updateComplete;
    expect(visibleWording(box)).to.contain('on WhatsApp, the number above.');
  });

  it('phone rules the connection dropped: a number without + is not taken; once it is back, leaving the page’s phone field brings them and the number is taken', async () => {
    // The network is outside the project's control: the rules' loader stands in for it.
    let online = false;
    setPhoneMetadataLoader((options) => (online ? loadPhoneMetadata(options) : Promise.reject(new Error('offline (simulated)'))));
    try {
      const { container, form, box, phone } = await checkout();
      expect(phoneRulesState()).to.equal('failed');
      await typeInto(phone, '2015550123', box);
      await tickBox(box);
      expect(entries(form), 'a number the page cannot place in a country').to.deep.equal([]);

      online = true;
      // The person goes back to the field, retypes it and leaves it for the name above (a
      // change, not a focus on the box): their ask, like a tap on the box's own number.
      await typeInto(phone, '201 555 0123', box);
      await pressAt(container.querySelector<HTMLInputElement>('input[name=name]')!);
      expect(document.activeElement?.getAttribute('name'), 'the person is in the name field').to.equal('name');
      await eventually(() => phoneRulesState(), (state) => state === 'loaded', 5000);
      await box.updateComplete;
      expect(visibleWording(box)).to.contain('on WhatsApp, +1 201 555 0123.');
      expect(entries(form).map(([key, value]) => [key, String(value).replace(/^[0-9a-f-]{36}$/, 'ID')])).to.deep.equal([
        ['whatsapp', '+12015550123'],
        ['whatsapp_consent_id', 'ID'],
      ]);
    } finally {
      setPhoneMetadataLoader(loadPhoneMetadata);
      await phoneRulesReady();
    }
  });

  it('adds nothing to the form data unticked; ticked: the E.164 number and the record id', async () => {
    const { form, box, phone } = await checkout();
    await typeInto(phone, '2015550123', box);
    expect(entries(form)).to.deep.equal([]);
    await tickBox(box);
    const data = entries(form);
    expect(data.map(([k]) => k)).to.deep.equal(['whatsapp', 'whatsapp_consent_id']);
    expect(data[0][1]).to.equal('+12015550123');
    expect(String(data[1][1])).to.match(UUID);
    expect(box.matches(':state(checked)')).to.equal(true);
    // Unticking removes both at once (set synchronously, so no stale FormData).
    part<HTMLInputElement>(box, '#consent').click();
    expect(entries(form)).to.deep.equal([]);
  });

  it('on submit, POSTs a schema-valid record whose id is the one in the form data, with the sentence shown', async () => {
    const receiver = await scriptedEndpoint();
    const { form, box, phone, submits } = await checkout('', receiver.url);
    await typeInto(phone, '(201) 555-0123', box);
    await tickBox(box);
    const shown = visibleWording(box);
    const submitted = oneEvent(box, 'wa-optin-submit');
    form.querySelector<HTMLButtonElement>('#pay')!.click();
    const { detail } = (await submitted) as CustomEvent<OptinSubmitDetail>;
    expect(submits).to.have.length(1);
    const [request] = await eventually(receiver.requests, (r) => r.length === 1);
    expect(request.body).to.deep.equal(detail.record);
    expect(request.body).to.include({
      id: new FormData(form).get('whatsapp_consent_id'),
      phone: '+12015550123',
      source: 'checkbox',
      business: 'Acme Shoes',
      wording: shown,
      phoneVerified: false,
    });
    expect(await validateAgainstSchema(request.body)).to.deep.equal({ valid: true, errors: [] });
    expect(DisplayMemory.hasOptedIn()).to.equal(true);
  });

  it('unticked: the form submits, and no record is sent', async () => {
    const receiver = await scriptedEndpoint();
    const { form, box, phone, submits } = await checkout('', receiver.url);
    await typeInto(phone, '2015550123', box);
    form.requestSubmit();
    expect(submits).to.have.length(1);
    await new Promise((r) => setTimeout(r, 150));
    expect(await receiver.requests()).to.have.length(0);
  });

  it('with block-submit, an invalid number holds the form back: no browser bubble, focus on the page’s phone field, the reason said once', async () => {
    const receiver = await scriptedEndpoint();
    const { form, box, phone, submits } = await checkout('block-submit', receiver.url);
    await typeInto(phone, '20155', box);
    await tickBox(box);
    expect(box.validity.customError).to.equal(true);
    expect(box.validationMessage).to.equal('To receive these messages on WhatsApp, correct the phone number: This number is too short.');
    const invalid = oneEvent(box, 'invalid');
    form.requestSubmit();
    const event = await invalid;
    await box.updateComplete;
    // Cancelled: the browser shows no bubble over the sentence (our message says it once).
    expect(event.defaultPrevented).to.equal(true);
    expect(document.activeElement).to.equal(phone);
    expect(submits).to.have.length(0);
    expect(entries(form)).to.deep.equal([]);
    const message = part(box, '#message');
    expect(message.textContent).to.equal(box.validationMessage);
    expect(part(box, '#consent').getAttribute('aria-invalid')).to.equal('true');
    await expect(box).to.be.accessible();
    // Fixing the number in the page's field clears it and the form goes through.
    await typeInto(phone, '2015550123', box);
    expect(box.validity.valid).to.equal(true);
    form.requestSubmit();
    expect(submits).to.have.length(1);
    await eventually(receiver.requests, (r) => r.length === 1);
  });

  it('by default an unusable number ("12") never blocks the checkout (R10): no opt-in, told once inline before it submits, no bubble', async () => {
    const receiver = await scriptedEndpoint();
    const { form, box, phone, submits } = await checkout('', receiver.url);
    await typeInto(phone, '12', box);
    await tickBox(box);
    expect(box.validity.valid).to.equal(true);
    expect(part(box, '#consent').getAttribute('aria-invalid')).to.equal('false');
    await expect(box).to.be.accessible();
    let invalidEvents = 0;
    box.addEventListener('invalid', () => invalidEvents++);
    // What the shopper reads at the moment the form submits (our listener ran first, in capture).
    let shownAtSubmit = '';
    form.addEventListener('submit', () => (shownAtSubmit = part(box, '#message').textContent ?? ''));
    form.requestSubmit();
    expect(submits).to.have.length(1);
    expect(invalidEvents).to.equal(0);
    expect(shownAtSubmit).to.equal('Your WhatsApp opt-in was not saved: the number is incomplete.');
    expect(entries(form)).to.deep.equal([]);
    // Said once: the message is the only text about it in the widget.
    expect(box.shadowRoot!.querySelectorAll('.message:not(:empty), .error:not(:empty)')).to.have.length(1);
    await expect(box).to.be.accessible();
    await box.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(await receiver.requests()).to.have.length(0);
  });

  it('is reset with its form, and re-reads the page’s field after the reset', async () => {
    const { container, form, box, phone } = await checkout();
    phone.defaultValue = '+44 7400 123456';
    await typeInto(phone, '2015550123', box);
    await tickBox(box);
    form.reset();
    await Promise.resolve();
    await box.updateComplete;
    expect(box.checked).to.equal(false);
    expect(part<HTMLInputElement>(box, '#consent').checked).to.equal(false);
    expect(entries(form)).to.deep.equal([]);
    expect(visibleWording(box)).to.contain('+44 7400 123456');
    expect(container.querySelector('wa-optin-checkbox')).to.equal(box);
  });

  it('is disabled by a disabled fieldset and then submits nothing', async () => {
    const { container, form, box, phone } = await checkout();
    await typeInto(phone, '2015550123', box);
    await tickBox(box);
    container.querySelector<HTMLFieldSetElement>('#billing')!.disabled = true;
    await box.updateComplete;
    expect(part<HTMLInputElement>(box, '#consent').disabled).to.equal(true);
    expect(box.matches(':state(form-disabled)')).to.equal(true);
    expect(entries(form)).to.deep.equal([]);
    container.querySelector<HTMLFieldSetElement>('#billing')!.disabled = false;
    await box.updateComplete;
    expect(part<HTMLInputElement>(box, '#consent').disabled).to.equal(false);
    expect(entries(form)).to.have.length(2);
  });

  it('restores the person’s own tick on back/forward, but autofill never ticks it', async () => {
    // Browsers call this with the state we saved; here the test plays the browser.
    const { form, box, phone } = await checkout();
    await typeInto(phone, '2015550123', box);
    box.formStateRestoreCallback(JSON.stringify({ ticked: true, phone: '' }), 'autocomplete');
    await box.updateComplete;
    expect(box.checked).to.equal(false);
    box.formStateRestoreCallback(JSON.stringify({ ticked: true, phone: '' }), 'restore');
    await box.updateComplete;
    expect(box.checked).to.equal(true);
    expect(entries(form)).to.have.length(2);
  });

  it('without phone-from, brings its own validated phone field and can be used by keyboard alone', async () => {
    const receiver = await scriptedEndpoint();
    const container = await fixture<HTMLDivElement>(`<div lang="en-US"><form>
      <label>E-mail <input id="email" name="email" type="email" value="ada@example.com"></label>
      <wa-optin-checkbox name="whatsapp" business="Acme" topics="account_alerts" country="US" endpoint="${receiver.url}" block-submit></wa-optin-checkbox>
      <button>Create account</button></form></div>`);
    await phoneRulesReady();
    const form = container.querySelector('form')!;
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    const box = container.querySelector('wa-optin-checkbox')!;
    await box.updateComplete;
    await expect(box).to.be.accessible();
    container.querySelector<HTMLInputElement>('#email')!.focus();
    await sendKeys({ press: 'Tab' }); // country
    expect(box.shadowRoot!.activeElement?.id).to.equal('country');
    await sendKeys({ press: 'Tab' }); // number
    await sendKeys({ type: '20155' });
    await sendKeys({ press: 'Tab' }); // checkbox
    expect(box.shadowRoot!.activeElement?.id).to.equal('consent');
    await sendKeys({ press: ' ' }); // the space bar (WebDriver BiDi knows no key named "Space")
    await sendKeys({ press: 'Tab' }); // the page's button
    await sendKeys({ press: 'Enter' });
    await box.updateComplete;
    expect(submitted).to.equal(0);
    // Focus on the number that needs fixing, not on the box (block-submit).
    expect(box.shadowRoot!.activeElement?.id).to.equal('phone');
    expect(part(box, '#phone-error').textContent).to.equal('This number is too short.');
    expect(part(box, '#phone').getAttribute('aria-invalid')).to.equal('true');
    await expect(box).to.be.accessible();
    part<HTMLInputElement>(box, '#phone').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '50123' });
    await box.updateComplete;
    expect(part(box, '#phone-error').textContent).to.equal('');
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.equal(1);
    const [request] = await eventually(receiver.requests, (r) => r.length === 1);
    expect(request.body).to.include({ phone: '+12015550123', id: new FormData(form).get('whatsapp_consent_id') });
  });

  it('with phone-verified, asks for no number and records it as verified (R5)', async () => {
    const receiver = await scriptedEndpoint();
    const { form, box } = await checkout('phone="+5511912345678" phone-verified', receiver.url, '');
    expect(box.shadowRoot!.querySelector('#phone')).to.equal(null);
    expect(visibleWording(box)).to.contain('on WhatsApp, +55 11 91234 5678.');
    await tickBox(box);
    form.requestSubmit();
    const [request] = await eventually(receiver.requests, (r) => r.length === 1);
    expect(request.body).to.include({ phone: '+5511912345678', phoneVerified: true });
  });

  it('fits a 360 px phone', async function () {
    await setViewport({ width: 360, height: 640 }, this);
    try {
      const { box, phone } = await checkout();
      await typeInto(phone, '2015550123', box);
      expect(box.getBoundingClientRect().right).to.be.at.most(360);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      expect(part(box, '#consent').getBoundingClientRect().width).to.be.at.least(24);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('delivers the record even though the checkout page navigates away at once', async () => {
    const receiver = await scriptedEndpoint();
    const frame = document.createElement('iframe');
    frame.src = `/test/browser/pages/checkout-navigates.html?endpoint=${encodeURIComponent(receiver.url)}`;
    document.body.append(frame);
    try {
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const doc = frame.contentDocument!;
      const box = (await eventually(
        () => doc.querySelector('wa-optin-checkbox'),
        (b) => Boolean(b?.shadowRoot?.querySelector('#consent') && (b as WaOptinCheckbox).endpoint),
      )) as WaOptinCheckbox;
      const phone = doc.querySelector<HTMLInputElement>('#billing-phone')!;
      phone.value = '2015550123';
      phone.dispatchEvent(new Event('input', { bubbles: true }));
      box.shadowRoot!.querySelector<HTMLInputElement>('#consent')!.click();
      // The frame loads its own phone rules; until then no number is valid.
      expect(await eventually(() => box.value, (v) => v !== '')).to.equal('+12015550123');
      const navigated = new Promise((r) => frame.addEventListener('load', r, { once: true }));
      doc.querySelector<HTMLButtonElement>('#pay')!.click();
      await navigated;
      const sent = new URL(frame.contentWindow!.location.href).searchParams;
      expect(frame.contentDocument!.title).to.equal('Order placed');
      expect(sent.get('whatsapp')).to.equal('+12015550123');
      const id = sent.get('whatsapp_consent_id');
      expect(id).to.match(UUID);
      const requests = await eventually(receiver.requests, (r) => r.length >= 1);
      expect(requests.map((r) => r.body.id)).to.include(id);
      expect(requests[0].body).to.include({ phone: '+12015550123', source: 'checkbox' });
    } finally {
      frame.remove();
    }
  });

  describe('an AJAX checkout that submits twice (issue 12, item 8)', () => {
    it('resends the SAME record when nothing agreed changed; a new number or a new sentence is a new consent with a new id', async function () {
      const receiver = await scriptedEndpoint();
      await onPhoneScreen(this, async () => {
        const { form, box, phone, submits } = await checkout('', receiver.url);
        await pressAndType(phone, '2015550123');
        await box.updateComplete;
        await pressAt(part(box, '#consent'));
        expect(box.checked).to.equal(true);
        await expect(box).to.be.accessible();
        const pay = form.querySelector<HTMLButtonElement>('#pay')!;
        await pressAt(pay);
        const firstId = new FormData(form).get('whatsapp_consent_id');
        await eventually(receiver.requests, (r) => r.length === 1);
        await new Promise((r) => setTimeout(r, 20)); // a later clock: a rebuilt record would differ
        // The shop's script failed (say, a card declined) and the person presses Pay again.
        await pressAt(pay);
        expect(submits).to.have.length(2);
        const requests = await eventually(receiver.requests, (r) => r.length === 2);
        expect(requests[1].body, 'the same record, same consentedAt').to.deep.equal(requests[0].body);
        expect(requests[1].body.id).to.equal(firstId);
        expect(new FormData(form).get('whatsapp_consent_id')).to.equal(firstId);

        // Another number: a new consent, a new id.
        await pressAndType(phone, '2015550199');
        await box.updateComplete;
        await pressAt(pay);
        const afterNumber = await eventually(receiver.requests, (r) => r.length === 3);
        expect(afterNumber[2].body.id).to.not.equal(firstId);
        expect(afterNumber[2].body.phone).to.equal('+12015550199');
        expect(new FormData(form).get('whatsapp_consent_id')).to.equal(afterNumber[2].body.id);

        // Another sentence (the shop renamed itself mid-checkout): a new consent, a new id.
        box.business = 'Acme Shoes & Boots';
        await box.updateComplete;
        await pressAt(pay);
        const afterWording = await eventually(receiver.requests, (r) => r.length === 4);
        expect(afterWording[3].body.id).to.not.equal(afterNumber[2].body.id);
        expect(afterWording[3].body.wording).to.contain('Acme Shoes & Boots');
        expect(new FormData(form).get('whatsapp_consent_id')).to.equal(afterWording[3].body.id);
        await expect(box).to.be.accessible();
      });
    });
  });

  describe('the same consent flow as the form', () => {
    it('reports an unreachable receiver at once, like the form: reason unreachable, willRetry, the queued message', async () => {
      setDeliveryOptions({ retryDelaysMs: [5_000] });
      const receiver = await scriptedEndpoint(['redirect']);
      const { form, box, phone } = await checkout('', receiver.url);
      await typeInto(phone, '2015550123', box);
      await tickBox(box);
      const errorEvent = oneEvent(box, 'wa-optin-error');
      form.requestSubmit();
      const { detail } = (await errorEvent) as CustomEvent<OptinErrorDetail>;
      expect(detail).to.include({
        reason: 'unreachable',
        willRetry: true,
        message: 'We could not reach the server. Your choice is saved on this device and we will send it again automatically.',
      });
      expect(detail.record!.id).to.equal(new FormData(form).get('whatsapp_consent_id'));
    });

    it('reports a refusal with the same words as the form', async () => {
      const receiver = await scriptedEndpoint([400]);
      const { form, box, phone } = await checkout('', receiver.url);
      await typeInto(phone, '2015550123', box);
      await tickBox(box);
      const errorEvent = oneEvent(box, 'wa-optin-error');
      form.requestSubmit();
      const { detail } = (await errorEvent) as CustomEvent<OptinErrorDetail>;
      expect(detail).to.include({
        reason: 'rejected',
        willRetry: false,
        message: 'The server did not accept this sign-up: scripted 400: phone is not a valid number',
      });
    });
  });

  describe('issue 15', () => {
    afterEach(() => setEngineViewport({ width: 800, height: 600 }));
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

    it('own field at 360 px: a real tap on the box as the bad number’s field blurs lands on the box, which has not moved (item 4)', async function () {
      await setEngineViewport({ width: 360, height: 640 }, this);
      const container = await fixture<HTMLDivElement>(`<div lang="pt-BR"><form>
        <wa-optin-checkbox name="whatsapp" business="Acme" topics="order_updates" country="BR"></wa-optin-checkbox>
        <button id="pay">Pagar</button></form></div>`);
      await phoneRulesReady();
      const box = container.querySelector('wa-optin-checkbox')!;
      await box.updateComplete;
      await typeInto(part<HTMLInputElement>(box, '#phone'), '12', box);
      const consent = part<HTMLInputElement>(box, '#consent');
      const pay = container.querySelector('#pay')!;
      const aimed = [consent.getBoundingClientRect().top, pay.getBoundingClientRect().top];
      const r = consent.getBoundingClientRect();
      const [x, y] = [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await box.updateComplete;
      await frames();
      expect(part(box, '#phone-error').textContent).to.equal('Este número é curto demais.');
      expect([consent.getBoundingClientRect().top, pay.getBoundingClientRect().top]).to.deep.equal(aimed);
      expect(box.shadowRoot!.elementFromPoint(x, y)).to.equal(consent);
      await sendMouse({ type: 'up' });
      await box.updateComplete;
      expect(box.checked).to.equal(true);
      await expect(box).to.be.accessible();
    });

    it('once this device opted in for these topics: "You get … on WhatsApp at +55 … · Stop", Stop linking to the preference page (item 8)', async () => {
      const receiver = await scriptedEndpoint();
      // The account page, first visit: the person ticks and saves.
      const first = await fixture<HTMLDivElement>(`<div lang="en-US"><form>
        <wa-optin-checkbox name="whatsapp" business="Acme" topics="order_updates" country="BR" endpoint="${receiver.url}" preferences-url="/preferences?from=account"></wa-optin-checkbox>
        <button>Save</button></form></div>`);
      await phoneRulesReady();
      const form = first.querySelector('form')!;
      form.addEventListener('submit', (e) => e.preventDefault());
      const box = first.querySelector('wa-optin-checkbox')!;
      await box.updateComplete;
      await typeInto(part<HTMLInputElement>(box, '#phone'), '11912345678', box);
      await tickBox(box);
      form.requestSubmit();
      await eventually(receiver.requests, (r) => r.length === 1);
      // The page after saving: the box gives way to the state and the way out.
      const again = await fixture<HTMLDivElement>(`<div lang="en-US"><form>
        <wa-optin-checkbox name="whatsapp" business="Acme" topics="order_updates" country="BR" endpoint="${receiver.url}" preferences-url="/preferences?from=account"></wa-optin-checkbox>
        <button>Save</button></form></div>`);
      const saved = again.querySelector('wa-optin-checkbox')!;
      await saved.updateComplete;
      const line = part(saved, '[part=subscribed]');
      expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal('You get order updates on WhatsApp at +55 •• ••••• 5678 · Stop');
      const stop = part<HTMLAnchorElement>(saved, '[part=stop]');
      expect(stop.href).to.equal(new URL('/preferences?from=account', location.href).href);
      expect(saved.shadowRoot!.querySelector('#consent')).to.equal(null);
      expect([...new FormData(again.querySelector('form')!).keys()]).to.deep.equal([]);
      // The number never breaks across lines (item 6), and is a left-to-right island in any language.
      const number = part(saved, '[part=subscribed] bdi[part=phone]');
      expect([number.textContent, number.dir, getComputedStyle(number).whiteSpace]).to.deep.equal(['+55 •• ••••• 5678', 'ltr', 'nowrap']);
      await expect(saved).to.be.accessible();
      // Without a preference page: the state, no dead link. Other topics: the box as usual.
      const plain = await fixture<WaOptinCheckbox>(`<wa-optin-checkbox business="Acme" topics="order_updates" country="BR"></wa-optin-checkbox>`);
      expect(plain.shadowRoot!.querySelector('[part=stop]')).to.equal(null);
      expect(part(plain, '[part=subscribed]').textContent).to.contain('You get order updates on WhatsApp');
      const other = await fixture<WaOptinCheckbox>(`<wa-optin-checkbox business="Acme" topics="offers" country="BR"></wa-optin-checkbox>`);
      expect(other.shadowRoot!.querySelector('#consent')).to.not.equal(null);
    });
  });
});
