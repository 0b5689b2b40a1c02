import { expect } from '@open-wc/testing';
import {
  consentOutbox,
  deliverConsent,
  expireOldConsents,
  isRetryableStatus,
  setDeliveryOptions,
  type DeliveryState,
} from './delivery.js';
import type { OptinExpiredDetail } from './events.js';
import { ConsentOutbox } from './outbox.js';
import { createConsentRecord, type ConsentRecord } from './record.js';
import { buildWording } from './sentence.js';
import { eventually, scriptedEndpoint } from '../../test/support/receiver.js';

const aRecord = (now?: Date): ConsentRecord =>
  createConsentRecord({
    now,
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
    expect(JSON.parse(localStorage.getItem(`wa-optin:outbox:${record.id}`)!)).to.deep.include({ record, state: 'pending' });
    expect(await delivery).to.deep.equal({ state: 'delivered', status: 201 });
    expect(localStorage.getItem(`wa-optin:outbox:${record.id}`)).to.equal(null);
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

  it('keeps only the id and the error of a refused record: no number, no wording (item 10)', async () => {
    const receiver = await scriptedEndpoint([422]);
    const record = aRecord();
    await deliverConsent(record, receiver.url);
    const stored = localStorage.getItem(`wa-optin:outbox:${record.id}`)!;
    expect(Object.keys(JSON.parse(stored)).sort()).to.deep.equal(['attempts', 'id', 'lastError', 'rejectedAt', 'state']);
    expect(stored).to.not.contain('2015550123');
    expect(stored).to.not.contain('Acme');
    expect(consentOutbox().get(record.id)).to.deep.include({ id: record.id, lastError: '422 scripted 422: phone is not a valid number' });
  });

  it('keeps an undeliverable record pending once the retries are spent', async () => {
    const receiver = await scriptedEndpoint([503, 503, 503, 0]);
    const record = aRecord();
    const final = await deliverConsent(record, receiver.url);
    expect(final).to.deep.include({ state: 'queued', attempts: 4 });
    expect(consentOutbox().pending().map((e) => e.record.id)).to.deep.equal([record.id]);
    // The scripted break is an answer with two Content-Length headers: Chromium and Firefox
    // call it a network error, WebKit reads the 502 status line before it. Either way, pending.
    expect(consentOutbox().get(record.id)!.lastError).to.match(/^network: |^HTTP 502$/);
  });

  it('sends a record once even when asked twice at the same time', async () => {
    const receiver = await scriptedEndpoint([201]);
    const record = aRecord();
    const [a, b] = await Promise.all([deliverConsent(record, receiver.url), deliverConsent(record, receiver.url)]);
    expect(a).to.deep.equal(b);
    expect(await receiver.requests()).to.have.length(1);
  });

  it('sends a record this page just made at once, without waiting for its delivery lock (a checkout navigating away)', async () => {
    const receiver = await scriptedEndpoint([201]);
    const record = aRecord();
    // Another holder of the record's lock: the first request must not wait for it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await new Promise<void>((granted) => void navigator.locks.request(`wa-optin:deliver:${record.id}`, () => (granted(), held)));
    const delivery = deliverConsent(record, receiver.url);
    try {
      const requests = await eventually(receiver.requests, (r) => r.length === 1, 3000);
      expect(requests.map((r) => r.body.id)).to.deep.equal([record.id]);
    } finally {
      release();
    }
    expect(await delivery).to.deep.include({ state: 'delivered' });
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
      const outbox = await eventually(() => consentOutbox().entries(), (v) => v.length === 0);
      expect(outbox).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  describe('acknowledgement: only the receiver\'s own answer naming the record counts (item 1)', () => {
    for (const [answer, what] of [
      ['redirect', 'a 302 to a login page that answers 200 HTML'],
      ['wrong-json', 'a 200 whose JSON names another record'],
      ['html', 'a 200 HTML page'],
    ] as const) {
      it(`${what} is not delivery: the record stays pending and is retried until acknowledged`, async () => {
        const receiver = await scriptedEndpoint([answer, answer, 201]);
        setDeliveryOptions({ retryDelaysMs: [10, 10] });
        const record = aRecord();
        const states: DeliveryState[] = [];
        const final = await deliverConsent(record, receiver.url, (s) => states.push(s));
        const queued = states.filter((s) => s.state === 'queued');
        expect(queued).to.have.length(2);
        expect((queued[0] as { reason: string }).reason).to.match(/^not acknowledged: /);
        expect(final).to.deep.equal({ state: 'delivered', status: 201 });
        const requests = await receiver.requests();
        expect(requests.map((r) => r.body.id)).to.deep.equal([record.id, record.id, record.id]);
      });
    }

    it('never follows the redirect, and keeps the record when no acknowledgement ever comes', async () => {
      const receiver = await scriptedEndpoint(['redirect', 'redirect']);
      setDeliveryOptions({ retryDelaysMs: [10] });
      const record = aRecord();
      const final = await deliverConsent(record, receiver.url);
      expect(final).to.deep.include({ state: 'queued', attempts: 2, reason: 'not acknowledged: the endpoint redirected' });
      expect(consentOutbox().pending().map((e) => e.record)).to.deep.equal([record]);
      // The login page itself was never asked for: nothing followed the 302.
      expect((await receiver.requests()).map((r) => r.status)).to.deep.equal([302, 302]);
    });
  });

  describe('personal data does not stay in the browser for ever (item 10)', () => {
    afterEach(() => setDeliveryOptions({ maxPendingAgeDays: 30, outbox: new ConsentOutbox() }));

    it('expires pending records older than maxPendingAgeDays (default 30) and reports them on document', async () => {
      const day = 86_400_000;
      const old = aRecord(new Date(Date.now() - 31 * day));
      const recent = aRecord(new Date(Date.now() - 29 * day));
      const outbox = consentOutbox();
      outbox.put({ id: old.id, state: 'pending', record: old, endpoint: '/x', attempts: 7, lastError: 'HTTP 503' });
      outbox.put({ id: recent.id, state: 'pending', record: recent, endpoint: '/x', attempts: 7 });
      const heard: OptinExpiredDetail[] = [];
      const listener = (e: CustomEvent<OptinExpiredDetail>) => heard.push(e.detail);
      window.addEventListener('wa-optin-expired', listener);
      try {
        expireOldConsents();
      } finally {
        window.removeEventListener('wa-optin-expired', listener);
      }
      expect(outbox.pending().map((e) => e.id)).to.deep.equal([recent.id]);
      expect(heard).to.deep.equal([
        {
          reason: 'age',
          maxPendingAgeDays: 30,
          records: [{ id: old.id, consentedAt: old.consentedAt, endpoint: '/x', attempts: 7, lastError: 'HTTP 503' }],
        },
      ]);
      expect(JSON.stringify(heard)).to.not.contain(old.phone);
      setDeliveryOptions({ maxPendingAgeDays: 7 });
      expect(expireOldConsents().map((e) => e.id)).to.deep.equal([recent.id]);
    });

    it('expires them on the next page load of the site, without sending them', async () => {
      const receiver = await scriptedEndpoint([201]);
      const old = aRecord(new Date(Date.now() - 40 * 86_400_000));
      consentOutbox().put({ id: old.id, state: 'pending', record: old, endpoint: receiver.url, attempts: 4 });
      const frame = document.createElement('iframe');
      frame.src = '/test/browser/pages/form-page.html';
      document.body.append(frame);
      try {
        await eventually(() => consentOutbox().entries(), (v) => v.length === 0);
        await new Promise((r) => setTimeout(r, 200));
        expect(consentOutbox().entries()).to.deep.equal([]);
        expect(await receiver.requests()).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });

    it('caps the outbox by count and by bytes: refusals go first, then the oldest pending, reported', () => {
      const outbox = new ConsentOutbox(localStorage, { maxEntries: 3, maxBytes: 100_000 });
      setDeliveryOptions({ outbox });
      outbox.clear();
      const records = [0, 1, 2, 3].map((i) => aRecord(new Date(Date.now() - (10 - i) * 60_000)));
      outbox.put({ id: 'refused-1', state: 'rejected', attempts: 1, lastError: '422 no', rejectedAt: new Date().toISOString() });
      expect(outbox.put({ id: records[0].id, state: 'pending', record: records[0], endpoint: '/x', attempts: 0 })).to.deep.equal([]);
      expect(outbox.put({ id: records[1].id, state: 'pending', record: records[1], endpoint: '/x', attempts: 0 })).to.deep.equal([]);
      // A fourth entry: the refusal goes, every pending record stays.
      expect(outbox.put({ id: records[2].id, state: 'pending', record: records[2], endpoint: '/x', attempts: 0 })).to.deep.equal([]);
      expect(outbox.entries().map((e) => e.id)).to.deep.equal(records.slice(0, 3).map((r) => r.id));
      // A fifth: the oldest pending record goes, and is returned so it can be reported.
      const heard: OptinExpiredDetail[] = [];
      const listener = (e: CustomEvent<OptinExpiredDetail>) => heard.push(e.detail);
      document.addEventListener('wa-optin-expired', listener);
      void deliverConsent(records[3], '/__receiver/unused-cap').catch(() => {});
      document.removeEventListener('wa-optin-expired', listener);
      expect(heard.map((d) => [d.reason, d.records.map((r) => r.id)])).to.deep.equal([['capacity', [records[0].id]]]);
      expect(outbox.entries().map((e) => e.id)).to.deep.equal(records.slice(1).map((r) => r.id));

      const small = new ConsentOutbox(localStorage, { maxEntries: 100, maxBytes: 2_000 });
      small.clear();
      for (const record of records) small.put({ id: record.id, state: 'pending', record, endpoint: '/x', attempts: 0 });
      const bytes = small.entries().reduce((sum, e) => sum + JSON.stringify(e).length, 0);
      expect(bytes).to.be.at.most(2_000);
      expect(small.entries().map((e) => e.id)).to.include(records[3].id);
      small.clear();
    });

    it('reads an outbox written by version 0.1 (one array) and drops the record of a refused entry', () => {
      const pending = aRecord();
      const refused = aRecord();
      localStorage.setItem(
        'wa-optin:outbox',
        JSON.stringify([
          { record: pending, endpoint: '/x', attempts: 2, state: 'pending' },
          { record: refused, endpoint: '/x', attempts: 1, state: 'rejected', lastError: '400 bad' },
        ]),
      );
      expect(consentOutbox().pending().map((e) => e.record)).to.deep.equal([pending]);
      expect(consentOutbox().get(refused.id)).to.deep.include({ state: 'rejected', lastError: '400 bad' });
      expect(localStorage.getItem('wa-optin:outbox')).to.equal(null);
      expect(localStorage.getItem(`wa-optin:outbox:${refused.id}`)).to.not.contain(refused.phone);
    });
  });

  describe('several tabs, one delivery (item 12)', () => {
    /** Tabs of one site: same-origin frames share localStorage and Web Locks, each with its own copy of the modules. */
    const openTabs = (page: string, count: number) =>
      Array.from({ length: count }, () => {
        const frame = document.createElement('iframe');
        frame.src = page;
        document.body.append(frame);
        return frame;
      });

    for (const [page, how] of [
      ['/test/browser/pages/form-page.html', 'Web Locks'],
      ['/test/browser/pages/tab-without-web-locks.html', 'the localStorage lease (no Web Locks)'],
    ]) {
      it(`two tabs resuming the same outbox POST each record once, with ${how}`, async function () {
        this.timeout(15_000);
        // The receiver answers slowly, so both tabs are at it while the first request is open.
        const receiver = await scriptedEndpoint([0, 1, 2].map(() => ({ status: 201, delayMs: 400 })));
        setDeliveryOptions({ retryDelaysMs: [50, 50] });
        const records = [aRecord(), aRecord(), aRecord()];
        for (const record of records) consentOutbox().put({ id: record.id, state: 'pending', record, endpoint: receiver.url, attempts: 1 });
        const tabs = openTabs(page, 2);
        try {
          await eventually(() => consentOutbox().entries(), (v) => v.length === 0, 10_000);
          await new Promise((r) => setTimeout(r, 600)); // any late second request would have arrived by now
          const perId = new Map<string, number>();
          for (const request of await receiver.requests()) perId.set(request.body.id, (perId.get(request.body.id) ?? 0) + 1);
          expect(Object.fromEntries(perId)).to.deep.equal(Object.fromEntries(records.map((r) => [r.id, 1])));
        } finally {
          for (const tab of tabs) tab.remove();
        }
      });
    }
  });
});
