// Proof on demand, one answer everywhere, retention and erasure (issue 13 §3, §4), on every
// store. WhatsApp's events arrive through the real webhook route, signed as Meta signs
// (bodies from ./whatsapp/meta-payloads.ts, each citing Meta's page for its shape).
import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { createConsentReceiver, type ConsentReceiver } from '../../../src/server/http/receiver.js';
import { canSend, pruneExpired, suppressionList } from '../../../src/server/proof/ledger.js';
import type { Proof } from '../../../src/server/proof/proof.js';
import type { SqlConsentStore } from '../../../src/server/store/store.js';
import { consentRecord, receipt, uniquePhone } from './records.js';
import { storesUnderTest } from './stores.js';
import { incoming, userPreference } from './whatsapp/meta-payloads.js';

const APP_SECRET = 'meta-app-secret-for-proof-tests-01';
const ADMIN = 'admin-token-for-proof-tests-0123456';
const BASE = 'https://consent.shop.example';
const DEMO_PHONE = '+5511987654321';
const DEMO_BSUID = 'BR.1502576394655843';
const auth = { authorization: `Bearer ${ADMIN}` };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const kind of storesUnderTest) {
  describe(`proof, status, canSend, erase and prune: ${kind.name}`, { skip: kind.skip }, () => {
    let place: Awaited<ReturnType<typeof kind.create>>;
    let store: SqlConsentStore;
    let receiver: ConsentReceiver;
    before(async () => {
      place = await kind.create();
      store = await place.open();
      receiver = createConsentReceiver({ store, adminToken: ADMIN, rateLimit: false, whatsapp: { appSecret: APP_SECRET } });
    });
    after(async () => {
      await store.close();
      await place.destroy();
    });

    const deliver = async (body: unknown) => {
      const raw = JSON.stringify(body);
      const signature = `sha256=${createHmac('sha256', APP_SECRET).update(raw).digest('hex')}`;
      const response = await receiver.handle(new Request(`${BASE}/webhooks/whatsapp`, { method: 'POST', headers: { 'x-hub-signature-256': signature }, body: raw }));
      assert.equal(response.status, 200);
    };
    const get = (path: string) => receiver.handle(new Request(`${BASE}${path}`, { headers: auth }));
    const proofJson = async (query: string) => {
      const response = await get(`/proof?${query}`);
      assert.equal(response.status, 200);
      return (await response.json()) as Proof;
    };

    test('the proof of a subscriber with five events: JSON as the contract says, asserted apart from observed', async () => {
      const wa = DEMO_PHONE.slice(1);
      const first = consentRecord({ phone: DEMO_PHONE, topics: ['order_updates', 'offers'], business: 'Acme <script>alert(1)</script> Shoes' });
      assert.equal(await store.save({ kind: 'opt-in', record: first }, receipt({ via: 'browser', origin: 'https://shop.example', userAgent: 'Mozilla/5.0 (Android 14)' })), 'created');
      const second = consentRecord({ phone: DEMO_PHONE, topics: ['new_products'], business: 'Acme Shoes', source: 'checkout', pageUrl: 'https://shop.example/checkout' });
      assert.equal(await store.save({ kind: 'opt-in', record: second }, receipt()), 'created');
      await deliver(userPreference({ value: 'stop', waId: wa, userId: DEMO_BSUID, timestamp: 1764400000 }));
      await deliver(userPreference({ value: 'resume', waId: wa, userId: DEMO_BSUID, timestamp: 1764403600 }));
      await deliver(incoming({ id: 'wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFjNFQjBDMEE4', waId: wa, userId: DEMO_BSUID, timestamp: '1764407200', message: { type: 'text', body: 'PARAR' } }));

      const proof = await proofJson(`phone=${encodeURIComponent(DEMO_PHONE)}`);
      const { links, ...subscriber } = proof.subscriber;
      assert.deepEqual(subscriber, { key: DEMO_PHONE, phones: [DEMO_PHONE], userIds: [DEMO_BSUID] });
      assert.deepEqual(links.map((l) => [l.a, l.b, l.seenIn, l.learnedAt]), [[DEMO_PHONE, DEMO_BSUID, 'user_preferences', '2025-11-29T07:06:40.000Z']], 'the pair is proved: where and when it was seen');
      assert.equal(proof.events.length, 5);
      assert.deepEqual(proof.events.map((e) => e.kind), ['opt-in', 'opt-in', 'opt-out', 'resume', 'opt-out']);
      assert.deepEqual(Object.keys(proof.events[0].asserted).sort(), [
        'business', 'locale', 'occurredAt', 'pageUrl', 'phone', 'phoneVerified', 'reason', 'source', 'userId', 'widgetVersion', 'wording', 'wordingVersion',
      ]);
      assert.deepEqual(Object.keys(proof.events[0].observed).sort(), ['clientIp', 'origin', 'receivedAt', 'userAgent', 'via']);
      assert.equal(proof.events[0].asserted.wording, first.wording);
      assert.equal(proof.events[0].observed.origin, 'https://shop.example');
      assert.equal(proof.events[2].asserted.occurredAt, '2025-11-29T07:06:40.000Z', "Meta's timestamp is what WhatsApp asserted");
      assert.equal(proof.events[2].observed.via, 'whatsapp-webhook');
      assert.equal(proof.events[4].asserted.reason, 'PARAR');
      assert.equal(proof.state.events, 5);
      assert.equal(proof.state.optedOutOfAll?.source, 'whatsapp-stop');
      for (const topic of ['order_updates', 'offers', 'new_products']) assert.equal(proof.state.topics[topic].allowed, false, topic);
      // The same proof by the BSUID.
      assert.deepEqual((await proofJson(`user_id=${DEMO_BSUID}`)).events.map((e) => e.eventId), proof.events.map((e) => e.eventId));
    });

    test('the printable proof: self-contained, no script, strict CSP, markup shown as text, UTC times, wording first', async () => {
      const response = await get(`/proof?phone=${encodeURIComponent(DEMO_PHONE)}&format=html`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type')!, /^text\/html/);
      const csp = response.headers.get('content-security-policy')!;
      assert.match(csp, /default-src 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline|script-src/);
      const html = await response.text();
      assert.doesNotMatch(html, /<script|<link|<img|src=|href=/i);
      assert.match(html, /Acme &lt;script&gt;alert\(1\)&lt;\/script&gt; Shoes/);
      // The page's one style is the one the CSP allows, by hash.
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
      assert.ok(csp.includes(`'sha256-${createHash('sha256').update(style).digest('base64')}'`));
      assert.match(html, /2025-11-29 07:06:40 UTC\+00:00/);
      assert.equal((html.match(/<section class="event">/g) ?? []).length, 5);
      const firstEvent = html.slice(html.indexOf('<section class="event">'));
      assert.ok(firstEvent.indexOf('<blockquote') < firstEvent.indexOf('Asserted'), 'the exact wording comes first');
      assert.match(html, /<blockquote lang="">PARAR<\/blockquote>/);
      // WA_OPTIN_PRINT_PROOF=<file> keeps the page, to look at it in a browser.
      if (process.env.WA_OPTIN_PRINT_PROOF && kind.name.startsWith('PGlite')) await writeFile(process.env.WA_OPTIN_PRINT_PROOF, html);
    });

    test('an unknown subscriber is 404 not-found; a bad query 400', async () => {
      const response = await get(`/proof?phone=${encodeURIComponent(uniquePhone().e164)}`);
      assert.equal(response.status, 404);
      assert.equal(((await response.json()) as { error: string }).error, 'not-found');
      assert.equal((await get('/proof?user_id=nope')).status, 400);
      assert.equal((await get('/proof?phone=%2B5511987654321&format=pdf')).status, 400);
      assert.equal((await receiver.handle(new Request(`${BASE}/proof?phone=%2B5511987654321`))).status, 401);
    });

    test('canSend, /status and /proof agree on every topic of a subscriber with mixed events', async () => {
      const phone = uniquePhone().e164;
      const wa = phone.slice(1);
      await store.save({ kind: 'opt-in', record: consentRecord({ phone, topics: ['order_updates', 'offers', 'new_products'] }) }, receipt());
      await deliver(userPreference({ value: 'stop', waId: wa, timestamp: 1764000000 }));
      await store.save({ kind: 'opt-in', record: consentRecord({ phone, topics: ['new_products'] }) }, receipt());
      await store.save({ kind: 'opt-out', optOut: { id: crypto.randomUUID(), phone, topics: ['order_updates'], source: 'preferences', at: new Date().toISOString() } }, receipt());
      await deliver(userPreference({ value: 'resume', waId: wa, timestamp: 1764000100 }));
      const expected = { order_updates: false, offers: true, new_products: true, shipping_updates: false };
      const proof = await proofJson(`phone=${encodeURIComponent(phone)}`);
      for (const [topic, allowed] of Object.entries(expected)) {
        const status = (await (await get(`/status?phone=${encodeURIComponent(phone)}&topic=${topic}`)).json()) as { allowed: boolean };
        assert.equal(await canSend(store, phone, topic), allowed, `canSend ${topic}`);
        assert.equal(status.allowed, allowed, `/status ${topic}`);
        assert.equal(proof.state.topics[topic]?.allowed ?? false, allowed, `/proof ${topic}`);
      }
    });

    test('erase removes the person and leaves a salted hash: canSend no, a replayed old record no, a fresh opt-in yes', async () => {
      const phone = uniquePhone().e164;
      const bsuid = `BR.${Date.now()}77`;
      const old = consentRecord({ phone, topics: ['offers'] });
      await store.save({ kind: 'opt-in', record: old }, receipt());
      await deliver(incoming({ id: `wamid.erase${Date.now()}`, waId: phone.slice(1), userId: bsuid, message: { type: 'text', body: 'stop' } }));
      const logged: string[] = [];
      const log = console.log;
      console.log = (...args: unknown[]) => void logged.push(args.join(' '));
      let response: Response;
      try {
        response = await receiver.handle(new Request(`${BASE}/erase`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ phone }) }));
      } finally {
        console.log = log;
      }
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { erased: { events: 2, links: 1 }, suppressed: 2 });
      assert.equal(logged.length, 1);
      assert.doesNotMatch(logged[0], new RegExp(`${phone.slice(1)}|${bsuid}`), 'the log keeps no number');
      assert.deepEqual(await store.eventsForPhone(phone), []);
      assert.deepEqual(await store.eventsForSubscriber(bsuid), []);
      assert.equal(await canSend(store, phone, 'offers'), false);
      const hash = await store.suppressionHash(phone);
      const entries = await suppressionList(store);
      assert.ok(entries.some((e) => e.keyHash === hash && e.reason === 'erased' && e.phones.length === 0));
      assert.ok(!JSON.stringify(entries).includes(phone), 'the list holds the hash, not the number');
      const proof = await proofJson(`phone=${encodeURIComponent(phone)}`);
      assert.equal(proof.state.suppressed?.reason, 'erased');
      assert.equal(proof.events.length, 0);

      // The widget's outbox delivering the old record again is not a fresh consent.
      assert.equal(await store.save({ kind: 'opt-in', record: old }, receipt()), 'created');
      assert.equal(await canSend(store, phone, 'offers'), false);
      await sleep(5);
      await store.save({ kind: 'opt-in', record: consentRecord({ phone, topics: ['offers'] }) }, receipt());
      assert.equal(await canSend(store, phone, 'offers'), true, 'a fresh opt-in is a new consent and is honoured');
      assert.equal((await (await get(`/status?phone=${encodeURIComponent(phone)}&topic=offers`)).json() as { allowed: boolean }).allowed, true);
      assert.ok(!(await suppressionList(store)).some((e) => e.keyHash === hash), 'lifted by the fresh opt-in');
    });

    test('prune removes subscribers whose last event is an opt-out older than N years, keeps the rest, leaves the suppression entry', async () => {
      const own = await kind.create();
      const ledger = await own.open();
      try {
        const [stopped, returned] = [uniquePhone().e164, uniquePhone().e164];
        await ledger.save({ kind: 'opt-in', record: consentRecord({ phone: stopped, topics: ['offers'] }) }, receipt());
        await ledger.save({ kind: 'opt-out', optOut: { id: crypto.randomUUID(), phone: stopped, topics: null, source: 'whatsapp-stop', at: new Date().toISOString() } }, receipt());
        await ledger.save({ kind: 'opt-out', optOut: { id: crypto.randomUUID(), phone: returned, topics: null, source: 'form', at: new Date().toISOString() } }, receipt());
        await ledger.save({ kind: 'opt-in', record: consentRecord({ phone: returned, topics: ['offers'] }) }, receipt());
        const years = (n: number) => new Date(Date.now() + n * 365.25 * 86_400_000);
        assert.deepEqual(await pruneExpired(ledger, { retainYears: 5, now: years(4) }), { subscribers: 0, events: 0 });
        assert.deepEqual(await pruneExpired(ledger, { retainYears: 5, now: years(6) }), { subscribers: 1, events: 2 });
        assert.equal((await ledger.eventsForPhone(stopped)).length, 0);
        assert.equal((await ledger.eventsForPhone(returned)).length, 2, 'last event an opt-in: kept');
        assert.equal(await canSend(ledger, stopped, 'offers'), false);
        const hash = await ledger.suppressionHash(stopped);
        assert.ok((await suppressionList(ledger)).some((e) => e.keyHash === hash && e.reason === 'pruned'));
      } finally {
        await ledger.close();
        await own.destroy();
      }
    });
  });
}
