import { expect } from '@open-wc/testing';
import { consentOutbox, deliverConsent, isRetryableStatus, setDeliveryOptions, type DeliveryState } from './delivery.js';
import { createConsentRecord, type ConsentRecord } from './record.js';
import { buildWording } from './wording.js';
import { eventually, scriptedEndpoint } from '../../test/support/receiver.js';

const aRecord = (): ConsentRecord =>
  createConsentRecord({
    phone: '+12015550123',
    phoneVerified: false,
    topics: ['order_updates'],
    business: 'Acme',
    wording: buildWording({ business: 'Acme', topics: ['order_updates'], phoneDisplay: '+1 201 555 0123', locale: 'en' }),
    source: 'form',
    pageUrl: location.href,
  });

describe('consent delivery', () => {
  beforeEach(() => {
    setDeliveryOptions({ retryDelaysMs: [20, 20, 20] });
    consentOutbox().clear();
  });

  it('writes the record to the durable outbox before the first request leaves', async () => {
    const receiver = await scriptedEndpoint([201]);
    const record = aRecord();
    const delivery = deliverConsent(record, receiver.url);
    // Synchronously after the call, before any network: the record is in localStorage.
    expect(JSON.parse(localStorage.getItem('wa-optin:outbox')!)[0]).to.deep.include({ record, state: 'pending' });
    expect(await delivery).to.deep.equal({ state: 'delivered', status: 201 });
    expect(localStorage.getItem('wa-optin:outbox')).to.equal(null);
  });

  it('retries 503, 429 and a broken connection with the same id, then succeeds', async () => {
    // (A 408 is not scripted here: Chrome itself resends after a 408 on a reused socket,
    // so the page may never see it. isRetryableStatus covers it below.)
    const receiver = await scriptedEndpoint([503, 429, 0, 200]);
    setDeliveryOptions({ retryDelaysMs: [10, 10, 10, 10] });
    const record = aRecord();
    const states: DeliveryState['state'][] = [];
    const final = await deliverConsent(record, receiver.url, (s) => states.push(s.state));
    expect(final).to.deep.equal({ state: 'delivered', status: 200 });
    const requests = await receiver.requests();
    expect(requests.map((r) => r.status)).to.deep.equal([503, 429, 0, 200]);
    expect(new Set(requests.map((r) => r.headers['idempotency-key']))).to.deep.equal(new Set([record.id]));
    for (const request of requests) expect(request.body).to.deep.equal(record);
    expect(states).to.deep.equal(['sending', 'queued', 'sending', 'queued', 'sending', 'queued', 'sending', 'delivered']);
  });

  it('counts 408, 429 and 5xx as worth a retry, other answers as final', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).to.equal(true);
    expect([200, 201, 400, 401, 403, 404, 409, 413, 415, 422].some(isRetryableStatus)).to.equal(false);
  });

  it('reports a 400 with the receiver\'s message and does not retry it', async () => {
    const receiver = await scriptedEndpoint([400, 201]);
    const record = aRecord();
    const final = await deliverConsent(record, receiver.url);
    expect(final).to.deep.equal({ state: 'rejected', status: 400, message: 'scripted 400: phone is not a valid number' });
    await new Promise((r) => setTimeout(r, 150));
    expect(await receiver.requests()).to.have.length(1);
    // Kept for the integrator to inspect, marked so it is never resent.
    expect(consentOutbox().get(record.id)).to.deep.include({ state: 'rejected', attempts: 1 });
    expect(consentOutbox().pending()).to.deep.equal([]);
  });

  it('keeps an undeliverable record pending once the retries are spent', async () => {
    const receiver = await scriptedEndpoint([503, 503, 503, 0]);
    const record = aRecord();
    const final = await deliverConsent(record, receiver.url);
    expect(final).to.deep.include({ state: 'queued', attempts: 4 });
    expect(consentOutbox().pending().map((e) => e.record.id)).to.deep.equal([record.id]);
    expect(consentOutbox().get(record.id)!.lastError).to.match(/^network: /);
  });

  it('sends a record once even when asked twice at the same time', async () => {
    const receiver = await scriptedEndpoint([201]);
    const record = aRecord();
    const [a, b] = await Promise.all([deliverConsent(record, receiver.url), deliverConsent(record, receiver.url)]);
    expect(a).to.deep.equal(b);
    expect(await receiver.requests()).to.have.length(1);
  });

  it('redelivers on the next page load of the site what an earlier page could not send', async () => {
    const receiver = await scriptedEndpoint([0, 0, 0, 0, 201]);
    const record = aRecord();
    expect((await deliverConsent(record, receiver.url)).state).to.equal('queued');
    expect(await receiver.requests()).to.have.length(4);
    // A new page of the same site (same localStorage), with a wa-optin element on it.
    const frame = document.createElement('iframe');
    frame.src = '/test/browser/pages/form-page.html';
    document.body.append(frame);
    try {
      const requests = await eventually(receiver.requests, (r) => r.length === 5, 8000);
      expect(requests[4]).to.deep.include({ status: 201 });
      expect(requests[4].body).to.deep.equal(record);
      expect(requests[4].headers['idempotency-key']).to.equal(record.id);
      const outbox = await eventually(() => localStorage.getItem('wa-optin:outbox'), (v) => v === null);
      expect(outbox).to.equal(null);
    } finally {
      frame.remove();
    }
  });
});
