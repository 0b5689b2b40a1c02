// The WhatsApp Cloud API webhook on the receiver (issue 13 §1, §1b), on every store. Bodies
// are built by ./whatsapp/meta-payloads.ts in the shapes Meta publishes; each builder there
// names its source (user_preferences reference, Webhooks overview, system messages
// reference, BSUID page and changelog). The signature is computed here the way Meta
// documents it: HMAC-SHA256 of the raw body under the app secret, hex, after `sha256=`.
// Meta itself is outside the project: its requests are made here, everything else is real.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { checkPhone } from '../../../src/core/phone.js';
import { createConsentReceiver, type ConsentReceiver } from '../../../src/server/http/receiver.js';
import { canSend, suppressionList } from '../../../src/server/proof/ledger.js';
import type { SqlConsentStore } from '../../../src/server/store/store.js';
import { consentRecord, receipt, uniquePhone } from './records.js';
import { storesUnderTest } from './stores.js';
import { incoming, status as statusWebhook, systemChange, systemPreference, userPreference } from './whatsapp/meta-payloads.js';

const APP_SECRET = 'meta-app-secret-0123456789abcdef';
const VERIFY_TOKEN = 'verify-token-for-tests';
const ADMIN = 'admin-token-for-webhook-tests-0123';
const URL_BASE = 'https://consent.shop.example';

const sign = (raw: string, secret = APP_SECRET) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
/** A number's `wa_id`: digits, no `+`. */
const waIdOf = (e164: string) => e164.slice(1);
let bsuidCounter = 0;
const newBsuid = () => `BR.${Date.now()}${String(++bsuidCounter).padStart(4, '0')}`;
let wamidCounter = 0;
const newWamid = () => `wamid.HBgLTEST${Date.now()}${++wamidCounter}`;

