// The widget end to end against the real receiver: a person fills the form in Chromium,
// the record travels over real HTTP, and the row is read back from the database.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { WaOptinForm } from '../../src/components/form/form.js';
import { consentOutbox, setDeliveryOptions } from '../../src/core/delivery.js';
import type { ConsentRecord } from '../../src/core/record.js';
import { ready, submit, tick, typePhone } from '../support/form-driver.js';

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
});
