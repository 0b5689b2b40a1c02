// The widget end to end against the real receiver: a person fills the form in Chromium,
// the record travels over real HTTP, and the row is read back from the database.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { WaOptinCheckbox } from '../../src/components/checkbox/checkbox.js';
import type { WaOptinForm } from '../../src/components/form/form.js';
import type { OptinSuccessDetail } from '../../src/core/events.js';
import { phoneRulesReady } from '../../src/core/phone.js';
import { consentOutbox, setDeliveryOptions } from '../../src/core/delivery.js';
import type { ConsentRecord } from '../../src/core/record.js';
import { ready, submit, tick, typePhone } from '../support/form-driver.js';
import { DisplayMemory } from '../../src/core/display-memory.js';

interface StoredEvent {
  eventId: string;
  kind: string;
  wording: string;
  via: string;
  origin: string;
  body: ConsentRecord;
}

const storedFor = async (phone: string) =>
  (await (await fetch(`/__receiver-real-db/events?phone=${encodeURIComponent(phone)}`)).json()) as StoredEvent[];

describe('<wa-optin-form> → wa-optin/server → database', () => {
  beforeEach(() => {
    setDeliveryOptions({ retryDelaysMs: [30, 60] });
    consentOutbox().clear();
  });

  it('stores what the person ticked, word for word, as one row', async function () {
    // The first request may wait for the test database to finish starting.
    this.timeout(30_000);
    const container = await fixture<HTMLDivElement>(
      `<div lang="en-US"><wa-optin-form endpoint="/__receiver-real/consent" business="Acme Shoes" topics="order_updates,shipping_updates" source="landing-page"></wa-optin-form></div>`,
    );
    const el = await ready(container.querySelector<WaOptinForm>('wa-optin-form')!);
    // A number of this run only, so a re-run against the same database cannot pass by accident.
    const line = String(Math.floor(1000 + Math.random() * 9000));
    await typePhone(el, `212456${line}`);
    await tick(el);
    const success = oneEvent(el, 'wa-optin-success');
    await submit(el);
    await success;

    const phone = `+1212456${line}`;
    const rows = await storedFor(phone);
    expect(rows).to.have.length(1);
    const [row] = rows;
    expect(row.kind).to.equal('opt-in');
    expect(row.wording).to.equal(
      `Yes, I want to receive order updates and shipping updates from Acme Shoes on WhatsApp, +1 212 456 ${line}.`,
    );
    expect(row.body.topics).to.deep.equal(['order_updates', 'shipping_updates']);
    expect(row.body.source).to.equal('landing-page');
    expect(row.body.pageUrl).to.equal(`${location.origin}${location.pathname}`);
    expect(row.via).to.equal('browser');
    expect(row.origin).to.equal(location.origin);
    expect(el.shadowRoot!.querySelector('.thank-you')).to.not.equal(null);
  });

  it('shows the receiver’s own words when it refuses a record', async () => {
    const container = await fixture<HTMLDivElement>(
      `<div lang="en-US"><wa-optin-form endpoint="/__receiver-real/consent" business="Acme Shoes" topics="crypto_tips"></wa-optin-form></div>`,
    );
    const el = await ready(container.querySelector<WaOptinForm>('wa-optin-form')!);
    await typePhone(el, '2124567890');
    await tick(el);
    const refused = oneEvent(el, 'wa-optin-error');
    await submit(el);
    const { detail } = (await refused) as CustomEvent<{ reason: string; message?: string }>;
    expect(detail.reason).to.equal('rejected');
    expect(el.shadowRoot!.textContent).to.contain('topics crypto_tips unknown here');
  });

  it('an AJAX checkout that submits twice is one consent: both acknowledged, one row (issue 12, item 8)', async function () {
    this.timeout(30_000);
    // Earlier tests opted this device in for order updates: the box would show the subscribed line instead (issue 15, item 8).
    DisplayMemory.reset();
    const container = await fixture<HTMLDivElement>(`<div lang="en-US"><form id="checkout">
        <label for="billing-phone">Billing phone</label> <input id="billing-phone" type="tel">
        <wa-optin-checkbox name="whatsapp" phone-from="#billing-phone" business="Acme Shoes" topics="order_updates" country="US" endpoint="/__receiver-real/consent"></wa-optin-checkbox>
        <button id="pay">Pay now</button></form></div>`);
    await phoneRulesReady();
    const form = container.querySelector('form')!;
    form.addEventListener('submit', (e) => e.preventDefault()); // the shop's own script sends the order
    const box = container.querySelector<WaOptinCheckbox>('wa-optin-checkbox')!;
    const line = String(Math.floor(1000 + Math.random() * 9000));
    const phoneField = container.querySelector<HTMLInputElement>('#billing-phone')!;
    phoneField.value = `212456${line}`;
    phoneField.dispatchEvent(new Event('input', { bubbles: true }));
    await box.updateComplete;
    box.shadowRoot!.querySelector<HTMLInputElement>('#consent')!.click();
    await box.updateComplete;
    const statuses: number[] = [];
    for (let i = 0; i < 2; i++) {
      const outcome = Promise.race([
        oneEvent(box, 'wa-optin-success').then((e) => (e as CustomEvent<OptinSuccessDetail>).detail.status),
        oneEvent(box, 'wa-optin-error').then((e) => {
          throw new Error(`submit ${i + 1}: ${(e as CustomEvent<{ message: string }>).detail.message}`);
        }),
      ]);
      form.requestSubmit();
      statuses.push(await outcome);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(statuses).to.deep.equal([201, 200]);
    const rows = await storedFor(`+1212456${line}`);
    expect(rows).to.have.length(1);
    expect(rows[0].body.id).to.equal(new FormData(form).get('whatsapp_consent_id'));
  });
});