for (const kind of storesUnderTest) {
  describe(`WhatsApp webhook: ${kind.name}`, { skip: kind.skip }, () => {
    let place: Awaited<ReturnType<typeof kind.create>>;
    let store: SqlConsentStore;
    let receiver: ConsentReceiver;
    before(async () => {
      place = await kind.create();
      store = await place.open();
      receiver = createConsentReceiver({
        store,
        adminToken: ADMIN,
        allowedOrigins: ['https://shop.example'],
        rateLimit: { requests: 3, perSeconds: 60 },
        whatsapp: { appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN },
      });
    });
    after(async () => {
      await store.close();
      await place.destroy();
    });

    /** Meta's POST: the body exactly as signed, from one of Meta's addresses. */
    function deliver(body: unknown, options: { signature?: string | null; raw?: string; ip?: string } = {}) {
      const raw = options.raw ?? JSON.stringify(body);
      const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'facebookexternalua' };
      const signature = options.signature === undefined ? sign(raw) : options.signature;
      if (signature !== null) headers['x-hub-signature-256'] = signature;
      return receiver.handle(new Request(`${URL_BASE}/webhooks/whatsapp`, { method: 'POST', headers, body: raw }), { clientIp: options.ip ?? '173.252.127.1' });
    }
    const optIn = async (phone: string, topics: string[]) => {
      assert.equal(await store.save({ kind: 'opt-in', record: consentRecord({ phone, topics }) }, receipt()), 'created');
    };
    const statusOf = async (query: string) => {
      const response = await receiver.handle(new Request(`${URL_BASE}/status?${query}`, { headers: { authorization: `Bearer ${ADMIN}` } }));
      assert.equal(response.status, 200);
      return (await response.json()) as { allowed?: boolean; events: number; topics: Record<string, { allowed: boolean }> };
    };

    test('handshake: the right verify token gets the challenge as text/plain 200; a wrong one, or another mode, 403', async () => {
      const get = (query: string) => receiver.handle(new Request(`${URL_BASE}/webhooks/whatsapp?${query}`), { clientIp: '173.252.127.9' });
      const right = await get(`hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`);
      assert.equal(right.status, 200);
      assert.match(right.headers.get('content-type') ?? '', /^text\/plain/);
      assert.equal(await right.text(), '1158201444');
      assert.equal((await get('hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1158201444')).status, 403);
      assert.equal((await get(`hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1`)).status, 403);
    });

    test('without an app secret the webhook routes are off (404), signed or not', async () => {
      const off = createConsentReceiver({ store, whatsapp: { appSecret: '', verifyToken: VERIFY_TOKEN } });
      const raw = JSON.stringify(userPreference({ value: 'stop', waId: '15550001111' }));
      const post = await off.handle(new Request(`${URL_BASE}/webhooks/whatsapp`, { method: 'POST', headers: { 'x-hub-signature-256': sign(raw, '') }, body: raw }));
      assert.equal(post.status, 404);
      assert.equal((await off.handle(new Request(`${URL_BASE}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1`))).status, 404);
      assert.equal((await createConsentReceiver({ store }).handle(new Request(`${URL_BASE}/webhooks/whatsapp`, { method: 'POST', body: raw }))).status, 404);
    });

    test('unsigned, wrongly signed and tampered-after-signing bodies get 401 and store nothing', async () => {
      const phone = uniquePhone().e164;
      await optIn(phone, ['offers']);
      const body = userPreference({ value: 'stop', waId: waIdOf(phone) });
      const raw = JSON.stringify(body);
      const tampered = raw.replace('"stop"', '"resume"');
      const cases = [
        { name: 'unsigned', signature: null, raw },
        { name: 'another secret', signature: sign(raw, 'not-the-app-secret-at-all-0000'), raw },
        { name: 'malformed header', signature: 'sha1=abc', raw },
        { name: 'tampered after signing', signature: sign(raw), raw: tampered },
      ];
      for (const [i, c] of cases.entries()) {
        const response = await deliver(undefined, { signature: c.signature, raw: c.raw, ip: `198.51.100.${i + 1}` });
        assert.equal(response.status, 401, c.name);
        assert.equal(((await response.json()) as { error: string }).error, 'bad-signature');
      }
      assert.equal((await store.eventsForPhone(phone)).length, 1, 'only the opt-in');
      assert.equal(await canSend(store, phone, 'offers'), true);
      // The same body signed right is accepted.
      assert.equal((await deliver(body)).status, 200);
      assert.equal(await canSend(store, phone, 'offers'), false);
    });

    test("Meta's bursts are never rate-limited; failed signatures are charged to the IP (429 after the limit)", async () => {
      const ip = '173.252.127.77';
      for (let i = 0; i < 8; i++) {
        const response = await deliver(incoming({ id: newWamid(), waId: uniquePhone().e164.slice(1), message: { type: 'text', body: 'hi' } }), { ip });
        assert.equal(response.status, 200, `signed delivery ${i + 1} of a burst, limit 3 per minute`);
      }
      const forger = '203.0.113.66';
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push((await deliver({ x: i }, { signature: 'sha256=' + '0'.repeat(64), ip: forger })).status);
      assert.deepEqual(codes, [401, 401, 401, 429, 429]);
      // No CORS on a server-to-server route: no Access-Control-Allow-Origin even for an allowed origin.
      const raw = JSON.stringify(incoming({ id: newWamid(), waId: '15550002222', message: { type: 'text', body: 'hello' } }));
      const fromPage = await receiver.handle(
        new Request(`${URL_BASE}/webhooks/whatsapp`, { method: 'POST', headers: { origin: 'https://shop.example', 'x-hub-signature-256': sign(raw) }, body: raw }),
        { clientIp: ip },
      );
      assert.equal(fromPage.status, 200);
      assert.equal(fromPage.headers.get('access-control-allow-origin'), null);
    });

    test('user_preferences stop pauses the marketing topics only; resume restores what was opted in to, never more', async () => {
      const phone = uniquePhone().e164;
      await optIn(phone, ['order_updates', 'offers']);
      const stop = await deliver(userPreference({ value: 'stop', waId: waIdOf(phone), timestamp: 1731705721 }));
      assert.equal(stop.status, 200);
      assert.equal(await canSend(store, phone, 'offers'), false);
      assert.equal(await canSend(store, phone, 'order_updates'), true, 'order updates are not marketing');
      const events = await store.eventsForPhone(phone);
      assert.equal(events.at(-1)!.source, 'whatsapp-preferences');
      assert.deepEqual(events.at(-1)!.topics, ['offers', 'new_products']);
      assert.equal(events.at(-1)!.reason, 'User requested to stop marketing messages');
      assert.equal(events.at(-1)!.via, 'whatsapp-webhook');

      assert.equal((await deliver(userPreference({ value: 'resume', waId: waIdOf(phone), timestamp: 1731705799 }))).status, 200);
      assert.equal(await canSend(store, phone, 'offers'), true, 'resumed: the person had opted in to offers');
      assert.equal(await canSend(store, phone, 'new_products'), false, 'a resume never grants a topic never opted in to');
      const last = (await store.eventsForPhone(phone)).at(-1)!;
      assert.equal(last.kind, 'resume');
      assert.equal(last.wording, null, 'a resume is not an opt-in: no wording');
    });

    test('a resume after a STOP keyword does not undo the STOP (only WhatsApp pauses are lifted)', async () => {
      const phone = uniquePhone().e164;
      await optIn(phone, ['offers']);
      await deliver(incoming({ id: newWamid(), waId: waIdOf(phone), message: { type: 'text', body: 'STOP' } }));
      await deliver(userPreference({ value: 'resume', waId: waIdOf(phone), timestamp: 1731709999 }));
      assert.equal(await canSend(store, phone, 'offers'), false);
    });

    test('the older system message user_preference_changed stops the same way', async () => {
      const phone = uniquePhone().e164;
      await optIn(phone, ['offers']);
      assert.equal((await deliver(systemPreference({ id: newWamid(), from: waIdOf(phone), marketing: 'stop' }))).status, 200);
      assert.equal(await canSend(store, phone, 'offers'), false);
    });

    for (const text of ['STOP', 'Parar', 'BAJA', 'ARRÊT', 'إيقاف', 'रोकें']) {
      test(`"${text}" on WhatsApp stops every topic; the exact text is the reason`, async () => {
        const phone = uniquePhone().e164;
        await optIn(phone, ['order_updates', 'offers']);
        assert.equal((await deliver(incoming({ id: newWamid(), waId: waIdOf(phone), message: { type: 'text', body: ` ${text} ` } }))).status, 200);
        const stop = (await store.eventsForPhone(phone)).at(-1)!;
        assert.equal(stop.kind, 'opt-out');
        assert.equal(stop.topics, null);
        assert.equal(stop.source, 'whatsapp-stop');
        assert.equal(stop.reason, ` ${text} `);
        assert.equal(stop.phone, phone);
        for (const topic of ['order_updates', 'offers']) assert.equal(await canSend(store, phone, topic), false);
      });
    }

    test('an ordinary inbound "hi" stores no event and is never an opt-in (R6)', async () => {
      const phone = uniquePhone().e164;
      const before = await store.count();
      for (const message of [{ type: 'text', body: 'hi' }, { type: 'text', body: 'please stop sending the blue one' }, { type: 'image' }] as const) {
        assert.equal((await deliver(incoming({ id: newWamid(), waId: waIdOf(phone), message }))).status, 200);
      }
      assert.equal(await store.count(), before);
      assert.equal((await statusOf(`phone=${encodeURIComponent(phone)}&topic=order_updates`)).allowed, false);
    });

    test('a redelivered webhook gives one event', async () => {
      const phone = uniquePhone().e164;
      const body = incoming({ id: newWamid(), waId: waIdOf(phone), message: { type: 'text', body: 'STOP' } });
      const prefs = userPreference({ value: 'stop', waId: waIdOf(phone), timestamp: 1731800000 });
      for (let i = 0; i < 3; i++) {
        assert.equal((await deliver(body)).status, 200);
        assert.equal((await deliver(prefs)).status, 200);
      }
      assert.equal((await store.eventsForPhone(phone)).length, 2);
    });

    test("a wa_id without Brazil's ninth digit stops the site's opt-in", async () => {
      let site: string;
      do site = uniquePhone().e164;
      while (!/^\+55\d{2}9[6-9]/.test(site));
      const waId = `${site.slice(1, 5)}${site.slice(6)}`; // 55 + area + the 8 digits, no 9
      assert.equal(checkPhone(site).ok, true);
      await optIn(site, ['offers']);
      await deliver(incoming({ id: newWamid(), waId, message: { type: 'text', body: 'stop' } }));
      assert.equal(await canSend(store, site, 'offers'), false);
      assert.equal((await statusOf(`phone=${encodeURIComponent(site)}&topic=offers`)).allowed, false);
      assert.equal((await store.eventsForPhone(site)).at(-1)!.phone, `+${waId}`, 'stored as WhatsApp gave it');
    });

    test('an unparseable signed body is answered 200 and stores nothing; the log names no number or text', async () => {
      const before = await store.count();
      const logged: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void logged.push(args.join(' '));
      try {
        assert.equal((await deliver(undefined, { raw: '{"object": "whatsapp_business_account", "entry": [ +5511987654321 STOP' })).status, 200);
        assert.equal((await deliver({ object: 'whatsapp_business_account', entry: [{ changes: [{ field: 'user_preferences', value: { user_preferences: [{ wa_id: '5511987654321', category: 'x', value: 'stop' }] } }] }] })).status, 200);
      } finally {
        console.warn = warn;
      }
      assert.equal(await store.count(), before);
      assert.equal(logged.length, 2);
      for (const line of logged) assert.doesNotMatch(line, /5511987654321|STOP/);
    });

    describe('business-scoped user IDs (§1b)', () => {
      test('a status webhook pairs a BSUID with the number BEFORE a BSUID-only stop: the stop applies to the opt-in', async () => {
        const phone = uniquePhone().e164;
        const bsuid = newBsuid();
        await optIn(phone, ['offers']);
        assert.equal((await deliver(statusWebhook({ waId: waIdOf(phone), userId: bsuid, id: newWamid() }))).status, 200);
        assert.equal((await deliver(incoming({ id: newWamid(), userId: bsuid, message: { type: 'text', body: 'STOP' } }))).status, 200);
        const stop = (await store.eventsForPhone(phone)).at(-1)!;
        assert.equal(stop.phone, null, 'stored against the BSUID, as WhatsApp named the person');
        assert.equal(stop.userId, bsuid);
        assert.equal(await canSend(store, phone, 'offers'), false);
        assert.equal(await canSend(store, bsuid, 'offers'), false);
        assert.equal((await statusOf(`user_id=${bsuid}&topic=offers`)).allowed, false);
      });

      test('the pair arriving AFTER the BSUID-only stop applies the stop then', async () => {
        const phone = uniquePhone().e164;
        const bsuid = newBsuid();
        await optIn(phone, ['offers']);
        await deliver(userPreference({ value: 'stop', userId: bsuid, timestamp: 1731900000 }));
        assert.equal(await canSend(store, phone, 'offers'), true, 'not known to be this number yet');
        const listed = (await suppressionList(store)).find((e) => e.userIds.includes(bsuid));
        assert.ok(listed, 'the BSUID-only stop is on the suppression list');
        assert.deepEqual(listed.phones, []);
        await deliver(statusWebhook({ waId: waIdOf(phone), userId: bsuid, id: newWamid(), state: 'read' }));
        assert.equal(await canSend(store, phone, 'offers'), false);
        const events = await store.eventsForPhone(phone);
        assert.deepEqual(events.map((e) => e.kind), ['opt-in', 'opt-out'], 'in storage order');
        const paired = (await suppressionList(store)).find((e) => e.userIds.includes(bsuid));
        assert.deepEqual(paired?.phones, [phone]);
      });

      test('a changed number carries the stop over to the new number, never resets it', async () => {
        const oldPhone = uniquePhone().e164;
        const newPhone = uniquePhone().e164;
        const [oldId, newId] = [newBsuid(), newBsuid()];
        await optIn(oldPhone, ['offers']);
        await deliver(incoming({ id: newWamid(), waId: waIdOf(oldPhone), userId: oldId, message: { type: 'text', body: 'stop' } }));
        await deliver(systemChange({ type: 'user_changed_number', id: newWamid(), from: waIdOf(oldPhone), newWaId: waIdOf(newPhone), userId: newId, previousUserId: oldId }));
        assert.equal(await canSend(store, newPhone, 'offers'), false);
        assert.equal((await statusOf(`phone=${encodeURIComponent(newPhone)}`)).events, 2);
        const ids = await store.identitiesOf(newPhone);
        assert.deepEqual(ids.phones, [oldPhone, newPhone].sort());
        assert.deepEqual(ids.userIds, [oldId, newId].sort());
      });

      test('the suppression export lists BSUID-only stops (CSV and JSON over HTTP)', async () => {
        const bsuid = newBsuid();
        await deliver(incoming({ id: newWamid(), userId: bsuid, message: { type: 'text', body: 'BAJA' } }));
        const get = (format: string) => receiver.handle(new Request(`${URL_BASE}/suppression?format=${format}`, { headers: { authorization: `Bearer ${ADMIN}` } }));
        const csv = await (await get('csv')).text();
        assert.match(csv, new RegExp(`^,${bsuid.replace('.', '\\.')},\\*,opt-out,whatsapp-stop,`, 'm'));
        const { entries } = (await (await get('json')).json()) as { entries: Array<{ userIds: string[]; topics: null; reason: string }> };
        assert.ok(entries.some((e) => e.userIds.includes(bsuid) && e.topics === null && e.reason === 'opt-out'));
      });
    });
  });
}
