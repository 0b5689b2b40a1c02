// One store contract, run against every store (POLICY.md R8, R9: every event kept, none rewritten).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SqlConsentStore } from '../../../src/server/store/store.js';
import { consentStatus } from '../../../src/server/store/status.js';
import { consentRecord, receipt, uniquePhone } from './records.js';
import { storesUnderTest } from './stores.js';

for (const kind of storesUnderTest) {
  describe(`consent store: ${kind.name}`, { skip: kind.skip }, () => {
    let place: Awaited<ReturnType<typeof kind.create>>;
    let store: SqlConsentStore;
    before(async () => {
      place = await kind.create();
      store = await place.open();
    });
    after(async () => {
      await store.close();
      await place.destroy();
    });

    test('stores a record once: a retry is a duplicate, a different event with its id a conflict', async () => {
      const record = consentRecord();
      assert.equal(await store.save({ kind: 'opt-in', record }, receipt()), 'created');
      // Same content with the keys in another order is still the same record.
      const reordered = Object.fromEntries(Object.entries(record).reverse()) as typeof record;
      assert.equal(await store.save({ kind: 'opt-in', record: reordered }, receipt()), 'duplicate');
      assert.equal(await store.save({ kind: 'opt-in', record: { ...record, topics: ['offers'] } }, receipt()), 'conflict');
      const stored = await store.eventsForPhone(record.phone);
      assert.equal(stored.length, 1);
      assert.deepEqual(stored[0].body, record);
      assert.equal(stored[0].wording, record.wording);
      assert.deepEqual(stored[0].topics, ['order_updates']);
    });

    test('twenty concurrent deliveries of one record leave exactly one row', async () => {
      const record = consentRecord();
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => store.save({ kind: 'opt-in', record }, receipt())));
      assert.equal(outcomes.filter((o) => o === 'created').length, 1);
      assert.equal(outcomes.filter((o) => o === 'duplicate').length, 19);
      assert.equal((await store.eventsForPhone(record.phone)).length, 1);
    });

    test('a row the database refuses is not written at all', async () => {
      const before = await store.count();
      const broken = { ...consentRecord(), topics: null as unknown as string[] };
      await assert.rejects(store.save({ kind: 'opt-in', record: broken }, receipt()));
      assert.equal(await store.count(), before);
    });

    test('keeps what the receiver saw: received time, origin, user agent, how it came in', async () => {
      const record = consentRecord();
      const receivedAt = new Date('2026-03-01T10:00:00.123Z');
      await store.save({ kind: 'opt-in', record }, receipt({ receivedAt, via: 'api-key:ivr', clientIp: 'sha256:ab' }));
      const [event] = await store.eventsForPhone(record.phone);
      assert.equal(event.receivedAt, receivedAt.toISOString());
      assert.equal(event.occurredAt, record.consentedAt);
      assert.equal(event.via, 'api-key:ivr');
      assert.equal(event.origin, 'https://shop.example');
      assert.equal(event.userAgent, 'node-test');
      assert.equal(event.clientIp, 'sha256:ab');
    });

    test('opt-outs are new events; history stays and the latest event decides', async () => {
      const phone = uniquePhone().e164;
      const optIn = consentRecord({ phone, topics: ['order_updates', 'offers'] });
      await store.save({ kind: 'opt-in', record: optIn }, receipt());
      const optOut = { id: crypto.randomUUID(), phone, topics: ['offers'], source: 'preference-page', at: new Date().toISOString() };
      assert.equal(await store.save({ kind: 'opt-out', optOut }, receipt()), 'created');
      assert.equal(await store.save({ kind: 'opt-out', optOut }, receipt()), 'duplicate');
      const events = await store.eventsForPhone(phone);
      assert.deepEqual(events.map((e) => e.kind), ['opt-in', 'opt-out']);
      const status = consentStatus(events);
      assert.equal(status.topics.order_updates.allowed, true);
      assert.equal(status.topics.offers.allowed, false);
      assert.equal(status.topics.offers.eventId, optOut.id);

      await store.save({ kind: 'opt-out', optOut: { ...optOut, id: crypto.randomUUID(), topics: null, reason: 'STOP' } }, receipt());
      const afterStop = consentStatus(await store.eventsForPhone(phone));
      assert.equal(afterStop.topics.order_updates.allowed, false);
      assert.ok(afterStop.optedOutOfAll);
      assert.equal(afterStop.events, 3);
    });

    test('reads events back in storage order across batches, filtered by received time and kind', async () => {
      const from = new Date(Date.UTC(2030, 0, 1));
      const to = new Date(Date.UTC(2030, 0, 2));
      const ids: string[] = [];
      // More than one 500-row batch, saved in parallel groups to keep the test quick.
      for (let group = 0; group < 11; group++) {
        const records = Array.from({ length: 100 }, () => consentRecord());
        ids.push(...records.map((r) => r.id));
        await Promise.all(
          records.map((record, i) => store.save({ kind: 'opt-in', record }, receipt({ receivedAt: new Date(from.getTime() + group * 1000 + i) }))),
        );
      }
      await store.save({ kind: 'opt-in', record: consentRecord() }, receipt({ receivedAt: to }));
      const read: string[] = [];
      for await (const event of store.events({ from, to })) read.push(event.eventId);
      assert.equal(read.length, 1100);
      assert.deepEqual(new Set(read), new Set(ids));
      assert.equal(await store.count({ from, to }), 1100);
      assert.equal(await store.count({ from, to, kind: 'opt-out' }), 0);
    });

    test('survives a restart: reopening keeps every event and migrates nothing twice', async () => {
      const record = consentRecord();
      await store.save({ kind: 'opt-in', record }, receipt());
      const total = await store.count();
      await store.close();
      store = await place.open();
      assert.equal(await store.count(), total);
      assert.equal(await store.save({ kind: 'opt-in', record }, receipt()), 'duplicate');
    });

    test('several receivers starting at once on a new database migrate it once', { skip: !kind.shared && 'one process per PGlite directory' }, async () => {
      const fresh = await kind.create();
      try {
        const stores = await Promise.all([fresh.open(), fresh.open(), fresh.open()]);
        const record = consentRecord();
        assert.equal(await stores[0].save({ kind: 'opt-in', record }, receipt()), 'created');
        assert.equal(await stores[2].save({ kind: 'opt-in', record }, receipt()), 'duplicate');
        await Promise.all(stores.map((s) => s.close()));
      } finally {
        await fresh.destroy();
      }
    });
  });
}
