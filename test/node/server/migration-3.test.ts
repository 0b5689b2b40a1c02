// Migration 3 (issue 13 §1b) on a database as the previous version left it, on every store:
// the rows already stored stay, the unnamed CHECKs of migration 1 are replaced, and the new
// rules hold (an event needs a number or a BSUID; an opt-in always keeps its number).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MIGRATIONS } from '../../../src/server/store/migrations.js';
import { migrate, SqlConsentStore } from '../../../src/server/store/store.js';
import { consentRecord, receipt } from './records.js';
import { storesUnderTest } from './stores.js';

for (const kind of storesUnderTest) {
  describe(`migration 3: ${kind.name}`, { skip: kind.skip }, () => {
    test('upgrades a version-2 database with rows in it; the new CHECKs hold', async () => {
      const place = await kind.create();
      try {
        const db = await place.openDatabase();
        await migrate(db, MIGRATIONS.slice(0, 2));
        // A row as version 2 wrote it (its columns; no user_id yet).
        const record = consentRecord({ phone: '+5511981234567' });
        await db.query(
          `INSERT INTO wa_optin_events (event_id, kind, phone, topics, occurred_at, received_at, source, business, wording, via, body, body_sha256)
           VALUES ($1, 'opt-in', $2, $3, $4, now(), $5, $6, $7, 'browser', $8, 'x')`,
          [record.id, '+551181234567', record.topics, record.consentedAt, record.source, record.business, record.wording, JSON.stringify(record)],
        );
        assert.deepEqual(await migrate(db), [3]);
        const store = new SqlConsentStore(db);
        const [kept] = await store.eventsForPhone('+551181234567');
        assert.equal(kept.eventId, record.id);
        assert.equal(kept.userId, null);
        // A resume (no wording) and a BSUID-only stop are accepted now…
        const at = new Date().toISOString();
        assert.equal(await store.save({ kind: 'resume', resume: { id: crypto.randomUUID(), phone: null, userId: 'BR.1', topics: ['offers'], source: 'whatsapp-preferences', at } }, receipt()), 'created');
        assert.equal(await store.save({ kind: 'opt-out', optOut: { id: crypto.randomUUID(), phone: null, userId: 'BR.1', topics: null, source: 'whatsapp-stop', at } }, receipt()), 'created');
        // …an event naming nobody, or an opt-in without a number, is not.
        await assert.rejects(store.save({ kind: 'opt-out', optOut: { id: crypto.randomUUID(), phone: null, topics: null, source: 'x', at } }, receipt()), /wa_optin_events_who/);
        await assert.rejects(
          db.query(`INSERT INTO wa_optin_events (event_id, kind, phone, user_id, topics, occurred_at, received_at, source, via, body, body_sha256, wording)
                    VALUES (gen_random_uuid(), 'opt-in', NULL, 'BR.1', ARRAY['offers'], now(), now(), 'form', 'browser', '{}', 'x', 'w')`),
          /wa_optin_events_opt_in/,
        );
        await assert.rejects(db.query(`INSERT INTO wa_optin_events (event_id, kind, phone, topics, occurred_at, received_at, source, via, body, body_sha256) VALUES (gen_random_uuid(), 'maybe', '+1', NULL, now(), now(), 's', 'v', '{}', 'x')`), /wa_optin_events_kind/);
        const [{ value: salt }] = await db.query<{ value: string }>(`SELECT value FROM wa_optin_settings WHERE name = 'erase_salt'`);
        assert.match(salt, /^[0-9a-f]{64}$/, '64 hex characters from two random (v4) UUIDs: 244 random bits');
        await store.close();
      } finally {
        await place.destroy();
      }
    });
  });
}
