// Retries are the same act, whatever time the client attaches (issue 12, item 8): the receiver
// compares what the person agreed to (`agreementOf`), and the first stored row wins with its times.
// Through the HTTP API on a real server and every store.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ConsentRecord } from '../../../src/core/record.js';
import { buildWording } from '../../../src/core/sentence.js';
import type { SqlConsentStore } from '../../../src/server/store/store.js';
import { consentRecord, uniquePhone } from './records.js';
import { openReceiverOverHttp } from './http-receiver.js';
import { storesUnderTest } from './stores.js';

const API_KEY = 'crm-key-for-idempotency-tests-0123';

for (const kind of storesUnderTest) {
  describe(`idempotency by agreement: ${kind.name}`, { skip: kind.skip }, () => {
    let store: SqlConsentStore;
    let url: string;
    let close: () => Promise<void>;
    before(async () => {
      ({ store, url, close } = await openReceiverOverHttp(kind, { apiKeys: { crm: API_KEY }, rateLimit: false, allowUnknownTopics: true }));
    });
    after(() => close());

    async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Record<string, unknown> }> {
      const response = await fetch(url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    }
    const later = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();

    test('the same opt-out sent twice without `at` is one event: 201, then 200 duplicate', async () => {
      const phone = uniquePhone().e164;
      const optOut = { id: crypto.randomUUID(), phone, source: 'whatsapp-stop', reason: 'STOP' };
      assert.equal((await post('/opt-out', optOut)).status, 201);
      await new Promise((resolve) => setTimeout(resolve, 20)); // the server's "now" moves on
      const again = await post('/opt-out', optOut);
      assert.equal(again.status, 200);
      assert.deepEqual(again.body, { id: optOut.id, kind: 'opt-out', stored: false });
      const events = await store.eventsForPhone(phone);
      assert.equal(events.length, 1);
    });

    test('the same opt-out identified by its Idempotency-Key only, sent twice, is one event', async () => {
      const phone = uniquePhone().e164;
      const key = crypto.randomUUID();
      const optOut = { phone, source: 'preference-page', topics: ['offers', 'order_updates'] };
      assert.equal((await post('/opt-out', optOut, { 'idempotency-key': key })).status, 201);
      assert.equal((await post('/opt-out', optOut, { 'idempotency-key': key })).status, 200);
      // Topics in another order are the same request.
      assert.equal((await post('/opt-out', { ...optOut, topics: ['order_updates', 'offers'] }, { 'idempotency-key': key })).status, 200);
      assert.deepEqual((await store.eventsForPhone(phone)).map((e) => e.eventId), [key]);
    });

    test('a checkout submitting twice (same record id, new consentedAt) is a duplicate; the first row and its time stay', async () => {
      const record = consentRecord({ topics: ['order_updates', 'shipping_updates'] });
      assert.equal((await post('/consent', record)).status, 201);
      const resubmitted: ConsentRecord = { ...record, consentedAt: later(record.consentedAt, 3), topics: ['shipping_updates', 'order_updates'] };
      const second = await post('/consent', resubmitted, { 'idempotency-key': record.id });
      assert.equal(second.status, 200);
      assert.deepEqual(second.body, { id: record.id, kind: 'opt-in', stored: false });
      const [event, ...others] = await store.eventsForPhone(record.phone);
      assert.equal(others.length, 0);
      assert.equal(event.occurredAt, record.consentedAt);
      assert.deepEqual(event.body, record);
    });

    test('the same id with a different agreement is a conflict (409), and the first row is untouched', async () => {
      const record = consentRecord({ topics: ['order_updates'] });
      assert.equal((await post('/consent', record)).status, 201);
      const other = uniquePhone();
      const otherWording = buildWording({ business: 'Acme Shoes', topics: ['order_updates'], phoneDisplay: other.international, locale: 'en' });
      const offersWording = buildWording({ business: 'Acme Shoes', topics: ['offers'], phoneDisplay: checkDisplay(record), locale: 'en' });
      const changes: [string, Partial<ConsentRecord>][] = [
        ['phone', { phone: other.e164, wording: otherWording.text }],
        ['topics and wording', { topics: ['offers'], wording: offersWording.text, wordingVersion: offersWording.version }],
        ['wording', { wording: `${record.wording} ` }],
        ['source', { source: 'checkout' }],
        ['pageUrl', { pageUrl: 'https://shop.example/other' }],
        ['phoneVerified', { phoneVerified: true }],
        ['widgetVersion', { widgetVersion: '9.9.9' }],
      ];
      for (const [what, change] of changes) {
        const response = await post('/consent', { ...record, ...change, consentedAt: later(record.consentedAt, 1) });
        assert.equal(response.status, 409, what);
        assert.equal(response.body.error, 'id-conflict', what);
      }
      // An off-web record (API key, no page) in another language is a different agreement too.
      const offWeb = consentRecord({ pageUrl: null, source: 'ivr' });
      assert.equal((await post('/consent', offWeb, { authorization: `Bearer ${API_KEY}` })).status, 201);
      assert.equal((await post('/consent', { ...offWeb, locale: 'pt-BR' }, { authorization: `Bearer ${API_KEY}` })).status, 409);
      const [event, ...others] = await store.eventsForPhone(record.phone);
      assert.equal(others.length, 0);
      assert.deepEqual(event.body, record);
    });

    test('an opt-out reusing an id with other topics, reason or number, or an opt-in id, is a conflict', async () => {
      const phone = uniquePhone().e164;
      const optOut = { id: crypto.randomUUID(), phone, source: 'whatsapp-stop', reason: 'STOP', topics: ['offers'] };
      assert.equal((await post('/opt-out', optOut)).status, 201);
      for (const change of [{ topics: ['order_updates'] }, { topics: undefined }, { reason: 'PARAR' }, { phone: uniquePhone().e164 }, { source: 'admin' }]) {
        assert.equal((await post('/opt-out', { ...optOut, ...change })).status, 409, JSON.stringify(change));
      }
      const record = consentRecord();
      assert.equal((await post('/consent', record)).status, 201);
      assert.equal((await post('/opt-out', { id: record.id, phone: record.phone, source: 'whatsapp-stop' })).status, 409);
      assert.equal((await store.eventsForPhone(phone)).length, 1);
    });
  });
}

/** The number as the record's wording shows it (international form). */
function checkDisplay(record: ConsentRecord): string {
  const match = /\+\d[\d ]+\d/.exec(record.wording);
  if (!match) throw new Error('the test record shows no number');
  return match[0];
}
