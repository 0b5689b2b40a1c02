// One subscriber, whichever form of the number each event names (issue 12, item 5; POLICY.md
// "Numbers as WhatsApp reports them"; R9: a STOP reaches the opt-in). Run on every store.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { subscriberKey } from '../../../src/core/subscriber-key.js';
import { MIGRATIONS } from '../../../src/server/store/migrations.js';
import { migrate, type SqlConsentStore, type SqlDatabase } from '../../../src/server/store/store.js';
import { consentRecord, receipt } from './records.js';
import { openReceiverOverHttp } from './http-receiver.js';
import { storesUnderTest } from './stores.js';

const ADMIN = 'admin-token-for-subscriber-tests-0123';
const admin = { authorization: `Bearer ${ADMIN}` };
/** The store's own connection (PGlite serves one at a time), for SQL the store has no method for. */
const driverOf = (store: SqlConsentStore) => (store as unknown as { db: SqlDatabase }).db;

for (const kind of storesUnderTest) {
  describe(`subscriber key: ${kind.name}`, { skip: kind.skip }, () => {
    let store: SqlConsentStore;
    let url: string;
    let close: () => Promise<void>;
    before(async () => {
      ({ store, url, close } = await openReceiverOverHttp(kind, { adminToken: ADMIN, rateLimit: false }));
    });
    after(() => close());

    const post = (path: string, body: unknown) =>
      fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    async function status(phone: string, topic: string): Promise<{ phone: string; allowed: boolean; events: number }> {
      const response = await fetch(`${url}/status?phone=${encodeURIComponent(phone)}&topic=${topic}`, { headers: admin });
      assert.equal(response.status, 200);
      return (await response.json()) as { phone: string; allowed: boolean; events: number };
    }

    const variants = [
      { country: 'Brazil (ninth digit)', site: '+5511981234567', whatsapp: '+551181234567' },
      { country: 'Mexico (the old 1)', site: '+525512345678', whatsapp: '+5215512345678' },
      { country: 'Argentina (the 9)', site: '+5491123456789', whatsapp: '+541123456789' },
      { country: 'Argentina, the other way round', site: '+543515123456', whatsapp: '+5493515123456' },
    ];
    for (const { country, site, whatsapp } of variants) {
      test(`${country}: an opt-in at ${site} and an opt-out from ${whatsapp} → /status allowed false for both forms`, async () => {
        const record = consentRecord({ phone: site, topics: ['order_updates', 'offers'] });
        assert.equal((await post('/consent', record)).status, 201);
        assert.equal((await status(whatsapp, 'offers')).allowed, true, 'the opt-in is found from the other form');
        const optOut = await post('/opt-out', { phone: whatsapp, source: 'whatsapp-stop', reason: 'STOP' });
        assert.equal(optOut.status, 201);
        for (const form of [site, whatsapp]) {
          const answer = await status(form, 'offers');
          assert.equal(answer.allowed, false, form);
          assert.equal(answer.events, 2, form);
          assert.equal((await status(form, 'order_updates')).allowed, false);
        }
        // The rows keep each number as it was given.
        const events = await store.eventsForPhone(site);
        assert.deepEqual(events.map((e) => e.phone), [site, whatsapp]);
        assert.deepEqual(events.map((e) => e.subscriberKey), [subscriberKey(site), subscriberKey(site)]);
        // Filters read through the key too.
        const filtered: string[] = [];
        for await (const event of store.events({ subscriberKey: subscriberKey(whatsapp) })) filtered.push(event.phone ?? '');
        assert.deepEqual(filtered, [site, whatsapp]);
        assert.equal(await store.count({ subscriberKey: subscriberKey(site), kind: 'opt-out' }), 1);
      });
    }

    test('a Brazilian landline is not a mobile without its 9: its opt-out stops nobody else', async () => {
      const mobile = consentRecord({ phone: '+5511931234567' });
      assert.equal((await post('/consent', mobile)).status, 201);
      assert.equal((await post('/opt-out', { phone: '+551131234567', source: 'call-centre' })).status, 201);
      assert.equal((await status('+5511931234567', 'order_updates')).allowed, true);
    });

    test('an opt-out with letters is refused (422), not glued into another number', async () => {
      const response = await post('/opt-out', { phone: '+55 11 91234-5678 ramal 12', source: 'call-centre' });
      assert.equal(response.status, 422);
      assert.equal(await store.count({ subscriberKey: '+551191234567812' }), 0);
    });

    test("Argentina's domestic 15 written into an international number still reaches the opt-in", async () => {
      const record = consentRecord({ phone: '+5491122345678' });
      assert.equal((await post('/consent', record)).status, 201);
      for (const typed of ['+54 11 15 2234 5678', '+54 9 11 15 2234 5678']) {
        const response = await post('/opt-out', { phone: typed, source: 'call-centre', topics: ['order_updates'] });
        assert.equal(response.status, 201, typed);
      }
      const events = await store.eventsForPhone('+541122345678');
      assert.deepEqual(events.map((e) => e.phone), ['+5491122345678', '+5491122345678', '+5491122345678']);
      assert.equal((await status('+5491122345678', 'order_updates')).allowed, false);
    });

    test('the database computes the same key as subscriberKey for every number shape (property, 20,000 numbers)', async () => {
      const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
      const numbers = fc.sample(
        fc.oneof(
          digits(1, 20).map((d) => `+${d}`),
          fc.tuple(fc.constantFrom('+55', '+52', '+521', '+54', '+549'), digits(8, 12)).map(([cc, d]) => cc + d),
        ),
        { numRuns: 20_000, seed: 12 },
      );
      const rows = await driverOf(store).query<{ key: string }>(
        'SELECT wa_optin_subscriber_key(p) AS key FROM unnest($1::text[]) WITH ORDINALITY AS n(p, i) ORDER BY i',
        [numbers],
      );
      assert.equal(rows.length, numbers.length);
      assert.deepEqual(numbers.filter((n, i) => rows[i].key !== subscriberKey(n)), []);
    });
  });

  describe(`subscriber key migration: ${kind.name}`, { skip: kind.skip }, () => {
    test('rows an older version stored get their key when the store migrates, and rows an older writer adds after it too', async () => {
      const place = await kind.create();
      try {
        const old = await place.openDatabase();
        await migrate(old, MIGRATIONS.slice(0, 1));
        // What version 1 wrote: no subscriber_key column at all.
        const insertV1 = (db: typeof old, id: string, kind: string, phone: string, topics: string[] | null) =>
          db.query(
            `INSERT INTO wa_optin_events (event_id, kind, phone, topics, occurred_at, received_at, source, wording, via, body, body_sha256)
             VALUES ($1, $2, $3, $4, now(), now(), 'form', 'x WhatsApp', 'browser', '{}', 'legacy')`,
            [id, kind, phone, topics],
          );
        await insertV1(old, crypto.randomUUID(), 'opt-in', '+5511987654321', ['offers']);
        await insertV1(old, crypto.randomUUID(), 'opt-in', '+525598765432', ['offers']);
        await old.close();

        const store = await place.open();
        try {
          const versions = await driverOf(store).query<{ version: number }>('SELECT version FROM wa_optin_migrations ORDER BY version');
          assert.deepEqual(versions.map((c) => Number(c.version)), MIGRATIONS.map((m) => m.version));
          // An older receiver still running during a rolling deploy inserts without the column.
          await insertV1(driverOf(store), crypto.randomUUID(), 'opt-out', '+551187654321', null);
          await store.save({ kind: 'opt-out', optOut: { id: crypto.randomUUID(), phone: '+5215598765432', topics: null, source: 'whatsapp-stop', at: new Date().toISOString() } }, receipt());
          const brazil = await store.eventsForPhone('+551187654321');
          assert.deepEqual(brazil.map((e) => [e.phone, e.subscriberKey, e.kind]), [
            ['+5511987654321', '+5511987654321', 'opt-in'],
            ['+551187654321', '+5511987654321', 'opt-out'],
          ]);
          const mexico = await store.eventsForPhone('+525598765432');
          assert.deepEqual(mexico.map((e) => e.phone), ['+525598765432', '+5215598765432']);
        } finally {
          await store.close();
        }
      } finally {
        await place.destroy();
      }
    });
  });
}
